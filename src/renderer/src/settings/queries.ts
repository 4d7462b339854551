// Queries for the manager's settings (name, reminders, coaching budget, holiday country), read by
// Settings, the welcome, one-on-ones and plans. A change replaces the cached settings in place.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '@shared/api/contract';
import { useApi } from '../api/client';

export const settingsKeys = {
  all: ['settings'] as const,
  logFile: ['settings', 'logFile'] as const,
};

export function useSettingsQuery() {
  const api = useApi();
  return useQuery({ queryKey: settingsKeys.all, queryFn: () => api.call('settings.get', {}) });
}

/** Saves some settings; `onSaved` runs after the cache holds the new ones (e.g. to refetch what they change). */
export function useUpdateSettings<I>(
  toChanges: (input: I) => ChannelInput<'settings.update'>,
  onSaved?: () => unknown,
) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => api.call('settings.update', toChanges(input)),
    onSuccess: async (value) => {
      queryClient.setQueryData(settingsKeys.all, value);
      await onSaved?.();
    },
  });
}

/** Where the core writes its log file (Settings → Log file). */
export function useLogFileQuery() {
  const api = useApi();
  return useQuery({ queryKey: settingsKeys.logFile, queryFn: () => api.call('app.logFile', {}) });
}
