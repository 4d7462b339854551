// SQL for assessments and their ratings.
import type { Db } from '../db/connection';
import type { Awaitable, Synchronous } from '../awaitable';
import type { Assessment, Assessor, Rating } from '@shared/assessments/schema';
import type { Level } from '@shared/framework/types';

interface AssessmentRow {
  id: string;
  hire_id: string;
  role_id: string;
  assessed_on: string;
  assessor: Assessor;
  note: string;
  corrects_id: string | null;
  correction_reason: string | null;
  corrected_by_id: string | null;
  created_at: string;
}

interface RatingRow {
  assessment_id: string;
  competency_id: string;
  level: number;
  evidence: string;
}

/** Assessments, as every storage keeps them. */
export interface AssessmentRepository {
  get(id: string): Awaitable<Assessment | undefined>;
  listForHire(hireId: string): Awaitable<Assessment[]>;
  insert(assessment: Assessment): Awaitable<void>;
  markCorrected(id: string, correctedById: string): Awaitable<void>;
}

export function createAssessmentRepository(db: Db): Synchronous<AssessmentRepository> {
  const s = {
    get: db.prepare<[string], AssessmentRow>('SELECT * FROM assessments WHERE id = ?'),
    forHire: db.prepare<[string], AssessmentRow>(
      'SELECT * FROM assessments WHERE hire_id = ? ORDER BY assessed_on DESC, created_at DESC, id DESC',
    ),
    ratingsFor: db.prepare<[string], RatingRow>(
      'SELECT * FROM assessment_ratings WHERE assessment_id = ? ORDER BY competency_id',
    ),
    ratingsForHire: db.prepare<[string], RatingRow>(
      `SELECT r.* FROM assessment_ratings r JOIN assessments a ON a.id = r.assessment_id WHERE a.hire_id = ?`,
    ),
    insert: db.prepare(
      `INSERT INTO assessments (id, hire_id, role_id, assessed_on, assessor, note, corrects_id, correction_reason, corrected_by_id, created_at)
       VALUES (@id, @hireId, @roleId, @assessedOn, @assessor, @note, @correctsId, @correctionReason, NULL, @createdAt)`,
    ),
    insertRating: db.prepare(
      'INSERT INTO assessment_ratings (assessment_id, competency_id, level, evidence) VALUES (?, ?, ?, ?)',
    ),
    markCorrected: db.prepare('UPDATE assessments SET corrected_by_id = ? WHERE id = ?'),
  };

  const toRating = (row: RatingRow): Rating => ({
    competencyId: row.competency_id,
    level: row.level as Level,
    evidence: row.evidence,
  });

  const toAssessment = (row: AssessmentRow, ratings: Rating[]): Assessment => ({
    id: row.id,
    hireId: row.hire_id,
    roleId: row.role_id,
    assessedOn: row.assessed_on,
    assessor: row.assessor,
    note: row.note,
    ratings,
    correctsId: row.corrects_id,
    correctionReason: row.correction_reason,
    correctedById: row.corrected_by_id,
    createdAt: row.created_at,
  });

  return {
    get(id: string): Assessment | undefined {
      const row = s.get.get(id);
      return row ? toAssessment(row, s.ratingsFor.all(id).map(toRating)) : undefined;
    },

    listForHire(hireId: string): Assessment[] {
      const ratings = new Map<string, Rating[]>();
      for (const row of s.ratingsForHire.all(hireId)) {
        const list = ratings.get(row.assessment_id) ?? [];
        list.push(toRating(row));
        ratings.set(row.assessment_id, list);
      }
      return s.forHire.all(hireId).map((row) => toAssessment(row, ratings.get(row.id) ?? []));
    },

    insert(assessment: Assessment): void {
      s.insert.run(assessment);
      for (const r of assessment.ratings)
        s.insertRating.run(assessment.id, r.competencyId, r.level, r.evidence);
    },

    markCorrected(id: string, correctedById: string): void {
      s.markCorrected.run(correctedById, id);
    },
  };
}
