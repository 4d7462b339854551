// Re-planning and the calendar export, read back by ical.js: a new plan version keeps the UIDs of
// the unheld one-on-ones it replaces (SEQUENCE rising only for those it moves), writes the ones it
// drops as cancelled events until a month after their date, and never touches a held one-on-one.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import { addDays } from 'date-fns';
import { toCalendarDate, toLocalDate } from '../../src/shared/dates/calendar-date';
import type { Core } from '../../src/main/core';
import type { CheckIn } from '../../src/shared/checkins/schema';
import { onTeamStorage } from '../support/team-temp-core';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>> | undefined;
afterEach(() => env?.cleanup());

let clock = new Date('2027-01-11T09:00:00Z');

interface ParsedEvent {
  uid: string;
  sequence: number;
  start: string;
  status: string;
  alarm: boolean;
}

function parse(content: string): Map<string, ParsedEvent> {
  const calendar = new ICAL.Component(ICAL.parse(content));
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      status: String(vevent.getFirstPropertyValue('status')),
      alarm: vevent.getFirstSubcomponent('valarm') !== null,
    };
  });
  const byUid = new Map(events.map((e) => [e.uid, e]));
  expect(byUid.size, 'one event per UID').toBe(events.length);
  return byUid;
}

const uid = (checkIn: { id: string }) => `${checkIn.id}@rolebridge`;

async function exported(core: Core, hireId: string) {
  return parse(valueOf(await core.call('checkIns.exportIcs', { hireId })).content);
}

const schedule = async (core: Core, hireId: string) =>
  valueOf(await core.call('checkIns.schedule', { hireId }));

