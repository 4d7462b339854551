// Week arithmetic for plans. Week w of a plan covers days 7w to 7w+6 counted from its start
// date; dates that people act on fall on working days (Monday to Friday that are not a public
// holiday or the hire's leave: the caller passes those in, so the planner stays pure).
import { addDays, getDay } from 'date-fns';
import { toCalendarDate, toLocalDate } from '../dates/calendar-date';

export class PlanCalendar {
  private readonly start: Date;
  private readonly startWeekday: number;
  private readonly cache = new Map<number, string>();
  private readonly nonWorking: ReadonlySet<string>;

  constructor(startDate: string, nonWorkingDays: readonly string[] = []) {
    this.start = toLocalDate(startDate);
    this.startWeekday = getDay(this.start);
    this.nonWorking = new Set(nonWorkingDays);
  }

  /** The date `days` after the start, as YYYY-MM-DD. */
  day(days: number): string {
    let value = this.cache.get(days);
    if (value === undefined) {
      value = toCalendarDate(addDays(this.start, days));
      this.cache.set(days, value);
    }
    return value;
  }

  isWorkingDay(days: number): boolean {
    const weekday = (((this.startWeekday + days) % 7) + 7) % 7;
    if (weekday === 0 || weekday === 6) return false;
    return this.nonWorking.size === 0 || !this.nonWorking.has(this.day(days));
  }

  /** Offset of the first working day on or after `days`. */
  workingDayFrom(days: number): number {
    let d = days;
    while (!this.isWorkingDay(d)) d += 1;
    return d;
  }

  /** Offset of the last working day on or before `days`, never before `floor`. */
  workingDayUntil(days: number, floor: number): number {
    let d = days;
    while (d > floor && !this.isWorkingDay(d)) d -= 1;
    return this.isWorkingDay(d) ? d : this.workingDayFrom(d);
  }

  /** First working day of week w. */
  weekStart(week: number): number {
    return this.workingDayFrom(week * 7);
  }

  /** Last working day of week w. */
  weekEnd(week: number): number {
    return this.workingDayUntil(week * 7 + 6, week * 7);
  }
}
