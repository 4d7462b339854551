// One-on-one check-ins: scheduled from the plan, prepared as a GROW agenda, recorded with notes,
// pulse ratings and action items that carry forward until done or dropped.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import type { SavedActivity } from '../plans/schema';
import { checkInTime } from '../settings/schema';
import { idField, idKeyedRecord, multiLineText, singleLineText, uniqueBy } from '../text/fields';
import { expectedVersion } from '../api/edit-version';

export type CheckInStatus = 'scheduled' | 'done' | 'cancelled';
export type ActionOwner = 'manager' | 'hire';
export type ActionStatus = 'open' | 'done' | 'dropped';

export interface Pulse {
  competencyId: string;
  confidence: number;
}

export interface ActionItem {
  id: string;
  hireId: string;
  checkInId: string;
  text: string;
  owner: ActionOwner;
  dueOn: string | null;
  status: ActionStatus;
  closedInCheckInId: string | null;
  closedOn: string | null;
  createdAt: string;
}

export interface CheckIn {
  id: string;
  hireId: string;
  planId: string | null;
  scheduledOn: string;
  status: CheckInStatus;
  origin: 'plan' | 'manager';
  heldOn: string | null;
  sharedNotes: string;
  privateNotes: string;
  focusCompetencyIds: string[];
  /** Questions the plan gave this one-on-one from the move's own work (the first leads with expectations). */
  topics: string[];
  pulses: Pulse[];
  /** Action items agreed in this check-in. */
  actionItems: ActionItem[];
  /** Action items from earlier check-ins closed in this one. */
  closedActionItems: ActionItem[];
  hasDraft: boolean;
  /** Its own start time (HH:MM) when moved with one; null follows Settings. */
  startTime: string | null;
  /** Its own length in minutes when moved with one; null follows Settings. */
  minutes: number | null;
  /** Rises each time the one-on-one moves or changes, so calendars update their copy on re-import. */
  sequence: number;
  updatedAt: string;
  /** Raised by every edit, a saved draft included; an edit sends back the one it was made on. */
  version: number;
}

export interface CheckInDraft {
  heldOn?: string;
  sharedNotes?: string;
  privateNotes?: string;
  pulses?: Record<string, number>;
  newActionItems?: { text: string; owner: ActionOwner; dueOn: string | null }[];
  closeActionItems?: Record<string, 'done' | 'dropped'>;
  completeActivities?: Record<string, string>;
  nextDate?: string | null;
}

export interface AgendaGoal {
  goalId: string;
  competencyId: string;
  competencyName: string;
  fromLevel: number;
  toLevel: number;
  dueDate: string;
}

export interface Agenda {
  checkIn: CheckIn;
  hireName: string;
  previous: CheckIn | null;
  /** Goal: what this period is about. */
  goals: AgendaGoal[];
  /** Reality: what happened since last time. */
  reality: {
    since: string;
    doneSince: SavedActivity[];
    dueOrOverdue: SavedActivity[];
    lastPulses: (Pulse & { competencyName: string; on: string })[];
  };
  /** Options: activities to choose from next. */
  options: SavedActivity[];
  /** Will: every open action item, including those carried from earlier check-ins. */
  openActionItems: ActionItem[];
  focusCompetencies: { id: string; name: string }[];
  suggestedNextDate: string;
  draft: CheckInDraft | null;
}

export interface DueCheckIn {
  checkInId: string;
  hireId: string;
  hireName: string;
  scheduledOn: string;
}

const id = (what: string) => idField(what);
const date = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .refine(isCalendarDate, `Enter the ${what} as a real date, YYYY-MM-DD`);
const notes = (what: string) =>
  multiLineText({
    label: what,
    max: 50_000,
    min: 0,
    trim: false,
    messages: { type: `The ${what} must be text` },
  });
