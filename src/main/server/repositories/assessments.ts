// Assessments and their ratings on the team server: the SQLite repository's methods, each scoped to
// the signed-in account through the assessment's hire (a manager's own hires; a lead reads the ones
// shared with them). Ratings and their evidence are hire content: nobody else reads them.
import type { Assessment, Rating } from '@shared/assessments/schema';
import type { AssessmentRepository } from '../../core/assessments/repository';
import type { AsyncRepository } from './async-repository';
import { underChangeableHire, underReadableHire, valuesList, writeOrRefuse } from './hire-content';
import { changeableHire, type RepositoryScope } from './scope';

export const ASSESSMENT = `a.id, a.hire_id AS "hireId", a.role_id AS "roleId", a.assessed_on AS "assessedOn", a.assessor,
  a.note, a.corrects_id AS "correctsId", a.correction_reason AS "correctionReason",
  a.corrected_by_id AS "correctedById", a.created_at AS "createdAt"`;

/**
 * ASSESSMENT with the assessment's ratings as a JSON array (`ratings`), so a list of assessments is
 * one statement however long it is.
 */
export const ASSESSMENT_WITH_RATINGS = `${ASSESSMENT},
  (SELECT coalesce(json_agg(json_build_object('competencyId', r.competency_id, 'level', r.level, 'evidence', r.evidence)), '[]')
     FROM assessment_ratings r WHERE r.assessment_id = a.id) AS ratings`;

/** Ratings in competency id order, compared as SQLite compares text (by code unit). */
const byCompetency = (a: Rating, b: Rating) =>
  a.competencyId < b.competencyId ? -1 : a.competencyId > b.competencyId ? 1 : 0;

/** An assessment read with ASSESSMENT_WITH_RATINGS, as the SQLite repository returns it. */
export const toAssessment = (row: Assessment): Assessment => ({
  id: row.id,
  hireId: row.hireId,
  roleId: row.roleId,
  assessedOn: row.assessedOn,
  assessor: row.assessor,
  note: row.note,
  ratings: [...row.ratings].sort(byCompetency),
  correctsId: row.correctsId,
  correctionReason: row.correctionReason,
  correctedById: row.correctedById,
  createdAt: row.createdAt,
});

export function createPostgresAssessmentRepository(scope: RepositoryScope) {
  const { sql, actor } = scope;

  /** Assessments matching `where` (on `a`, the actor's id at $1) with their ratings: one statement. */
  async function select(where: string, param: string): Promise<Assessment[]> {
    const rows = await sql.query<Assessment>(
      `SELECT ${ASSESSMENT_WITH_RATINGS} FROM assessments a WHERE ${where} AND ${underReadableHire(scope, 'a', 1)}
       ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC`,
      [actor.id, param],
    );
    return rows.map(toAssessment);
  }

  // The dashboard summary of a hire whose assessments change is worked out again when next read, as
  // SQLite's triggers (migration 0007) arrange; PostgreSQL has none (docs/team.md), so the write does it.
  async function forgetSummary(hireId: string): Promise<void> {
    await sql.query('DELETE FROM hire_summaries WHERE hire_id = $1', [hireId]);
  }

  return {
    async get(id: string): Promise<Assessment | undefined> {
      const [found] = await select('a.id = $2', id);
      return found;
    },

    listForHire: (hireId: string): Promise<Assessment[]> => select('a.hire_id = $2', hireId),

    /** Only under the manager's own hire; a correction only of an assessment of the same hire. */
    async insert(assessment: Assessment): Promise<void> {
      await writeOrRefuse(
        scope,
        `INSERT INTO assessments (id, hire_id, role_id, assessed_on, assessor, note, corrects_id, correction_reason,
           corrected_by_id, created_at)
         SELECT $1::text, h.id, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, NULL, $9::text
         FROM hires h
         WHERE h.id = $2 AND ${changeableHire(actor, 'h', 10)}
           AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM assessments c WHERE c.id = $7 AND c.hire_id = h.id))
         RETURNING id`,
        [
          assessment.id,
          assessment.hireId,
          assessment.roleId,
          assessment.assessedOn,
          assessment.assessor,
          assessment.note,
          assessment.correctsId,
          assessment.correctionReason,
          assessment.createdAt,
          actor.id,
        ],
        { label: 'hire', hireId: assessment.hireId },
      );
      await forgetSummary(assessment.hireId);
      if (assessment.ratings.length === 0) return;
      await sql.query(
        `INSERT INTO assessment_ratings (assessment_id, competency_id, level, evidence)
         VALUES ${valuesList(assessment.ratings.length, 4)}`,
        assessment.ratings.flatMap((r) => [assessment.id, r.competencyId, r.level, r.evidence]),
      );
    },

    /** Marks `id` replaced by `correctedById`, a correction of the same hire. */
    async markCorrected(id: string, correctedById: string): Promise<void> {
      const [{ hireId }] = await writeOrRefuse<{ hireId: string }>(
        scope,
        `UPDATE assessments a SET corrected_by_id = $2
         WHERE a.id = $1 AND ${underChangeableHire(scope, 'a', 3)}
           AND EXISTS (SELECT 1 FROM assessments c WHERE c.id = $2 AND c.hire_id = a.hire_id)
         RETURNING a.hire_id AS "hireId"`,
        [id, correctedById, actor.id],
        { label: 'assessment', row: { table: 'assessments', id } },
      );
      await forgetSummary(hireId);
    },
  } satisfies AsyncRepository<AssessmentRepository>;
}

export type PostgresAssessmentRepository = ReturnType<typeof createPostgresAssessmentRepository>;
