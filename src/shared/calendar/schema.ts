// Days nobody acts on: a hire's leave periods and the range query for a plan's non-working days
// (public holidays of the manager's country plus the hire's leave), as the channels accept them.
import { z } from 'zod';
import { dayNumber, isCalendarDate } from '../dates/calendar-date';
import { hireId } from '../hires/schema';
import { idField, singleLineText } from '../text/fields';

export interface Leave {
  id: string;
  hireId: string;
  /** First day off, YYYY-MM-DD. */
  startOn: string;
  /** Last day off, YYYY-MM-DD (the same as `startOn` for a single day). */
  endOn: string;
  note: string;
  createdAt: string;
}

/** Why a day is not a working day, for the plan preview and the hire page. */
export interface NonWorkingDay {
  date: string;
  reason: 'holiday' | 'leave';
  /** The holiday's name, or the leave's note (empty when none was written). */
  name: string;
}

export interface NonWorkingDays {
  /** The holiday country used (ISO 3166-1 alpha-2), '' when none is set. */
  country: string;
  /** Every weekday and weekend day in the range that is a public holiday or the hire's leave, in date order. */
  days: NonWorkingDay[];
}

/** A country whose public holidays the app knows; `name` is English (the renderer localises it). */
export interface HolidayCountry {
  code: string;
  name: string;
}

export const leaveLimits = {
  /** Longest leave period in calendar days, both ends included. */
  periodDaysMax: 60,
  noteMax: 200,
  /** Longest range a non-working-days query may cover: three years and a leap day. */
  rangeDaysMax: 3 * 365 + 1,
} as const;

/** Calendar days from `start` to `end`, both included. */
export function daysIncluded(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

const calendarDate = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .refine(isCalendarDate, `Enter the ${what} as a real date, YYYY-MM-DD, for example 2026-12-24`);

export const leaveListInput = z.strictObject({ hireId });

export const leaveAddInput = z
  .strictObject({
    hireId,
    startOn: calendarDate('first day of leave'),
    endOn: calendarDate('last day of leave'),
    note: singleLineText({
      label: 'note',
      max: leaveLimits.noteMax,
      min: 0,
      messages: { type: 'The note must be text' },
    }).optional(),
  })
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value.startOn) || !isCalendarDate(value.endOn)) return;
    if (value.endOn < value.startOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['endOn'],
        message: 'The last day of leave cannot be before the first',
      });
    } else if (daysIncluded(value.startOn, value.endOn) > leaveLimits.periodDaysMax) {
      ctx.addIssue({
        code: 'custom',
        path: ['endOn'],
        message: `Keep one period of leave to ${leaveLimits.periodDaysMax} days; add a second period for more`,
      });
    }
  });

export const leaveRemoveInput = z.strictObject({ id: idField('leave') });

/** Without a hire (the role-to-role plan preview), public holidays only. */
export const nonWorkingDaysInput = z
  .strictObject({
    hireId: hireId.optional(),
    from: calendarDate('first day of the range'),
    to: calendarDate('last day of the range'),
  })
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value.from) || !isCalendarDate(value.to)) return;
    if (value.to < value.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The range cannot end before it starts' });
    } else if (daysIncluded(value.from, value.to) > leaveLimits.rangeDaysMax) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ask for at most three years at a time' });
    }
  });

/** An ISO 3166-1 alpha-2 country code, or '' for no public holidays. The core checks it is one it knows. */
export const holidayCountry = z
  .string({ error: 'The holiday country is a two-letter country code, or empty for none' })
  .trim()
  .toUpperCase()
  .regex(/^([A-Z]{2})?$/, 'The holiday country is a two-letter country code such as GB, or empty for none');
