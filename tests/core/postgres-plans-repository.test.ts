// The team server's plan repository (src/main/server/repositories/plans.ts) against the desktop's:
// the same planner versions written to both give the same answers to every read; and its scoping:
// manager A never reads or changes manager B's plans, an HR/L&D lead reads only the hire shared with
// them and changes nothing, an administrator sees no plan. Writes forget the hire's dashboard summary.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/main/core/db/connection';
import {
  createPlanRepository,
  type NewPlan,
  type PlanRepository,
} from '../../src/main/core/plans/repository';
import { generateFor, moveWorkOf, summaryOf, toSaved } from '../../src/main/core/plans/versions';
import type { Actor } from '../../src/main/server/auth/policy';
import type { SqlClient } from '../../src/main/server/db/sql-client';
import { createPostgresPlanRepository } from '../../src/main/server/repositories/plans';
import { builtInFramework } from '../../src/shared/catalog';
import type { Hire } from '../../src/shared/hires/schema';
import { planCreateInput, type SavedActivity, type SavedPlan } from '../../src/shared/plans/schema';
import {
  A_HIRE,
  ADMIN,
  B_HIRE,
  LEAD,
  MANAGER_A,
  MANAGER_B,
  openSqliteTwin,
  scopeOf,
  seedPostgres,
  SHARED_HIRE,
} from '../support/pg-repository-fixture';
import type { AsyncTwin } from '../support/async-shape';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';

/** A version as the plan service makes it: the planner's plan, with work carried from `previous`. */
function newPlan(hire: Hire, previous: SavedPlan | undefined, version: number, startDate: string): NewPlan {
  const input = planCreateInput.parse({ hireId: hire.id, startDate });
  const plan = generateFor(hire, input, { framework: builtInFramework, currentLevels: null });
  const { phases, earlierWork } = toSaved(plan, previous);
  return {
    id: randomUUID(),
    hireId: hire.id,
    version,
    assessmentId: null,
    fromRoleId: plan.fromRoleId,
    toRoleId: plan.toRoleId,
    createdAt: `2027-0${version}-01T09:00:00.000Z`,
    summary: summaryOf(plan),
    phases,
    earlierWork,
    moveWork: moveWorkOf(plan, previous),
    checkIns: plan.checkIns.map((c) => ({ ...c, id: randomUUID() })),
    reassessments: plan.reassessments,
  };
}

const goalActivities = (plan: SavedPlan) => plan.phases.flatMap((p) => p.goals.flatMap((g) => g.activities));

const manualActivity = (competencyId: string): SavedActivity => ({
  id: randomUUID(),
  libraryActivityId: null,
  competencyId,
  title: 'Shadow a discovery interview',
  description: 'With the design lead',
  withWhom: '',
  evidence: '',
  kind: 'people',
  effortHours: 1.5,
  startDate: '2027-02-01',
  dueDate: '2027-02-12',
  status: 'planned',
  doneOn: null,
  origin: 'manager',
});

