// Queries for a hire's progress: how far the plan is, confidence over time, load.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/client';
import { hireKeys } from '../hires/queries';

export const progressKeys = {
  hire: (hireId: string) => [...hireKeys.hire(hireId), 'progress'] as const,
};

export function useHireProgress(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: progressKeys.hire(hireId),
    queryFn: () => api.call('progress.hire', { hireId }),
  });
}