const actionText = (min: number) =>
  singleLineText({
    label: 'action item',
    max: 500,
    min,
    trim: min > 0,
    messages: {
      type: 'Write the action item',
      min: 'Write the action item',
      max: 'Keep an action item to 500 characters',
    },
  });
// A draft is saved while the manager types, so its dates may be half-written; they stay short text.
const draftDate = singleLineText({ label: 'date', max: 10, min: 0, trim: false });

const newActionItem = z.strictObject({
  text: actionText(1),
  owner: z.enum(['manager', 'hire'], { error: 'The owner is the manager or the hire' }),
  dueOn: date('due date').nullable().optional(),
});

const pulse = z.strictObject({
  competencyId: id('competency'),
  confidence: z
    .number({ error: 'Confidence is a number from 1 to 5' })
    .int('Confidence is a whole number from 1 to 5')
    .min(1, 'Confidence is from 1 to 5')
    .max(5, 'Confidence is from 1 to 5'),
});

export const checkInHireInput = z.strictObject({ hireId: id('hire') });
export const checkInHistoryInput = z.strictObject({
  hireId: id('hire'),
  search: singleLineText({
    label: 'search',
    max: 200,
    min: 0,
    trim: false,
    messages: { type: 'Search must be text' },
  }).optional(),
});
export const checkInIdInput = z.strictObject({ id: id('check-in') });
export const checkInAddInput = z.strictObject({ hireId: id('hire'), scheduledOn: date('date') });
/** A one-on-one's own length: the same bounds as the Settings default. */
export const checkInLength = z
  .number({ error: 'A one-on-one’s length is a number of minutes' })
  .int('Give whole minutes')
  .min(10, 'A one-on-one takes at least 10 minutes')
  .max(240, 'A one-on-one takes at most 240 minutes');

/** Left out, `time` and `minutes` stay as they were; null puts them back to the Settings default. */
export const checkInMoveInput = z.strictObject({
  id: id('check-in'),
  scheduledOn: date('date'),
  time: checkInTime.nullable().optional(),
  minutes: checkInLength.nullable().optional(),
  expectedVersion,
});

export const checkInDraftInput = z.strictObject({
  id: id('check-in'),
  draft: z.strictObject({
    heldOn: draftDate.optional(),
    sharedNotes: notes('shared notes').optional(),
    privateNotes: notes('private notes').optional(),
    pulses: idKeyedRecord('competency', z.number().int().min(1).max(5)).optional(),
    newActionItems: z
      .array(
        z.strictObject({
          text: actionText(0),
          owner: z.enum(['manager', 'hire']),
          dueOn: draftDate.nullable(),
        }),
      )
      .max(50)
      .optional(),
    closeActionItems: idKeyedRecord('action item', z.enum(['done', 'dropped'])).optional(),
    completeActivities: idKeyedRecord('activity', draftDate).optional(),
    nextDate: draftDate.nullable().optional(),
  }),
  expectedVersion,
});

export const checkInCompleteInput = z.strictObject({
  id: id('check-in'),
  heldOn: date('date it was held'),
  sharedNotes: notes('shared notes'),
  privateNotes: notes('private notes'),
  pulses: uniqueBy(
    z.array(pulse).max(30),
    'competencyId',
    (competencyId) => `Give one pulse per competency; "${competencyId}" has two`,
  ),
  newActionItems: z.array(newActionItem).max(50),
  closeActionItems: uniqueBy(
    z
      .array(
        z.strictObject({
          id: id('action item'),
          status: z.enum(['done', 'dropped'], { error: 'Close it as done or dropped' }),
        }),
      )
      .max(200),
    'id',
    () => 'This action item is closed twice; close it once, as done or dropped',
  ),
  completeActivities: uniqueBy(
    z.array(z.strictObject({ activityId: id('activity'), doneOn: date('date it was done') })).max(100),
    'activityId',
    () => 'This activity is listed twice; complete it once',
  ),
  nextDate: date('next check-in date').nullable(),
  expectedVersion,
});
