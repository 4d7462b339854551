// SQL for saved plans: a version with its phases, goals, activities, check-ins and reassessments.
import type { Db } from '../db/connection';
import type { Synchronous } from '../awaitable';
import type { NewPlan, PlacedActivity, PlacedGoal, PlanRepository } from './repository-types';

export type { NewPlan, PlacedActivity, PlacedGoal, PlanRepository } from './repository-types';
import type { Level, Weight } from '@shared/framework/types';
import type {
  ActivityOrigin,
  ActivityStatus,
  MovePurpose,
  MoveWork,
  PlanSummaryPart,
  PlanVersion,
  SavedActivity,
  SavedGoal,
  SavedPhase,
  SavedPlan,
} from '@shared/plans/schema';

interface PlanRow {
  id: string;
  hire_id: string;
  version: number;
  status: 'current' | 'superseded';
  assessment_id: string | null;
  from_role_id: string;
  to_role_id: string;
  start_date: string;
  end_date: string;
  summary: string;
  created_at: string;
}
interface PhaseRow {
  id: string;
  position: number;
  key: string;
  name: string;
  focus: string;
  start_date: string;
  end_date: string;
}
interface GoalRow {
  id: string;
  phase_id: string;
  competency_id: string;
  competency_name: string;
  from_level: number;
  to_level: number;
  weight: number;
  start_date: string;
  due_date: string;
}
interface ActivityRow {
  id: string;
  plan_id: string;
  goal_id: string | null;
  position: number;
  library_activity_id: string | null;
  competency_id: string;
  title: string;
  description: string;
  with_whom: string;
  evidence: string;
  kind: SavedActivity['kind'];
  effort_hours: number;
  start_date: string;
  due_date: string;
  status: ActivityStatus;
  done_on: string | null;
  origin: ActivityOrigin;
  move_purpose: MovePurpose | null;
  check_in_topic: string;
}
interface CheckInRow {
  id: string;
  date: string;
  phase_position: number;
  focus_competency_ids: string;
  focus_activity_ids: string;
  topics: string;
}

function toActivity(row: ActivityRow): SavedActivity {
  return {
    id: row.id,
    libraryActivityId: row.library_activity_id,
    competencyId: row.competency_id,
    title: row.title,
    description: row.description,
    withWhom: row.with_whom,
    evidence: row.evidence,
    kind: row.kind,
    effortHours: row.effort_hours,
    startDate: row.start_date,
    dueDate: row.due_date,
    status: row.status,
    doneOn: row.done_on,
    origin: row.origin,
  };
}

const toMoveWork = (row: ActivityRow): MoveWork => ({
  ...toActivity(row),
  purpose: row.move_purpose as MovePurpose,
  checkInTopic: row.check_in_topic,
});

