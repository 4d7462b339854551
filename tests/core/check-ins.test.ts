import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import type { CheckIn } from '../../src/shared/checkins/schema';
import type { Result } from '../../src/shared/api/result';
import type { SavedPlan } from '../../src/shared/plans/schema';
import { openTempCore, valueOf } from '../support/temp-core';

let clock = new Date('2027-01-11T09:00:00');
let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
let hireId: string;
let plan: SavedPlan;

beforeEach(async () => {
  clock = new Date('2027-01-11T09:00:00');
  env = await openTempCore({ now: () => clock, timeZone: 'Europe/London' });
  core = env.core;
  hireId = valueOf(
    await core.call('hires.create', {
      name: 'Grace Hopper',
      currentRoleId: 'product-owner',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  ).id;
  plan = valueOf(await core.call('plans.create', { hireId, startDate: '2027-01-04' }));
});
afterEach(() => env.cleanup());

const schedule = async () => valueOf(await core.call('checkIns.schedule', { hireId }));
const complete = async (id: string, extra: Record<string, unknown> = {}) =>
  valueOf(
    (await core.call('checkIns.complete', {
      id,
      heldOn: '2027-01-11',
      sharedNotes: '',
      privateNotes: '',
      pulses: [],
      newActionItems: [],
      closeActionItems: [],
      completeActivities: [],
      nextDate: null,
      ...extra,
    })) as Result<CheckIn>,
  );

describe('check-in schedule', () => {
  it('comes from the plan: every planned one-on-one is scheduled with its focus', async () => {
    const scheduled = await schedule();
    expect(scheduled.map((c) => c.scheduledOn)).toEqual(plan.checkIns.map((c) => c.date));
    expect(scheduled[0]).toMatchObject({
      origin: 'plan',
      status: 'scheduled',
      focusCompetencyIds: plan.checkIns[0]?.focusCompetencyIds,
    });
  });

  it('lets the manager add, move and cancel one', async () => {
    const [first, second] = await schedule();
    const added = valueOf(await core.call('checkIns.add', { hireId, scheduledOn: '2027-01-13' }));
    expect(added.origin).toBe('manager');
    const moved = valueOf(
      await core.call('checkIns.move', { id: second?.id ?? '', scheduledOn: '2027-01-12' }),
    );
    expect(moved).toMatchObject({ scheduledOn: '2027-01-12', sequence: 1 });
    valueOf(await core.call('checkIns.cancel', { id: first?.id ?? '' }));
    const after = await schedule();
    expect(after.map((c) => c.id)).not.toContain(first?.id);
    expect(after.slice(0, 2).map((c) => c.scheduledOn)).toEqual(['2027-01-12', '2027-01-13']);
    expect(
      await core.call('checkIns.move', { id: first?.id ?? '', scheduledOn: '2027-01-20' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('re-planning moves untouched plan check-ins, ids kept, and keeps held ones, drafts and the manager’s own', async () => {
    const [first, second, third] = await schedule();
    await complete(first?.id ?? '');
    valueOf(
      await core.call('checkIns.saveDraft', { id: second?.id ?? '', draft: { sharedNotes: 'half written' } }),
    );
    const mine = valueOf(await core.call('checkIns.add', { hireId, scheduledOn: '2027-01-27' }));
    clock = new Date('2027-01-25T09:00:00');
    valueOf(await core.call('plans.create', { hireId, startDate: '2027-02-01' }));
    const after = await schedule();
    const ids = after.map((c) => c.id);
    expect(ids).toContain(second?.id);
    expect(ids).toContain(mine.id);
    // The first untouched one-on-one keeps its id (its calendar UID) and takes the new plan's first date.
    expect(after.find((c) => c.id === third?.id)?.scheduledOn).toBe('2027-02-01');
    expect(after.some((c) => c.scheduledOn === '2027-02-01' && c.origin === 'plan')).toBe(true);
    expect(valueOf(await core.call('checkIns.get', { id: first?.id ?? '' })).status).toBe('done');
  });

  it('lists check-ins due today and overdue across active hires, for reminders', async () => {
    clock = new Date('2027-01-18T09:00:00');
    const due = valueOf(await core.call('checkIns.due', {}));
    expect(due.today).toBe('2027-01-18');
    expect(due.dueToday.map((c) => c.scheduledOn)).toEqual(['2027-01-18']);
    expect(due.overdue.map((c) => [c.scheduledOn, c.daysLate])).toEqual([
      ['2027-01-04', 14],
      ['2027-01-11', 7],
    ]);
    await core.call('hires.archive', { id: hireId });
    expect(valueOf(await core.call('checkIns.due', {})).overdue).toEqual([]);
  });
});

describe('agenda, recording and carry-forward', () => {
  it('prepares a GROW agenda from the plan: goals in focus, what is due, options next, open action items', async () => {
    const [first] = await schedule();
    const agenda = valueOf(await core.call('checkIns.agenda', { id: first?.id ?? '' }));
    expect(agenda.hireName).toBe('Grace Hopper');
    expect(agenda.goals.length).toBeGreaterThan(0);
    expect(agenda.goals.map((g) => g.competencyId)).toEqual(
      expect.arrayContaining(agenda.checkIn.focusCompetencyIds.slice(0, 1)),
    );
    expect(agenda.reality.dueOrOverdue.every((a) => a.status === 'planned')).toBe(true);
    expect(agenda.options.every((a) => agenda.checkIn.focusCompetencyIds.includes(a.competencyId))).toBe(
      true,
    );
    expect(agenda.openActionItems).toEqual([]);
    expect(agenda.previous).toBeNull();
    // Opened on 11 January for the check-in of the 4th, it happens today: the next one is the 18th.
    expect(agenda.suggestedNextDate).toBe('2027-01-18');
  });

  it('records notes, pulses, action items and done activities in one go, and carries open items forward', async () => {
    const [first, second, third] = await schedule();
    const activity = plan.phases[0]?.goals[0]?.activities[0];
    const focus = first?.focusCompetencyIds[0] ?? 'business-acumen';
    clock = new Date('2027-01-04T17:00:00');
    const held = await complete(first?.id ?? '', {
      heldOn: '2027-01-04',
      sharedNotes: 'Agreed the first discovery interviews.',
      privateNotes: 'Seems anxious about the strategy review.',
      pulses: [{ competencyId: focus, confidence: 2 }],
      newActionItems: [
        { text: 'Book five customer interviews', owner: 'hire', dueOn: '2027-01-15' },
        { text: 'Introduce Grace to the finance partner', owner: 'manager' },
      ],
      completeActivities: [{ activityId: activity?.id ?? '', doneOn: '2027-01-04' }],
      nextDate: '2027-01-12',
    });
    expect(held).toMatchObject({
      status: 'done',
      heldOn: '2027-01-04',
      privateNotes: 'Seems anxious about the strategy review.',
    });
    expect(held.pulses).toEqual([{ competencyId: focus, confidence: 2 }]);
    expect(held.actionItems.map((a) => a.text)).toEqual([
      'Book five customer interviews',
      'Introduce Grace to the finance partner',
    ]);
    // The next check-in moved to the date agreed.
    expect(valueOf(await core.call('checkIns.get', { id: second?.id ?? '' })).scheduledOn).toBe('2027-01-12');
    const planAfter = valueOf(await core.call('plans.get', { id: plan.id }));
    expect(planAfter.progress.done).toBe(1);

    clock = new Date('2027-01-12T09:00:00');
    const agenda = valueOf(await core.call('checkIns.agenda', { id: second?.id ?? '' }));
    expect(agenda.previous?.id).toBe(first?.id);
    expect(agenda.openActionItems.map((a) => a.text)).toEqual([
      'Book five customer interviews',
      'Introduce Grace to the finance partner',
    ]);
    expect(agenda.reality.lastPulses.map((p) => [p.competencyId, p.confidence])).toEqual(
      agenda.checkIn.focusCompetencyIds.includes(focus) ? [[focus, 2]] : [],
    );
    expect(agenda.reality.doneSince).toEqual([]);

    const [book, intro] = agenda.openActionItems;
    await complete(second?.id ?? '', {
      heldOn: '2027-01-12',
      closeActionItems: [{ id: book?.id ?? '', status: 'done' }],
    });
    const third3 = valueOf(await core.call('checkIns.agenda', { id: third?.id ?? '' }));
    expect(third3.openActionItems.map((a) => a.id)).toEqual([intro?.id]);
    const history = valueOf(await core.call('checkIns.history', { hireId }));
    expect(history.map((c) => c.id)).toEqual([second?.id, first?.id]);
    expect(history[0]?.closedActionItems.map((a) => [a.text, a.status, a.closedOn])).toEqual([
      ['Book five customer interviews', 'done', '2027-01-12'],
    ]);
  });

  it('searches the history by notes and action items', async () => {
    const [first, second] = await schedule();
    await complete(first?.id ?? '', { sharedNotes: 'Talked about pricing experiments' });
    await complete(second?.id ?? '', {
      privateNotes: 'Worried about workload',
      newActionItems: [{ text: 'Draft the Q2 roadmap', owner: 'hire' }],
    });
    const search = async (term: string) =>
      valueOf(await core.call('checkIns.history', { hireId, search: term })).map((c) => c.id);
    expect(await search('PRICING')).toEqual([first?.id]);
    expect(await search('workload')).toEqual([second?.id]);
    expect(await search('roadmap')).toEqual([second?.id]);
    expect(await search('%')).toEqual([]);
  });

  it('keeps a draft until the check-in is recorded', async () => {
    const [first] = await schedule();
    const draft = {
      sharedNotes: 'We talked about',
      pulses: { 'business-acumen': 3 },
      newActionItems: [{ text: 'Half', owner: 'hire' as const, dueOn: null }],
    };
    valueOf(await core.call('checkIns.saveDraft', { id: first?.id ?? '', draft }));
    core = await env.reopen();
    expect(valueOf(await core.call('checkIns.agenda', { id: first?.id ?? '' })).draft).toEqual(draft);
    expect((await schedule())[0]?.hasDraft).toBe(true);
    await complete(first?.id ?? '');
    expect(valueOf(await core.call('checkIns.agenda', { id: first?.id ?? '' })).draft).toBeNull();
  });

  it('refuses bad input with the field named, and records nothing', async () => {
    const [first] = await schedule();
    const base = {
      id: first?.id,
      heldOn: '2027-01-11',
      sharedNotes: '',
      privateNotes: '',
      pulses: [],
      newActionItems: [],
      closeActionItems: [],
      completeActivities: [],
      nextDate: null,
    };
    const cases: [unknown, string][] = [
      [{ ...base, heldOn: '2027-01-12' }, 'heldOn'],
      [{ ...base, heldOn: '2027-13-01' }, 'heldOn'],
      [{ ...base, nextDate: '2027-01-10' }, 'nextDate'],
      [{ ...base, pulses: [{ competencyId: 'business-acumen', confidence: 6 }] }, 'pulses.0.confidence'],
      [{ ...base, pulses: [{ competencyId: 'juggling', confidence: 3 }] }, 'pulses.0.competencyId'],
      [{ ...base, newActionItems: [{ text: ' ', owner: 'hire' }] }, 'newActionItems.0.text'],
      [{ ...base, newActionItems: [{ text: 'x', owner: 'hr' }] }, 'newActionItems.0.owner'],
      [{ ...base, closeActionItems: [{ id: 'nothing', status: 'done' }] }, 'closeActionItems.0.id'],
      [{ ...base, privateNotes: 'x'.repeat(50_001) }, 'privateNotes'],
      [{ ...base, extra: true }, 'extra'],
    ];
    for (const [input, field] of cases) {
      const result = await core.call('checkIns.complete', input);
      expect(result.ok, field).toBe(false);
      if (!result.ok)
        expect(
          result.error.issues?.map((i) => i.field),
          field,
        ).toContain(field);
    }
    expect(valueOf(await core.call('checkIns.get', { id: first?.id ?? '' })).status).toBe('scheduled');
    expect(valueOf(await core.call('checkIns.history', { hireId }))).toEqual([]);
    expect(await core.call('checkIns.add', { hireId, scheduledOn: '13/01/2027' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await core.call('checkIns.agenda', { id: 'nothing' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('calendar export', () => {
  function parseIcs(text: string) {
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    const events: Record<string, string>[] = [];
    let current: Record<string, string> | null = null;
    for (const line of unfolded.split('\r\n').filter(Boolean)) {
      if (line === 'BEGIN:VEVENT') current = {};
      else if (line === 'END:VEVENT' && current) {
        events.push(current);
        current = null;
      } else if (current) {
        const colon = line.indexOf(':');
        current[line.slice(0, colon).split(';')[0] ?? ''] = line.slice(colon + 1);
      }
    }
    return { unfolded, events };
  }
  const unescape = (v: string) => v.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

  it('writes valid iCalendar with stable UIDs, escaped text and folded lines, and a re-export updates events', async () => {
    await core.call('hires.update', {
      id: hireId,
      name: 'Grace “Amazing”, Hopper; Łukasz Żółć Σωκράτης Дмитрий',
    });
    const first = valueOf(await core.call('checkIns.exportIcs', { hireId }));
    expect(first.fileName).toMatch(/\.ics$/);
    const { unfolded, events } = parseIcs(first.content);
    expect(unfolded).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:/);
    expect(events).toHaveLength(plan.checkIns.length);
    expect(events[0]?.DTSTART).toBe(`${plan.checkIns[0]?.date.replaceAll('-', '')}T100000Z`);
    expect(unescape(events[0]?.SUMMARY ?? '')).toBe(
      '1:1 with Grace “Amazing”, Hopper; Łukasz Żółć Σωκράτης Дмитрий',
    );
    expect(events.every((e) => /^[0-9a-f-]{36}@rolebridge$/.test(e.UID ?? ''))).toBe(true);

    const [one] = await schedule();
    await core.call('checkIns.move', { id: one?.id ?? '', scheduledOn: '2027-01-06' });
    const again = parseIcs(valueOf(await core.call('checkIns.exportIcs', { hireId })).content).events;
    const moved = again.find((e) => e.UID === `${one?.id}@rolebridge`);
    expect(moved).toMatchObject({ DTSTART: '20270106T100000Z', SEQUENCE: '1' });
    expect(again.map((e) => e.UID).sort()).toEqual(events.map((e) => e.UID).sort());
    await core.call('checkIns.cancel', { id: one?.id ?? '' });
    const cancelled = parseIcs(
      valueOf(await core.call('checkIns.exportIcs', { hireId })).content,
    ).events.find((e) => e.UID === `${one?.id}@rolebridge`);
    expect(cancelled).toMatchObject({ STATUS: 'CANCELLED', SEQUENCE: '2' });
  });
});

describe('a check-in moved with its own time', () => {
  it('keeps its time and length until moved back to the Settings default, raising the sequence each move', async () => {
    const [first] = await schedule();
    const id = first?.id ?? '';
    expect(first).toMatchObject({ startTime: null, minutes: null, sequence: 0 });
    const timed = valueOf(
      await core.call('checkIns.move', { id, scheduledOn: '2027-01-12', time: '15:30', minutes: 60 }),
    );
    expect(timed).toMatchObject({ scheduledOn: '2027-01-12', startTime: '15:30', minutes: 60, sequence: 1 });
    const sameDay = valueOf(
      await core.call('checkIns.move', { id, scheduledOn: '2027-01-12', time: '16:00' }),
    );
    expect(sameDay).toMatchObject({ startTime: '16:00', minutes: 60, sequence: 2 });
    const kept = valueOf(await core.call('checkIns.move', { id, scheduledOn: '2027-01-13' }));
    expect(kept).toMatchObject({ startTime: '16:00', minutes: 60, sequence: 3 });
    const back = valueOf(
      await core.call('checkIns.move', { id, scheduledOn: '2027-01-13', time: null, minutes: null }),
    );
    expect(back).toMatchObject({ startTime: null, minutes: null, sequence: 4 });
    for (const [field, value] of [
      ['time', '25:00'],
      ['time', '3pm'],
      ['minutes', 5],
      ['minutes', 300],
      ['minutes', '60'],
    ] as const) {
      expect(
        await core.call('checkIns.move', { id, scheduledOn: '2027-01-14', [field]: value }),
      ).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ field }] },
      });
    }
    expect(valueOf(await core.call('checkIns.agenda', { id })).checkIn).toMatchObject({
      scheduledOn: '2027-01-13',
      sequence: 4,
    });
  });
});

describe('settings', () => {
  it('keeps reminders on by default and remembers a change', async () => {
    expect(valueOf(await core.call('settings.get', {}))).toEqual({
      checkInReminders: true,
      coachingBudgetHours: 4,
      checkInMinutes: 45,
      checkInTime: '10:00',
      checkInReminderMinutes: 15,
      managerName: '',
      holidayCountry: '',
    });
    valueOf(await core.call('settings.update', { checkInReminders: false }));
    core = await env.reopen();
    expect(valueOf(await core.call('settings.get', {}))).toMatchObject({
      checkInReminders: false,
      coachingBudgetHours: 4,
    });
    expect(await core.call('settings.update', { checkInReminders: 'no' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('keeps the one-on-one time and reminder, and names the field when either is wrong', async () => {
    valueOf(await core.call('settings.update', { checkInTime: '14:30', checkInReminderMinutes: 5 }));
    core = await env.reopen();
    expect(valueOf(await core.call('settings.get', {}))).toMatchObject({
      checkInTime: '14:30',
      checkInReminderMinutes: 5,
    });
    for (const [field, value] of [
      ['checkInTime', '24:00'],
      ['checkInTime', '9:30'],
      ['checkInTime', 930],
      ['checkInReminderMinutes', -5],
      ['checkInReminderMinutes', 2000],
      ['checkInReminderMinutes', 2.5],
    ] as const) {
      expect(await core.call('settings.update', { [field]: value })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ field }] },
      });
    }
    expect(valueOf(await core.call('settings.get', {}))).toMatchObject({ checkInTime: '14:30' });
  });
});

describe('a check-in held late', () => {
  it('suggests, and moves, the next check-in after the day it was held, leaving missed ones visible', async () => {
    clock = new Date('2027-01-20T09:00:00');
    const [first, second, third, fourth] = await schedule();
    expect([second?.scheduledOn, third?.scheduledOn, fourth?.scheduledOn]).toEqual([
      '2027-01-11',
      '2027-01-18',
      '2027-01-25',
    ]);
    const agenda = valueOf(await core.call('checkIns.agenda', { id: first?.id ?? '' }));
    expect(agenda.suggestedNextDate).toBe('2027-01-25');
    await complete(first?.id ?? '', { heldOn: '2027-01-20', nextDate: '2027-01-22' });
    expect(valueOf(await core.call('checkIns.get', { id: fourth?.id ?? '' })).scheduledOn).toBe('2027-01-22');
    expect(valueOf(await core.call('checkIns.due', {})).overdue.map((c) => c.scheduledOn)).toEqual([
      '2027-01-11',
      '2027-01-18',
    ]);
  });
});
