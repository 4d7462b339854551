// Public holidays by country, from date-holidays (rules and data only, offline). Its data is large,
// so it lives here in the main process and never in the renderer: the renderer asks the core.
import Holidays from 'date-holidays';
import { addDays } from 'date-fns';
import { toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import type { NonWorkingDay } from '@shared/calendar/schema';

const DAY_MS = 86_400_000;

let countryNames: Record<string, string> | undefined;

/** Every country date-holidays knows, code to English name. */
export function holidayCountries(): Record<string, string> {
  countryNames ??= new Holidays().getCountries('en');
  return countryNames;
}

export function isHolidayCountry(code: string): boolean {
  return Object.hasOwn(holidayCountries(), code);
}

/**
 * The country a locale tag points at ('en-GB' → GB, 'de' → DE, 'fr-CA' → CA), or '' when it names
 * none date-holidays knows. A language alone means the country it is most likely spoken in.
 */
export function countryOfLocale(tag: string): string {
  let country = countries.get(tag);
  if (country === undefined) {
    country = countryOf(tag);
    countries.set(tag, country);
  }
  return country;
}

// The team server builds its settings service for every call, always on the server's one locale:
// the answer is worked out once (Intl.Locale's maximize is not cheap), not on every call.
const countries = new Map<string, string>();

function countryOf(tag: string): string {
  try {
    const locale = new Intl.Locale(tag);
    // 'und' (no language) maximizes to en-Latn-US: a guess, not the manager's country.
    if ((!locale.language || locale.language === 'und') && !locale.region) return '';
    const region = locale.maximize().region ?? '';
    return isHolidayCountry(region) ? region : '';
  } catch {
    return '';
  }
}

// A country's rules are parsed once, and each year's holidays worked out once: a plan asks for the
// same two or three years again and again.
const calendars = new Map<string, Holidays>();
const years = new Map<string, NonWorkingDay[]>();

function calendarOf(country: string): Holidays {
  let calendar = calendars.get(country);
  if (!calendar) {
    // Only public holidays: observances (Mother's Day) and optional days (Christmas Eve in the US)
    // are working days for most people. Substitute days stay in: they are the days people are off
    // when the holiday itself falls on a weekend (Boxing Day on a Saturday gives Monday off).
    calendar = new Holidays(country, { types: ['public'] });
    calendars.set(country, calendar);
  }
  return calendar;
}

function holidaysInYear(country: string, year: number): NonWorkingDay[] {
  const key = `${country}:${year}`;
  let days = years.get(key);
  if (!days) {
    days = calendarOf(country)
      .getHolidays(year, 'en')
      .filter((holiday) => holiday.type === 'public')
      .flatMap((holiday) => {
        // `date` is the first day in the country's own calendar; a few holidays last several days.
        const first = toLocalDate(holiday.date.slice(0, 10));
        const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS));
        return Array.from({ length }, (_, i) => ({
          date: toCalendarDate(addDays(first, i)),
          reason: 'holiday' as const,
          name: holiday.name,
        }));
      });
    years.set(key, days);
  }
  return days;
}

/** Public holidays of `country` from `from` to `to` (YYYY-MM-DD, both included), one entry per day. */
export function publicHolidays(country: string, from: string, to: string): NonWorkingDay[] {
  if (!country || !isHolidayCountry(country)) return [];
  const seen = new Set<string>();
  const days: NonWorkingDay[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const day of holidaysInYear(country, year)) {
      // Two holidays on one day (Easter Monday on a national day) count once.
      if (day.date < from || day.date > to || seen.has(day.date)) continue;
      seen.add(day.date);
      days.push(day);
    }
  }
  return days;
}
