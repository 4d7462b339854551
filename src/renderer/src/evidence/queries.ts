// Queries and mutations for a hire's evidence log, under the hire's query key.
import { useMemo } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '@shared/api/contract';
import type { EvidenceEntry } from '@shared/evidence/schema';
import { useApi } from '../api/client';
import { hireKeys } from '../hires/queries';

export const evidenceKey = (hireId: string) => [...hireKeys.hire(hireId), 'evidence'] as const;

export function useEvidence(hireId: string) {
  const api = useApi();
  return useQuery({
    queryKey: evidenceKey(hireId),
    queryFn: () => api.call('evidence.list', { hireId }),
  });
}

/** The log grouped by competency, newest first; each list keeps its identity until the log changes. */
export function useEvidenceByCompetency(hireId: string): ReadonlyMap<string, EvidenceEntry[]> {
  const { data } = useEvidence(hireId);
  return useMemo(() => {
    const byCompetency = new Map<string, EvidenceEntry[]>();
    for (const entry of data ?? []) {
      byCompetency.set(entry.competencyId, [...(byCompetency.get(entry.competencyId) ?? []), entry]);
    }
    return byCompetency;
  }, [data]);
}

function useEvidenceMutation<I, O>(hireId: string, run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: evidenceKey(hireId) }),
  });
}

export function useAddEvidence(hireId: string) {
  const api = useApi();
  return useEvidenceMutation(hireId, (input: ChannelInput<'evidence.add'>) =>
    api.call('evidence.add', input),
  );
}

export function useRemoveEvidence(hireId: string) {
  const api = useApi();
  return useEvidenceMutation(hireId, (id: string) => api.call('evidence.remove', { id }));
}
