// The evidence log: dated wins, feedback and observations about a hire, each tagged with the
// competency it shows and where it came from (the hire, the manager, a stakeholder). The manager
// reads it beside each competency when reassessing; the Progress tab counts it.
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar-date';
import { hireId } from '../hires/schema';
import { idField, multiLineText, singleLineText } from '../text/fields';

export const evidenceSources = ['hire', 'manager', 'stakeholder'] as const;
export type EvidenceSource = (typeof evidenceSources)[number];

export interface EvidenceEntry {
  id: string;
  hireId: string;
  competencyId: string;
  /** The day it happened, YYYY-MM-DD. */
  notedOn: string;
  source: EvidenceSource;
  /** Who the stakeholder is ("Priya, design lead"); empty for the hire and the manager. */
  sourceName: string;
  text: string;
  createdAt: string;
}

export const evidenceLimits = { textMax: 2000, sourceNameMax: 120 } as const;

export const evidenceSourceLabels: Record<EvidenceSource, string> = {
  hire: 'The hire',
  manager: 'The manager',
  stakeholder: 'A stakeholder',
};

export const evidenceText = multiLineText({
  label: 'evidence',
  max: evidenceLimits.textMax,
  messages: { type: 'Write what happened as text', min: 'Write what happened' },
});

export const evidenceSourceName = singleLineText({
  label: 'name of who it came from',
  max: evidenceLimits.sourceNameMax,
  min: 0,
});

export const evidenceSource = z.enum(evidenceSources, {
  error: 'Say who it came from: the hire, the manager or a stakeholder',
});

export const evidenceListInput = z.strictObject({ hireId });

export const evidenceAddInput = z.strictObject({
  hireId,
  competencyId: idField('competency'),
  notedOn: z
    .string({ error: 'Enter the day it happened' })
    .refine(isCalendarDate, 'Enter the day as a real date, YYYY-MM-DD'),
  source: evidenceSource,
  sourceName: evidenceSourceName.optional(),
  text: evidenceText,
});

export const evidenceRemoveInput = z.strictObject({ id: idField('evidence entry') });

/** Entries per competency and per source, as the Progress tab shows them. */
export interface EvidenceCount {
  competencyId: string;
  total: number;
  bySource: Record<EvidenceSource, number>;
}

export function countEvidence(entries: readonly EvidenceEntry[]): EvidenceCount[] {
  const counts = new Map<string, EvidenceCount>();
  for (const entry of entries) {
    let count = counts.get(entry.competencyId);
    if (!count) {
      count = {
        competencyId: entry.competencyId,
        total: 0,
        bySource: { hire: 0, manager: 0, stakeholder: 0 },
      };
      counts.set(entry.competencyId, count);
    }
    count.total += 1;
    count.bySource[entry.source] += 1;
  }
  return [...counts.values()];
}
