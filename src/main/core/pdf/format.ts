// Dates, numbers and paper in the app's locale, as the screens write them: the renderer sends its
// locale tag with the export. Intl does the work (Node carries full ICU), so no locale data loads.
import { toLocalDate } from '@shared/dates/calendar-date';

export interface Formats {
  /** The BCP 47 tag in use. */
  locale: string;
  /** "4 Jan 2027" (en-GB), "Jan 4, 2027" (en-US). */
  date(day: string): string;
  /** "Mon 4 Jan" (en-GB), "Mon, Jan 4" (en-US): a one-on-one in a month's list. */
  weekdayDate(day: string): string;
  /** "Mon 4 Jan 2027". */
  weekdayDateYear(day: string): string;
  /** "January 2027". */
  month(day: string): string;
  /** "4 Jan" without the year, for chart labels. */
  dayMonth(day: string): string;
  number(value: number): string;
  percent(fraction: number): string;
}

/** The tag itself when Intl knows it, else the process's locale. */
export function resolveLocale(tag: string | undefined): string {
  try {
    if (tag) return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    // Not a well-formed tag: the contract refuses those, so this only guards direct callers.
  }
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

export function formatsFor(tag: string): Formats {
  const date = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric' });
  const weekdayDate = new Intl.DateTimeFormat(tag, { weekday: 'short', day: 'numeric', month: 'short' });
  const weekdayDateYear = new Intl.DateTimeFormat(tag, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const month = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric' });
  const dayMonth = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short' });
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  return {
    locale: tag,
    date: (day) => date.format(toLocalDate(day)),
    weekdayDate: (day) => weekdayDate.format(toLocalDate(day)),
    weekdayDateYear: (day) => weekdayDateYear.format(toLocalDate(day)),
    month: (day) => month.format(toLocalDate(day)),
    dayMonth: (day) => dayMonth.format(toLocalDate(day)),
    number: (value) => number.format(value),
    percent: (fraction) => percent.format(fraction),
  };
}

/** US, Canada, Mexico, the Philippines and a few more print on Letter; the rest of the world on A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR']);

export function paperForLocale(tag: string): 'A4' | 'LETTER' {
  let region: string;
  try {
    region = new Intl.Locale(tag).maximize().region ?? '';
  } catch {
    region = '';
  }
  return LETTER_REGIONS.has(region.toUpperCase()) ? 'LETTER' : 'A4';
}

/**
 * The language the document is tagged with. Its text is English whatever the locale (the app is
 * written in English; only dates and numbers follow the locale), so an English locale's own tag,
 * else plain English: a screen reader told "de" would read the English text with German sounds.
 */
export function documentLanguage(tag: string): string {
  return tag.toLowerCase().startsWith('en') ? tag : 'en';
}
