// iCalendar (RFC 5545) for planned one-on-ones, so they land in Outlook, Google Calendar or Apple
// Calendar. Stable UIDs and a SEQUENCE that rises on every move make a re-import update events
// instead of duplicating them. Start and end are written in UTC, worked out from the manager's time
// zone: valid in every calendar without a VTIMEZONE block, whose rules Intl cannot give us.
import { zonedInstant } from '../dates/time-zone';

export interface CalendarEvent {
  uid: string;
  /** The calendar date (YYYY-MM-DD) and 24-hour time (HH:MM) it starts, in `timeZone`. */
  date: string;
  time: string;
  minutes: number;
  /** Minutes before the start a reminder goes off. */
  reminderMinutes: number;
  summary: string;
  description: string;
  sequence: number;
  cancelled: boolean;
}

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never splitting a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // continuation lines start with a space
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

function eventLines(event: CalendarEvent, timeZone: string, now: Date): string[] {
  const start = zonedInstant(event.date, event.time, timeZone);
  const end = new Date(start.getTime() + event.minutes * 60_000);
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SEQUENCE:${event.sequence}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    // A cancelled one-on-one needs no reminder.
    ...(event.cancelled
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          // At the start, not '-PT0M': some readers take a negative zero for a different trigger.
          `TRIGGER:${event.reminderMinutes === 0 ? 'PT0M' : `-PT${event.reminderMinutes}M`}`,
          `DESCRIPTION:${escapeText(event.summary)}`,
          'END:VALARM',
        ]),
    'END:VEVENT',
  ];
}

/** `timeZone` (IANA) is the one the events' dates and times are in; calendars show them in their own. */
export function buildCalendar(name: string, events: CalendarEvent[], timeZone: string, now: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rolebridge//Coaching check-ins//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    // Not part of RFC 5545, but Google and Apple Calendar read it as the calendar's zone.
    `X-WR-TIMEZONE:${timeZone}`,
  ];
  for (const event of events) lines.push(...eventLines(event, timeZone, now));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
