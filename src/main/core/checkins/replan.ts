// Re-planning keeps the calendar in step: a new plan version's one-on-ones take over the ids (and so
// the calendar UIDs) of the unheld ones it replaces, and the ones it drops are remembered, when they
// may be in a calendar already, so the next .ics export cancels them there instead of leaving them.
import { randomUUID } from 'node:crypto';
import { addDays } from 'date-fns';
import { toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import type { SavedPlan } from '@shared/plans/schema';
import type { CheckInRepository, ReplaceableCheckIn } from './repository';

/** How long after its date a dropped one-on-one's cancellation is still written into exports. */
export const CANCELLED_KEPT_DAYS = 30;

/** The first date whose cancellations are still kept, on `today`. */
export function cancellationsKeptFrom(today: string): string {
  return toCalendarDate(addDays(toLocalDate(today), -CANCELLED_KEPT_DAYS));
}

type Planned = SavedPlan['checkIns'][number];

/**
 * Puts a saved plan version's one-on-ones on the schedule. Held, cancelled, manager-added and drafted
 * one-on-ones are never touched (nor their notes, ratings or action items), and no new one lands on
 * a day one of them already has.
 */
export async function scheduleFromPlan(
  checkIns: CheckInRepository,
  plan: SavedPlan,
  at: { now: string; today: string },
): Promise<void> {
  const replaceable = await checkIns.replaceablePlanCheckIns(plan.hireId);
  const taken = await checkIns.datesTaken(plan.hireId, new Set(replaceable.map((c) => c.id)));
  const wanted = plan.checkIns
    .filter((planned) => !taken.has(planned.date))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Pairing rule: the n-th unheld one-on-one of the old schedule becomes the n-th of the new one,
  // both in date order. The n-th meeting is the one a manager thinks of as "the same meeting", and a
  // plan that starts later or runs at another cadence then moves each meeting once rather than
  // cancelling some and adding others.
  const kept = Math.min(replaceable.length, wanted.length);
  for (let n = 0; n < kept; n += 1) {
    await keepOneOnOne(checkIns, replaceable[n] as ReplaceableCheckIn, wanted[n] as Planned, plan, at.now);
  }
  for (const planned of wanted.slice(kept)) await addOneOnOne(checkIns, planned, plan, at.now);
  const lastExport = await checkIns.lastExport(plan.hireId);
  for (const dropped of replaceable.slice(kept)) {
    await dropOneOnOne(checkIns, dropped, plan.hireId, lastExport, at.now);
  }
  await checkIns.pruneCancelled(plan.hireId, cancellationsKeptFrom(at.today));
}

/**
 * The kept one-on-one takes the new plan's date, focus and questions, and keeps its own time and
 * length if the manager set them (the plan says nothing about the time of day). Its sequence rises
 * only when the date changes, the one thing a re-plan can move, so an unmoved meeting re-imports as
 * it was.
 */
async function keepOneOnOne(
  checkIns: CheckInRepository,
  old: ReplaceableCheckIn,
  planned: Planned,
  plan: SavedPlan,
  now: string,
): Promise<void> {
  await checkIns.replan({
    id: old.id,
    planId: plan.id,
    scheduledOn: planned.date,
    focusCompetencyIds: planned.focusCompetencyIds,
    topics: planned.topics,
    moved: old.scheduledOn !== planned.date,
    now,
  });
}

async function addOneOnOne(
  checkIns: CheckInRepository,
  planned: Planned,
  plan: SavedPlan,
  now: string,
): Promise<void> {
  await checkIns.insert({
    id: randomUUID(),
    hireId: plan.hireId,
    planId: plan.id,
    scheduledOn: planned.date,
    origin: 'plan',
    focusCompetencyIds: planned.focusCompetencyIds,
    topics: planned.topics,
    now,
  });
}

/**
 * A one-on-one the new plan has no place for goes. One made on or before the last export may be in
 * the manager's calendar, so its cancellation is kept, one sequence higher, for the next export; one
 * made since never left the app.
 */
async function dropOneOnOne(
  checkIns: CheckInRepository,
  dropped: ReplaceableCheckIn,
  hireId: string,
  lastExport: string | undefined,
  now: string,
): Promise<void> {
  await checkIns.remove(dropped.id);
  if (lastExport === undefined || dropped.createdAt > lastExport) return;
  await checkIns.insertCancelled({
    id: dropped.id,
    hireId,
    scheduledOn: dropped.scheduledOn,
    startTime: dropped.startTime,
    minutes: dropped.minutes,
    sequence: dropped.sequence + 1,
    cancelledAt: now,
  });
}
