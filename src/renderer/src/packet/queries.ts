// The hire packet's calls: sharing a packet, and previewing or adding the answers that come back.
// Adding answers refetches everything on the hire's page (assessments, topics, evidence).
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/client';
import { hireKeys } from '../hires/queries';

export function usePacket(hireId: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return {
    share: () => api.call('packet.share', { hireId }),
    /** Whatever the file holds goes to the core as it is: the core checks it field by field. */
    preview: (answers: unknown) => api.call('packet.previewAnswers', { hireId, answers: answers as never }),
    async add(answers: unknown) {
      const result = await api.call('packet.importAnswers', { hireId, answers: answers as never });
      await queryClient.invalidateQueries({ queryKey: hireKeys.hire(hireId) });
      return result;
    },
  };
}
