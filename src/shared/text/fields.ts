// The zod building blocks every input schema uses for text, ids, records keyed by id and lists of
// items unique by id. Free text that reaches SQLite or a file must hold no control characters (SQLite's
// length() stops at NUL, spreadsheets and PDFs choke on the rest) and no lone UTF-16 surrogates (they
// would silently become U+FFFD when written as UTF-8).
import { z } from 'zod';

// C0 and C1 controls and DEL; multi-line text may also hold tab, line feed and carriage return.
/* eslint-disable no-control-regex -- matching control characters is what these are for */
const SINGLE_LINE_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */
// With the u flag a surrogate range only matches a surrogate that is not half of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Keys that would reach an object's prototype rather than the object when used as property names. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Why a text cannot be stored as it is, or null when it can. For code that checks text outside a zod
 * schema (a CSV cell, a row of an imported file); schemas use the builders below.
 */
export function textProblem(value: string, multiLine: boolean): string | null {
  const control = (multiLine ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL).exec(value);
  if (control) {
    const allowed = multiLine ? '' : ' (keep it to one line)';
    return `Remove the control character ${codePoint(control[0])}${allowed}`;
  }
  if (LONE_SURROGATE.test(value)) return 'Contains a broken character (half of a UTF-16 pair); retype it';
  return null;
}

function plainText(schema: z.ZodString, multiLine: boolean): z.ZodString {
  return schema.check(
    z.superRefine((value: string, ctx) => {
      const problem = textProblem(value, multiLine);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
    }),
  );
}

export interface TextSpec {
  /** What the field is, in the manager's words, as it reads inside a message: "role name". */
  label: string;
  max: number;
  /** 1 (the default) makes the field required; 0 lets it be empty. */
  min?: number;
  /** Leading and trailing whitespace is dropped unless this is false (notes keep theirs). */
  trim?: boolean;
  /** Messages to use instead of the ones built from the label. */
  messages?: { type?: string; min?: string; max?: string };
}

function text(spec: TextSpec, multiLine: boolean): z.ZodString {
  const { label, max, min = 1, trim = true, messages = {} } = spec;
  let schema = z.string({ error: messages.type ?? `Enter the ${label} as text` });
  if (trim) schema = schema.trim();
  if (min > 0) schema = schema.min(min, messages.min ?? `Enter the ${label}`);
  schema = schema.max(max, messages.max ?? `Keep the ${label} to ${max.toLocaleString('en')} characters`);
  return plainText(schema, multiLine);
}

/** A name, a title, a search: one line, no control characters, no broken characters. */
export function singleLineText(spec: TextSpec): z.ZodString {
  return text(spec, false);
}

/** Notes, descriptions, evidence, a CSV file: tab and line breaks allowed, other control characters not. */
export function multiLineText(spec: TextSpec): z.ZodString {
  return text(spec, true);
}

/** The id of a stored record (a hire, a plan, an activity, a role…), as the caller names it. */
export function idField(
  what: string,
  options: { max?: number; messages?: { type?: string; min?: string; max?: string } } = {},
): z.ZodString {
  const { max = 64, messages = {} } = options;
  return plainText(
    z
      .string({ error: messages.type ?? `Give the ${what}` })
      .min(1, messages.min ?? `Give the ${what}`)
      .max(max, messages.max ?? `That is not a ${what}`),
    false,
  ).refine((id) => !FORBIDDEN_KEYS.has(id), messages.max ?? `That is not a ${what}`);
}

/**
 * A record keyed by ids (expected levels per competency, draft pulses per competency…). zod drops a
 * `__proto__` key without a word, so the keys are checked on the raw input first and every
 * prototype-reaching key is refused by name.
 */
export function idKeyedRecord<V extends z.ZodType>(what: string, value: V, error?: string) {
  const keysAllowed = z.unknown().superRefine((input, ctx) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return;
    for (const key of Object.keys(input)) {
      if (FORBIDDEN_KEYS.has(key))
        ctx.addIssue({ code: 'custom', path: [key], message: `"${key}" is not a ${what}`, input: key });
    }
  });
  return keysAllowed.pipe(z.record(idField(what), value, error ? { error } : undefined));
}

/**
 * Refuses a list in which two items are the same by `key` (two pulses for one competency, one action
 * item closed twice), or, with a null key, two equal items: each later duplicate is named by its index
 * and field. Items without the key are not compared.
 */
export function uniqueBy<T extends z.ZodType>(
  list: z.ZodArray<T>,
  key: string | null,
  message: (value: string) => string,
): z.ZodArray<T> {
  return list.check(
    z.superRefine((items: z.output<T>[], ctx) => {
      const seen = new Set<unknown>();
      items.forEach((item, index) => {
        const value = key === null ? item : (item as Record<string, unknown> | null)?.[key];
        if (value === undefined) return;
        if (seen.has(value))
          ctx.addIssue({
            code: 'custom',
            path: key === null ? [index] : [index, key],
            message: message(String(value)),
            input: value,
          });
        seen.add(value);
      });
    }),
  );
}
