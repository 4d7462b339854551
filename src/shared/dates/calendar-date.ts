// Calendar dates (start dates, due dates) travel as `YYYY-MM-DD` strings in the manager's
// local calendar. These helpers are the one place that parses and formats them.
import { format, isValid, parse } from 'date-fns';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const REFERENCE = new Date(2000, 0, 1);

/** True for a real calendar date written as YYYY-MM-DD between 1900 and 2200. */
export function isCalendarDate(value: string): boolean {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1900 || year > 2200) return false;
  const date = parse(value, 'yyyy-MM-dd', REFERENCE);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

/** Parses a YYYY-MM-DD string into a local Date at midnight. */
export function toLocalDate(value: string): Date {
  return parse(value, 'yyyy-MM-dd', REFERENCE);
}

/** Days since 1970-01-01 for a YYYY-MM-DD string; differences between two are calendar days. */
export function dayNumber(value: string): number {
  return (
    Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) /
    86_400_000
  );
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Formats a Date as YYYY-MM-DD in the local calendar (on a hot path in the planner, so by hand). */
export function toCalendarDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
