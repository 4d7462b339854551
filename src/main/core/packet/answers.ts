// Bringing the hire's answers in: the file is checked against the packet it came from (this hire,
// the latest version), each item is compared with what is already stored so a second import adds
// nothing twice, and the preview shows exactly what the import would then write.
import type { FieldIssue } from '@shared/api/result';
import type { Assessment } from '@shared/assessments/schema';
import { toCalendarDate } from '@shared/dates/calendar-date';
import type { EvidenceEntry } from '@shared/evidence/schema';
import { expectationFor, findCompetency, findRole } from '@shared/framework/lookup';
import type { Framework, Level, Role } from '@shared/framework/types';
import type { AnswersImported, AnswersPreview } from '@shared/packet/answers';
import type { PacketAnswers } from '@shared/packet/schema';
import type { Topic } from '@shared/topics/schema';
import { AppError, invalid, notFound } from '../errors';
import type { EvidenceDraft, EvidenceService } from '../evidence/service';
import type { HireService } from '../hires/service';
import type { TopicService } from '../topics/service';
import type { Awaitable } from '../awaitable';
import type { PacketRepository } from './repository';

const A = 'answers.';

type AnswersDeps = {
  packets: PacketRepository;
  hires: Pick<HireService, 'find'>;
  framework: () => Awaitable<Framework>;
  assessments: {
    list: (hireId: string) => Awaitable<Assessment[]>;
    create: (input: {
      hireId: string;
      assessedOn: string;
      assessor: 'self';
      ratings: { competencyId: string; level: number; evidence: string }[];
      note: string;
    }) => Awaitable<Assessment>;
  };
  topics: Pick<TopicService, 'add'> & { all: (hireId: string) => Awaitable<Topic[]> };
  evidence: Pick<EvidenceService, 'problems' | 'write' | 'list'>;
  now: () => Date;
};

/** Refuses answers that are not for this hire's latest packet, naming the field. */
async function checkPacket(deps: AnswersDeps, hireId: string, answers: PacketAnswers) {
  const { packets, hires } = deps;
  const hire = await hires.find(hireId);
  if (!hire) throw notFound('hire', hireId);
  const packet = await packets.get(answers.packetId);
  if (!packet) {
    throw invalid([
      { field: `${A}packetId`, message: 'These answers are for a packet this Rolebridge never shared' },
    ]);
  }
  if (packet.hireId !== hireId || answers.hireId !== hireId) {
    const owner = (await hires.find(packet.hireId))?.name ?? 'another hire';
    throw invalid([
      {
        field: `${A}hireId`,
        message: `These answers are from ${owner}’s packet, not ${hire.name}’s: open them on ${owner}’s page`,
      },
    ]);
  }
  if (answers.packetVersion !== packet.version) {
    throw invalid([{ field: `${A}packetVersion`, message: 'The packet version does not match the packet' }]);
  }
  const latest = await packets.latest(hireId);
  if (latest && latest.version > packet.version) {
    throw invalid([
      {
        field: `${A}packetVersion`,
        message: `These answers are from packet ${packet.version}; you shared packet ${latest.version} with ${hire.name} since. Ask for answers from the latest packet`,
      },
    ]);
  }
  return hire;
}

function sameRatings(assessment: Assessment, ratings: { competencyId: string; level: number }[]): boolean {
  if (assessment.ratings.length !== ratings.length) return false;
  return ratings.every((r) =>
    assessment.ratings.some((stored) => stored.competencyId === r.competencyId && stored.level === r.level),
  );
}

const evidenceDraft = (hireId: string, item: PacketAnswers['evidence'][number]): EvidenceDraft => ({
  hireId,
  competencyId: item.competencyId,
  notedOn: item.notedOn,
  source: item.kind === 'win' ? 'hire' : 'stakeholder',
  sourceName: item.kind === 'win' ? '' : item.from,
  text: item.text,
});

const sameEntry = (a: EvidenceDraft, b: EvidenceEntry) =>
  a.competencyId === b.competencyId &&
  a.notedOn === b.notedOn &&
  a.source === b.source &&
  a.sourceName === b.sourceName &&
  a.text === b.text;

