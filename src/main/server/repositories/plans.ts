// Saved plans on PostgreSQL for the team server: the twin of src/main/core/plans/repository.ts (same
// methods, answers and order), every query scoped to the signed-in account through the plan's hire.
// A plan outside the scope reads as missing; a write to one changes nothing and answers NOT_FOUND
// (FORBIDDEN to a lead the hire is shared with: they may see it, not change it).
import type { NewPlan, PlacedActivity, PlacedGoal } from '../../core/plans/repository';
import type {
  ActivityStatus,
  MovePurpose,
  PlanVersion,
  SavedActivity,
  SavedPlan,
} from '@shared/plans/schema';
import { conflict } from '../../core/errors';
import { sqlState, type SqlClient, type SqlParam } from '../db/sql-client';
import {
  ACTIVITY_COLUMNS,
  activityValues,
  assembleWithChildren,
  planChildrenColumns,
  toActivity,
  type ActivityRow,
  type GoalRow,
  type PlanRow,
  type PlanWithChildrenRow,
} from './plan-rows';
import { changeableHire, readableHire, type RepositoryScope } from './scope';
import { HIRES_OF_CHANGED_PLANS, insertRows, refusal, writeForgettingSummaries } from './sql-batches';

/** SQLSTATE of a unique index refusing a row. */
const UNIQUE_VIOLATION = '23505';

/** Phases, goals, activities (goals' first, then the move's work, then earlier work), one-on-ones and reassessments. */
async function insertChildren(sql: SqlClient, plan: NewPlan): Promise<void> {
  const phases: SqlParam[][] = [];
  const goals: SqlParam[][] = [];
  const activities: SqlParam[][] = [];
  const place = (goalId: string | null, purpose: MovePurpose | null = null, checkInTopic = '') => ({
    planId: plan.id,
    goalId,
    position: activities.length,
    updatedAt: plan.createdAt,
    purpose,
    checkInTopic,
  });
  for (const phase of plan.phases) {
    phases.push([
      phase.id,
      plan.id,
      phase.index,
      phase.key,
      phase.name,
      phase.focus,
      phase.startDate,
      phase.endDate,
    ]);
    for (const goal of phase.goals) {
      goals.push([
        goal.id,
        plan.id,
        phase.id,
        goals.length,
        goal.competencyId,
        goal.competencyName,
        goal.fromLevel,
        goal.toLevel,
        goal.weight,
        goal.startDate,
        goal.dueDate,
      ]);
      for (const a of goal.activities) activities.push(activityValues(a, place(goal.id)));
    }
  }
  for (const a of plan.moveWork) activities.push(activityValues(a, place(null, a.purpose, a.checkInTopic)));
  for (const a of plan.earlierWork) activities.push(activityValues(a, place(null)));
  await insertRows(
    sql,
    'plan_phases',
    ['id', 'plan_id', 'position', 'key', 'name', 'focus', 'start_date', 'end_date'],
    phases,
  );
  await insertRows(
    sql,
    'plan_goals',
    [
      'id',
      'plan_id',
      'phase_id',
      'position',
      'competency_id',
      'competency_name',
      'from_level',
      'to_level',
      'weight',
      'start_date',
      'due_date',
    ],
    goals,
  );
  await insertRows(sql, 'plan_activities', ACTIVITY_COLUMNS, activities);
  await insertRows(
    sql,
    'plan_check_ins',
    [
      'id',
      'plan_id',
      'position',
      'date',
      'phase_position',
      'focus_competency_ids',
      'focus_activity_ids',
      'topics',
    ],
    plan.checkIns.map((c, i) => [
      c.id,
      plan.id,
      i,
      c.date,
      c.phaseIndex,
      JSON.stringify(c.focusCompetencyIds),
      JSON.stringify(c.focusActivityIds),
      JSON.stringify(c.topics),
    ]),
  );
  await insertRows(
    sql,
    'plan_reassessments',
    ['plan_id', 'position', 'date', 'reason'],
    plan.reassessments.map((r, i) => [plan.id, i, r.date, r.reason]),
  );
}

