// The scale benchmark's write path: each hire's next scheduled one-on-one recorded as held, with an
// action item. Shared with tests/core/bench-record.test.ts so it is checked on awkward days.
import { addDays } from 'date-fns';
import type { Core } from '../src/main/core';
import type { CheckIn } from '../src/shared/checkins/schema';
import { toCalendarDate } from '../src/shared/dates/calendar-date';

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { message: string } };

function ok<T>(result: Envelope<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * A one-on-one is held on its scheduled day, or today when that day is still to come: the core
 * refuses a check-in held in the future, and the next scheduled one is often after today (always on
 * a weekend, when no one-on-one is scheduled).
 */
export function heldOnFor(scheduledOn: string, today: string): string {
  return scheduledOn <= today ? scheduledOn : today;
}

/** Each hire's next scheduled check-in (hires with none are left out). */
export async function nextScheduled(core: Core, hireIds: string[]): Promise<CheckIn[]> {
  const next: CheckIn[] = [];
  for (const hireId of hireIds) {
    const schedule = ok((await core.call('checkIns.schedule', { hireId })) as Envelope<CheckIn[]>);
    const first = schedule.find((c) => c.status === 'scheduled');
    if (first) next.push(first);
  }
  return next;
}

/**
 * Records one scheduled check-in as held (one transaction), as the check-in form sends it. `today`
 * defaults to the real day, which is what a core opened without a clock reads.
 */
export async function recordCheckIn(
  core: Core,
  checkIn: CheckIn,
  today = toCalendarDate(new Date()),
): Promise<CheckIn> {
  return ok(
    (await core.call('checkIns.complete', {
      id: checkIn.id,
      heldOn: heldOnFor(checkIn.scheduledOn, today),
      sharedNotes: 'Talked through the pricing experiment.',
      privateNotes: '',
      pulses: [],
      newActionItems: [{ text: 'Share the experiment plan', owner: 'hire' }],
      closeActionItems: [],
      completeActivities: [],
      nextDate: null,
    })) as Envelope<CheckIn>,
  );
}

/**
 * Gives a hire `weeks` weekly one-on-ones held up to today, each with two confidence ratings and an
 * action item the next one closes: the history a long-coached hire's check-ins page reads.
 */
export async function weeklyOneOnOnes(core: Core, hireId: string, weeks: number, today: Date): Promise<void> {
  let open: string[] = [];
  for (let week = weeks; week >= 1; week -= 1) {
    const day = toCalendarDate(addDays(today, -7 * week));
    const added = ok((await core.call('checkIns.add', { hireId, scheduledOn: day })) as Envelope<CheckIn>);
    const held = ok(
      (await core.call('checkIns.complete', {
        id: added.id,
        heldOn: day,
        sharedNotes: `Week ${weeks - week + 1}: went through the roadmap review and the interview notes.`,
        privateNotes: week % 4 === 0 ? 'Check the workload next time.' : '',
        pulses: [
          { competencyId: 'prioritisation', confidence: 2 + (week % 4) },
          { competencyId: 'business-acumen', confidence: 3 },
        ],
        newActionItems: [{ text: `Follow up on week ${weeks - week + 1}`, owner: 'hire' }],
        closeActionItems: open.map((id) => ({ id, status: 'done' })),
        completeActivities: [],
        nextDate: null,
      })) as Envelope<CheckIn>,
    );
    open = held.actionItems.map((item) => item.id);
  }
}
