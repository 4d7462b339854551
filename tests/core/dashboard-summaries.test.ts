// The dashboard reads per-hire facts kept in hire_summaries (migration 0007). These tests make every
// kind of write the app can make and check, after each, that the dashboard from the kept facts equals
// the dashboard worked out from scratch, on the day of the write and on later days. They run on
// SQLite (kept fresh by triggers) and, in the `team` project, on the team server's PostgreSQL (kept
// fresh by every repository write forgetting the hire's row: docs/team.md).
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { THIS_WEEK_LIMIT, type Dashboard } from '../../src/shared/progress/report';
import { onTeamStorage, openTeamTempCore } from '../support/team-temp-core';
import { openTempCore, valueOf } from '../support/temp-core';

/** A way into the database behind the core's back: to look at, clear and change what it keeps. */
interface BehindTheBack {
  run(sql: string, params?: string[]): Promise<void>;
  hireIds(sql: string): Promise<string[]>;
  levels(sql: string): Promise<{ latest_levels: string | null; previous_levels: string | null }[]>;
  close(): void;
}

let clock = new Date('2027-01-04T09:00:00');
let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
let side: BehindTheBack;
beforeEach(async () => {
  clock = new Date('2027-01-04T09:00:00');
  if (onTeamStorage()) {
    const team = await openTeamTempCore({ now: () => clock });
    env = team;
    const { database } = team;
    side = {
      run: async (sql, params) => void (await database.query(sql, params)),
      hireIds: async (sql) => (await database.query<{ hire_id: string }>(sql)).map((r) => r.hire_id),
      levels: (sql) => database.query(sql),
      close() {},
    };
  } else {
    env = await openTempCore({ now: () => clock });
    // A second connection to the same file, to look at and clear the kept facts behind the core's back.
    const db = new Database(env.core.databaseFile);
    side = {
      run: async (sql, params = []) => void db.prepare(sql).run(...params),
      hireIds: async (sql) =>
        db
          .prepare<[], { hire_id: string }>(sql)
          .all()
          .map((r) => r.hire_id),
      levels: async (sql) =>
        db.prepare<[], { latest_levels: string | null; previous_levels: string | null }>(sql).all(),
      close: () => db.close(),
    };
  }
  core = env.core;
});
afterEach(() => {
  side.close();
  env.cleanup();
});

const dashboard = async (): Promise<Dashboard> => valueOf(await core.call('progress.dashboard', {}));
// Ordered in code: the database's collation may order ids otherwise than SQLite's BINARY.
const kept = async () => (await side.hireIds('SELECT hire_id FROM hire_summaries')).sort();

/**
 * The dashboard from the kept facts, then from scratch; they must be equal. Then the first call after
 * a restart, which reads every hire's stored facts in one statement (their dates joined in one string
 * per hire), must give the same again.
 */
async function expectFresh(step: string): Promise<Dashboard> {
  const warm = await dashboard();
  await side.run('DELETE FROM hire_summaries');
  const cold = await dashboard();
  expect(warm, step).toEqual(cold);
  core = await env.reopen();
  expect(await dashboard(), `${step}, after a restart`).toEqual(cold);
  return cold;
}

async function hire(name: string, targetRoleId = 'product-manager') {
  return valueOf(
    await core.call('hires.create', {
      name,
      currentRoleId: 'project-manager',
      targetRoleId,
      startDate: '2027-01-04',
    }),
  );
}

const ratings = (level: 0 | 1 | 2 | 3 | 4) =>
  ['customer-discovery', 'vision-roadmap', 'stakeholder-management', 'outcome-ownership'].map(
    (competencyId) => ({ competencyId, level }),
  );

