// Use cases for assessments: record one, correct one (keeping the original), list a hire's history.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { Assessment, Rating } from '@shared/assessments/schema';
import type { assessmentCorrectInput, assessmentCreateInput } from '@shared/assessments/schema';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { latestEffectiveAssessment } from '@shared/assessments/latest';
import type { FieldIssue } from '@shared/api/result';
import { expectationFor } from '@shared/framework/lookup';
import type { Framework, Level } from '@shared/framework/types';
import { conflict, invalid, notFound } from '../errors';
import type { Awaitable } from '../awaitable';
import type { HireService } from '../hires/service';
import type { AssessmentRepository } from './repository';

type RatingInput = z.output<typeof assessmentCreateInput>['ratings'][number];

export function createAssessmentService(deps: {
  assessments: AssessmentRepository;
  hires: Pick<HireService, 'find'>;
  framework: () => Awaitable<Framework>;
  now: () => Date;
}) {
  const { assessments, hires, framework, now } = deps;

  /**
   * Ratings name competencies the role expects (level above 0), since the gap view and the planner
   * read only those; `alsoRated` lets a correction keep a competency the original rated.
   */
  async function checkRatings(
    ratings: RatingInput[],
    roleIds: string[],
    alsoRated: Rating[] = [],
  ): Promise<Rating[]> {
    const fw = await framework();
    const known = new Set(fw.competencies.map((c) => c.id));
    const roles = fw.roles.filter((r) => roleIds.includes(r.id));
    const inRole = new Set([
      ...roles
        .flatMap((role) => fw.competencies.filter((c) => expectationFor(role, c.id).level > 0))
        .map((c) => c.id),
      ...alsoRated.map((r) => r.competencyId),
    ]);
    const roleNames = roles.map((r) => r.name).join(' or ') || roleIds.join(' or ');
    const issues: FieldIssue[] = [];
    ratings.forEach((r, i) => {
      const field = `ratings.${i}.competencyId`;
      if (!known.has(r.competencyId))
        issues.push({ field, message: `Unknown competency "${r.competencyId}"` });
      else if (!inRole.has(r.competencyId))
        issues.push({
          field,
          message: `${roleNames} does not expect "${r.competencyId}"; rate only its competencies`,
        });
    });
    if (issues.length > 0) throw invalid(issues);
    return ratings.map((r) => ({
      competencyId: r.competencyId,
      level: r.level as Level,
      evidence: r.evidence?.trim() ?? '',
    }));
  }

  async function requireAssessment(id: string): Promise<Assessment> {
    const found = await assessments.get(id);
    if (!found) throw notFound('assessment', id);
    return found;
  }

  return {
    async create(input: z.output<typeof assessmentCreateInput>): Promise<Assessment> {
      const hire = await hires.find(input.hireId);
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
        ratings: await checkRatings(input.ratings, [hire.targetRoleId]),
        correctsId: null,
        correctionReason: null,
        correctedById: null,
        createdAt: now().toISOString(),
      };
      await assessments.insert(assessment);
      return assessment;
    },

    async correct(input: z.output<typeof assessmentCorrectInput>): Promise<Assessment> {
      const original = await requireAssessment(input.id);
      if (original.correctedById) {
        throw conflict('This assessment was corrected already; correct the latest version instead');
      }
      // The form offers the hire's target role as it is now, which may have changed since.
      const hire = await hires.find(original.hireId);
      const roleIds = [original.roleId, ...(hire ? [hire.targetRoleId] : [])];
      const correction: Assessment = {
        ...original,
        id: randomUUID(),
        note: input.note?.trim() ?? original.note,
        ratings: await checkRatings(input.ratings, roleIds, original.ratings),
        correctsId: original.id,
        correctionReason: input.reason,
        correctedById: null,
        createdAt: now().toISOString(),
      };
      await assessments.insert(correction);
      await assessments.markCorrected(original.id, correction.id);
      return correction;
    },

    async list(hireId: string): Promise<Assessment[]> {
      if (!(await hires.find(hireId))) throw notFound('hire', hireId);
      return assessments.listForHire(hireId);
    },

    /** Every assessment of a hire known to exist (progress reads them for each active hire). */
    history(hireId: string): Awaitable<Assessment[]> {
      return assessments.listForHire(hireId);
    },

    /** The newest assessment that has not been corrected, preferring the manager's over the hire's own. */
    async latestFor(hireId: string): Promise<Assessment | undefined> {
      return latestEffectiveAssessment(await assessments.listForHire(hireId));
    },
  };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
