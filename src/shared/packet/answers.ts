// What importing a hire's answers shows before it writes (the preview) and what it wrote.
import type { EvidenceSource } from '../evidence/schema';

interface EvidenceDraft {
  hireId: string;
  competencyId: string;
  notedOn: string;
  source: EvidenceSource;
  sourceName: string;
  text: string;
}

export interface AnswersPreview {
  hireName: string;
  packetVersion: number;
  savedAt: string;
  selfAssessment: {
    assessedOn: string;
    ratings: { competencyId: string; name: string; level: number }[];
    alreadyImported: boolean;
  } | null;
  topics: { text: string; alreadyImported: boolean }[];
  evidence: (EvidenceDraft & { competencyName: string; alreadyImported: boolean })[];
  /** True when every item is already stored: importing again adds nothing. */
  nothingNew: boolean;
}

export interface AnswersImported {
  added: { selfAssessment: number; topics: number; evidence: number };
  skipped: number;
}