/** A hire with a plan from 4 January 2027 whose first one-on-one is held, with notes, a rating and an action item. */
async function hireWithHeldOneOnOne(core: Core, cadence: 'auto' | 'weekly' | 'biweekly' = 'weekly') {
  const hireId = valueOf(
    await core.call('hires.create', {
      name: 'Grace Hopper',
      currentRoleId: 'product-owner',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  ).id;
  valueOf(await core.call('plans.create', { hireId, startDate: '2027-01-04', cadence }));
  const [first] = await schedule(core, hireId);
  valueOf(
    await core.call('checkIns.complete', {
      id: first?.id ?? '',
      heldOn: first?.scheduledOn ?? '',
      sharedNotes: 'Agreed the first interviews.',
      privateNotes: 'Worried about the reorganisation.',
      pulses: [{ competencyId: 'customer-discovery', confidence: 2 }],
      newActionItems: [{ text: 'Book five interviews', owner: 'hire', dueOn: '2027-01-22' }],
      closeActionItems: [],
      completeActivities: [],
      nextDate: null,
    }),
  );
  const held = valueOf(await core.call('checkIns.get', { id: first?.id ?? '' }));
  return { hireId, held };
}

async function expectUntouched(core: Core, held: CheckIn) {
  expect(valueOf(await core.call('checkIns.get', { id: held.id }))).toEqual(held);
}

const replan = async (core: Core, hireId: string, cadence: 'auto' | 'weekly' | 'biweekly') =>
  valueOf(await core.call('plans.create', { hireId, startDate: '2027-01-04', cadence }));

describe('re-planning and the calendar export', () => {
  it('keeps every UID when the count stays, raising SEQUENCE only for the one-on-ones it moves', async () => {
    clock = new Date('2027-01-11T09:00:00Z');
    env = await openTempCore({ now: () => clock, timeZone: 'Europe/London' });
    const { core } = env;
    const { hireId, held } = await hireWithHeldOneOnOne(core);
    const planned = await schedule(core, hireId);
    // The manager moves one a day later; the re-plan puts it back on the plan's date.
    const moved = planned[2] as CheckIn;
    const nextDay = toCalendarDate(addDays(toLocalDate(moved.scheduledOn), 1));
    valueOf(await core.call('checkIns.move', { id: moved.id, scheduledOn: nextDay }));
    const before = await exported(core, hireId);
    expect(before.get(uid(moved))?.sequence).toBe(1);

    await replan(core, hireId, 'weekly');
    const after = await exported(core, hireId);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const checkIn of planned) {
      const event = after.get(uid(checkIn));
      expect(event?.status).toBe('CONFIRMED');
      expect(event?.start.slice(0, 10)).toBe(checkIn.scheduledOn);
      expect(event?.sequence, checkIn.scheduledOn).toBe(checkIn.id === moved.id ? 2 : 0);
    }
    await expectUntouched(core, held);
  });

  it('writes the one-on-ones a re-plan drops as cancelled, one SEQUENCE higher, until a month after their date', async () => {
    clock = new Date('2027-01-11T09:00:00Z');
    env = await openTempCore({ now: () => clock, timeZone: 'Europe/London' });
    const { core } = env;
    const { hireId, held } = await hireWithHeldOneOnOne(core, 'weekly');
    const before = await exported(core, hireId);
    const unheld = (await schedule(core, hireId)).length;

    await replan(core, hireId, 'biweekly');
    const after = await exported(core, hireId);
    const kept = await schedule(core, hireId);
    expect(kept.length).toBeLessThan(unheld);
    // No event the calendar has is left behind: each is still planned or cancelled.
    for (const id of before.keys()) expect(after.has(id), id).toBe(true);
    const cancelled = [...after.values()].filter((e) => e.status === 'CANCELLED');
    expect(cancelled).toHaveLength(unheld - kept.length);
    for (const event of cancelled) {
      expect(kept.map(uid)).not.toContain(event.uid);
      expect(event.sequence).toBeGreaterThan(before.get(event.uid)?.sequence ?? Infinity);
      expect(event.start).toBe(before.get(event.uid)?.start);
      expect(event.alarm).toBe(false);
    }
    await expectUntouched(core, held);

    // Thirty days after the last cancelled one's date it is still written; the day after, no more.
    const last = toLocalDate(
      cancelled
        .map((e) => e.start.slice(0, 10))
        .sort()
        .at(-1) ?? '',
    );
    const cancelledOn = (day: Date) => {
      clock = new Date(`${toCalendarDate(day)}T12:00:00Z`);
      return exported(core, hireId).then((events) =>
        [...events.values()].filter((e) => e.status === 'CANCELLED'),
      );
    };
    expect(await cancelledOn(addDays(last, 30))).toHaveLength(1);
    expect(await cancelledOn(addDays(last, 31))).toEqual([]);
  });

  it('cancels nothing in calendars when nothing was exported before the re-plan', async () => {
    clock = new Date('2027-01-11T09:00:00Z');
    env = await openTempCore({ now: () => clock, timeZone: 'Europe/London' });
    const { core } = env;
    const { hireId } = await hireWithHeldOneOnOne(core, 'weekly');
    await replan(core, hireId, 'biweekly');
    const events = await exported(core, hireId);
    expect([...events.values()].filter((e) => e.status === 'CANCELLED')).toEqual([]);
  });

  it('keeps the old UIDs and adds new ones when a re-plan has more one-on-ones', async () => {
    clock = new Date('2027-01-11T09:00:00Z');
    env = await openTempCore({ now: () => clock, timeZone: 'Europe/London' });
    const { core } = env;
    const { hireId, held } = await hireWithHeldOneOnOne(core, 'biweekly');
    const before = await exported(core, hireId);

    await replan(core, hireId, 'weekly');
    const after = await exported(core, hireId);
    expect(after.size).toBeGreaterThan(before.size);
    for (const [id] of before) expect(after.get(id)?.status, id).toBe('CONFIRMED');
    expect([...after.values()].filter((e) => e.status === 'CANCELLED')).toEqual([]);
    await expectUntouched(core, held);
  });

  // Deletes through SQLite's own SQL (the app removes hires only with the sample team, not on a
  // server); PostgreSQL's same ON DELETE CASCADE is compared with SQLite's by postgres-schema.test.ts.
  it.skipIf(onTeamStorage())('forgets a hire’s cancellations with the hire', async () => {
    clock = new Date('2027-01-11T09:00:00Z');
    env = await openTempCore({ now: () => clock, timeZone: 'Europe/London' });
    const { core } = env;
    const { hireId } = await hireWithHeldOneOnOne(core, 'weekly');
    await exported(core, hireId);
    await replan(core, hireId, 'biweekly');
    const db = new Database(core.databaseFile);
    try {
      const count = () =>
        (db.prepare('SELECT count(*) AS n FROM cancelled_check_ins').get() as { n: number }).n;
      expect(count()).toBeGreaterThan(0);
      db.pragma('foreign_keys = ON');
      // The app removes hires only with the sample team; a hire's rows go with the hire in SQL.
      db.transaction(() => {
        for (const table of ['check_in_pulses', 'action_items', 'check_in_drafts']) {
          db.prepare(
            `DELETE FROM ${table} WHERE ${table === 'action_items' ? 'hire_id = ?' : 'check_in_id IN (SELECT id FROM check_ins WHERE hire_id = ?)'}`,
          ).run(hireId);
        }
        db.prepare('DELETE FROM check_ins WHERE hire_id = ?').run(hireId);
        db.prepare('DELETE FROM plans WHERE hire_id = ?').run(hireId);
        db.prepare('DELETE FROM hires WHERE id = ?').run(hireId);
      })();
      expect(count()).toBe(0);
      expect(db.prepare('SELECT count(*) AS n FROM check_in_exports').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
