// The scale benchmark's write path (bench/_record.ts) on the days that broke it: it ran on a Sunday
// and completed the next one-on-one "held on" its scheduled day, which was after today.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays } from 'date-fns';
import { toCalendarDate } from '../../src/shared/dates/calendar-date';
import { nextScheduled, recordCheckIn } from '../../bench/_record';
import { openTempCore, valueOf } from '../support/temp-core';

afterEach(() => {
  vi.useRealTimers();
});

describe("the scale benchmark's write path", () => {
  it.each([
    ['a Sunday', new Date(2027, 0, 10, 9, 0)],
    ['a Monday', new Date(2027, 0, 11, 9, 0)],
    ['29 February', new Date(2028, 1, 29, 9, 0)],
  ])('records the next check-in on %s, never held after today', async (_day, clock) => {
    // Only Date is faked: the core opened without a clock reads the real day, as in the benchmark.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(clock);
    const env = await openTempCore();
    try {
      const today = toCalendarDate(clock);
      const hireIds: string[] = [];
      // One hire started weeks ago (an overdue one-on-one is next) and one who starts in a few days
      // (the next one is after today, as it always is on a weekend).
      const hires: [string, string][] = [
        ['Ada Lovelace', toCalendarDate(addDays(clock, -21))],
        ['Grace Hopper', toCalendarDate(addDays(clock, 3))],
      ];
      for (const [name, startDate] of hires) {
        const hire = valueOf(
          await env.core.call('hires.create', {
            name,
            currentRoleId: 'project-manager',
            targetRoleId: 'product-manager',
            startDate,
          }),
        );
        valueOf(await env.core.call('plans.create', { hireId: hire.id, startDate }));
        hireIds.push(hire.id);
      }
      const next = await nextScheduled(env.core, hireIds);
      expect(next).toHaveLength(2);
      expect(next.some((c) => c.scheduledOn > today)).toBe(true);
      for (const checkIn of next) {
        const held = await recordCheckIn(env.core, checkIn);
        expect(held.status).toBe('done');
        expect(held.heldOn).toBe(checkIn.scheduledOn < today ? checkIn.scheduledOn : today);
        expect(held.actionItems).toHaveLength(1);
      }
    } finally {
      env.cleanup();
    }
  });
});
