// Use cases for assessments: record one, correct one (keeping the original), list a hire's history.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Assessment, Rating } from '@shared/assessments/schema';
import type { assessmentCorrectInput, assessmentCreateInput } from '@shared/assessments/schema';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { latestEffectiveAssessment } from '@shared/assessments/latest';
import type { FieldIssue } from '@shared/api/result';
import type { Framework, Level } from '@shared/framework/types';
import { conflict, invalid, notFound } from '../errors';
import type { HireRepository } from '../hires/repository';
import type { AssessmentRepository } from './repository';

type RatingInput = z.output<typeof assessmentCreateInput>['ratings'][number];

export function createAssessmentService(deps: {
  assessments: AssessmentRepository;
  hires: HireRepository;
  framework: () => Framework;
  now: () => Date;
}) {
  const { assessments, hires, framework, now } = deps;

  function checkRatings(ratings: RatingInput[]): Rating[] {
    const known = new Set(framework().competencies.map((c) => c.id));
    const seen = new Set<string>();
    const issues: FieldIssue[] = [];
    ratings.forEach((r, i) => {
      if (!known.has(r.competencyId))
        issues.push({
          field: `ratings.${i}.competencyId`,
          message: `Unknown competency "${r.competencyId}"`,
        });
      else if (seen.has(r.competencyId))
        issues.push({ field: `ratings.${i}.competencyId`, message: `"${r.competencyId}" is rated twice` });
      seen.add(r.competencyId);
    });
    if (issues.length > 0) throw invalid(issues);
    return ratings.map((r) => ({
      competencyId: r.competencyId,
      level: r.level as Level,
      evidence: r.evidence?.trim() ?? '',
    }));
  }

  function requireAssessment(id: string): Assessment {
    const found = assessments.get(id);
    if (!found) throw notFound('assessment', id);
    return found;
  }

  return {
    create(input: z.output<typeof assessmentCreateInput>): Assessment {
      const hire = hires.get(input.hireId);
      if (!hire) throw notFound('hire', input.hireId);
      if (hire.status === 'archived')
        throw conflict(`${hire.name} is archived; restore the hire before assessing`);
      if (input.assessedOn > toCalendarDate(now()))
        throw invalid([{ field: 'assessedOn', message: 'The assessment date is in the future' }]);
      const assessment: Assessment = {
        id: randomUUID(),
        hireId: hire.id,
        roleId: hire.targetRoleId,
        assessedOn: input.assessedOn,
        assessor: input.assessor,
        note: input.note?.trim() ?? '',
        ratings: checkRatings(input.ratings),
        correctsId: null,
        correctionReason: null,
        correctedById: null,
        createdAt: now().toISOString(),
      };
      assessments.insert(assessment);
      return assessment;
    },

    correct(input: z.output<typeof assessmentCorrectInput>): Assessment {
      const original = requireAssessment(input.id);
      if (original.correctedById) {
        throw conflict('This assessment was corrected already; correct the latest version instead');
      }
      const correction: Assessment = {
        ...original,
        id: randomUUID(),
        note: input.note?.trim() ?? original.note,
        ratings: checkRatings(input.ratings),
        correctsId: original.id,
        correctionReason: input.reason,
        correctedById: null,
        createdAt: now().toISOString(),
      };
      assessments.insert(correction);
      assessments.markCorrected(original.id, correction.id);
      return correction;
    },

    list(hireId: string): Assessment[] {
      if (!hires.get(hireId)) throw notFound('hire', hireId);
      return assessments.listForHire(hireId);
    },

    /** The newest assessment that has not been corrected, preferring the manager's over the hire's own. */
    latestFor(hireId: string): Assessment | undefined {
      return latestEffectiveAssessment(assessments.listForHire(hireId));
    },
  };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
