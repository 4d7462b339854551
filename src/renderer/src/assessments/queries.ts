// Queries for a hire's assessments; saving one goes through useHireMutation (hires/queries), which
// refetches everything on the hire's page.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/client';
import { hireKeys } from '../hires/queries';

export const assessmentKeys = {
  list: (hireId: string) => [...hireKeys.hire(hireId), 'assessments'] as const,
};

export function useAssessments(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: assessmentKeys.list(hireId),
    queryFn: () => api.call('assessments.list', { hireId }),
  });
}
