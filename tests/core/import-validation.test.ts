// An imported data file is held to what the services would write: each malformed row found by
// black-box testing (issue 17, item 3) is refused with the table, row and field, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataFile, DataRow } from '../../src/shared/data/schema';
import { builtInFramework } from '../../src/shared/catalog';
import { TABLE_ORDER, dataTables } from '../../src/main/core/data/tables';
import { ROW_RULES, ruledColumns } from '../../src/main/core/data/row-rules';
import { openDatabase } from '../../src/main/core/db/connection';
import { openTempCore, valueOf } from '../support/temp-core';
import { seedTeam } from '../support/seed';

const clock = () => new Date('2027-02-01T09:00:00Z');
type Env = Awaited<ReturnType<typeof openTempCore>>;

let source: Env;
let target: Env;
let file: DataFile;

beforeAll(async () => {
  source = await openTempCore({ now: clock, dailyBackups: false });
  await seedTeam(source.core);
  valueOf(await source.core.call('sample.load', {}));
  file = valueOf(await source.core.call('data.export', {})).file;
  target = await openTempCore({ now: clock, dailyBackups: false });
  await seedTeam(target.core, ['Ada Lovelace']);
});
afterAll(() => {
  source.cleanup();
  target.cleanup();
});

const rows = (f: DataFile, table: string): DataRow[] => f.tables[table] ?? [];
const row = (f: DataFile, table: string, index = 0): DataRow => {
  const found = rows(f, table)[index];
  if (!found) throw new Error(`No ${table}[${index}] in the seeded export`);
  return found;
};
const indexWhere = (f: DataFile, table: string, test: (r: DataRow) => boolean): number => {
  const index = rows(f, table).findIndex(test);
  if (index < 0) throw new Error(`No matching row in ${table}`);
  return index;
};

/** A copy of the export with every occurrence of one id replaced, so foreign keys still agree. */
function renameId(f: DataFile, from: string, to: string): DataFile {
  return JSON.parse(JSON.stringify(f).replaceAll(JSON.stringify(from), JSON.stringify(to))) as DataFile;
}

interface Case {
  label: string;
  /** Changes a copy of the export (or builds the raw JSON text, for keys JSON.stringify cannot show). */
  edit: (f: DataFile) => DataFile | string | void;
  field: string | RegExp;
}

const hireId = () => String(row(file, 'hires').id);

