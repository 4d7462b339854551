// The planner's input and output. The output is a plain, serialisable object.
import type { ActivityKind, ActivityStage, Framework, Level, Weight } from '../framework/types';

export type Cadence = 'auto' | 'weekly' | 'biweekly';

export interface PlanOptions {
  /** Development hours the person can spend each week. Default 3. */
  hoursPerWeek?: number;
  /** `auto`: weekly while the gaps are large, every two weeks in the ownership phase. Default `auto`. */
  cadence?: Cadence;
  /** Competencies worked on at the same time. Default 3. */
  maxConcurrent?: number;
  /** Finish by this date (YYYY-MM-DD) if the hours allow; the plan says so when they do not. */
  targetEndDate?: string | null;
}

export interface PlanInput {
  framework: Framework;
  fromRoleId: string;
  toRoleId: string;
  /** Current level per competency from the latest assessment; absent means none was made. */
  currentLevels?: Record<string, Level> | null;
  /** First day of the plan, YYYY-MM-DD. */
  startDate: string;
  /**
   * Weekdays nobody acts on (public holidays of the manager's country, the hire's leave), as
   * YYYY-MM-DD. The core works them out and passes them in; no activity, check-in or
   * reassessment falls due on one.
   */
  nonWorkingDays?: readonly string[];
  options?: PlanOptions;
}

export interface PlannedActivity {
  activityId: string;
  competencyId: string;
  title: string;
  description: string;
  withWhom: string;
  evidence: string;
  kind: ActivityKind;
  effortHours: number;
  /** Where it sits in learning the step: learn → try → feedback → own. */
  stage: ActivityStage;
  /** Calendar weeks it runs; its effort is spread across them. */
  spanWeeks: number;
  startDate: string;
  dueDate: string;
}

/**
 * Work of the move itself rather than of one level: the expectations conversation in week 1, a
 * peer in the new role from week 1, and handing over the old role's habits.
 */
export interface TransitionActivity {
  id: string;
  purpose: 'expectations' | 'peer' | 'letGo';
  /** The competency a hand-over releases; null for the conversation and the peer. */
  competencyId: string | null;
  title: string;
  description: string;
  withWhom: string;
  evidence: string;
  kind: ActivityKind;
  effortHours: number;
  spanWeeks: number;
  startDate: string;
  dueDate: string;
  /** What the manager asks about it at the one-on-ones while it runs. */
  checkInTopic: string;
}

/**
 * A level left out of the dated plan: a useful one is optional, for after the plan or alongside it;
 * an important one moved out so the plan fits about six months comes next, once it is done.
 */
export interface FollowOnGoal {
  competencyId: string;
  competencyName: string;
  fromLevel: Level;
  toLevel: Level;
  weight: Weight;
  activityTitles: string[];
  /** `next`: important, moved out to fit the first six months; absent or `optional`: merely useful. */
  when?: 'next' | 'optional';
  /** Why it is not in the dated plan, in the manager's words. */
  why?: string;
}

export interface Milestone {
  /** Days after the start: 30, 60, 90 or 182 (six months). */
  day: number;
  label: string;
  date: string;
  /** What should be true by then, from the plan's own dates. */
  expect: string;
}

export interface Goal {
  id: string;
  competencyId: string;
  competencyName: string;
  fromLevel: Level;
  toLevel: Level;
  weight: Weight;
  startDate: string;
  dueDate: string;
  activities: PlannedActivity[];
}

export interface Phase {
  index: number;
  key: 'learn' | 'practise' | 'stretch' | 'own' | 'build' | 'consolidate';
  name: string;
  focus: string;
  startDate: string;
  endDate: string;
  goals: Goal[];
}

export interface PlannedCheckIn {
  date: string;
  phaseIndex: number;
  focusCompetencyIds: string[];
  focusActivityIds: string[];
  /** Questions for this one-on-one from the work of the move itself (expectations, hand-over). */
  topics: string[];
}

export interface Reassessment {
  date: string;
  reason: string;
}

export interface CompetencyGap {
  competencyId: string;
  name: string;
  current: Level;
  target: Level;
  weight: Weight;
  weightedGap: number;
  /** Not in the assessment: the level the current role expects was assumed. */
  assumed: boolean;
  /** In the dated plan (core), in the optional follow-on list, or no gap. */
  planned: 'core' | 'followOn' | 'none';
}

export interface Plan {
  fromRoleId: string;
  toRoleId: string;
  fromRoleName: string;
  toRoleName: string;
  /** True when no assessment was given and the from-role's expected levels were assumed. */
  assumedCurrentLevels: boolean;
  /** Competencies the assessment left out, whose level was assumed from the current role. */
  assumedCompetencyIds: string[];
  options: Required<Omit<PlanOptions, 'targetEndDate'>> & { targetEndDate: string | null };
  horizon: { startDate: string; endDate: string; weeks: number };
  gaps: CompetencyGap[];
  phases: Phase[];
  checkIns: PlannedCheckIn[];
  reassessments: Reassessment[];
  carryOver: { competencyId: string; name: string; level: Level }[];
  letGo: { competencyId: string; name: string; from: Level; to: Level }[];
  expectations: string[];
  /** The plan's actual first goals: the gaps it starts on. */
  largestGaps: { competencyId: string; name: string; current: Level; target: Level }[];
  transitionWork: TransitionActivity[];
  followOn: FollowOnGoal[];
  milestones: Milestone[];
  warnings: string[];
  totals: { effortHours: number; activities: number; hoursByKind: Record<ActivityKind, number> };
  /**
   * The pace the schedule uses (the hours asked for, or fewer when a short plan is spread over the
   * minimum length or the requested end date) and the hours scheduled in each week.
   */
  load: { paceHoursPerWeek: number; weeklyHours: number[] };
}

export class PlannerInputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'PlannerInputError';
  }
}

export type { Level, Weight, ActivityKind };