/**
 * Runs the insert of a version, turning a second save of the same hire's plan that raced this one
 * (same version number, or a second current version) into CONFLICT; SQLite serialises writers, so
 * the desktop never meets it. The caller's transaction rolls the supersede back with it.
 */
async function savingAlone<T>(insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    if (sqlState(error) !== UNIQUE_VIOLATION) throw error;
    throw conflict(
      'Another version of this plan was saved at the same moment; reload the plan and try again',
    );
  }
}

/**
 * Writes a new current version after marking the hire's last one superseded, both only on a hire the
 * actor may change (else the supersede matches nothing and the insert is refused: NOT_FOUND, or
 * FORBIDDEN to a lead the hire is shared with).
 */
async function insertPlan({ sql, actor }: RepositoryScope, plan: NewPlan): Promise<void> {
  await writeForgettingSummaries(
    sql,
    `UPDATE plans SET status = 'superseded'
       WHERE hire_id = $2 AND status = 'current'
         AND hire_id IN (SELECT h.id FROM hires h WHERE ${changeableHire(actor, 'h', 1)})
       RETURNING hire_id`,
    [actor.id, plan.hireId],
  );
  const inserted = await savingAlone(() =>
    writeForgettingSummaries(
      sql,
      `INSERT INTO plans (id, hire_id, version, status, assessment_id, from_role_id, to_role_id, start_date, end_date, summary, created_at)
       SELECT $2, h.id, $4::integer, 'current', $5, $6, $7, $8, $9, $10, $11 FROM hires h
       WHERE h.id = $3 AND ${changeableHire(actor, 'h', 1)}
       RETURNING hire_id`,
      [
        actor.id,
        plan.id,
        plan.hireId,
        plan.version,
        plan.assessmentId,
        plan.fromRoleId,
        plan.toRoleId,
        plan.summary.horizon.startDate,
        plan.summary.horizon.endDate,
        JSON.stringify(plan.summary),
        plan.createdAt,
      ],
    ),
  );
  if (inserted === 0) throw await refusal({ sql, actor }, 'hire', plan.hireId, 'SELECT $2');
  await insertChildren(sql, plan);
}

/** Reads: plan versions, activities and goals of hires the actor may read. */
function planReads(scope: RepositoryScope) {
  const { sql, actor } = scope;
  const readable = readableHire(actor, 'h', 1);
  const plans = (where: string, params: SqlParam[], order = '') =>
    sql.query<PlanRow>(
      `SELECT p.* FROM plans p JOIN hires h ON h.id = p.hire_id WHERE ${readable} AND ${where} ${order}`,
      [actor.id, ...params],
    );
  /** The version matching `where`, whole, in one statement. */
  const whole = async (where: string, param: string): Promise<SavedPlan | undefined> => {
    const [row] = await sql.query<PlanWithChildrenRow>(
      `SELECT p.*, ${planChildrenColumns('p')} FROM plans p JOIN hires h ON h.id = p.hire_id
         WHERE ${readable} AND ${where}`,
      [actor.id, param],
    );
    return row && assembleWithChildren(row);
  };

  return {
    get: (id: string): Promise<SavedPlan | undefined> => whole('p.id = $2', id),

    current: (hireId: string): Promise<SavedPlan | undefined> =>
      whole("p.hire_id = $2 AND p.status = 'current'", hireId),

    async versions(hireId: string): Promise<PlanVersion[]> {
      const rows = await plans('p.hire_id = $2', [hireId], 'ORDER BY p.version DESC');
      return rows.map((row) => ({
        id: row.id,
        version: row.version,
        status: row.status,
        createdAt: row.created_at,
        startDate: row.start_date,
        endDate: row.end_date,
        assessmentId: row.assessment_id,
      }));
    },

    async nextVersion(hireId: string): Promise<number> {
      const [row] = await sql.query<{ version: number | null }>(
        `SELECT max(p.version) AS version FROM plans p JOIN hires h ON h.id = p.hire_id
           WHERE ${readable} AND p.hire_id = $2`,
        [actor.id, hireId],
      );
      return (row?.version ?? 0) + 1;
    },

    async activity(id: string): Promise<PlacedActivity | undefined> {
      const [row] = await sql.query<
        ActivityRow & { plan_status: string; plan_start: string; hire_id: string }
      >(
        `SELECT a.*, p.status AS plan_status, p.start_date AS plan_start, p.hire_id AS hire_id
           FROM plan_activities a JOIN plans p ON p.id = a.plan_id JOIN hires h ON h.id = p.hire_id
           WHERE ${readable} AND a.id = $2`,
        [actor.id, id],
      );
      return (
        row && {
          activity: toActivity(row),
          planStatus: row.plan_status,
          planStart: row.plan_start,
          hireId: row.hire_id,
        }
      );
    },

    async goal(id: string): Promise<PlacedGoal | undefined> {
      const [row] = await sql.query<GoalRow & { plan_status: string; plan_start: string }>(
        `SELECT g.*, p.status AS plan_status, p.start_date AS plan_start
           FROM plan_goals g JOIN plans p ON p.id = g.plan_id JOIN hires h ON h.id = p.hire_id
           WHERE ${readable} AND g.id = $2`,
        [actor.id, id],
      );
      return (
        row && {
          id: row.id,
          planId: row.plan_id,
          competencyId: row.competency_id,
          startDate: row.start_date,
          planStatus: row.plan_status,
          planStart: row.plan_start,
        }
      );
    },
  };
}

