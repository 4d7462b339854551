// The kinds of value a stored row holds (ids, text, calendar dates, instants, JSON columns), as zod
// schemas an imported data file is held to: the same limits the services apply when they write.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import { FORBIDDEN_KEYS, textProblem } from '../text/fields';

/** Same limit as the id schemas of the channels (hires, plans, check-ins, roles…). */
export const ID_MAX = 64;

export interface TextRule {
  max: number;
  /** Refuse empty or blank text. */
  required?: boolean;
  /** Tabs and line breaks allowed (notes, descriptions). */
  multiline?: boolean;
}

/** Text as a person or the planner writes it: within a length, no control characters. */
export function text({ max, required = false, multiline = false }: TextRule) {
  return z.string({ error: 'must be text' }).superRefine((value, ctx) => {
    if (required && value.trim() === '') ctx.addIssue({ code: 'custom', message: 'must not be empty' });
    if (value.length > max)
      ctx.addIssue({ code: 'custom', message: `is longer than ${max.toLocaleString('en')} characters` });
    const problem = textProblem(value, multiline);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** A row id or a reference to one: 1 to 64 characters on one line. */
export const rowId = z
  .string({ error: 'must be an id (text)' })
  .min(1, 'must not be empty: give the id')
  .max(ID_MAX, `is not an id (ids are at most ${ID_MAX} characters)`)
  .superRefine((value, ctx) => {
    const problem = textProblem(value, false);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A day in the manager's calendar, YYYY-MM-DD, that exists (no 30 February). */
export const calendarDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .refine(isCalendarDate, 'is not a real date written as YYYY-MM-DD, for example 2027-03-02');

const INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;

/** True for a moment written as ISO-8601 in UTC, as the app writes them (2027-02-01T09:00:00.000Z). */
export function isInstant(value: string): boolean {
  const match = INSTANT.exec(value);
  return match !== null && isCalendarDate(match[1] ?? '');
}

export const instant = z
  .string({ error: 'must be a moment written as ISO-8601 UTC' })
  .refine(isInstant, 'is not a moment written as ISO-8601 UTC, for example 2027-02-01T09:00:00.000Z');

export const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** Keys that name an object's prototype machinery; never a table, a column or a record key. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = FORBIDDEN_KEYS;

/** Where in parsed JSON a prototype key sits (zod's records would drop it silently), if anywhere. */
export function prototypeKeyPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = prototypeKeyPath(item, [...path, index]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (PROTOTYPE_KEYS.has(key)) return [...path, key];
      const found = prototypeKeyPath((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * A TEXT column holding JSON: parsed, then held to `shape`. Issues inside the JSON keep their path,
 * so a problem reads `tables.plans[0].summary.horizon.startDate`.
 */
export function jsonColumn<T extends z.ZodType>(shape: T) {
  return z.string({ error: 'must be JSON written as text' }).transform((value, ctx) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON' });
      return z.NEVER;
    }
    const odd = prototypeKeyPath(parsed);
    if (odd) {
      ctx.addIssue({ code: 'custom', message: 'uses a reserved key name; remove it', path: odd });
      return z.NEVER;
    }
    const result = shape.safeParse(parsed);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      }
      return z.NEVER;
    }
    return result.data as z.output<T>;
  });
}
