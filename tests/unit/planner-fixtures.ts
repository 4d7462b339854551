// Realistic assessments for the three common moves into product management, as a manager would
// rate a typical person: the reference plans the tests, the benchmark and the coach's review read.
import type { Level } from '../../src/shared/framework/types';
import { SAMPLE_TEAM } from '../../src/main/core/sample/service';

export const REFERENCE_START = '2027-01-04';

type Move = 'project-manager' | 'product-owner' | 'software-engineer';

/** The sample team's first assessment of the person making this move: kept in one place. */
function levelsOf(from: Move): Record<string, Level> {
  const person = SAMPLE_TEAM.find((p) => p.currentRoleId === from);
  if (!person) throw new Error(`The sample team has nobody moving from ${from}`);
  return person.levels;
}

export const realisticLevels: Record<Move, Record<string, Level>> = {
  'project-manager': levelsOf('project-manager'),
  'product-owner': levelsOf('product-owner'),
  'software-engineer': levelsOf('software-engineer'),
};
