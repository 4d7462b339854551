// Queries and mutations for a hire's one-on-one topics, kept under the hire's query key so anything
// that refreshes the hire (an imported answers file) refreshes them too.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '@shared/api/contract';
import { useApi } from '../api/client';
import { hireKeys } from '../hires/queries';

export const topicKeys = {
  hire: (hireId: string) => [...hireKeys.hire(hireId), 'topics'] as const,
  list: (hireId: string, which: 'open' | 'all') => [...hireKeys.hire(hireId), 'topics', which] as const,
};

export function useTopics(hireId: string, which: 'open' | 'all' = 'open') {
  const api = useApi();
  return useQuery({
    queryKey: topicKeys.list(hireId, which),
    queryFn: () => api.call('topics.list', { hireId, which }),
  });
}

function useTopicMutation<I, O>(hireId: string, run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: topicKeys.hire(hireId) }),
  });
}

export function useAddTopic(hireId: string) {
  const api = useApi();
  return useTopicMutation(hireId, (text: string) => api.call('topics.add', { hireId, text }));
}

export function useCloseTopic(hireId: string) {
  const api = useApi();
  return useTopicMutation(hireId, (input: ChannelInput<'topics.close'>) => api.call('topics.close', input));
}
