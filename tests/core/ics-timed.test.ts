// The calendar export read back by ical.js (a maintained iCalendar parser): timed one-on-ones at the
// Settings time or their own, in the manager's time zone across DST changes and on 29 February, with
// a reminder before each, UIDs that stay and a SEQUENCE that rises when a one-on-one moves.
import { afterEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Core } from '../../src/main/core';
import { buildCalendar } from '../../src/shared/calendar/ics';
import { zonedInstant } from '../../src/shared/dates/time-zone';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>> | undefined;
afterEach(() => env?.cleanup());

interface ParsedEvent {
  uid: string;
  sequence: number;
  start: string;
  end: string;
  status: string;
  trigger: number | null;
}

function parse(content: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(content));
  expect(calendar.name).toBe('vcalendar');
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarm = vevent.getFirstSubcomponent('valarm');
    expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
    if (alarm) expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: String(vevent.getFirstPropertyValue('status')),
      trigger: alarm ? (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() : null,
    };
  });
}

async function hireWithCheckIns(core: Core) {
  const hireId = valueOf(
    await core.call('hires.create', {
      name: 'Grace Hopper',
      currentRoleId: 'product-owner',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  ).id;
  valueOf(await core.call('plans.create', { hireId, startDate: '2027-01-04' }));
  return { hireId, checkIns: valueOf(await core.call('checkIns.schedule', { hireId })) };
}

const exported = async (core: Core, hireId: string) =>
  parse(valueOf(await core.call('checkIns.exportIcs', { hireId })).content);

describe('calendar export of one-on-ones', () => {
  it('writes timed events in the manager’s zone with a reminder, stable UIDs and a sequence that rises on a move', async () => {
    const clock = new Date('2027-01-11T09:00:00Z');
    env = await openTempCore({ now: () => clock, timeZone: 'America/New_York' });
    const { core } = env;
    valueOf(
      await core.call('settings.update', {
        checkInTime: '09:30',
        checkInMinutes: 30,
        checkInReminderMinutes: 20,
      }),
    );
    const { hireId, checkIns } = await hireWithCheckIns(core);
    const first = await exported(core, hireId);
    expect(first).toHaveLength(checkIns.length);
    expect(first[0]).toMatchObject({
      uid: `${checkIns[0]?.id}@rolebridge`,
      sequence: 0,
      // 09:30 in New York in winter is 14:30 UTC; the event lasts the Settings 30 minutes.
      start: `${checkIns[0]?.scheduledOn}T14:30:00.000Z`,
      end: `${checkIns[0]?.scheduledOn}T15:00:00.000Z`,
      trigger: -20 * 60,
    });

    const moved = checkIns[1]?.id ?? '';
    valueOf(
      await core.call('checkIns.move', { id: moved, scheduledOn: '2027-07-14', time: '16:15', minutes: 50 }),
    );
    const second = await exported(core, hireId);
    expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
    // Summer time in New York: UTC-4.
    expect(second.find((e) => e.uid === `${moved}@rolebridge`)).toMatchObject({
      sequence: 1,
      start: '2027-07-14T20:15:00.000Z',
      end: '2027-07-14T21:05:00.000Z',
    });
    valueOf(await core.call('checkIns.move', { id: moved, scheduledOn: '2027-07-14', time: '17:00' }));
    valueOf(await core.call('checkIns.cancel', { id: moved }));
    const third = (await exported(core, hireId)).find((e) => e.uid === `${moved}@rolebridge`);
    expect(third).toMatchObject({
      sequence: 3,
      status: 'CANCELLED',
      trigger: null,
      start: '2027-07-14T21:00:00.000Z',
    });
  });

  it('keeps 10:00 at 10:00 in London on the day the clocks go forward, and on 29 February', async () => {
    const clock = new Date('2028-02-20T09:00:00Z');
    env = await openTempCore({ now: () => clock, timeZone: 'Europe/London' });
    const { core } = env;
    const { hireId, checkIns } = await hireWithCheckIns(core);
    const [a, b, c] = checkIns;
    valueOf(await core.call('checkIns.move', { id: a?.id ?? '', scheduledOn: '2027-03-27' }));
    valueOf(await core.call('checkIns.move', { id: b?.id ?? '', scheduledOn: '2027-03-28' }));
    valueOf(
      await core.call('checkIns.move', {
        id: c?.id ?? '',
        scheduledOn: '2028-02-29',
        time: '23:30',
        minutes: 60,
      }),
    );
    const events = new Map((await exported(core, hireId)).map((e) => [e.uid, e]));
    expect(events.get(`${a?.id}@rolebridge`)).toMatchObject({
      start: '2027-03-27T10:00:00.000Z',
      trigger: -15 * 60,
    });
    // British Summer Time from 01:00 UTC on 28 March 2027: 10:00 there is 09:00 UTC.
    expect(events.get(`${b?.id}@rolebridge`)).toMatchObject({
      start: '2027-03-28T09:00:00.000Z',
      end: '2027-03-28T09:45:00.000Z',
    });
    // An hour from 23:30 on 29 February ends on 1 March.
    expect(events.get(`${c?.id}@rolebridge`)).toMatchObject({
      start: '2028-02-29T23:30:00.000Z',
      end: '2028-03-01T00:30:00.000Z',
    });
  });
});

describe('the calendar file’s name', () => {
  it('keeps a Greek, Cyrillic or Japanese hire’s name, as the PDF’s does', async () => {
    env = await openTempCore({ now: () => new Date('2027-01-11T09:00:00Z'), timeZone: 'Europe/London' });
    const { core } = env;
    const { hireId } = await hireWithCheckIns(core);
    for (const [name, file] of [
      ['Σωκράτης Παπαδόπουλος', 'rolebridge-check-ins-sokratis-papadopoylos.ics'],
      ['Дмитрий Иванов', 'rolebridge-check-ins-dmitriy-ivanov.ics'],
      ['山田 太郎', 'rolebridge-check-ins-山田-太郎.ics'],
    ] as const) {
      valueOf(await core.call('hires.update', { id: hireId, name }));
      expect(valueOf(await core.call('checkIns.exportIcs', { hireId })).fileName).toBe(file);
    }
  });
});

describe('zonedInstant', () => {
  it('reads wall-clock times on both sides of DST changes, east and west of Greenwich', () => {
    const at = (date: string, time: string, zone: string) => zonedInstant(date, time, zone).toISOString();
    expect(at('2027-03-28', '00:30', 'Europe/London')).toBe('2027-03-28T00:30:00.000Z');
    // 01:30 does not happen in London that morning; calendars read it as 02:30 BST.
    expect(at('2027-03-28', '01:30', 'Europe/London')).toBe('2027-03-28T01:30:00.000Z');
    expect(at('2027-03-28', '02:30', 'Europe/London')).toBe('2027-03-28T01:30:00.000Z');
    // 01:30 happens twice when the clocks go back; the first is meant.
    expect(at('2027-10-31', '01:30', 'Europe/London')).toBe('2027-10-31T00:30:00.000Z');
    expect(at('2027-10-31', '10:00', 'Europe/London')).toBe('2027-10-31T10:00:00.000Z');
    expect(at('2027-03-28', '10:00', 'Europe/Berlin')).toBe('2027-03-28T08:00:00.000Z');
    expect(at('2027-03-28', '02:30', 'Europe/Berlin')).toBe('2027-03-28T01:30:00.000Z');
    expect(at('2027-03-14', '10:00', 'America/New_York')).toBe('2027-03-14T14:00:00.000Z');
    expect(at('2027-06-01', '10:00', 'Asia/Kolkata')).toBe('2027-06-01T04:30:00.000Z');
    expect(at('2028-02-29', '10:00', 'Australia/Sydney')).toBe('2028-02-28T23:00:00.000Z');
  });
});

describe('buildCalendar', () => {
  it('folds a long summary, reminds at the start when asked, and parses back with ical.js', () => {
    const summary = `1:1 with ${'Łukasz Żółć, '.repeat(8)}`;
    const content = buildCalendar(
      'Check-ins',
      [
        {
          uid: 'x@rolebridge',
          date: '2027-05-03',
          time: '10:00',
          minutes: 45,
          reminderMinutes: 0,
          summary,
          description: 'a; b',
          sequence: 2,
          cancelled: false,
        },
      ],
      'Europe/London',
      new Date('2027-05-01T08:00:00Z'),
    );
    expect(content.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const vevent = new ICAL.Component(ICAL.parse(content)).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstPropertyValue('summary')).toBe(summary);
    expect(parse(content)[0]).toMatchObject({ start: '2027-05-03T09:00:00.000Z', sequence: 2, trigger: 0 });
  });
});
