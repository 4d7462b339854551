// App settings the manager chooses: defaults, with the ones changed stored by key.
import type { Settings } from '@shared/settings/schema';
import { validationError } from '../errors';
import { countryOfLocale, isHolidayCountry } from '../calendar/holidays';
import type { SettingsRepository } from './repository';

const DEFAULTS: Omit<Settings, 'holidayCountry'> = {
  checkInReminders: true,
  coachingBudgetHours: 4,
  checkInMinutes: 45,
  checkInTime: '10:00',
  checkInReminderMinutes: 15,
  managerName: '',
};

/**
 * `locale` is the system's locale (BCP 47): until the manager picks a holiday country, plans skip
 * the public holidays of its region, the same locale the app's dates follow unless changed.
 */
export function createSettingsService(settings: SettingsRepository, now: () => Date, locale: string) {
  const defaults: Settings = { ...DEFAULTS, holidayCountry: countryOfLocale(locale) };
  const get = async (): Promise<Settings> => ({ ...defaults, ...(await settings.stored()) });
  return {
    get,
    async update(changes: Partial<Settings>): Promise<Settings> {
      if (changes.holidayCountry && !isHolidayCountry(changes.holidayCountry)) {
        throw validationError(
          'holidayCountry',
          `Rolebridge does not know the public holidays of ${JSON.stringify(changes.holidayCountry)}; pick a country from the list, or None`,
        );
      }
      await settings.save(changes, now().toISOString());
      return get();
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
