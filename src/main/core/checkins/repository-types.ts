// The storage-neutral side of the check-ins repository: the records it takes and answers, and the
// interface every storage implements (SQLite in repository.ts).
import type { ActionItem, CheckIn, CheckInDraft, Pulse } from '@shared/checkins/schema';
import type { Awaitable } from '../awaitable';
import type { LastEdit } from '../edit-version';

/** A confidence rating with the day of the check-in that gave it. */
export type HeldPulse = Pulse & { heldOn: string };

export interface NewCheckIn {
  id: string;
  hireId: string;
  planId: string | null;
  scheduledOn: string;
  origin: 'plan' | 'manager';
  focusCompetencyIds: string[];
  /** The plan's questions for this one-on-one; none for one the manager adds. */
  topics: string[];
  now: string;
}

/** A plan one-on-one a re-plan may move or drop, with what a calendar that imported it knows. */
export interface ReplaceableCheckIn {
  id: string;
  scheduledOn: string;
  startTime: string | null;
  minutes: number | null;
  sequence: number;
  createdAt: string;
}

/** A one-on-one a re-plan dropped after it was exported: the next export writes it as cancelled. */
export interface CancelledCheckIn {
  id: string;
  hireId: string;
  scheduledOn: string;
  startTime: string | null;
  minutes: number | null;
  sequence: number;
  cancelledAt: string;
}

/**
 * One-on-ones, their pulses, action items, drafts and calendar records, as every storage keeps them.
 * Every edit of a check-in (move, cancel, complete, re-plan, a saved draft) raises its version.
 */
export interface CheckInRepository {
  get(id: string): Awaitable<CheckIn | undefined>;
  scheduled(hireId: string): Awaitable<CheckIn[]>;
  history(hireId: string, search: string): Awaitable<CheckIn[]>;
  lastDoneBefore(hireId: string, excludeId: string, date: string): Awaitable<CheckIn | undefined>;
  nextScheduledAfter(hireId: string, excludeId: string, date: string): Awaitable<CheckIn | undefined>;
  due(
    today: string,
  ): Awaitable<{ checkInId: string; hireId: string; hireName: string; scheduledOn: string }[]>;
  /** Every confidence rating the hire was given, latest check-in first. */
  lastPulses(hireId: string): Awaitable<HeldPulse[]>;
  openActions(hireId: string): Awaitable<ActionItem[]>;
  action(id: string): Awaitable<ActionItem | undefined>;
  insert(c: NewCheckIn): Awaitable<void>;
  /** Every move raises the sequence, so a re-imported calendar replaces its copy of the event. */
  move(
    id: string,
    to: { date: string; time: string | null; minutes: number | null },
    now: string,
  ): Awaitable<void>;
  cancel(id: string, now: string): Awaitable<void>;
  complete(change: {
    id: string;
    heldOn: string;
    sharedNotes: string;
    privateNotes: string;
    now: string;
  }): Awaitable<void>;
  insertPulse(checkInId: string, p: Pulse): Awaitable<void>;
  insertAction(a: {
    id: string;
    hireId: string;
    checkInId: string;
    text: string;
    owner: string;
    dueOn: string | null;
    now: string;
  }): Awaitable<void>;
  closeAction(id: string, status: 'done' | 'dropped', checkInId: string, on: string): Awaitable<void>;
  draft(checkInId: string): Awaitable<CheckInDraft | null>;
  /** Saves the draft and raises the check-in's version (a draft is an edit): answers the new version. */
  saveDraft(checkInId: string, draft: CheckInDraft, now: string): Awaitable<number>;
  /**
   * The check-in's newest edit (its draft's time when that is later), its row held for this call's
   * edit (edit-version.ts); undefined when there is none the actor may change.
   */
  lastEdit(id: string): Awaitable<LastEdit | undefined>;
  deleteDraft(checkInId: string): Awaitable<void>;
  forCalendar(hireId: string): Awaitable<CheckIn[]>;
  /** When the hire's one-on-ones were last exported as .ics; undefined when never. */
  lastExport(hireId: string): Awaitable<string | undefined>;
  markExported(hireId: string, at: string): Awaitable<void>;
  insertCancelled(cancelled: CancelledCheckIn): Awaitable<void>;
  cancelled(hireId: string): Awaitable<CancelledCheckIn[]>;
  /** Forgets cancellations of one-on-ones dated before `before`. */
  pruneCancelled(hireId: string, before: string): Awaitable<void>;
  /** The plan's unheld one-on-ones a re-plan may move or drop, earliest first. */
  replaceablePlanCheckIns(hireId: string): Awaitable<ReplaceableCheckIn[]>;
  /** Days that already have a scheduled or held one-on-one, leaving out the check-ins in `except`. */
  datesTaken(hireId: string, except?: ReadonlySet<string>): Awaitable<Set<string>>;
  /** Gives a kept one-on-one the new plan's date, focus and questions; `moved` raises its sequence. */
  replan(change: {
    id: string;
    planId: string;
    scheduledOn: string;
    focusCompetencyIds: string[];
    topics: string[];
    moved: boolean;
    now: string;
  }): Awaitable<void>;
  remove(id: string): Awaitable<void>;
}
