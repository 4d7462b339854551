// Stale-edit protection for hires and one-on-ones: an edit that says which version it was made on
// (`expectedVersion`) is refused with CONFLICT when the stored record has moved on, naming who
// changed it and when, so nobody's change is silently overwritten. The repositories answer the
// record's last edit and, on PostgreSQL, lock its row until the call's transaction ends, so the check
// and the write that follows cannot be split by another call (SQLite runs one call at a time).
import { AppError } from './errors';

/** The stored record's newest edit. */
export interface LastEdit {
  version: number;
  /** When it was made (ISO-8601 UTC). */
  at: string;
  /** The display name of the other account that made it; null when it was the same person (another window). */
  by: string | null;
}

export interface StaleEditCheck {
  /** How the manager calls the record: "hire", "one-on-one". */
  what: string;
  last: LastEdit;
  expected: number | undefined;
  /** The manager's time zone, and now: the time is said as a wall-clock time, with the day when not today. */
  timeZone: string;
  now: Date;
}

/** "14:02" today, "2 Mar 2026 at 14:02" another day, in the manager's time zone. */
export function whenSaid(at: string, timeZone: string, now: Date): string {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return '';
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  const sameDay = day.format(instant) === day.format(now);
  return sameDay ? `at ${time.format(instant)}` : `on ${day.format(instant)} at ${time.format(instant)}`;
}

/** The message a stale edit gets, in the manager's words. */
export function staleEditMessage({ what, last, timeZone, now }: Omit<StaleEditCheck, 'expected'>): string {
  const when = whenSaid(last.at, timeZone, now) || 'since you opened it';
  return last.by === null
    ? `This ${what} was changed in another window ${when}; reload to see that change, then make yours again.`
    : `${last.by} changed this ${what} ${when}; reload to see their change, then make yours again.`;
}

/** Throws CONFLICT (issue on `expectedVersion`) when the edit was made on an older version. */
export function refuseStaleEdit(check: StaleEditCheck): void {
  if (check.expected === undefined || check.expected === check.last.version) return;
  const message = staleEditMessage(check);
  throw new AppError('CONFLICT', message, [{ field: 'expectedVersion', message }]);
}
