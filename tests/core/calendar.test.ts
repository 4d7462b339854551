// Plans skip the public holidays of the manager's country and the hire's leave: the core works the
// days out (date-holidays, the leave table) and passes them to the pure planner. Fixed dates only.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { countryOfLocale, publicHolidays } from '../../src/main/core/calendar/holidays';
import type { SavedPlan } from '../../src/shared/plans/schema';
import type { Result } from '../../src/shared/api/result';
import { openTempCore, valueOf } from '../support/temp-core';
import { onTeamStorage } from '../support/team-temp-core';

const TODAY = new Date('2026-12-01T12:00:00Z');
let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
let hireId: string;

beforeEach(async () => {
  // A locale with no country, so nothing here depends on the machine's own locale.
  env = await openTempCore({ now: () => TODAY, locale: 'en-001' });
  core = env.core;
  hireId = valueOf(
    await core.call('hires.create', {
      name: 'Priya Raman',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2026-12-14',
    }),
  ).id;
});
afterEach(() => env.cleanup());

/** Every date a plan asks someone to act on: activity starts and due dates, one-on-ones, reassessments. */
function datesActedOn(plan: SavedPlan): Set<string> {
  const activities = plan.phases.flatMap((p) => p.goals.flatMap((g) => g.activities));
  return new Set([
    ...activities.flatMap((a) => [a.startDate, a.dueDate]),
    ...plan.checkIns.map((c) => c.date),
    ...plan.reassessments.map((r) => r.date),
  ]);
}

async function planFrom(startDate: string, country: string): Promise<SavedPlan> {
  valueOf(await core.call('settings.update', { holidayCountry: country }));
  return valueOf(await core.call('plans.create', { hireId, startDate }));
}

function fieldsOf(result: Result<unknown>): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : (result.error.issues ?? []).map((issue) => issue.field);
}

