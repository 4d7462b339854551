// Wall-clock times in a named IANA time zone turned into instants, with Intl's time zone data (no
// Node or DOM), so a one-on-one at 10:00 in Europe/London is 10:00 there on either side of a DST change.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether Intl knows this IANA zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes the zone is ahead of UTC at this instant (60 for London in summer). */
function offsetMinutes(timeZone: string, instant: number): number {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant a calendar date (YYYY-MM-DD) and time (HH:MM) happen in the zone. A time the clocks
 * skip (01:30 on the morning they go forward) is the same length of time after the change, as
 * calendars read it; a time that happens twice is the first of the two.
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Read with the offset of the day before; if the offset at that instant differs, the clocks
  // changed in between, and the later offset is right unless the time fell in the skipped hour.
  const before = offsetMinutes(timeZone, wall - 86_400_000);
  const guess = wall - before * 60_000;
  const after = offsetMinutes(timeZone, guess);
  if (after === before) return new Date(guess);
  const candidate = wall - after * 60_000;
  return new Date(offsetMinutes(timeZone, candidate) === after ? candidate : guess);
}