describe('dashboard facts kept per hire', () => {
  it('stay equal to the facts worked out from scratch after every kind of write', async () => {
    const ada = await hire('Ada Lovelace');
    const grace = await hire('Grace Hopper', 'product-owner');
    await expectFresh('hires without plans');

    const first = valueOf(
      await core.call<'assessments.create'>('assessments.create', {
        hireId: ada.id,
        assessedOn: '2027-01-04',
        assessor: 'manager',
        ratings: ratings(1),
      }),
    );
    await expectFresh('assessment');
    valueOf(
      await core.call('assessments.correct', { id: first.id, ratings: ratings(2), reason: 'Misread one.' }),
    );
    await expectFresh('corrected assessment');

    const plan = valueOf(await core.call('plans.create', { hireId: ada.id, startDate: '2027-01-04' }));
    valueOf(await core.call('plans.create', { hireId: grace.id, startDate: '2027-01-11' }));
    await expectFresh('plans');
    const acts = plan.phases.flatMap((p) => p.goals.flatMap((g) => g.activities));
    const [a0, a1, a2] = acts;

    clock = new Date('2027-01-20T09:00:00');
    await expectFresh('two weeks later, nothing written');
    valueOf(await core.call('plans.completeActivity', { activityId: a0?.id ?? '', doneOn: '2027-01-15' }));
    await expectFresh('activity done');
    valueOf(await core.call('plans.reopenActivity', { activityId: a0?.id ?? '' }));
    await expectFresh('activity reopened');
    valueOf(await core.call('plans.rescheduleActivity', { activityId: a1?.id ?? '', dueDate: '2027-01-21' }));
    await expectFresh('activity moved into this week');
    valueOf(await core.call('plans.removeActivity', { activityId: a2?.id ?? '' }));
    await expectFresh('activity removed');
    valueOf(await core.call('plans.restoreActivity', { activityId: a2?.id ?? '' }));
    await expectFresh('activity restored');
    valueOf(
      await core.call('plans.addActivity', {
        goalId: plan.phases[0]?.goals[0]?.id ?? '',
        title: 'Shadow the pricing review',
        kind: 'people',
        effortHours: 2,
        dueDate: '2027-01-22',
      }),
    );
    await expectFresh('activity added');

    const scheduled = valueOf(await core.call('checkIns.schedule', { hireId: ada.id }));
    const held = valueOf(
      await core.call('checkIns.complete', {
        id: scheduled[0]?.id ?? '',
        heldOn: '2027-01-18',
        sharedNotes: 'Discovery plan agreed.',
        privateNotes: '',
        pulses: [{ competencyId: 'customer-discovery', confidence: 3 }],
        newActionItems: [
          { text: 'Book five interviews', owner: 'hire', dueOn: '2027-01-19' },
          { text: 'Introduce to sales', owner: 'manager', dueOn: '2027-01-22' },
          { text: 'Read the strategy memo', owner: 'hire' },
        ],
        closeActionItems: [],
        completeActivities: [{ activityId: a1?.id ?? '', doneOn: '2027-01-18' }],
        nextDate: null,
      }),
    );
    await expectFresh('check-in held with action items');
    const added = valueOf(await core.call('checkIns.add', { hireId: ada.id, scheduledOn: '2027-01-21' }));
    await expectFresh('check-in added');
    valueOf(await core.call('checkIns.move', { id: added.id, scheduledOn: '2027-01-26' }));
    await expectFresh('check-in moved');
    const next = valueOf(await core.call('checkIns.schedule', { hireId: ada.id })).find(
      (c) => c.status === 'scheduled' && c.id !== added.id,
    );
    valueOf(await core.call('checkIns.cancel', { id: next?.id ?? '' }));
    await expectFresh('check-in cancelled');
    const agenda = valueOf(await core.call('checkIns.agenda', { id: added.id }));
    const open = agenda.openActionItems.find((a) => a.text === 'Book five interviews');
    expect(open, 'the open action item from the held check-in').toBeDefined();
    clock = new Date('2027-01-26T09:00:00');
    valueOf(
      await core.call('checkIns.complete', {
        id: added.id,
        heldOn: '2027-01-26',
        sharedNotes: '',
        privateNotes: '',
        pulses: [],
        newActionItems: [],
        closeActionItems: [{ id: open?.id ?? '', status: 'done' }],
        completeActivities: [],
        nextDate: null,
      }),
    );
    expect(held.id).not.toBe(added.id);
    await expectFresh('action item closed');

    valueOf(
      await core.call('assessments.create', {
        hireId: ada.id,
        assessedOn: '2027-01-26',
        assessor: 'manager',
        ratings: ratings(1),
      }),
    );
    const fell = await expectFresh('readiness fell');
    expect(fell.rows.find((r) => r.hireId === ada.id)?.reasons).toContain(
      'Readiness fell at the last assessment',
    );

    valueOf(await core.call('hires.update', { id: ada.id, targetRoleId: 'product-owner' }));
    await expectFresh('target role changed');
    valueOf(
      await core.call('roles.update', {
        id: valueOf(await core.call('roles.clone', { id: 'product-owner', name: 'Data PO' })).id,
        expectations: { 'customer-discovery': { level: 4, weight: 3 } },
      }),
    );
    await expectFresh('a role changed');
    valueOf(await core.call('hires.archive', { id: grace.id }));
    await expectFresh('hire archived');
    valueOf(await core.call('hires.restore', { id: grace.id }));
    await expectFresh('hire restored');
    valueOf(await core.call('plans.create', { hireId: ada.id, startDate: '2027-02-01' }));
    await expectFresh('re-planned');

    valueOf(await core.call('hires.update', { id: ada.id, name: 'Ada King' }));
    await expectFresh('hire renamed');

    // Data files and the sample team are the desktop's: the team server has neither channel.
    if (!onTeamStorage()) {
      const file = valueOf(await core.call('data.export', {})).file;
      const row = file.tables.check_ins?.find((c) => c.status === 'scheduled' && c.hire_id === ada.id);
      if (row) row.scheduled_on = '2027-01-27';
      valueOf(await core.call('data.import', { file, mode: 'merge' }));
      await expectFresh('data file merged');

      valueOf(await core.call('sample.load', {}));
      await expectFresh('sample team loaded');
      valueOf(await core.call('sample.remove', {}));
      await expectFresh('sample team removed');
    }

    for (const day of ['2027-02-03', '2027-03-15', '2027-07-01']) {
      clock = new Date(`${day}T09:00:00`);
      await expectFresh(`on ${day}, nothing written`);
    }
  });

  it('keeps one row per active hire and drops only the row of the hire whose history changed', async () => {
    const ada = await hire('Ada Lovelace');
    const grace = await hire('Grace Hopper');
    valueOf(await core.call('plans.create', { hireId: ada.id, startDate: '2027-01-04' }));
    valueOf(await core.call('plans.create', { hireId: grace.id, startDate: '2027-01-04' }));
    expect(await kept()).toEqual([]);
    await dashboard();
    expect(await kept()).toEqual([ada.id, grace.id].sort());
    valueOf(await core.call('checkIns.add', { hireId: ada.id, scheduledOn: '2027-01-06' }));
    expect(await kept()).toEqual([grace.id]);
    await dashboard();
    expect(await kept()).toHaveLength(2);
    valueOf(await core.call('hires.archive', { id: grace.id }));
    await dashboard();
    expect(await kept()).toHaveLength(2);
  });

  it('keep levels as shared ids and digits, and read the objects earlier versions stored as the same dashboard', async () => {
    const ada = await hire('Ada Lovelace');
    clock = new Date('2027-01-20T09:00:00');
    for (const [assessedOn, level] of [
      ['2027-01-04', 3],
      ['2027-01-18', 1],
    ] as const)
      valueOf(
        await core.call('assessments.create', {
          hireId: ada.id,
          assessedOn,
          assessor: 'manager',
          ratings: ratings(level),
        }),
      );
    valueOf(await core.call('plans.create', { hireId: ada.id, startDate: '2027-01-04' }));
    const before = await dashboard();
    expect(before.rows[0]?.readiness).toBeGreaterThan(0);
    expect(before.rows[0]?.reasons).toContain('Readiness fell at the last assessment');
    const ids = 'customer-discovery outcome-ownership stakeholder-management vision-roadmap';
    const stored = async () =>
      (
        await side.levels(
          `SELECT latest_levels, previous_levels FROM hire_summaries WHERE hire_id = '${ada.id}'`,
        )
      )[0];
    // The previous assessment rated the same competencies: only its digits are stored.
    expect(await stored()).toEqual({ latest_levels: `["${ids}","1111"]`, previous_levels: '"3333"' });

    // As an earlier version stored them: one object per assessment.
    const object = (level: number) =>
      JSON.stringify(Object.fromEntries(ids.split(' ').map((id) => [id, level])));
    await side.run(
      `UPDATE hire_summaries SET latest_levels = '${object(1)}', previous_levels = '${object(3)}' WHERE hire_id = '${ada.id}'`,
    );
    core = await env.reopen();
    expect(await dashboard()).toEqual(before);
  });

  it('would be caught going stale: a write that does not forget the row fails the comparison above', async () => {
    const ada = await hire('Ada Lovelace');
    valueOf(await core.call('plans.create', { hireId: ada.id, startDate: '2027-01-04' }));
    await dashboard();
    if (onTeamStorage()) {
      // The server forgets rows in its repositories' writes; a write around them forgets nothing.
      const added = valueOf(await core.call('checkIns.add', { hireId: ada.id, scheduledOn: '2027-01-12' }));
      await dashboard();
      await side.run("UPDATE check_ins SET scheduled_on = '2027-01-05' WHERE id = $1", [added.id]);
    } else {
      await side.run('DROP TRIGGER hire_summaries_check_ins_insert');
      valueOf(await core.call('checkIns.add', { hireId: ada.id, scheduledOn: '2027-01-05' }));
    }
    const warm = await dashboard();
    await side.run('DELETE FROM hire_summaries');
    const cold = await dashboard();
    expect(warm).not.toEqual(cold);
    expect(cold.thisWeek.checkIns.map((c) => c.date)).toContain('2027-01-05');
  });
});