describe('public holidays', () => {
  it('a plan started in mid-December for a GB manager has nothing due on Christmas, Boxing Day or New Year', async () => {
    // 2026: Christmas and New Year's Day are Fridays; Boxing Day is a Saturday, so Monday the 28th is off.
    const closed = ['2026-12-25', '2026-12-28', '2027-01-01'];
    const without = datesActedOn(await planFrom('2026-12-14', ''));
    expect(closed.filter((d) => without.has(d)).length).toBeGreaterThan(0);

    const plan = await planFrom('2026-12-14', 'GB');
    const dates = datesActedOn(plan);
    expect(closed.filter((d) => dates.has(d))).toEqual([]);
    expect(dates.has('2026-12-26')).toBe(false);
    // Spring holidays of the same plan are skipped too (Good Friday and Easter Monday 2027).
    expect(['2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31'].filter((d) => dates.has(d))).toEqual([]);
    expect(plan.checkIns.length).toBeGreaterThan(0);
  });

  it('a US manager’s plan skips Independence Day and Thanksgiving', async () => {
    // 2031: 4 July is a Friday, Thanksgiving the 27th of November.
    // Without the setting the plan acts on some of these days (which ones depends on the planner).
    const holidays = ['2031-07-04', '2031-09-01', '2031-11-11', '2031-11-27'];
    const without = datesActedOn(await planFrom('2031-06-16', ''));
    expect(holidays.filter((d) => without.has(d)).length).toBeGreaterThan(0);

    const dates = datesActedOn(await planFrom('2031-06-16', 'US'));
    expect(holidays.filter((d) => dates.has(d))).toEqual([]);
  });

  it('counts public holidays only, with substitute days, and names them', () => {
    const gb = publicHolidays('GB', '2026-12-01', '2027-01-31');
    expect(gb.map((d) => d.date)).toEqual(['2026-12-25', '2026-12-26', '2026-12-28', '2027-01-01']);
    expect(gb[2]?.name).toMatch(/substitute/i);
    // Christmas Eve is "optional" and the day after Thanksgiving an observance in the US: working days.
    const us = publicHolidays('US', '2026-11-01', '2026-12-31').map((d) => d.date);
    expect(us).toContain('2026-11-26');
    expect(us).not.toContain('2026-11-27');
    expect(us).not.toContain('2026-12-24');
    expect(publicHolidays('', '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('re-planning uses the setting of the day the plan is made', async () => {
    await planFrom('2026-12-14', '');
    const second = await planFrom('2026-12-14', 'GB');
    expect(second.version).toBe(2);
    expect(datesActedOn(second).has('2026-12-25')).toBe(false);
  });
});

describe('the holiday country setting', () => {
  it('defaults to the region of the locale', async () => {
    expect(countryOfLocale('en-GB')).toBe('GB');
    expect(countryOfLocale('de')).toBe('DE');
    expect(countryOfLocale('fr-CA')).toBe('CA');
    expect(countryOfLocale('und')).toBe('');
    expect(countryOfLocale('en-001')).toBe('');
    expect(countryOfLocale('not a locale!')).toBe('');
    expect(valueOf(await core.call('settings.get', {})).holidayCountry).toBe('');
    const british = await openTempCore({ now: () => TODAY, locale: 'en-GB' });
    try {
      expect(valueOf(await british.core.call('settings.get', {})).holidayCountry).toBe('GB');
    } finally {
      british.cleanup();
    }
  });

  it('is saved across restarts, upper-cased, and None is the empty string', async () => {
    expect(valueOf(await core.call('settings.update', { holidayCountry: 'de' })).holidayCountry).toBe('DE');
    core = await env.reopen();
    expect(valueOf(await core.call('settings.get', {})).holidayCountry).toBe('DE');
    expect(valueOf(await core.call('settings.update', { holidayCountry: '' })).holidayCountry).toBe('');
  });

  it('refuses a country it does not know, naming the field, and keeps the one saved', async () => {
    valueOf(await core.call('settings.update', { holidayCountry: 'GB' }));
    for (const bad of ['XX', 'GBR', 'G', 42, 'G1']) {
      const result = await core.call('settings.update', { holidayCountry: bad as string });
      expect(fieldsOf(result), String(bad)).toEqual(['holidayCountry']);
      if (!result.ok) expect(result.error.code).toBe('VALIDATION');
    }
    expect(valueOf(await core.call('settings.get', {})).holidayCountry).toBe('GB');
  });

  it('lists the countries it knows, for the settings screen', async () => {
    const countries = valueOf(await core.call('calendar.countries', {}));
    expect(countries.length).toBeGreaterThan(100);
    expect(countries).toContainEqual({ code: 'GB', name: 'United Kingdom' });
  });
});

describe('leave', () => {
  it('days of leave are skipped by plans made after it is added', async () => {
    const without = datesActedOn(await planFrom('2027-02-15', ''));
    const leaveDays = [...without].filter((d) => d >= '2027-03-01' && d <= '2027-03-12');
    expect(leaveDays.length).toBeGreaterThan(0);

    valueOf(
      await core.call('leave.add', {
        hireId,
        startOn: '2027-03-01',
        endOn: '2027-03-12',
        note: ' Ski trip ',
      }),
    );
    const dates = datesActedOn(await planFrom('2027-02-15', ''));
    expect([...dates].filter((d) => d >= '2027-03-01' && d <= '2027-03-12')).toEqual([]);
  });

  it('lists, adds and removes a hire’s leave in date order', async () => {
    const later = valueOf(
      await core.call('leave.add', { hireId, startOn: '2027-08-02', endOn: '2027-08-13' }),
    );
    const earlier = valueOf(
      await core.call('leave.add', {
        hireId,
        startOn: '2027-04-01',
        endOn: '2027-04-01',
        note: ' Move house ',
      }),
    );
    expect(earlier).toMatchObject({ hireId, startOn: '2027-04-01', endOn: '2027-04-01', note: 'Move house' });
    expect(valueOf(await core.call('leave.list', { hireId })).map((l) => l.id)).toEqual([
      earlier.id,
      later.id,
    ]);
    expect(valueOf(await core.call('leave.remove', { id: earlier.id }))).toEqual({ id: earlier.id });
    expect(valueOf(await core.call('leave.list', { hireId })).map((l) => l.id)).toEqual([later.id]);
    const again = await core.call('leave.remove', { id: earlier.id });
    expect(again.ok ? '' : again.error.code).toBe('NOT_FOUND');
  });

  it('refuses bad leave dates and notes, naming the field, and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ startOn: '2027-02-30', endOn: '2027-03-02' }, 'startOn'],
      [{ startOn: '2027-03-02', endOn: '2027-03-01' }, 'endOn'],
      [{ startOn: '2027-03-01', endOn: '2027-04-30' }, 'endOn'],
      [{ startOn: '1 March 2027', endOn: '2027-03-01' }, 'startOn'],
      [{ startOn: '2027-03-01', endOn: '2027-03-01', note: 'a\u0000b' }, 'note'],
      [{ startOn: '2027-03-01', endOn: '2027-03-01', note: 'x'.repeat(201) }, 'note'],
    ];
    for (const [input, field] of cases) {
      const result = await core.call('leave.add', { hireId, ...input } as never);
      expect(fieldsOf(result), JSON.stringify(input)).toContain(field);
    }
    // 60 days is the longest period; 61 is refused above (1 March to 30 April).
    valueOf(await core.call('leave.add', { hireId, startOn: '2027-03-01', endOn: '2027-04-29' }));
    const overlap = await core.call('leave.add', { hireId, startOn: '2027-04-29', endOn: '2027-05-03' });
    expect(fieldsOf(overlap)).toEqual(['startOn']);
    expect(valueOf(await core.call('leave.list', { hireId }))).toHaveLength(1);
    const nobody = await core.call('leave.add', {
      hireId: 'nobody',
      startOn: '2027-03-01',
      endOn: '2027-03-01',
    });
    expect(nobody.ok ? '' : nobody.error.code).toBe('NOT_FOUND');
  });

  // Through the sample team, which a team server does not have.
  it.skipIf(onTeamStorage())('is deleted with the hire', async () => {
    const { hireIds } = valueOf(await core.call('sample.load', {}));
    const sampleHire = hireIds[0] ?? '';
    valueOf(await core.call('leave.add', { hireId: sampleHire, startOn: '2027-03-01', endOn: '2027-03-05' }));
    valueOf(await core.call('leave.add', { hireId, startOn: '2027-03-01', endOn: '2027-03-05' }));
    valueOf(await core.call('sample.remove', {}));
    const db = new Database(core.databaseFile, { readonly: true });
    try {
      const rows = db.prepare('SELECT hire_id FROM hire_leave').all() as { hire_id: string }[];
      expect(rows).toEqual([{ hire_id: hireId }]);
    } finally {
      db.close();
    }
  });
});

