// The storage-neutral side of the plans repository: the records it takes and answers, and the
// interface every storage implements (SQLite in repository.ts).
import type {
  ActivityStatus,
  MoveWork,
  PlanSummaryPart,
  PlanVersion,
  SavedActivity,
  SavedPhase,
  SavedPlan,
} from '@shared/plans/schema';
import type { Awaitable } from '../awaitable';

/** An activity with the plan it sits in: whether that is the current version, when it starts, whose it is. */
export interface PlacedActivity {
  activity: SavedActivity;
  planStatus: string;
  planStart: string;
  hireId: string;
}

/** A goal of a plan, with the plan's version status and start, for adding an activity to it. */
export interface PlacedGoal {
  id: string;
  planId: string;
  competencyId: string;
  startDate: string;
  planStatus: string;
  planStart: string;
}

export interface NewPlan {
  id: string;
  hireId: string;
  version: number;
  assessmentId: string | null;
  fromRoleId: string;
  toRoleId: string;
  createdAt: string;
  summary: PlanSummaryPart;
  phases: SavedPhase[];
  earlierWork: SavedActivity[];
  moveWork: MoveWork[];
  checkIns: SavedPlan['checkIns'];
  reassessments: SavedPlan['reassessments'];
}

/** Plan versions and their activities, as every storage keeps them. */
export interface PlanRepository {
  get(id: string): Awaitable<SavedPlan | undefined>;
  current(hireId: string): Awaitable<SavedPlan | undefined>;
  versions(hireId: string): Awaitable<PlanVersion[]>;
  nextVersion(hireId: string): Awaitable<number>;
  /** Saves a new current version, superseding the previous one. Runs inside the caller's transaction. */
  insert(plan: NewPlan): Awaitable<void>;
  activity(id: string): Awaitable<PlacedActivity | undefined>;
  goal(id: string): Awaitable<PlacedGoal | undefined>;
  addActivity(planId: string, goalId: string, activity: SavedActivity, updatedAt: string): Awaitable<void>;
  updateActivity(change: {
    id: string;
    status: ActivityStatus;
    doneOn: string | null;
    dueDate: string;
    updatedAt: string;
  }): Awaitable<void>;
}
