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
import type { Awaitable } from '../awaitable';
import type { EvidenceRepository } from './repository';

export type EvidenceDraft = Omit<EvidenceEntry, 'id' | 'createdAt'>;

export function createEvidenceService(deps: {
  evidence: EvidenceRepository;
  hires: Pick<HireService, 'find'>;
  framework: () => Awaitable<Framework>;
  now: () => Date;
}) {
  const { evidence, hires, framework, now } = deps;

  async function requireHire(hireId: string): Promise<void> {
    if (!(await hires.find(hireId))) throw notFound('hire', hireId);
  }

  /** What is wrong with an entry before it is written, each issue under `prefix` + its field. */
  async function problems(draft: EvidenceDraft, prefix = ''): Promise<FieldIssue[]> {
    const issues: FieldIssue[] = [];
    if (!findCompetency(await framework(), draft.competencyId)) {
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
  async function write(draft: EvidenceDraft): Promise<EvidenceEntry> {
    const entry: EvidenceEntry = {
      ...draft,
      sourceName: draft.source === 'stakeholder' ? draft.sourceName : '',
      id: randomUUID(),
      createdAt: now().toISOString(),
    };
    await evidence.insert(entry);
    return entry;
  }

  return {
    problems,
    write,

    async list(hireId: string): Promise<EvidenceEntry[]> {
      await requireHire(hireId);
      return evidence.list(hireId);
    },

    async add(input: ParsedInput<'evidence.add'>): Promise<EvidenceEntry> {
      await requireHire(input.hireId);
      const draft: EvidenceDraft = { ...input, sourceName: input.sourceName ?? '' };
      const issues = await problems(draft);
      if (issues.length > 0) throw invalid(issues);
      return write(draft);
    },

    async remove(id: string): Promise<{ id: string }> {
      if (!(await evidence.get(id))) throw notFound('evidence entry', id);
      await evidence.remove(id);
      return { id };
    },
  };
}

export type EvidenceService = ReturnType<typeof createEvidenceService>;