describe("this week's lists", () => {
  it('carry the first 20 by date, then name, with the totals beside them', async () => {
    // Monday 4 January 2027; 24 hires with a one-on-one between Monday and Thursday.
    const hires = [];
    for (let i = 0; i < 24; i += 1) hires.push(await hire(`Hire ${String(i).padStart(2, '0')}`));
    for (const [i, h] of hires.entries()) {
      valueOf(await core.call('checkIns.add', { hireId: h.id, scheduledOn: `2027-01-0${7 - (i % 4)}` }));
    }
    const d = await dashboard();
    expect(d.thisWeek.totals.checkIns).toBe(24);
    expect(d.thisWeek.checkIns).toHaveLength(THIS_WEEK_LIMIT);
    const expected = hires
      .map((h, i) => ({ name: h.name, date: `2027-01-0${7 - (i % 4)}` }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name))
      .slice(0, THIS_WEEK_LIMIT);
    expect(d.thisWeek.checkIns.map((c) => ({ name: c.hireName, date: c.date }))).toEqual(expected);
    const first = d.thisWeek.checkIns[0];
    expect(first && valueOf(await core.call('checkIns.get', { id: first.checkInId })).scheduledOn).toBe(
      first?.date,
    );
  });
});

describe('weeks in the manager’s locale', () => {
  it('start on the day asked for: Monday by default, Sunday in the US, Saturday where weeks do', async () => {
    clock = new Date('2027-01-06T09:00:00'); // a Wednesday
    const ada = await hire('Ada Lovelace');
    valueOf(await core.call('plans.create', { hireId: ada.id, startDate: '2027-01-04' }));
    valueOf(await core.call('checkIns.add', { hireId: ada.id, scheduledOn: '2027-01-03' }));
    valueOf(await core.call('checkIns.add', { hireId: ada.id, scheduledOn: '2027-01-09' }));
    const weeks = async (weekStartsOn?: number) => {
      const d = valueOf(
        await core.call('progress.dashboard', weekStartsOn === undefined ? {} : { weekStartsOn }),
      );
      return {
        week: [d.thisWeek.weekStart, d.thisWeek.weekEnd],
        load: d.load[0]?.weekStart,
        checkIns: d.thisWeek.checkIns.map((c) => c.date).filter((date) => date !== '2027-01-04'),
      };
    };
    expect(await weeks()).toEqual({
      week: ['2027-01-04', '2027-01-10'],
      load: '2027-01-04',
      checkIns: ['2027-01-09'],
    });
    expect(await weeks(0)).toEqual({
      week: ['2027-01-03', '2027-01-09'],
      load: '2027-01-03',
      checkIns: ['2027-01-03', '2027-01-09'],
    });
    expect(await weeks(6)).toEqual({
      week: ['2027-01-02', '2027-01-08'],
      load: '2027-01-02',
      checkIns: ['2027-01-03'],
    });
    expect(await core.call('progress.dashboard', { weekStartsOn: 7 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ field: 'weekStartsOn' }] },
    });
  });
});