const cases: Case[] = [
  {
    label: 'plan summary {"x":1}',
    edit: (f) => void (row(f, 'plans').summary = '{"x":1}'),
    field: /^tables\.plans\[0\]\.summary/,
  },
  {
    label: 'plan summary []',
    edit: (f) => void (row(f, 'plans').summary = '[]'),
    field: 'tables.plans[0].summary',
  },
  {
    label: 'plan summary with an impossible horizon date',
    edit: (f) => {
      const summary = JSON.parse(String(row(f, 'plans').summary)) as { horizon: { endDate: string } };
      summary.horizon.endDate = '2027-02-30';
      row(f, 'plans').summary = JSON.stringify(summary);
    },
    field: 'tables.plans[0].summary.horizon.endDate',
  },
  {
    label: 'activity due_date 2027-02-30',
    edit: (f) => void (row(f, 'plan_activities', 3).due_date = '2027-02-30'),
    field: 'tables.plan_activities[3].due_date',
  },
  {
    label: 'action item due_on 2027-02-30',
    edit: (f) => void (row(f, 'action_items').due_on = '2027-02-30'),
    field: 'tables.action_items[0].due_on',
  },
  {
    label: 'rating for a competency that does not exist',
    edit: (f) => void (row(f, 'assessment_ratings', 2).competency_id = 'juggling'),
    field: 'tables.assessment_ratings[2].competency_id',
  },
  {
    label: 'pulse for a competency that does not exist',
    edit: (f) => void (row(f, 'check_in_pulses').competency_id = 'juggling'),
    field: 'tables.check_in_pulses[0].competency_id',
  },
  {
    label: 'hire whose target role does not exist',
    edit: (f) => void (row(f, 'hires', 1).target_role_id = 'astronaut'),
    field: 'tables.hires[1].target_role_id',
  },
  {
    label: 'hire whose current role does not exist',
    edit: (f) => void (row(f, 'hires', 1).current_role_id = 'astronaut'),
    field: 'tables.hires[1].current_role_id',
  },
  {
    label: 'role expectation for an unknown competency',
    edit: (f) => void (row(f, 'custom_role_expectations').competency_id = 'juggling'),
    field: 'tables.custom_role_expectations[0].competency_id',
  },
  {
    label: 'custom competency in an unknown area',
    edit: (f) => void (row(f, 'custom_competencies').area_id = 'nowhere'),
    field: 'tables.custom_competencies[0].area_id',
  },
  {
    label: 'hire start_date 2027-02-30',
    edit: (f) => void (row(f, 'hires').start_date = '2027-02-30'),
    field: 'tables.hires[0].start_date',
  },
  {
    label: 'check-in scheduled_on 2027-13-01',
    edit: (f) => void (row(f, 'check_ins', 4).scheduled_on = '2027-13-01'),
    field: 'tables.check_ins[4].scheduled_on',
  },
  {
    label: 'assessment assessed_on 2026-02-29',
    edit: (f) => void (row(f, 'assessments').assessed_on = '2026-02-29'),
    field: 'tables.assessments[0].assessed_on',
  },
  {
    label: 'goal due_date 0000-00-00',
    edit: (f) => void (row(f, 'plan_goals').due_date = '0000-00-00'),
    field: 'tables.plan_goals[0].due_date',
  },
  {
    label: 'created_at "yesterday"',
    edit: (f) => void (row(f, 'hires').created_at = 'yesterday'),
    field: 'tables.hires[0].created_at',
  },
  {
    label: 'updated_at without a time zone',
    edit: (f) => void (row(f, 'check_ins').updated_at = '2027-02-01T09:00:00'),
    field: 'tables.check_ins[0].updated_at',
  },
  { label: 'hire id ""', edit: (f) => renameId(f, hireId(), ''), field: 'tables.hires[0].id' },
  {
    label: 'hire id of 10,000 characters',
    edit: (f) => renameId(f, hireId(), 'h'.repeat(10_000)),
    field: 'tables.hires[0].id',
  },
  {
    label: 'hire name with a NUL',
    edit: (f) => void (row(f, 'hires').name = 'Ann\u0000'),
    field: 'tables.hires[0].name',
  },
  {
    label: 'hire name with a lone surrogate',
    edit: (f) => void (row(f, 'hires').name = 'Ann\ud800'),
    field: 'tables.hires[0].name',
  },
  {
    label: 'hire name of spaces',
    edit: (f) => void (row(f, 'hires').name = '   '),
    field: 'tables.hires[0].name',
  },
  {
    label: 'hire notes over 20,000 characters',
    edit: (f) => void (row(f, 'hires').notes = 'n'.repeat(20_001)),
    field: 'tables.hires[0].notes',
  },
  {
    label: 'action item text over 500 characters',
    edit: (f) => void (row(f, 'action_items').text = 'a'.repeat(501)),
    field: 'tables.action_items[0].text',
  },
  {
    label: 'custom role that takes a built-in role’s id',
    edit: (f) => renameId(f, String(row(f, 'custom_roles').id), 'product-manager'),
    field: 'tables.custom_roles[0].id',
  },
  {
    label: 'custom competency that takes a built-in competency’s id',
    edit: (f) => {
      const id = row(f, 'custom_competencies').id;
      row(f, 'custom_competencies').id = 'communication';
      for (const activity of rows(f, 'custom_activities')) activity.competency_id = 'communication';
      f.tables.custom_role_expectations = rows(f, 'custom_role_expectations').filter(
        (e) => e.competency_id !== id,
      );
    },
    field: 'tables.custom_competencies[0].id',
  },
  {
    label: 'action item closed without saying when',
    // Rows come in id order (random ids): pick one that is open, so the edit closes it.
    edit: (f) => {
      const index = indexWhere(f, 'action_items', (a) => a.status === 'open');
      rows(f, 'action_items')[index]!.status = 'done';
    },
    field: /^tables\.action_items\[\d+\]\.closed_on$/,
  },
  {
    label: 'archived hire without archived_at',
    edit: (f) => {
      const index = indexWhere(f, 'hires', (h) => h.status === 'archived');
      rows(f, 'hires')[index]!.archived_at = null;
    },
    field: /^tables\.hires\[\d+\]\.archived_at$/,
  },
  {
    label: 'check-in focus_competency_ids as an object',
    edit: (f) => void (row(f, 'check_ins').focus_competency_ids = '{"a":1}'),
    field: 'tables.check_ins[0].focus_competency_ids',
  },
  {
    label: 'planned check-in focus_competency_ids of numbers',
    edit: (f) => void (row(f, 'plan_check_ins').focus_competency_ids = '[1,2]'),
    field: 'tables.plan_check_ins[0].focus_competency_ids[0]',
  },
  {
    label: 'planned check-in focus_activity_ids as text',
    edit: (f) => void (row(f, 'plan_check_ins').focus_activity_ids = '"a"'),
    field: 'tables.plan_check_ins[0].focus_activity_ids',
  },
  {
    label: 'draft of the wrong shape',
    edit: (f) => void (row(f, 'check_in_drafts').draft = '{"pulses":"lots"}'),
    field: 'tables.check_in_drafts[0].draft.pulses',
  },
  {
    label: 'draft with an unknown field',
    edit: (f) => void (row(f, 'check_in_drafts').draft = '{"mood":"good"}'),
    field: /^tables\.check_in_drafts\[0\]\.draft/,
  },
  {
    label: 'draft with a __proto__ key',
    edit: (f) => void (row(f, 'check_in_drafts').draft = '{"pulses":{"__proto__":3}}'),
    field: 'tables.check_in_drafts[0].draft.pulses.__proto__',
  },
  {
    label: 'competency levels of numbers',
    edit: (f) => void (row(f, 'custom_competencies').levels = '[1,2,3,4,5]'),
    field: /^tables\.custom_competencies\[0\]\.levels\[0\]$/,
  },
  {
    label: 'competency levels as an object',
    edit: (f) => void (row(f, 'custom_competencies').levels = '{"a":1}'),
    field: /^tables\.custom_competencies\[0\]\.levels/,
  },
  {
    label: 'unknown settings key',
    edit: (f) =>
      void rows(f, 'settings').push({
        key: 'theme',
        value: '"dark"',
        updated_at: '2027-02-01T09:00:00.000Z',
      }),
    field: 'tables.settings[2].key',
  },
  {
    label: 'settings value of the wrong type',
    edit: (f) =>
      void (rows(f, 'settings')[indexWhere(f, 'settings', (s) => s.key === 'coachingBudgetHours')]!.value =
        '"lots"'),
    field: /^tables\.settings\[\d\]\.value$/,
  },
  {
    label: 'settings value out of range',
    edit: (f) =>
      void (rows(f, 'settings')[indexWhere(f, 'settings', (s) => s.key === 'coachingBudgetHours')]!.value =
        '1000'),
    field: /^tables\.settings\[\d\]\.value$/,
  },
  {
    label: 'settings value that is not JSON',
    edit: (f) => void (row(f, 'settings').value = 'five'),
    field: 'tables.settings[0].value',
  },
  {
    label: '__proto__ as a row key',
    edit: (f) => JSON.stringify(f).replace('{"id":', '{"__proto__":{"x":1},"id":'),
    field: 'tables.custom_competencies[0].__proto__',
  },
  {
    label: 'constructor as a row key',
    edit: (f) => JSON.stringify(f).replace('{"id":', '{"constructor":"x","id":'),
    field: 'tables.custom_competencies[0].constructor',
  },
  {
    label: '__proto__ as a table name',
    edit: (f) => JSON.stringify(f).replace('"tables":{', '"tables":{"__proto__":[],'),
    field: 'tables.__proto__',
  },
  {
    label: 'check-in that follows the plan of another hire',
    edit: (f) => {
      const index = indexWhere(f, 'check_ins', (c) => c.plan_id !== null);
      const other = rows(f, 'plans').find((p) => p.hire_id !== rows(f, 'check_ins')[index]!.hire_id);
      rows(f, 'check_ins')[index]!.plan_id = other?.id ?? null;
      return f;
    },
    field: /^tables\.check_ins\[\d+\]\.plan_id$/,
  },
  {
    label: 'action item agreed in a check-in of another hire',
    edit: (f) => {
      const item = row(f, 'action_items');
      item.check_in_id = rows(f, 'check_ins').find((c) => c.hire_id !== item.hire_id)?.id ?? null;
    },
    field: 'tables.action_items[0].check_in_id',
  },
  {
    label: 'activity for a goal of another plan',
    edit: (f) => {
      const activity = row(f, 'plan_activities');
      activity.goal_id = rows(f, 'plan_goals').find((g) => g.plan_id !== activity.plan_id)?.id ?? null;
    },
    field: 'tables.plan_activities[0].goal_id',
  },
  {
    label: 'plan made from an assessment of another hire',
    edit: (f) => {
      const index = indexWhere(f, 'plans', (p) => p.assessment_id !== null);
      const plan = rows(f, 'plans')[index]!;
      plan.assessment_id = rows(f, 'assessments').find((a) => a.hire_id !== plan.hire_id)?.id ?? null;
    },
    field: /^tables\.plans\[\d+\]\.assessment_id$/,
  },
  {
    label: 'goal in a phase of another plan',
    edit: (f) => {
      const goal = row(f, 'plan_goals');
      goal.phase_id = rows(f, 'plan_phases').find((p) => p.plan_id !== goal.plan_id)?.id ?? null;
    },
    field: 'tables.plan_goals[0].phase_id',
  },
  {
    label: 'correction of an assessment of another hire',
    edit: (f) => {
      const index = indexWhere(f, 'assessments', (a) => a.corrects_id !== null);
      const correction = rows(f, 'assessments')[index]!;
      correction.corrects_id =
        rows(f, 'assessments').find((a) => a.hire_id !== correction.hire_id)?.id ?? null;
    },
    field: /^tables\.assessments\[\d+\]\.corrects_id$/,
  },
  {
    label: 'assessment corrected by an assessment of another hire',
    edit: (f) => {
      const index = indexWhere(f, 'assessments', (a) => a.corrected_by_id !== null);
      const corrected = rows(f, 'assessments')[index]!;
      corrected.corrected_by_id =
        rows(f, 'assessments').find((a) => a.hire_id !== corrected.hire_id)?.id ?? null;
    },
    field: /^tables\.assessments\[\d+\]\.corrected_by_id$/,
  },
  {
    label: 'action item closed in a check-in of another hire',
    edit: (f) => {
      const item = row(f, 'action_items');
      item.status = 'done';
      item.closed_on = '2027-01-25';
      item.closed_in_check_in_id = rows(f, 'check_ins').find((c) => c.hire_id !== item.hire_id)?.id ?? null;
    },
    field: 'tables.action_items[0].closed_in_check_in_id',
  },
  {
    label: 'phase key the planner never writes',
    edit: (f) => void (row(f, 'plan_phases').key = 'party'),
    field: 'tables.plan_phases[0].key',
  },
  {
    label: 'plan that ends before it starts',
    edit: (f) => void (row(f, 'plans').end_date = '2020-01-01'),
    field: 'tables.plans[0].end_date',
  },
];

