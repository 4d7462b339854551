// The app settings the manager chooses on the Settings page, and the input that changes them.
import { z } from 'zod';
import { holidayCountry } from '../calendar/schema';
import { singleLineText } from '../text/fields';

export interface Settings {
  checkInReminders: boolean;
  /** Hours a week the manager can give to one-on-ones and coaching, across all hires. */
  coachingBudgetHours: number;
  /** How long a one-on-one takes, for the coaching load. */
  checkInMinutes: number;
  /** Printed on exported plans. */
  managerName: string;
  /**
   * Whose public holidays plans skip: an ISO 3166-1 alpha-2 country code, '' for none. Until the
   * manager picks one it is the region of the system's locale.
   */
  holidayCountry: string;
}

export const settingsUpdateInput = z.strictObject({
  checkInReminders: z.boolean({ error: 'Reminders are on or off' }).optional(),
  coachingBudgetHours: z
    .number({ error: 'The coaching budget is a number of hours' })
    .min(0.5, 'The coaching budget is at least half an hour a week')
    .max(60, 'The coaching budget is at most 60 hours a week')
    .optional(),
  checkInMinutes: z
    .number({ error: 'A one-on-one’s length is a number of minutes' })
    .int('Give whole minutes')
    .min(10, 'A one-on-one takes at least 10 minutes')
    .max(240, 'A one-on-one takes at most 240 minutes')
    .optional(),
  managerName: singleLineText({
    label: 'name',
    max: 120,
    min: 0,
    messages: { type: 'Your name must be text', max: 'Keep your name to 120 characters' },
  }).optional(),
  holidayCountry: holidayCountry.optional(),
});
