// How dates and other values read on screen.
import { format } from 'date-fns';
import { toLocalDate } from '@shared/dates/calendar-date';

/** `2026-03-02` as `2 Mar 2026`. */
export function formatCalendarDate(value: string): string {
  return format(toLocalDate(value), 'd MMM yyyy');
}
