// The data the browser-mode reminder reads: one-on-ones due today or overdue, and whether the manager
// wants reminders at all (the same settings switch the desktop shell obeys).
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/client';

/** How often the due list is looked at again while the app stays open (as the desktop shell does). */
export const REMINDER_CHECK_MS = 15 * 60 * 1000;

export const reminderKeys = { due: ['checkIns', 'due'] as const, settings: ['settings'] as const };

export function useDueCheckIns(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: reminderKeys.due,
    queryFn: () => api.call('checkIns.due', {}),
    enabled,
    refetchInterval: REMINDER_CHECK_MS,
  });
}

export function useReminderSetting(enabled: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: reminderKeys.settings,
    queryFn: () => api.call('settings.get', {}),
    enabled,
    select: (settings) => settings.checkInReminders,
  });
}
