// Days nobody acts on, per hire: the public holidays of the manager's country (the settings) and
// the hire's leave. Plans are made around them; the planner itself only receives the dates.
import { randomUUID } from 'node:crypto';
import { addDays, isWeekend } from 'date-fns';
import type { ParsedInput } from '@shared/api/contract';
import { toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import { leaveLimits, type Leave, type NonWorkingDay, type NonWorkingDays } from '@shared/calendar/schema';
import { notFound, validationError } from '../errors';
import type { Awaitable } from '../awaitable';
import type { HireService } from '../hires/service';
import type { LeaveRepository } from './repository';
import { holidayCountries, publicHolidays } from './holidays';

export function createCalendarService(deps: {
  leave: LeaveRepository;
  hires: Pick<HireService, 'find'>;
  /** The holiday country chosen in the settings ('' for none). */
  holidayCountry: () => Awaitable<string>;
  now: () => Date;
}) {
  const { leave, hires, holidayCountry, now } = deps;

  async function requireHire(hireId: string): Promise<void> {
    if (!(await hires.find(hireId))) throw notFound('hire', hireId);
  }

  /** The hire's leave from `from` to `to`, one entry per calendar day. */
  async function leaveDays(hireId: string, from: string, to: string): Promise<NonWorkingDay[]> {
    const earliestStart = toCalendarDate(addDays(toLocalDate(from), -(leaveLimits.periodDaysMax - 1)));
    return (await leave.overlapping(hireId, earliestStart, from, to)).flatMap((period) => {
      const days: NonWorkingDay[] = [];
      for (let day = toLocalDate(period.startOn); ; day = addDays(day, 1)) {
        const date = toCalendarDate(day);
        if (date > period.endOn || date > to) break;
        if (date >= from) days.push({ date, reason: 'leave', name: period.note });
      }
      return days;
    });
  }

  /** Without a hire, public holidays only (a plan previewed for a move, before anyone is hired). */
  async function nonWorkingDays(
    hireId: string | undefined,
    from: string,
    to: string,
  ): Promise<NonWorkingDays> {
    if (hireId !== undefined) await requireHire(hireId);
    const country = await holidayCountry();
    const byDate = new Map<string, NonWorkingDay>();
    const leaveInRange = hireId === undefined ? [] : await leaveDays(hireId, from, to);
    // A holiday during leave is named as the holiday: the day is off either way.
    for (const day of [...publicHolidays(country, from, to), ...leaveInRange]) {
      if (!byDate.has(day.date)) byDate.set(day.date, day);
    }
    const days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { country, days };
  }

  return {
    nonWorkingDays,

    /** The dates alone, as the planner takes them. */
    async datesOff(hireId: string, from: string, to: string): Promise<string[]> {
      return (await nonWorkingDays(hireId, from, to)).days.map((day) => day.date);
    },

    /**
     * The first working day on or after `date`: not a weekend, a public holiday or the hire's leave.
     * Leave periods are at most 60 days, so a working day comes within 100 days unless holidays and
     * back-to-back leave fill them all; then `date` itself is kept rather than guessing further.
     */
    async workingDayFrom(hireId: string, date: string): Promise<string> {
      const last = toCalendarDate(addDays(toLocalDate(date), 100));
      const off = new Set((await nonWorkingDays(hireId, date, last)).days.map((day) => day.date));
      for (let day = toLocalDate(date); ; day = addDays(day, 1)) {
        const value = toCalendarDate(day);
        if (value > last) return date;
        if (!isWeekend(day) && !off.has(value)) return value;
      }
    },

    countries() {
      return Object.entries(holidayCountries())
        .map(([code, name]) => ({ code, name }))
        .sort((a, b) => a.name.localeCompare(b.name, 'en'));
    },

    async listLeave(hireId: string): Promise<Leave[]> {
      await requireHire(hireId);
      return leave.list(hireId);
    },

    async addLeave(input: ParsedInput<'leave.add'>): Promise<Leave> {
      await requireHire(input.hireId);
      const clash = (await leave.list(input.hireId)).find(
        (p) => p.startOn <= input.endOn && p.endOn >= input.startOn,
      );
      if (clash) {
        throw validationError(
          'startOn',
          `This overlaps the leave from ${clash.startOn} to ${clash.endOn}; remove that period or choose other days`,
        );
      }
      const added: Leave = {
        id: randomUUID(),
        hireId: input.hireId,
        startOn: input.startOn,
        endOn: input.endOn,
        note: input.note ?? '',
        createdAt: now().toISOString(),
      };
      await leave.insert(added);
      return added;
    },

    async removeLeave(id: string): Promise<{ id: string }> {
      if (!(await leave.get(id))) throw notFound('leave', id);
      await leave.remove(id);
      return { id };
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
