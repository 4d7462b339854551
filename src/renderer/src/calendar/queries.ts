// Queries and mutations for days nobody acts on: the holiday countries, a hire's leave, and the
// non-working days a plan preview passes to the planner (the core works them out: the holiday
// data stays out of the renderer bundle).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '@shared/api/contract';
import { planDaysOffRange } from '@shared/calendar/plan-around-days-off';
import { isCalendarDate } from '@shared/dates/calendar-date';
import { useApi } from '../api/client';
import { useUpdateSettings } from '../settings/queries';

export const calendarKeys = {
  all: ['calendar'] as const,
  countries: ['calendar', 'countries'] as const,
  leave: (hireId: string) => ['calendar', 'leave', hireId] as const,
  daysOff: (hireId: string | undefined, startDate: string) =>
    ['calendar', 'days-off', hireId ?? null, startDate] as const,
};

export function useHolidayCountries() {
  const api = useApi();
  return useQuery({
    queryKey: calendarKeys.countries,
    queryFn: () => api.call('calendar.countries', {}),
    staleTime: Infinity,
  });
}

export function useLeave(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: calendarKeys.leave(hireId),
    queryFn: () => api.call('leave.list', { hireId }),
  });
}

/** Adding or removing leave changes the days off of every plan preview, so all of them refetch. */
function useCalendarMutation<I, O>(run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useAddLeave() {
  const api = useApi();
  return useCalendarMutation((input: ChannelInput<'leave.add'>) => api.call('leave.add', input));
}

/** Whose public holidays plans skip; every plan preview's days off change with it. */
export function useUpdateHolidayCountry() {
  const queryClient = useQueryClient();
  return useUpdateSettings(
    (holidayCountry: string) => ({ holidayCountry }),
    () => queryClient.invalidateQueries({ queryKey: calendarKeys.all }),
  );
}

export function useRemoveLeave() {
  const api = useApi();
  return useCalendarMutation((id: string) => api.call('leave.remove', { id }));
}

const NONE: readonly string[] = [];

/**
 * The dates a plan starting on `startDate` must keep free (public holidays, and the hire's leave
 * when there is a hire), for the planner in the preview. Empty while the start date is not a date.
 */
export function usePlanDaysOff(hireId: string | undefined, startDate: string): readonly string[] {
  const api = useApi();
  const valid = isCalendarDate(startDate);
  const days = useQuery({
    queryKey: calendarKeys.daysOff(hireId, startDate),
    queryFn: () => api.call('calendar.nonWorkingDays', { hireId, ...planDaysOffRange(startDate) }),
    enabled: valid,
    placeholderData: keepPreviousData,
    select: (answer) => answer.days.map((day) => day.date),
  });
  return (valid && days.data) || NONE;
}
