// How dates, numbers and other values read on screen, in the locale of src/renderer/src/locale.ts.
import { format } from 'date-fns';
import { toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import { currentLocale, systemLanguages } from './locale';

/** `2026-03-02` as the locale writes a date: `2 Mar 2026` (UK), `Mar 2, 2026` (US), `02.03.2026`. */
export function formatCalendarDate(value: string): string {
  return format(toLocalDate(value), 'PP', { locale: currentLocale().locale });
}

/** An ISO timestamp as local date and time: `2 Mar 2026, 14:05` (UK), `Mar 2, 2026, 2:05 PM` (US). */
export function formatDateTime(iso: string): string {
  return format(new Date(iso), 'PP, p', { locale: currentLocale().locale });
}

/** A hire's first day in the new role, in the right tense: `started 2 Mar 2026`, `starts today`, `starts 30 Nov 2026`. */
export function formatStart(startDate: string, today = toCalendarDate(new Date())): string {
  if (startDate === today) return 'starts today';
  return `${startDate < today ? 'started' : 'starts'} ${formatCalendarDate(startDate)}`;
}

/**
 * How the browser's own date field writes a date (`mm/dd/yyyy`, `dd/mm/yyyy`, `dd.mm.yyyy`): it
 * follows the browser's language, not the locale picked in Settings, so error text must too.
 */
export function dateFieldPattern(language = systemLanguages()[0]): string {
  const names: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {
    day: 'dd',
    month: 'mm',
    year: 'yyyy',
  };
  try {
    return new Intl.DateTimeFormat(language, { day: '2-digit', month: '2-digit', year: 'numeric' })
      .formatToParts(new Date(2026, 2, 2))
      .map((part) => (part.type === 'literal' ? part.value : (names[part.type] ?? '')))
      .join('');
  } catch {
    return 'dd/mm/yyyy';
  }
}

/**
 * The error a date field shows, in the format the field itself shows, for a value the core's
 * schema refused (its own messages name the YYYY-MM-DD format that travels under the field).
 */
export function dateFieldError(label: string, value: string, message: string): string {
  if (!/YYYY-MM-DD/.test(message)) return message;
  const pattern = dateFieldPattern();
  return value.trim() === '' ? `Enter the ${label}, as ${pattern}` : `Enter a real ${label}, as ${pattern}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = currentLocale().tag;
  const id = `${tag}|${key}`;
  let found = numberFormats.get(id);
  if (!found) {
    found = new Intl.NumberFormat(tag, options);
    numberFormats.set(id, found);
  }
  return found;
}

/** A number with the locale's separators, at most `digits` decimals: `1,234.5`, `1.234,5`. */
export function formatNumber(value: number, digits = 2): string {
  return numberFormat(`n${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** A share from 0 to 1 as a whole percentage: `42%`, `42 %`. */
export function formatPercent(ratio: number): string {
  return numberFormat('pct', { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** A file size: `830 KB`, `12.4 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), 0)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}
