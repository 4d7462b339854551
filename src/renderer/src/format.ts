// How dates, numbers and other values read on screen, in the locale of src/renderer/src/locale.ts.
import { format } from 'date-fns';
import { toLocalDate } from '@shared/dates/calendar-date';
import { currentLocale } from './locale';

/** `2026-03-02` as the locale writes a date: `2 Mar 2026` (UK), `Mar 2, 2026` (US), `02.03.2026`. */
export function formatCalendarDate(value: string): string {
  return format(toLocalDate(value), 'PP', { locale: currentLocale().locale });
}

/** An ISO timestamp as local date and time: `2 Mar 2026, 14:05` (UK), `Mar 2, 2026, 2:05 PM` (US). */
export function formatDateTime(iso: string): string {
  return format(new Date(iso), 'PP, p', { locale: currentLocale().locale });
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
