import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE, type Core } from '../../src/main/core';
import { builtInFramework } from '../../src/shared/catalog';
import type { SavedActivity, SavedPlan } from '../../src/shared/plans/schema';
import type { Assessment } from '../../src/shared/assessments/schema';
import type { Result } from '../../src/shared/api/result';
import { openTempCore, valueOf } from '../support/temp-core';
import { onTeamStorage } from '../support/team-temp-core';

const TODAY = new Date('2027-03-01T12:00:00Z');
let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
let hireId: string;

beforeEach(async () => {
  env = await openTempCore({ now: () => TODAY });
  core = env.core;
  hireId = valueOf(
    await core.call('hires.create', {
      name: 'Priya Raman',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  ).id;
});
afterEach(() => env.cleanup());

const pm = builtInFramework.roles.find((r) => r.id === 'project-manager');
const pmLevels = builtInFramework.competencies.map((c) => ({
  competencyId: c.id,
  level: pm?.expectations[c.id]?.level ?? 0,
}));

async function assess(overrides: Record<string, unknown> = {}, levels = pmLevels) {
  return valueOf(
    await core.call('assessments.create', {
      hireId,
      assessedOn: '2027-01-06',
      assessor: 'manager',
      ratings: levels.map((r) => ({ ...r, evidence: `Seen in ${r.competencyId}` })),
      ...overrides,
    }),
  );
}

async function plan(overrides: Record<string, unknown> = {}): Promise<SavedPlan> {
  return valueOf(await core.call('plans.create', { hireId, startDate: '2027-01-11', ...overrides }));
}

const activities = (p: SavedPlan) => p.phases.flatMap((ph) => ph.goals.flatMap((g) => g.activities));

describe('assessments', () => {
  it('records an assessment against the target role and lists the history newest first', async () => {
    const first = await assess();
    expect(first).toMatchObject({ hireId, roleId: 'product-manager', assessor: 'manager', correctsId: null });
    expect(first.ratings).toHaveLength(builtInFramework.competencies.length);
    const self = await assess({ assessor: 'self', assessedOn: '2027-02-01' });
    const list = valueOf(await core.call('assessments.list', { hireId }));
    expect(list.map((a) => a.id)).toEqual([self.id, first.id]);
  });

  it('keeps a corrected assessment as history and refuses to correct it twice', async () => {
    const original = await assess();
    const corrected = valueOf(
      (await core.call('assessments.correct', {
        id: original.id,
        reason: 'Mixed up discovery and data fluency',
        ratings: pmLevels.map((r) => (r.competencyId === 'customer-discovery' ? { ...r, level: 1 } : r)),
      })) as Result<Assessment>,
    );
    expect(corrected).toMatchObject({
      correctsId: original.id,
      correctionReason: 'Mixed up discovery and data fluency',
      assessedOn: original.assessedOn,
    });
    const list = valueOf(await core.call('assessments.list', { hireId }));
    expect(list.find((a) => a.id === original.id)?.correctedById).toBe(corrected.id);
    expect(
      list.find((a) => a.id === original.id)?.ratings.find((r) => r.competencyId === 'customer-discovery')
        ?.level,
    ).toBe(0);
    expect(
      await core.call('assessments.correct', { id: original.id, reason: 'again', ratings: pmLevels }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('refuses malformed assessments, naming the field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [{ hireId, assessedOn: '2027-02-30', assessor: 'manager', ratings: pmLevels }, 'assessedOn'],
      [{ hireId, assessedOn: '2027-03-02', assessor: 'manager', ratings: pmLevels }, 'assessedOn'],
      [{ hireId, assessedOn: '2027-01-06', assessor: 'peer', ratings: pmLevels }, 'assessor'],
      [{ hireId, assessedOn: '2027-01-06', assessor: 'manager', ratings: [] }, 'ratings'],
      [
        {
          hireId,
          assessedOn: '2027-01-06',
          assessor: 'manager',
          ratings: [{ competencyId: 'juggling', level: 2 }],
        },
        'ratings.0.competencyId',
      ],
      [
        {
          hireId,
          assessedOn: '2027-01-06',
          assessor: 'manager',
          ratings: [{ competencyId: 'communication', level: 5 }],
        },
        'ratings.0.level',
      ],
      [
        {
          hireId,
          assessedOn: '2027-01-06',
          assessor: 'manager',
          ratings: [{ competencyId: 'communication', level: 2.5 }],
        },
        'ratings.0.level',
      ],
      [
        {
          hireId,
          assessedOn: '2027-01-06',
          assessor: 'manager',
          ratings: [
            { competencyId: 'communication', level: 2 },
            { competencyId: 'communication', level: 3 },
          ],
        },
        'ratings.1.competencyId',
      ],
      [{ hireId, assessedOn: '2027-01-06', assessor: 'manager', ratings: pmLevels, extra: 1 }, 'extra'],
      [{ assessedOn: '2027-01-06', assessor: 'manager', ratings: pmLevels }, 'hireId'],
    ];
    for (const [input, field] of cases) {
      const result = await core.call('assessments.create', input);
      expect(result.ok, field).toBe(false);
      if (!result.ok) {
        expect(result.error.code, field).toBe('VALIDATION');
        expect(
          result.error.issues?.map((i) => i.field),
          field,
        ).toContain(field);
      }
    }
    expect(valueOf(await core.call('assessments.list', { hireId }))).toEqual([]);
    expect(
      await core.call('assessments.create', {
        hireId: 'nobody',
        assessedOn: '2027-01-06',
        assessor: 'manager',
        ratings: pmLevels,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await core.call('assessments.list', { hireId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('plans', () => {
  it('generates and saves a plan from the latest assessment, as version 1', async () => {
    const assessment = await assess(
      {},
      pmLevels.map((r) => (r.competencyId === 'customer-discovery' ? { ...r, level: 2 } : r)),
    );
    const saved = await plan({ hoursPerWeek: 4 });
    expect(saved).toMatchObject({
      hireId,
      version: 1,
      status: 'current',
      assessmentId: assessment.id,
      assumedCurrentLevels: false,
    });
    expect(saved.options.hoursPerWeek).toBe(4);
    expect(saved.gaps.find((g) => g.competencyId === 'customer-discovery')).toMatchObject({
      current: 2,
      target: 3,
    });
    expect(saved.phases.length).toBeGreaterThanOrEqual(3);
    expect(saved.checkIns.length).toBeGreaterThan(10);
    expect(saved.progress).toEqual({ done: 0, open: activities(saved).length + saved.moveWork.length });
    expect(valueOf(await core.call('plans.current', { hireId }))).toEqual(saved);
    core = await env.reopen();
    expect(valueOf(await core.call('plans.get', { id: saved.id }))).toEqual(saved);
  });

  it('plans without an assessment by assuming the current role’s levels, and says so', async () => {
    const saved = await plan();
    expect(saved.assumedCurrentLevels).toBe(true);
    expect(saved.warnings[0]).toMatch(/No assessment yet/);
  });

  it('works the current plan: complete, reopen, reschedule, add and remove activities', async () => {
    await assess();
    const saved = await plan();
    const [first, second] = activities(saved) as [SavedActivity, SavedActivity];
    expect(
      valueOf(await core.call('plans.completeActivity', { activityId: first.id, doneOn: '2027-02-01' })),
    ).toMatchObject({ status: 'done', doneOn: '2027-02-01' });
    valueOf(await core.call('plans.reopenActivity', { activityId: first.id }));
    valueOf(await core.call('plans.completeActivity', { activityId: first.id, doneOn: '2027-02-03' }));
    valueOf(await core.call('plans.rescheduleActivity', { activityId: second.id, dueDate: '2027-05-14' }));
    const goal = saved.phases[0]?.goals[0];
    const added = valueOf(
      await core.call('plans.addActivity', {
        goalId: goal?.id ?? '',
        title: 'Shadow the growth PM for a week',
        kind: 'people',
        effortHours: 4,
        dueDate: '2027-02-26',
      }),
    );
    expect(added).toMatchObject({ origin: 'manager', libraryActivityId: null, status: 'planned' });
    const third = activities(saved)[2] as SavedActivity;
    valueOf(await core.call('plans.removeActivity', { activityId: third.id }));
    expect(await core.call('plans.removeActivity', { activityId: first.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const after = valueOf(await core.call('plans.get', { id: saved.id }));
    const byId = new Map(activities(after).map((a) => [a.id, a]));
    expect(byId.get(first.id)).toMatchObject({ status: 'done', doneOn: '2027-02-03' });
    expect(byId.get(second.id)?.dueDate).toBe('2027-05-14');
    expect(byId.get(third.id)?.status).toBe('removed');
    expect(
      after.phases[0]?.goals[0]?.activities.some((a) => a.title === 'Shadow the growth PM for a week'),
    ).toBe(true);
    expect(after.progress.done).toBe(1);
    valueOf(await core.call('plans.restoreActivity', { activityId: third.id }));
  });

  it('refuses bad activity changes with the field named, and NOT_FOUND for unknown ones', async () => {
    const saved = await plan();
    const a = activities(saved)[0] as SavedActivity;
    const cases: [string, unknown, string][] = [
      ['plans.completeActivity', { activityId: a.id, doneOn: '2027-03-05' }, 'doneOn'],
      ['plans.completeActivity', { activityId: a.id, doneOn: 'yesterday' }, 'doneOn'],
      ['plans.rescheduleActivity', { activityId: a.id, dueDate: '2026-12-01' }, 'dueDate'],
      [
        'plans.addActivity',
        {
          goalId: saved.phases[0]?.goals[0]?.id,
          title: '',
          kind: 'people',
          effortHours: 1,
          dueDate: '2027-02-01',
        },
        'title',
      ],
      [
        'plans.addActivity',
        {
          goalId: saved.phases[0]?.goals[0]?.id,
          title: 'x',
          kind: 'nap',
          effortHours: 1,
          dueDate: '2027-02-01',
        },
        'kind',
      ],
      [
        'plans.addActivity',
        {
          goalId: saved.phases[0]?.goals[0]?.id,
          title: 'x',
          kind: 'people',
          effortHours: -1,
          dueDate: '2027-02-01',
        },
        'effortHours',
      ],
      ['plans.create', { hireId, startDate: '2027-01-11', hoursPerWeek: 0 }, 'hoursPerWeek'],
      [
        'plans.create',
        { hireId, startDate: '2027-01-11', targetEndDate: '2026-01-01' },
        'options.targetEndDate',
      ],
      ['plans.create', { hireId, startDate: '11/01/2027' }, 'startDate'],
    ];
    for (const [channel, input, field] of cases) {
      const result = await core.call(channel, input);
      expect(result.ok, `${channel} ${field}`).toBe(false);
      if (!result.ok)
        expect(
          result.error.issues?.map((i) => i.field),
          `${channel} ${field}`,
        ).toContain(field);
    }
    expect(valueOf(await core.call('plans.get', { id: saved.id }))).toEqual(saved);
    for (const channel of [
      'plans.reopenActivity',
      'plans.removeActivity',
      'plans.restoreActivity',
    ] as const) {
      expect(await core.call(channel, { activityId: 'nothing' }), channel).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
    expect(await core.call('plans.get', { id: 'nothing' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await core.call('plans.create', { hireId: 'nobody', startDate: '2027-01-11' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('re-plans after a new assessment as version 2, carrying completed work with its dates; version 1 stays readable', async () => {
    await assess();
    const v1 = await plan();
    const discoveryGoal = v1.phases[0]?.goals.find((g) => g.competencyId === 'customer-discovery');
    const done = discoveryGoal?.activities.slice(0, 2) ?? [];
    expect(done).toHaveLength(2);
    for (const [i, a] of done.entries())
      valueOf(await core.call('plans.completeActivity', { activityId: a.id, doneOn: `2027-02-0${i + 1}` }));

    // Discovery rose to level 1: the 0→1 goal is no longer needed in the new version.
    await assess(
      { assessedOn: '2027-02-26' },
      pmLevels.map((r) => (r.competencyId === 'customer-discovery' ? { ...r, level: 1 } : r)),
    );
    const v2 = await plan({ startDate: '2027-03-01' });
    expect(v2.version).toBe(2);
    expect(
      v2.phases.flatMap((p) => p.goals).find((g) => g.competencyId === 'customer-discovery')?.fromLevel,
    ).toBe(1);
    const carried = [...activities(v2), ...v2.earlierWork].filter((a) => a.status === 'done');
    expect(carried.map((a) => [a.title, a.doneOn])).toEqual(
      expect.arrayContaining(done.map((a, i) => [a.title, `2027-02-0${i + 1}`])),
    );

    const old = valueOf(await core.call('plans.get', { id: v1.id }));
    expect(old.status).toBe('superseded');
    expect(activities(old).filter((a) => a.status === 'done')).toHaveLength(2);
    expect(valueOf(await core.call('plans.versions', { hireId })).map((v) => [v.version, v.status])).toEqual([
      [2, 'current'],
      [1, 'superseded'],
    ]);
    const oldOpen = activities(old).find((a) => a.status === 'planned') as SavedActivity;
    expect(
      await core.call('plans.completeActivity', { activityId: oldOpen.id, doneOn: '2027-02-10' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('saves a plan and all its parts, or none of them', async () => {
    const other = await env.otherConnection();
    try {
      // The last of a plan's rows fails to be written, as on a full disk.
      await other.exec(
        onTeamStorage()
          ? `CREATE FUNCTION fail_late() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
             CREATE TRIGGER fail_late BEFORE INSERT ON plan_reassessments FOR EACH ROW EXECUTE FUNCTION fail_late();`
          : "CREATE TRIGGER fail_late BEFORE INSERT ON plan_reassessments BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
      );
      const result = await core.call('plans.create', { hireId, startDate: '2027-01-11' });
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      for (const table of [
        'plans',
        'plan_phases',
        'plan_goals',
        'plan_activities',
        'plan_check_ins',
        'plan_reassessments',
      ]) {
        expect(await other.rows(`SELECT count(*) AS n FROM ${table}`), table).toEqual([{ n: 0 }]);
      }
    } finally {
      await other.close();
    }
  });

  // SQLite's query planner: the PostgreSQL indexes are compared with these by postgres-schema.test.ts.
  it.skipIf(onTeamStorage())('reads a plan’s activities through an index', async () => {
    const db = new Database(join(env.dataDir, DATABASE_FILE), { readonly: true });
    const detail = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
    expect(detail('SELECT * FROM plan_activities WHERE plan_id = ? ORDER BY position')).toMatch(
      /USING INDEX plan_activities_plan/,
    );
    expect(detail("SELECT * FROM plans WHERE hire_id = ? AND status = 'current'")).toMatch(
      /USING (COVERING )?INDEX/,
    );
    expect(detail('SELECT * FROM assessments WHERE hire_id = ? ORDER BY assessed_on DESC')).toMatch(
      /USING INDEX assessments_hire/,
    );
    db.close();
  });
});
