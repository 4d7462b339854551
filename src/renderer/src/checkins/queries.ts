// Queries for a hire's one-on-ones: the schedule, the history, one check-in's agenda, its draft and
// the calendar file. Keys sit under the hire's, so useHireMutation (hires/queries) refetches them.
import { useMutation, useQuery } from '@tanstack/react-query';
import type { CheckInDraft } from '@shared/checkins/schema';
import { useApi } from '../api/client';
import { hireKeys } from '../hires/queries';

export const checkInKeys = {
  all: (hireId: string) => [...hireKeys.hire(hireId), 'checkIns'] as const,
  schedule: (hireId: string) => [...checkInKeys.all(hireId), 'schedule'] as const,
  history: (hireId: string, search: string) => [...checkInKeys.all(hireId), 'history', search] as const,
  agenda: (hireId: string, checkInId: string) => [...checkInKeys.all(hireId), 'agenda', checkInId] as const,
};

export function useCheckInSchedule(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: checkInKeys.schedule(hireId),
    queryFn: () => api.call('checkIns.schedule', { hireId }),
  });
}

export function useCheckInHistory(hireId: string, search: string) {
  const api = useApi();
  return useQuery({
    queryKey: checkInKeys.history(hireId, search),
    queryFn: () => api.call('checkIns.history', { hireId, search }),
    placeholderData: (previous) => previous,
  });
}

export function useAgenda(hireId: string, checkInId: string) {
  const api = useApi();
  return useQuery({
    queryKey: checkInKeys.agenda(hireId, checkInId),
    queryFn: () => api.call('checkIns.agenda', { id: checkInId }),
    // A draft is restored once, when the agenda is first read; later refetches must not overwrite typing.
    staleTime: Infinity,
  });
}

/**
 * Keeps the draft of a check-in in the core, made on the version the screen holds (it answers the
 * next); nothing on screen refetches, so typing is never overwritten.
 */
export function useSaveCheckInDraft() {
  const api = useApi();
  return useMutation({
    mutationFn: ({
      id,
      draft,
      expectedVersion,
    }: {
      id: string;
      draft: CheckInDraft;
      expectedVersion: number;
    }) => api.call('checkIns.saveDraft', { id, draft, expectedVersion }),
  });
}

/** The hire's scheduled one-on-ones as an .ics file for the manager's calendar. */
export function useCheckInCalendarFile() {
  const api = useApi();
  return useMutation({ mutationFn: (hireId: string) => api.call('checkIns.exportIcs', { hireId }) });
}