describe('non-working days for the plan preview', () => {
  it('answers holidays and leave in date order, a holiday during leave named as the holiday', async () => {
    valueOf(await core.call('settings.update', { holidayCountry: 'GB' }));
    valueOf(
      await core.call('leave.add', { hireId, startOn: '2026-12-24', endOn: '2026-12-29', note: 'Family' }),
    );
    const answer = valueOf(
      await core.call('calendar.nonWorkingDays', { hireId, from: '2026-12-20', to: '2027-01-05' }),
    );
    expect(answer.country).toBe('GB');
    expect(answer.days.map((d) => `${d.date} ${d.reason}`)).toEqual([
      '2026-12-24 leave',
      '2026-12-25 holiday',
      '2026-12-26 holiday',
      '2026-12-27 leave',
      '2026-12-28 holiday',
      '2026-12-29 leave',
      '2027-01-01 holiday',
    ]);
    expect(answer.days[0]?.name).toBe('Family');
  });

  it('without a hire (a move previewed before anyone is hired), answers the public holidays alone', async () => {
    valueOf(await core.call('settings.update', { holidayCountry: 'GB' }));
    valueOf(await core.call('leave.add', { hireId, startOn: '2026-12-21', endOn: '2026-12-23' }));
    const answer = valueOf(
      await core.call('calendar.nonWorkingDays', { from: '2026-12-20', to: '2026-12-31' }),
    );
    expect(answer.days.map((d) => d.date)).toEqual(['2026-12-25', '2026-12-26', '2026-12-28']);
  });

  it('finds leave that started before the range', async () => {
    valueOf(await core.call('leave.add', { hireId, startOn: '2027-01-01', endOn: '2027-02-20' }));
    const answer = valueOf(
      await core.call('calendar.nonWorkingDays', { hireId, from: '2027-02-19', to: '2027-02-28' }),
    );
    expect(answer.days.map((d) => d.date)).toEqual(['2027-02-19', '2027-02-20']);
  });

  it('refuses a range that ends before it starts or spans more than three years', async () => {
    const backwards = await core.call('calendar.nonWorkingDays', {
      hireId,
      from: '2027-02-01',
      to: '2027-01-01',
    });
    expect(fieldsOf(backwards)).toEqual(['to']);
    const long = await core.call('calendar.nonWorkingDays', { hireId, from: '2027-01-01', to: '2030-01-02' });
    expect(fieldsOf(long)).toEqual(['to']);
    valueOf(await core.call('calendar.nonWorkingDays', { hireId, from: '2027-01-01', to: '2029-12-31' }));
    const nobody = await core.call('calendar.nonWorkingDays', {
      hireId: 'x',
      from: '2027-01-01',
      to: '2027-01-02',
    });
    expect(nobody.ok ? '' : nobody.error.code).toBe('NOT_FOUND');
  });
});

describe('one-on-ones', () => {
  it('the next check-in suggested by the agenda is a working day', async () => {
    valueOf(await core.call('settings.update', { holidayCountry: 'GB' }));
    // A week after Friday 18 December is Christmas; Monday the 28th is Boxing Day's substitute.
    const checkIn = valueOf(await core.call('checkIns.add', { hireId, scheduledOn: '2026-12-18' }));
    expect(valueOf(await core.call('checkIns.agenda', { id: checkIn.id })).suggestedNextDate).toBe(
      '2026-12-29',
    );
    valueOf(await core.call('leave.add', { hireId, startOn: '2026-12-29', endOn: '2027-01-04' }));
    expect(valueOf(await core.call('checkIns.agenda', { id: checkIn.id })).suggestedNextDate).toBe(
      '2027-01-05',
    );
  });
});
