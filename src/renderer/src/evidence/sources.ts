// How an evidence entry's source reads on screen: the hire by name, the manager as "you", a
// stakeholder by the name given.
import type { EvidenceEntry } from '@shared/evidence/schema';

export function sourceLabel(entry: Pick<EvidenceEntry, 'source' | 'sourceName'>, hireName: string): string {
  if (entry.source === 'hire') return hireName;
  if (entry.source === 'manager') return 'You';
  return entry.sourceName || 'A stakeholder';
}

export const sourceColors = { hire: 'teal', manager: 'indigo', stakeholder: 'orange' } as const;
