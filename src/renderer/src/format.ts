// How dates and other values read on screen.
import { format } from 'date-fns';
import { toLocalDate } from '@shared/dates/calendar-date';

/** `2026-03-02` as `2 Mar 2026`. */
export function formatCalendarDate(value: string): string {
  return format(toLocalDate(value), 'd MMM yyyy');
}

/** An ISO timestamp as local date and time: `2 Mar 2026, 14:05`. */
export function formatDateTime(iso: string): string {
  return format(new Date(iso), 'd MMM yyyy, HH:mm');
}

/** A file size: `830 KB`, `12.4 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
