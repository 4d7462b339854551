// App settings the manager chooses, stored as JSON values by key.
import type { Db } from '../db/connection';
import type { Settings } from '@shared/checkins/schema';
import { validationError } from '../errors';
import { countryOfLocale, isHolidayCountry } from '../calendar/holidays';

const DEFAULTS: Omit<Settings, 'holidayCountry'> = {
  checkInReminders: true,
  coachingBudgetHours: 4,
  checkInMinutes: 45,
  managerName: '',
};

/**
 * `locale` is the system's locale (BCP 47): until the manager picks a holiday country, plans skip
 * the public holidays of its region, the same locale the app's dates follow unless changed.
 */
export function createSettingsService(db: Db, now: () => Date, locale: string) {
  const defaults: Settings = { ...DEFAULTS, holidayCountry: countryOfLocale(locale) };
  const read = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const write = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    get(): Settings {
      const stored = Object.fromEntries(read.all().map((row) => [row.key, JSON.parse(row.value) as unknown]));
      return { ...defaults, ...(stored as Partial<Settings>) };
    },
    update(changes: Partial<Settings>): Settings {
      if (changes.holidayCountry && !isHolidayCountry(changes.holidayCountry)) {
        throw validationError(
          'holidayCountry',
          `Rolebridge does not know the public holidays of ${JSON.stringify(changes.holidayCountry)}; pick a country from the list, or None`,
        );
      }
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) write.run(key, JSON.stringify(value), now().toISOString());
      }
      return this.get();
    },
  };
}
