// Saved coaching plans: a planner result stored as a version, with activities the manager works.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import type { Level, Weight } from '../framework/types';
import type {
  Plan,
  PlannedActivity,
  PlannedCheckIn,
  Reassessment,
  TransitionActivity,
} from '../planner/types';
import { idField, multiLineText, singleLineText } from '../text/fields';

export type ActivityStatus = 'planned' | 'done' | 'removed';
export type ActivityOrigin = 'planner' | 'manager' | 'carried';

/** A planned activity as stored: the planner's fields, plus where it came from and how it stands. */
// Stage and span are the planner's ordering inputs; a saved activity keeps its dates instead.
export interface SavedActivity extends Omit<PlannedActivity, 'activityId' | 'stage' | 'spanWeeks'> {
  id: string;
  /** The library activity it came from; null for one the manager added. */
  libraryActivityId: string | null;
  status: ActivityStatus;
  doneOn: string | null;
  origin: ActivityOrigin;
}

export type MovePurpose = TransitionActivity['purpose'];

/**
 * Work of the move itself (the expectations conversation, a peer, a hand-over), saved as an
 * activity the manager ticks off. Its competency is '' for the conversation and the peer.
 */
export interface MoveWork extends SavedActivity {
  purpose: MovePurpose;
  /** What the manager asks about it at the one-on-ones while it runs. */
  checkInTopic: string;
}

export interface SavedGoal {
  id: string;
  competencyId: string;
  competencyName: string;
  fromLevel: Level;
  toLevel: Level;
  weight: Weight;
  startDate: string;
  dueDate: string;
  activities: SavedActivity[];
}

export interface SavedPhase {
  id: string;
  index: number;
  key: string;
  name: string;
  focus: string;
  startDate: string;
  endDate: string;
  goals: SavedGoal[];
}

/** The parts of a generated plan that are kept as they were decided. */
export type PlanSummaryPart = Pick<
  Plan,
  | 'fromRoleName'
  | 'toRoleName'
  | 'assumedCurrentLevels'
  | 'options'
  | 'horizon'
  | 'gaps'
  | 'carryOver'
  | 'letGo'
  | 'expectations'
  | 'largestGaps'
  | 'assumedCompetencyIds'
  | 'transitionWork'
  | 'followOn'
  | 'milestones'
  | 'warnings'
  | 'totals'
  | 'load'
>;

export interface SavedPlan extends PlanSummaryPart {
  id: string;
  hireId: string;
  version: number;
  status: 'current' | 'superseded';
  assessmentId: string | null;
  fromRoleId: string;
  toRoleId: string;
  createdAt: string;
  phases: SavedPhase[];
  checkIns: (PlannedCheckIn & { id: string })[];
  reassessments: Reassessment[];
  /** Done in an earlier version, for a goal this version no longer has. */
  earlierWork: SavedActivity[];
  /** The move's own work, first-phase activities with no goal; counted in progress. */
  moveWork: MoveWork[];
  progress: { done: number; open: number };
}

export interface PlanVersion {
  id: string;
  version: number;
  status: 'current' | 'superseded';
  createdAt: string;
  startDate: string;
  endDate: string;
  assessmentId: string | null;
}

const id = (what: string) => idField(what);
const date = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .refine(isCalendarDate, `Enter the ${what} as a real date, YYYY-MM-DD`);

export const planOptionsInput = {
  startDate: date('start date'),
  hoursPerWeek: z
    .number({ error: 'Hours per week must be a number' })
    .positive('Hours per week must be more than 0')
    .max(40, 'Hours per week must be at most 40')
    .optional(),
  cadence: z
    .enum(['auto', 'weekly', 'biweekly'], { error: 'Cadence is auto, weekly or biweekly' })
    .optional(),
  maxConcurrent: z
    .number({ error: 'Give how many competencies at once' })
    .int('Give a whole number of competencies')
    .min(1, 'Work on at least 1 competency at once')
    .max(10, 'Work on at most 10 competencies at once')
    .optional(),
  targetEndDate: date('end date').nullable().optional(),
};

export const planCreateInput = z.strictObject({ hireId: id('hire'), ...planOptionsInput });
export const planGetInput = z.strictObject({ id: id('plan') });
export const planListInput = z.strictObject({ hireId: id('hire') });

export const activityCompleteInput = z.strictObject({
  activityId: id('activity'),
  doneOn: date('date it was done'),
});
export const activityIdInput = z.strictObject({ activityId: id('activity') });
export const activityRescheduleInput = z.strictObject({
  activityId: id('activity'),
  dueDate: date('due date'),
});
export const activityAddInput = z.strictObject({
  goalId: id('goal'),
  title: singleLineText({
    label: 'title',
    max: 200,
    messages: { type: 'Enter a title', min: 'Enter a title' },
  }),
  description: multiLineText({
    label: 'description',
    max: 2000,
    min: 0,
    trim: false,
    messages: { type: 'The description must be text', max: 'Keep it to 2,000 characters' },
  }).optional(),
  kind: z.enum(['experience', 'people', 'course'], { error: 'Kind is experience, people or course' }),
  effortHours: z
    .number({ error: 'Effort must be a number of hours' })
    .positive('Effort must be more than 0 hours')
    .max(40, 'Keep one activity to 40 hours or fewer'),
  dueDate: date('due date'),
});
