// The shape of a built-in activity as the catalog writes it: a tuple, so the library reads as a table.
import type { ActivityStage } from '../../framework/types';

export type A = [
  kind: 'e' | 'p' | 'c',
  hours: number,
  /** Calendar weeks from start to finish: "for a quarter" is 13 whatever the hours. */
  spanWeeks: number,
  stage: ActivityStage,
  title: string,
  description: string,
  withWhom: string,
  evidence: string,
];
/**
 * Three activities a step, and a fourth where the step needs one: a hands-on first try at step 0,
 * a course where one helps at a higher step.
 */
export type Step = [A, A, A] | [A, A, A, A];

/** A competency's four level steps, 0 to 1 through 3 to 4. */
export type Steps = [Step, Step, Step, Step];
