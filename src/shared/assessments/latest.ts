// Which assessment a plan is built from: the newest one not replaced by a correction, preferring
// the manager's over the hire's own. The core and the renderer's preview must agree, so both use this.
import type { Level } from '../framework/types';
import type { Assessment } from './schema';

/** Expects assessments newest first, as `assessments.list` returns them. */
export function latestEffectiveAssessment(newestFirst: Assessment[]): Assessment | undefined {
  const effective = newestFirst.filter((a) => a.correctedById === null);
  return effective.find((a) => a.assessor === 'manager') ?? effective[0];
}

export function levelsOf(assessment: Assessment | undefined): Record<string, Level> | null {
  return assessment ? Object.fromEntries(assessment.ratings.map((r) => [r.competencyId, r.level])) : null;
}