/** Writes: a new version, and the manager's changes to activities, on hires the actor may change. */
function planWrites(scope: RepositoryScope) {
  const { sql, actor } = scope;
  const changeablePlans = `SELECT p.id FROM plans p JOIN hires h ON h.id = p.hire_id WHERE ${changeableHire(actor, 'h', 1)}`;

  return {
    /** Saves a new current version, superseding the previous one. Runs inside the caller's transaction. */
    insert: (plan: NewPlan): Promise<void> => insertPlan(scope, plan),

    async addActivity(planId: string, goalId: string, activity: SavedActivity, updatedAt: string) {
      const values = activityValues(activity, {
        planId,
        goalId,
        position: 0,
        updatedAt,
        purpose: null,
        checkInTopic: '',
      });
      // The position comes after the plan's last one, worked out in the statement: every other
      // column is a parameter, $2… in ACTIVITY_COLUMNS order without position (plan_id is $3).
      const params: SqlParam[] = [actor.id];
      const selected = ACTIVITY_COLUMNS.map((column, i) => {
        if (column === 'position')
          return '(SELECT coalesce(max(x.position), 0) + 1 FROM plan_activities x WHERE x.plan_id = $3)';
        params.push(values[i] ?? null);
        return column === 'effort_hours' ? `$${params.length}::double precision` : `$${params.length}`;
      });
      const added = await writeForgettingSummaries(
        sql,
        `INSERT INTO plan_activities (${ACTIVITY_COLUMNS.join(', ')})
           SELECT ${selected.join(', ')} WHERE $3 IN (${changeablePlans})
           RETURNING plan_id`,
        params,
        HIRES_OF_CHANGED_PLANS,
      );
      if (added === 0) throw await refusal(scope, 'plan', planId, 'SELECT hire_id FROM plans WHERE id = $2');
    },

    async updateActivity(change: {
      id: string;
      status: ActivityStatus;
      doneOn: string | null;
      dueDate: string;
      updatedAt: string;
    }): Promise<void> {
      const updated = await writeForgettingSummaries(
        sql,
        `UPDATE plan_activities SET status = $3, done_on = $4, due_date = $5, updated_at = $6
           WHERE id = $2 AND plan_id IN (${changeablePlans})
           RETURNING plan_id`,
        [actor.id, change.id, change.status, change.doneOn, change.dueDate, change.updatedAt],
        HIRES_OF_CHANGED_PLANS,
      );
      if (updated === 0)
        throw await refusal(
          scope,
          'activity',
          change.id,
          'SELECT p.hire_id FROM plan_activities a JOIN plans p ON p.id = a.plan_id WHERE a.id = $2',
        );
    },
  };
}

/** The plans of the hires the signed-in account may see; only a manager's own hires can be changed. */
export function createPostgresPlanRepository(scope: RepositoryScope) {
  return { ...planReads(scope), ...planWrites(scope) };
}

export type PostgresPlanRepository = ReturnType<typeof createPostgresPlanRepository>;