describeOnPostgres('the PostgreSQL plan repository', (target) => {
  let db: TestDatabase;
  let lite: Db;
  // Typed as the desktop repository's twin: tsc refuses a missing method or a different parameter or answer.
  const pg = (actor: Actor, sql: SqlClient = db): AsyncTwin<PlanRepository> =>
    createPostgresPlanRepository(scopeOf(sql, actor));
  const desktop = () => createPlanRepository(lite);
  /** Ids of what the scenario wrote. */
  let v1: SavedPlan;
  let v2: SavedPlan;
  let aPlan: SavedPlan;
  let bPlan: SavedPlan;

  /** The same writes on both databases: two versions of the shared hire's plan worked in between. */
  async function writeScenario(): Promise<void> {
    const first = newPlan(SHARED_HIRE, undefined, 1, '2027-01-04');
    desktop().insert(first);
    await pg(MANAGER_A).insert(first);
    v1 = desktop().get(first.id) as SavedPlan;
    const [done, removed] = goalActivities(v1);
    for (const change of [
      { id: done!.id, status: 'done' as const, doneOn: '2027-01-20', dueDate: done!.dueDate },
      { id: removed!.id, status: 'removed' as const, doneOn: null, dueDate: '2027-03-01' },
    ]) {
      desktop().updateActivity({ ...change, updatedAt: '2027-01-21T09:00:00.000Z' });
      await pg(MANAGER_A).updateActivity({ ...change, updatedAt: '2027-01-21T09:00:00.000Z' });
    }
    const goal = v1.phases[0]!.goals[0]!;
    const added = manualActivity(goal.competencyId);
    desktop().addActivity(v1.id, goal.id, added, '2027-01-22T09:00:00.000Z');
    await pg(MANAGER_A).addActivity(v1.id, goal.id, added, '2027-01-22T09:00:00.000Z');
    v1 = desktop().get(first.id) as SavedPlan;
    // The second version carries the done work forward, as earlier work or into its slot.
    const second = newPlan(SHARED_HIRE, v1, 2, '2027-02-01');
    // Done work this version has no goal for stays as earlier work (goal_id NULL, no purpose).
    second.earlierWork.push({
      ...manualActivity('no-longer-planned'),
      status: 'done',
      doneOn: '2027-01-25',
      origin: 'carried',
    });
    desktop().insert(second);
    await pg(MANAGER_A).insert(second);
    v2 = desktop().get(second.id) as SavedPlan;
    const forA = newPlan(A_HIRE, undefined, 1, '2027-01-04');
    desktop().insert(forA);
    await pg(MANAGER_A).insert(forA);
    aPlan = desktop().get(forA.id) as SavedPlan;
    const forB = newPlan(B_HIRE, undefined, 1, '2027-01-04');
    desktop().insert(forB);
    await pg(MANAGER_B).insert(forB);
    bPlan = desktop().get(forB.id) as SavedPlan;
  }

  beforeAll(async () => {
    db = await target.open();
    await seedPostgres(db);
    lite = openSqliteTwin();
    await writeScenario();
  }, 120_000);
  afterAll(async () => {
    lite?.close();
    await db?.close();
  });

  describe('answers as the SQLite repository does', () => {
    it('reads each version whole: phases, goals, activities, move work, earlier work, one-on-ones', async () => {
      expect(v1.version).toBe(1);
      expect(v2.earlierWork.length).toBeGreaterThan(0);
      expect(goalActivities(v2).filter((a) => a.status === 'done').length).toBeGreaterThan(0);
      for (const id of [v1.id, v2.id, aPlan.id, 'no-such-plan']) {
        expect(await pg(MANAGER_A).get(id)).toEqual(desktop().get(id));
      }
      expect(await pg(MANAGER_A).get(v1.id)).toMatchObject({ status: 'superseded', progress: { done: 1 } });
      expect(v1.moveWork.length).toBeGreaterThan(0);
      expect(v1.checkIns.length).toBeGreaterThan(0);
    });

    it('gives the current version, the list of versions and the next version number', async () => {
      for (const hire of [SHARED_HIRE, A_HIRE]) {
        expect(await pg(MANAGER_A).current(hire.id)).toEqual(desktop().current(hire.id));
        expect(await pg(MANAGER_A).versions(hire.id)).toEqual(desktop().versions(hire.id));
        expect(await pg(MANAGER_A).nextVersion(hire.id)).toBe(desktop().nextVersion(hire.id));
      }
      expect((await pg(MANAGER_A).versions(SHARED_HIRE.id)).map((v) => v.version)).toEqual([2, 1]);
      expect(await pg(MANAGER_A).nextVersion('no-such-hire')).toBe(1);
      expect(await pg(MANAGER_A).current('no-such-hire')).toBeUndefined();
    });

    it('places an activity and a goal in their plan', async () => {
      const ids = [
        ...goalActivities(v1),
        ...v1.moveWork,
        ...v2.earlierWork,
        ...goalActivities(v2).slice(0, 3),
      ].map((a) => a.id);
      for (const id of [...ids, 'no-such-activity']) {
        expect(await pg(MANAGER_A).activity(id)).toEqual(desktop().activity(id));
      }
      const goals = [...v1.phases, ...v2.phases].flatMap((p) => p.goals.map((g) => g.id));
      for (const id of [...goals, 'no-such-goal']) {
        expect(await pg(MANAGER_A).goal(id)).toEqual(desktop().goal(id));
      }
    });

    it('reads a version in a fixed number of statements however large it is', async () => {
      let statements = 0;
      const counting: SqlClient = {
        ...db,
        query: (sql, params) => {
          statements += 1;
          return db.query(sql, params);
        },
      };
      await pg(MANAGER_A, counting).get(v2.id);
      expect(goalActivities(v2).length).toBeGreaterThan(5);
      // The version's phases, goals, activities, one-on-ones and reassessments come in its row.
      expect(statements).toBe(1);
    });
  });

  describe('scoping', () => {
    const bActivity = () => goalActivities(bPlan)[0]!;
    const bGoal = () => bPlan.phases[0]!.goals[0]!;

    it('answers manager A as if manager B’s plans did not exist', async () => {
      const a = pg(MANAGER_A);
      expect(await a.get(bPlan.id)).toBeUndefined();
      expect(await a.current(B_HIRE.id)).toBeUndefined();
      expect(await a.versions(B_HIRE.id)).toEqual([]);
      expect(await a.nextVersion(B_HIRE.id)).toBe(1);
      expect(await a.activity(bActivity().id)).toBeUndefined();
      expect(await a.goal(bGoal().id)).toBeUndefined();
    });

    it('refuses manager A’s writes on B’s plans with NOT_FOUND and changes nothing', async () => {
      const a = pg(MANAGER_A);
      const before = await pg(MANAGER_B).get(bPlan.id);
      await expect(
        a.updateActivity({
          id: bActivity().id,
          status: 'done',
          doneOn: '2027-01-20',
          dueDate: '2027-01-20',
          updatedAt: '2027-01-21T09:00:00.000Z',
        }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(
        a.addActivity(bPlan.id, bGoal().id, manualActivity(bGoal().competencyId), '2027-01-21T09:00:00.000Z'),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(a.insert(newPlan(B_HIRE, bPlan, 2, '2027-02-01'))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await pg(MANAGER_B).get(bPlan.id)).toEqual(before);
      expect(await pg(MANAGER_B).versions(B_HIRE.id)).toHaveLength(1);
      expect(before).toEqual(bPlan);
    });

    it('lets the lead read the shared hire’s plans only, and change none', async () => {
      const lead = pg(LEAD);
      expect(await lead.get(v2.id)).toEqual(await pg(MANAGER_A).get(v2.id));
      expect(await lead.current(SHARED_HIRE.id)).toEqual(v2);
      expect(await lead.versions(SHARED_HIRE.id)).toHaveLength(2);
      expect(await lead.get(aPlan.id)).toBeUndefined();
      expect(await lead.get(bPlan.id)).toBeUndefined();
      expect(await lead.activity(goalActivities(aPlan)[0]!.id)).toBeUndefined();
      const open = goalActivities(v2).find((x) => x.status === 'planned')!;
      const change = {
        id: open.id,
        status: 'done' as const,
        doneOn: '2027-02-20',
        dueDate: open.dueDate,
        updatedAt: '2027-02-21T09:00:00.000Z',
      };
      await expect(lead.updateActivity(change)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        lead.updateActivity({ ...change, id: goalActivities(aPlan)[0]!.id }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      const goal = v2.phases[0]!.goals[0]!;
      await expect(
        lead.addActivity(v2.id, goal.id, manualActivity(goal.competencyId), change.updatedAt),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(lead.insert(newPlan(SHARED_HIRE, v2, 3, '2027-03-01'))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await pg(MANAGER_A).get(v2.id)).toEqual(v2);
      expect(await pg(MANAGER_A).versions(SHARED_HIRE.id)).toHaveLength(2);
    });

    it('shows an administrator no plan and lets them change none', async () => {
      const admin = pg(ADMIN);
      expect(await admin.get(v2.id)).toBeUndefined();
      expect(await admin.current(SHARED_HIRE.id)).toBeUndefined();
      expect(await admin.versions(A_HIRE.id)).toEqual([]);
      await expect(admin.insert(newPlan(A_HIRE, aPlan, 2, '2027-02-01'))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });

  describe('dashboard summaries', () => {
    const summary = (hireId: string) =>
      db.query(
        `INSERT INTO hire_summaries (hire_id, planned_due, planned_kinds, done_due, scheduled, action_due)
         VALUES ($1, '', '', '', '', '')`,
        [hireId],
      );
    const summaries = async () =>
      (await db.query<{ hire_id: string }>('SELECT hire_id FROM hire_summaries ORDER BY hire_id')).map(
        (r) => r.hire_id,
      );

    it('forgets the summary of the hire a write changed, and only after a write that happened', async () => {
      await db.query('DELETE FROM hire_summaries');
      await summary(A_HIRE.id);
      await summary(B_HIRE.id);
      const open = goalActivities(bPlan)[1]!;
      await expect(
        pg(MANAGER_A).updateActivity({ ...open, doneOn: null, updatedAt: '2027-02-02T00:00:00.000Z' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await summaries()).toEqual([A_HIRE.id, B_HIRE.id]);
      const mine = goalActivities(aPlan)[1]!;
      await pg(MANAGER_A).updateActivity({
        ...mine,
        dueDate: '2027-04-01',
        updatedAt: '2027-02-02T00:00:00.000Z',
      });
      expect(await summaries()).toEqual([B_HIRE.id]);
      await summary(A_HIRE.id);
      const goal = aPlan.phases[0]!.goals[0]!;
      await pg(MANAGER_A).addActivity(aPlan.id, goal.id, manualActivity(goal.competencyId), '2027-02-02');
      expect(await summaries()).toEqual([B_HIRE.id]);
      await summary(A_HIRE.id);
      await pg(MANAGER_A).insert(newPlan(A_HIRE, aPlan, 2, '2027-02-01'));
      expect(await summaries()).toEqual([B_HIRE.id]);
    });
  });

  describe('two saves at once', () => {
    it('answers CONFLICT to a version numbered before the other was saved, and keeps the current one', async () => {
      const stale = newPlan(SHARED_HIRE, v2, 2, '2027-03-01');
      await expect(db.transaction((tx) => pg(MANAGER_A, tx).insert(stale))).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      expect(await pg(MANAGER_A).current(SHARED_HIRE.id)).toEqual(v2);
      expect(await pg(MANAGER_A).versions(SHARED_HIRE.id)).toHaveLength(2);
    });
  });
});
