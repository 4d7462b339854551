// The evidence.* channels.
import type { AreaHandlers } from '../handlers';
import type { EvidenceService } from './service';

export function evidenceHandlers(evidence: EvidenceService): AreaHandlers<'evidence'> {
  return {
    'evidence.list': ({ hireId }) => evidence.list(hireId),
    'evidence.add': evidence.add,
    'evidence.remove': ({ id }) => evidence.remove(id),
  };
}
