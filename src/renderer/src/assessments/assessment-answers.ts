// The answers of an assessment while it is being recorded: each competency's level and where it came
// from (assumed from the current role, rated, or not yet), and the levels it starts from.
import type { Assessment } from '@shared/assessments/schema';
import { expectationFor } from '@shared/framework/lookup';
import { type Competency, type Level, type Role } from '@shared/framework/types';

/** Where a competency's level came from: the current role's usual level, the assessor, or nowhere yet. */
export type Source = 'assumed' | 'rated' | 'unrated';

export interface Answers {
  levels: Record<string, Level | undefined>;
  sources: Record<string, Source>;
  notObserved: Record<string, boolean>;
}

export function startingAnswers(
  competencies: Competency[],
  currentRole: Role | undefined,
  correcting?: Assessment,
): Answers {
  const answers: Answers = { levels: {}, sources: {}, notObserved: {} };
  for (const c of competencies) {
    const rating = correcting?.ratings.find((r) => r.competencyId === c.id);
    if (correcting) {
      answers.levels[c.id] = rating?.level;
      answers.sources[c.id] = rating ? 'rated' : 'unrated';
      answers.notObserved[c.id] = !rating;
    } else if (currentRole) {
      answers.levels[c.id] = expectationFor(currentRole, c.id).level;
      answers.sources[c.id] = 'assumed';
    } else {
      answers.sources[c.id] = 'unrated';
    }
  }
  return answers;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