/** Every statement the repository runs, prepared once. */
function statements(db: Db) {
  return {
    plan: db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE id = ?'),
    current: db.prepare<[string], PlanRow>("SELECT * FROM plans WHERE hire_id = ? AND status = 'current'"),
    versions: db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE hire_id = ? ORDER BY version DESC'),
    lastVersion: db.prepare<[string], { version: number | null }>(
      'SELECT max(version) AS version FROM plans WHERE hire_id = ?',
    ),
    phases: db.prepare<[string], PhaseRow>('SELECT * FROM plan_phases WHERE plan_id = ? ORDER BY position'),
    goals: db.prepare<[string], GoalRow>('SELECT * FROM plan_goals WHERE plan_id = ? ORDER BY position'),
    activities: db.prepare<[string], ActivityRow>(
      'SELECT * FROM plan_activities WHERE plan_id = ? ORDER BY position',
    ),
    checkIns: db.prepare<[string], CheckInRow>(
      'SELECT * FROM plan_check_ins WHERE plan_id = ? ORDER BY position',
    ),
    reassessments: db.prepare<[string], { date: string; reason: string }>(
      'SELECT date, reason FROM plan_reassessments WHERE plan_id = ? ORDER BY position',
    ),
    supersede: db.prepare("UPDATE plans SET status = 'superseded' WHERE hire_id = ? AND status = 'current'"),
    insertPlan: db.prepare(
      `INSERT INTO plans (id, hire_id, version, status, assessment_id, from_role_id, to_role_id, start_date, end_date, summary, created_at)
     VALUES (@id, @hireId, @version, 'current', @assessmentId, @fromRoleId, @toRoleId, @startDate, @endDate, @summary, @createdAt)`,
    ),
    insertPhase: db.prepare(
      `INSERT INTO plan_phases (id, plan_id, position, key, name, focus, start_date, end_date)
     VALUES (@id, @planId, @index, @key, @name, @focus, @startDate, @endDate)`,
    ),
    insertGoal: db.prepare(
      `INSERT INTO plan_goals (id, plan_id, phase_id, position, competency_id, competency_name, from_level, to_level, weight, start_date, due_date)
     VALUES (@id, @planId, @phaseId, @position, @competencyId, @competencyName, @fromLevel, @toLevel, @weight, @startDate, @dueDate)`,
    ),
    insertActivity: db.prepare(
      `INSERT INTO plan_activities (id, plan_id, goal_id, position, library_activity_id, competency_id, title, description, with_whom,
       evidence, kind, effort_hours, start_date, due_date, status, done_on, origin, updated_at, move_purpose, check_in_topic)
     VALUES (@id, @planId, @goalId, @position, @libraryActivityId, @competencyId, @title, @description, @withWhom,
       @evidence, @kind, @effortHours, @startDate, @dueDate, @status, @doneOn, @origin, @updatedAt, @purpose, @checkInTopic)`,
    ),
    insertCheckIn: db.prepare(
      `INSERT INTO plan_check_ins (id, plan_id, position, date, phase_position, focus_competency_ids, focus_activity_ids, topics)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertReassessment: db.prepare(
      'INSERT INTO plan_reassessments (plan_id, position, date, reason) VALUES (?, ?, ?, ?)',
    ),
    activity: db.prepare<
      [string],
      ActivityRow & { plan_status: string; plan_start: string; hire_id: string }
    >(
      `SELECT a.*, p.status AS plan_status, p.start_date AS plan_start, p.hire_id AS hire_id FROM plan_activities a JOIN plans p ON p.id = a.plan_id WHERE a.id = ?`,
    ),
    goal: db.prepare<[string], GoalRow & { plan_id: string; plan_status: string; plan_start: string }>(
      `SELECT g.*, p.status AS plan_status, p.start_date AS plan_start FROM plan_goals g JOIN plans p ON p.id = g.plan_id WHERE g.id = ?`,
    ),
    maxPosition: db.prepare<[string], { position: number | null }>(
      'SELECT max(position) AS position FROM plan_activities WHERE plan_id = ?',
    ),
    updateActivity: db.prepare(
      'UPDATE plan_activities SET status = @status, done_on = @doneOn, due_date = @dueDate, updated_at = @updatedAt WHERE id = @id',
    ),
  };
}

type Statements = ReturnType<typeof statements>;

/** A stored plan version, read back whole: phases, goals, activities, the move's work, one-on-ones. */
function assemble(s: Statements, row: PlanRow): SavedPlan {
  // Versions saved before the brief was derived from the person lack its newer parts: empty, not missing.
  const summary: PlanSummaryPart = {
    largestGaps: [],
    assumedCompetencyIds: [],
    transitionWork: [],
    followOn: [],
    milestones: [],
    ...(JSON.parse(row.summary) as Partial<PlanSummaryPart>),
  } as PlanSummaryPart;
  const activities = s.activities.all(row.id);
  const byGoal = new Map<string | null, SavedActivity[]>();
  const moveWork = activities.filter((a) => a.move_purpose !== null);
  for (const a of activities.filter((x) => x.move_purpose === null)) {
    const list = byGoal.get(a.goal_id) ?? [];
    list.push(toActivity(a));
    byGoal.set(a.goal_id, list);
  }
  const goalsByPhase = new Map<string, SavedGoal[]>();
  for (const g of s.goals.all(row.id)) {
    const list = goalsByPhase.get(g.phase_id) ?? [];
    list.push({
      id: g.id,
      competencyId: g.competency_id,
      competencyName: g.competency_name,
      fromLevel: g.from_level as Level,
      toLevel: g.to_level as Level,
      weight: g.weight as Weight,
      startDate: g.start_date,
      dueDate: g.due_date,
      activities: byGoal.get(g.id) ?? [],
    });
    goalsByPhase.set(g.phase_id, list);
  }
  const phases = s.phases.all(row.id).map((p): SavedPhase => ({
    id: p.id,
    index: p.position,
    key: p.key,
    name: p.name,
    focus: p.focus,
    startDate: p.start_date,
    endDate: p.end_date,
    goals: goalsByPhase.get(p.id) ?? [],
  }));
  // Earlier work is history; the goals' activities and the move's own work are what progress counts.
  const live = activities.filter(
    (a) => a.status !== 'removed' && (a.goal_id !== null || a.move_purpose !== null),
  );
  return {
    ...summary,
    id: row.id,
    hireId: row.hire_id,
    version: row.version,
    status: row.status,
    assessmentId: row.assessment_id,
    fromRoleId: row.from_role_id,
    toRoleId: row.to_role_id,
    createdAt: row.created_at,
    phases,
    checkIns: s.checkIns.all(row.id).map((c) => ({
      id: c.id,
      date: c.date,
      phaseIndex: c.phase_position,
      focusCompetencyIds: JSON.parse(c.focus_competency_ids) as string[],
      focusActivityIds: JSON.parse(c.focus_activity_ids) as string[],
      topics: JSON.parse(c.topics) as string[],
    })),
    reassessments: s.reassessments.all(row.id),
    earlierWork: byGoal.get(null) ?? [],
    moveWork: moveWork.map(toMoveWork),
    progress: {
      done: live.filter((a) => a.status === 'done').length,
      open: live.filter((a) => a.status === 'planned').length,
    },
  };
}

/** Writes a new current version, after marking the hire's last one superseded. */
function insertPlan(s: Statements, plan: NewPlan): void {
  s.supersede.run(plan.hireId);
  s.insertPlan.run({
    id: plan.id,
    hireId: plan.hireId,
    version: plan.version,
    assessmentId: plan.assessmentId,
    fromRoleId: plan.fromRoleId,
    toRoleId: plan.toRoleId,
    startDate: plan.summary.horizon.startDate,
    endDate: plan.summary.horizon.endDate,
    summary: JSON.stringify(plan.summary),
    createdAt: plan.createdAt,
  });
  let position = 0;
  const insertActivity = (
    a: SavedActivity,
    goalId: string | null,
    move: { purpose: MovePurpose | null; checkInTopic: string } = { purpose: null, checkInTopic: '' },
  ) =>
    s.insertActivity.run({
      ...a,
      ...move,
      planId: plan.id,
      goalId,
      position: position++,
      updatedAt: plan.createdAt,
    });
  let goalPosition = 0;
  for (const phase of plan.phases) {
    s.insertPhase.run({ ...phase, planId: plan.id });
    for (const goal of phase.goals) {
      s.insertGoal.run({ ...goal, planId: plan.id, phaseId: phase.id, position: goalPosition++ });
      for (const a of goal.activities) insertActivity(a, goal.id);
    }
  }
  for (const a of plan.moveWork) insertActivity(a, null, a);
  for (const a of plan.earlierWork) insertActivity(a, null);
  plan.checkIns.forEach((c, i) =>
    s.insertCheckIn.run(
      c.id,
      plan.id,
      i,
      c.date,
      c.phaseIndex,
      JSON.stringify(c.focusCompetencyIds),
      JSON.stringify(c.focusActivityIds),
      JSON.stringify(c.topics),
    ),
  );
  plan.reassessments.forEach((r, i) => s.insertReassessment.run(plan.id, i, r.date, r.reason));
}

export function createPlanRepository(db: Db): Synchronous<PlanRepository> {
  const s = statements(db);
  const read = (row: PlanRow) => assemble(s, row);

  return {
    get(id: string): SavedPlan | undefined {
      const row = s.plan.get(id);
      return row ? read(row) : undefined;
    },

    current(hireId: string): SavedPlan | undefined {
      const row = s.current.get(hireId);
      return row ? read(row) : undefined;
    },

    versions(hireId: string): PlanVersion[] {
      return s.versions.all(hireId).map((row) => ({
        id: row.id,
        version: row.version,
        status: row.status,
        createdAt: row.created_at,
        startDate: row.start_date,
        endDate: row.end_date,
        assessmentId: row.assessment_id,
      }));
    },

    nextVersion(hireId: string): number {
      return (s.lastVersion.get(hireId)?.version ?? 0) + 1;
    },

    /** Saves a new current version, superseding the previous one. Runs inside the caller's transaction. */
    insert: (plan: NewPlan): void => insertPlan(s, plan),

    activity(id: string): PlacedActivity | undefined {
      const row = s.activity.get(id);
      return (
        row && {
          activity: toActivity(row),
          planStatus: row.plan_status,
          planStart: row.plan_start,
          hireId: row.hire_id,
        }
      );
    },

    goal(id: string): PlacedGoal | undefined {
      const row = s.goal.get(id);
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

    addActivity(planId: string, goalId: string, activity: SavedActivity, updatedAt: string): void {
      const position = (s.maxPosition.get(planId)?.position ?? 0) + 1;
      s.insertActivity.run({
        ...activity,
        planId,
        goalId,
        position,
        updatedAt,
        purpose: null,
        checkInTopic: '',
      });
    },

    updateActivity(change: {
      id: string;
      status: ActivityStatus;
      doneOn: string | null;
      dueDate: string;
      updatedAt: string;
    }): void {
      s.updateActivity.run(change);
    },
  };
}