/** The self-assessment in the answers, checked against the target role and marked when it is stored. */
async function previewSelfAssessment(
  deps: AnswersDeps,
  hireId: string,
  answers: PacketAnswers,
  target: Role | undefined,
  issues: FieldIssue[],
): Promise<AnswersPreview['selfAssessment']> {
  if (!answers.selfAssessment) return null;
  const fw = await deps.framework();
  const today = toCalendarDate(deps.now());
  const { assessedOn, ratings } = answers.selfAssessment;
  if (assessedOn > today)
    issues.push({
      field: `${A}selfAssessment.assessedOn`,
      message: 'The self-assessment is dated in the future',
    });
  ratings.forEach((r, i) => {
    if (!target || expectationFor(target, r.competencyId).level === 0 || !findCompetency(fw, r.competencyId))
      issues.push({
        field: `${A}selfAssessment.ratings.${i}.competencyId`,
        message: `"${r.competencyId}" is not a competency of the ${target?.name ?? 'target'} role`,
      });
  });
  const stored = (await deps.assessments.list(hireId)).some(
    (a) => a.assessor === 'self' && a.assessedOn === assessedOn && sameRatings(a, ratings),
  );
  return {
    assessedOn,
    ratings: ratings.map((r) => ({
      competencyId: r.competencyId,
      name: findCompetency(fw, r.competencyId)?.name ?? r.competencyId,
      level: r.level,
    })),
    alreadyImported: stored,
  };
}

export function createAnswersService(deps: AnswersDeps) {
  const { framework } = deps;

  /** Everything the answers hold, each item marked when it is stored already; refuses what cannot be stored. */
  async function preview(hireId: string, answers: PacketAnswers): Promise<AnswersPreview> {
    const hire = await checkPacket(deps, hireId, answers);
    const fw = await framework();
    const target = findRole(fw, hire.targetRoleId);
    const issues: FieldIssue[] = [];
    const selfAssessment = await previewSelfAssessment(deps, hireId, answers, target, issues);

    const storedTopics = (await deps.topics.all(hireId)).filter((t) => t.addedBy === 'hire');
    const seenTopics = new Set<string>();
    const topics = answers.topics.map((t) => {
      const alreadyImported = seenTopics.has(t.text) || storedTopics.some((s) => s.text === t.text);
      seenTopics.add(t.text);
      return { text: t.text, alreadyImported };
    });

    const storedEvidence = await deps.evidence.list(hireId);
    const evidence = [];
    for (const [i, item] of answers.evidence.entries()) {
      const draft = evidenceDraft(hireId, item);
      issues.push(...(await deps.evidence.problems(draft, `${A}evidence.${i}.`)));
      evidence.push({
        ...draft,
        competencyName: findCompetency(fw, item.competencyId)?.name ?? item.competencyId,
        alreadyImported: storedEvidence.some((stored) => sameEntry(draft, stored)),
      });
    }
    if (issues.length > 0) throw invalid(issues);

    const items = [...(selfAssessment ? [selfAssessment] : []), ...topics, ...evidence];
    return {
      hireName: hire.name,
      packetVersion: answers.packetVersion,
      savedAt: answers.savedAt,
      selfAssessment,
      topics,
      evidence,
      nothingNew: items.every((item) => item.alreadyImported),
    };
  }

  return {
    preview,

    /** Writes what the preview shows as new; the caller's transaction undoes it all on any refusal. */
    async importAnswers(hireId: string, answers: PacketAnswers): Promise<AnswersImported> {
      const shown = await preview(hireId, answers);
      const added = { selfAssessment: 0, topics: 0, evidence: 0 };
      let skipped = 0;
      if (shown.selfAssessment && !shown.selfAssessment.alreadyImported) {
        try {
          await deps.assessments.create({
            hireId,
            assessedOn: shown.selfAssessment.assessedOn,
            assessor: 'self',
            ratings: shown.selfAssessment.ratings.map((r) => ({
              competencyId: r.competencyId,
              level: r.level as Level,
              evidence: '',
            })),
            note: `From ${shown.hireName}’s answers to packet ${answers.packetVersion}`,
          });
        } catch (error) {
          // The assessment's own checks name its fields; here they are fields of the answers file.
          if (error instanceof AppError && error.issues)
            throw invalid(
              error.issues.map((issue) => ({ ...issue, field: `${A}selfAssessment.${issue.field}` })),
            );
          throw error;
        }
        added.selfAssessment = 1;
      } else if (shown.selfAssessment) skipped += 1;
      for (const topic of shown.topics) {
        if (topic.alreadyImported) skipped += 1;
        else {
          await deps.topics.add(hireId, topic.text, 'hire');
          added.topics += 1;
        }
      }
      for (const entry of shown.evidence) {
        if (entry.alreadyImported) skipped += 1;
        else {
          const { competencyName: _name, alreadyImported: _seen, ...draft } = entry;
          await deps.evidence.write(draft);
          added.evidence += 1;
        }
      }
      return { added, skipped };
    },
  };
}

export type AnswersService = ReturnType<typeof createAnswersService>;
