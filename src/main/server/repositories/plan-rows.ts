// Rows of a saved plan on PostgreSQL and how they become the domain's SavedPlan, exactly as the
// SQLite repository (src/main/core/plans/repository.ts) assembles them; plans.ts scopes and writes.
import type { Level, Weight } from '@shared/framework/types';
import type {
  ActivityOrigin,
  ActivityStatus,
  MovePurpose,
  MoveWork,
  PlanSummaryPart,
  SavedActivity,
  SavedGoal,
  SavedPhase,
  SavedPlan,
} from '@shared/plans/schema';
import type { SqlParam } from '../db/sql-client';

export interface PlanRow {
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
export interface GoalRow {
  id: string;
  plan_id: string;
  phase_id: string;
  competency_id: string;
  competency_name: string;
  from_level: number;
  to_level: number;
  weight: number;
  start_date: string;
  due_date: string;
}
export interface ActivityRow {
  id: string;
  plan_id: string;
  goal_id: string | null;
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
interface PlanCheckInRow {
  id: string;
  date: string;
  phase_position: number;
  focus_competency_ids: string;
  focus_activity_ids: string;
  topics: string;
}

export const ACTIVITY_COLUMNS = [
  'id',
  'plan_id',
  'goal_id',
  'position',
  'library_activity_id',
  'competency_id',
  'title',
  'description',
  'with_whom',
  'evidence',
  'kind',
  'effort_hours',
  'start_date',
  'due_date',
  'status',
  'done_on',
  'origin',
  'updated_at',
  'move_purpose',
  'check_in_topic',
] as const;

/** Where an activity sits and what it is for; goal activities and earlier work have no purpose. */
interface ActivityPlace {
  planId: string;
  goalId: string | null;
  position: number;
  updatedAt: string;
  purpose: MovePurpose | null;
  checkInTopic: string;
}

/** An activity's values in ACTIVITY_COLUMNS order. */
export function activityValues(a: SavedActivity, at: ActivityPlace): SqlParam[] {
  return [
    a.id,
    at.planId,
    at.goalId,
    at.position,
    a.libraryActivityId,
    a.competencyId,
    a.title,
    a.description,
    a.withWhom,
    a.evidence,
    a.kind,
    a.effortHours,
    a.startDate,
    a.dueDate,
    a.status,
    a.doneOn,
    a.origin,
    at.updatedAt,
    at.purpose,
    at.checkInTopic,
  ];
}

export function toActivity(row: ActivityRow): SavedActivity {
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

/** A plan's rows below the version itself, each list in its stored order. */
interface PlanChildren {
  phases: PhaseRow[];
  goals: GoalRow[];
  activities: ActivityRow[];
  checkIns: PlanCheckInRow[];
  reassessments: { date: string; reason: string }[];
}

/**
 * The columns of a plan's row (`alias`) that carry its children as JSON arrays, each in its stored
 * order: a whole version is one statement, however many phases, goals and activities it has.
 */
export const planChildrenColumns = (alias: string): string => {
  const list = (table: string, order = 'x.position, x.id', row = 'x') =>
    `(SELECT coalesce(json_agg(${row} ORDER BY ${order}), '[]') FROM ${table} x WHERE x.plan_id = ${alias}.id)`;
  return `${list('plan_phases')} AS children_phases, ${list('plan_goals')} AS children_goals,
    ${list('plan_activities')} AS children_activities, ${list('plan_check_ins')} AS children_check_ins,
    ${list('plan_reassessments', 'x.position', "json_build_object('date', x.date, 'reason', x.reason)")} AS children_reassessments`;
};

/** A plan's row read with planChildrenColumns. */
export interface PlanWithChildrenRow extends PlanRow {
  children_phases: PhaseRow[];
  children_goals: GoalRow[];
  children_activities: ActivityRow[];
  children_check_ins: PlanCheckInRow[];
  children_reassessments: { date: string; reason: string }[];
}

/** A version read with its children, whole. */
export const assembleWithChildren = (row: PlanWithChildrenRow): SavedPlan =>
  assemble(row, {
    phases: row.children_phases,
    goals: row.children_goals,
    activities: row.children_activities,
    checkIns: row.children_check_ins,
    reassessments: row.children_reassessments,
  });

/** The goals of each phase, each with its activities (move work and earlier work left out). */
function goalsByPhase(goals: GoalRow[], byGoal: Map<string | null, SavedActivity[]>) {
  const byPhase = new Map<string, SavedGoal[]>();
  for (const g of goals) {
    const list = byPhase.get(g.phase_id) ?? [];
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
    byPhase.set(g.phase_id, list);
  }
  return byPhase;
}

/** A stored plan version, read back whole, exactly as the SQLite repository assembles it. */
export function assemble(row: PlanRow, children: PlanChildren): SavedPlan {
  // Versions saved before the brief was derived from the person lack its newer parts: empty, not missing.
  const summary = {
    largestGaps: [],
    assumedCompetencyIds: [],
    transitionWork: [],
    followOn: [],
    milestones: [],
    ...(JSON.parse(row.summary) as Partial<PlanSummaryPart>),
  } as PlanSummaryPart;
  const { activities } = children;
  const byGoal = new Map<string | null, SavedActivity[]>();
  for (const a of activities.filter((x) => x.move_purpose === null)) {
    const list = byGoal.get(a.goal_id) ?? [];
    list.push(toActivity(a));
    byGoal.set(a.goal_id, list);
  }
  const goals = goalsByPhase(children.goals, byGoal);
  const phases = children.phases.map((p): SavedPhase => ({
    id: p.id,
    index: p.position,
    key: p.key,
    name: p.name,
    focus: p.focus,
    startDate: p.start_date,
    endDate: p.end_date,
    goals: goals.get(p.id) ?? [],
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
    checkIns: children.checkIns.map((c) => ({
      id: c.id,
      date: c.date,
      phaseIndex: c.phase_position,
      focusCompetencyIds: JSON.parse(c.focus_competency_ids) as string[],
      focusActivityIds: JSON.parse(c.focus_activity_ids) as string[],
      topics: JSON.parse(c.topics) as string[],
    })),
    reassessments: children.reassessments,
    earlierWork: byGoal.get(null) ?? [],
    moveWork: activities.filter((a) => a.move_purpose !== null).map(toMoveWork),
    progress: {
      done: live.filter((a) => a.status === 'done').length,
      open: live.filter((a) => a.status === 'planned').length,
    },
  };
}