async function importText(text: string, mode: 'empty-only' | 'merge') {
  return target.core.call('data.import', { file: JSON.parse(text) as unknown, mode });
}

describe('data.import holds every row to what the services write', () => {
  it('accepts a real export, sample team and all', async () => {
    const fresh = await openTempCore({ now: clock, dailyBackups: false });
    try {
      valueOf(await fresh.core.call('data.import', { file, mode: 'empty-only' }));
    } finally {
      fresh.cleanup();
    }
  });

  let before = '';
  let refused = 0;
  it('reads the database it will try to change', async () => {
    before = JSON.stringify(valueOf(await target.core.call('data.export', {})).file);
  });

  it.each(cases)('refuses $label, naming the table, row and field', async ({ label, edit, field }) => {
    const copy = JSON.parse(JSON.stringify(file)) as DataFile;
    const edited = edit(copy) ?? copy;
    const text = typeof edited === 'string' ? edited : JSON.stringify(edited);
    expect(text, 'the edit changed nothing').not.toBe(JSON.stringify(file));
    const result = await importText(text, 'merge');
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (result.ok) return;
    const fields = result.error.issues?.map((issue) => issue.field) ?? [];
    if (typeof field === 'string') expect(fields).toContain(field);
    else
      expect(
        fields.some((f) => field.test(f)),
        `${label}: ${fields.join(', ')}`,
      ).toBe(true);
    for (const issue of result.error.issues ?? []) expect(issue.message).not.toMatch(/constraint|SQLITE/i);
    refused += 1;
  });

  it(`refused all ${cases.length} malformed files and wrote nothing`, async () => {
    expect(refused).toBe(cases.length);
    expect(JSON.stringify(valueOf(await target.core.call('data.export', {})).file)).toBe(before);
  });

  it('keeps its rules in step with the migrations: every column of every table, required and nullable alike', () => {
    const db = openDatabase(target.core.databaseFile, { readonly: true });
    try {
      const tables = dataTables(db);
      expect(tables.map((t) => t.name)).toEqual([...TABLE_ORDER]);
      for (const table of tables) {
        expect(ruledColumns(table.name as keyof typeof ROW_RULES).sort(), table.name).toEqual(
          table.columns.map((c) => c.name).sort(),
        );
        const shape = ROW_RULES[table.name as keyof typeof ROW_RULES].shape as Record<
          string,
          { safeParse(v: unknown): { success: boolean } }
        >;
        for (const column of table.columns) {
          const at = `${table.name}.${column.name}`;
          expect(shape[column.name]?.safeParse(null).success, `${at} accepts null`).toBe(!column.notNull);
          expect(shape[column.name]?.safeParse(undefined).success, `${at} may be left out`).toBe(
            !column.notNull || column.hasDefault,
          );
        }
      }
    } finally {
      db.close();
    }
  });

  it('accepts what the planner and the catalog write: every built-in role as a clone, every library activity in a plan', () => {
    for (const role of builtInFramework.roles) {
      const result = ROW_RULES.custom_roles.safeParse({
        id: `${role.id}-copy`,
        name: role.name,
        summary: role.summary,
        judged_on: role.judgedOn,
        success_measures: role.successMeasures,
        habits_to_release: role.habitsToRelease,
        based_on: role.id,
        created_at: '2027-02-01T09:00:00.000Z',
        updated_at: '2027-02-01T09:00:00.000Z',
      });
      expect(result.success, `${role.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
    for (const activity of builtInFramework.activities) {
      const result = ROW_RULES.plan_activities.safeParse({
        id: 'a',
        plan_id: 'p',
        goal_id: 'g',
        position: 0,
        library_activity_id: activity.id,
        competency_id: activity.competencyId,
        title: activity.title,
        description: activity.description,
        with_whom: activity.withWhom,
        evidence: activity.evidence,
        kind: activity.kind,
        effort_hours: activity.effortHours,
        start_date: '2027-01-04',
        due_date: '2027-01-15',
        status: 'planned',
        done_on: null,
        origin: 'planner',
        updated_at: '2027-02-01T09:00:00.000Z',
      });
      expect(result.success, `${activity.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });
});
