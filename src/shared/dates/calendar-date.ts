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
  // A YYYY-MM-DD date is read digit by digit, making no strings (the dashboard asks this thousands of
  // times a call); anything else is read as before.
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  if (value.length === 10 && year >= 0 && month >= 0 && day >= 0) {
    return Date.UTC(year, month - 1, day) / 86_400_000;
  }
  return (
    Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) /
    86_400_000
  );
}

/** The number written by `count` decimal digits from `at`, or -1 when one of them is not a digit. */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i += 1) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** Formats a Date as YYYY-MM-DD in the local calendar (on a hot path in the planner, so by hand). */
export function toCalendarDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
