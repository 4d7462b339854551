// The app settings the manager chooses on the Settings page, and the input that changes them.
import { z } from 'zod';
import { holidayCountry } from '../calendar/schema';
import { singleLineText } from '../text/fields';

export interface Settings {
  checkInReminders: boolean;
  /** Hours a week the manager can give to one-on-ones and coaching, across all hires. */
  coachingBudgetHours: number;
  /** How long a one-on-one takes unless moved with its own length: the coaching load and calendar events. */
  checkInMinutes: number;
  /** When one-on-ones start unless moved with their own time: 24-hour HH:MM in the manager's time zone. */
  checkInTime: string;
  /** Minutes before a one-on-one that the exported calendar event reminds the manager. */
  checkInReminderMinutes: number;
  /** Printed on exported plans. */
  managerName: string;
  /**
   * Whose public holidays plans skip: an ISO 3166-1 alpha-2 country code, '' for none. Until the
   * manager picks one it is the region of the system's locale.
   */
  holidayCountry: string;
}

/** A time of day, 24-hour HH:MM: when a one-on-one starts. */
export const checkInTime = z
  .string({ error: 'A time is text like 10:00' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give a 24-hour time like 09:30 or 14:00');

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
  checkInTime: checkInTime.optional(),
  checkInReminderMinutes: z
    .number({ error: 'The reminder is a number of minutes before the one-on-one' })
    .int('Give whole minutes')
    .min(0, 'The reminder cannot come after the one-on-one starts')
    .max(1440, 'The reminder comes at most a day (1440 minutes) before')
    .optional(),
  managerName: singleLineText({
    label: 'name',
    max: 120,
    min: 0,
    messages: { type: 'Your name must be text', max: 'Keep your name to 120 characters' },
  }).optional(),
  holidayCountry: holidayCountry.optional(),
});
