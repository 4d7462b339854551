// The evidence log per hire: wins, feedback and observations, dated and tagged with a competency
// and a source. The manager adds entries any time; the hire's come in with their packet answers.
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '@shared/api/contract';
import { toCalendarDate } from '@shared/dates/calendar-date';
import type { EvidenceEntry } from '@shared/evidence/schema';
import { findCompetency } from '@shared/framework/lookup';
import type { Framework } from '@shared/framework/types';
import type { FieldIssue } from '@shared/api/result';
import { invalid, notFound } from '../errors';
import type { HireService } from '../hires/service';
import type { EvidenceRepository } from './repository';

export type EvidenceDraft = Omit<EvidenceEntry, 'id' | 'createdAt'>;

export function createEvidenceService(deps: {
  evidence: EvidenceRepository;
  hires: Pick<HireService, 'find'>;
  framework: () => Framework;
  now: () => Date;
}) {
  const { evidence, hires, framework, now } = deps;

  function requireHire(hireId: string): void {
    if (!hires.find(hireId)) throw notFound('hire', hireId);
  }

  /** What is wrong with an entry before it is written, each issue under `prefix` + its field. */
  function problems(draft: EvidenceDraft, prefix = ''): FieldIssue[] {
    const issues: FieldIssue[] = [];
    if (!findCompetency(framework(), draft.competencyId)) {
      issues.push({ field: `${prefix}competencyId`, message: `Unknown competency "${draft.competencyId}"` });
    }
    if (draft.notedOn > toCalendarDate(now())) {
      issues.push({
        field: `${prefix}notedOn`,
        message: 'Evidence is something that happened: pick a day up to today',
      });
    }
    return issues;
  }

  /** Checked with `problems` first; a stakeholder's name is kept only for a stakeholder. */
  function write(draft: EvidenceDraft): EvidenceEntry {
    const entry: EvidenceEntry = {
      ...draft,
      sourceName: draft.source === 'stakeholder' ? draft.sourceName : '',
      id: randomUUID(),
      createdAt: now().toISOString(),
    };
    evidence.insert(entry);
    return entry;
  }

  return {
    problems,
    write,

    list(hireId: string): EvidenceEntry[] {
      requireHire(hireId);
      return evidence.list(hireId);
    },

    add(input: ParsedInput<'evidence.add'>): EvidenceEntry {
      requireHire(input.hireId);
      const draft: EvidenceDraft = { ...input, sourceName: input.sourceName ?? '' };
      const issues = problems(draft);
      if (issues.length > 0) throw invalid(issues);
      return write(draft);
    },

    remove(id: string): { id: string } {
      if (!evidence.get(id)) throw notFound('evidence entry', id);
      evidence.remove(id);
      return { id };
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
