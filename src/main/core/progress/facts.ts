// What the dashboard keeps about a hire between changes to their history, worked out from the
// hire's current plan, assessments, one-on-ones and action items: pure, so any storage's summary
// store can work it out from what it reads (the team server's from narrow rows, plan and assessment
// facts apart: src/main/server/repositories/summaries.ts).
import type { Assessment } from '@shared/assessments/schema';
import type { ActionItem, CheckIn } from '@shared/checkins/schema';
import type { SavedActivity, SavedPlan } from '@shared/plans/schema';
import type { Levels } from '@shared/progress/progress';
import type { HireFacts } from './summaries';
import { basisOf, liveActivitiesOf } from './hire-progress';

/** The assessments that stand (not corrected), oldest first, with their levels. */
export function standingAssessments(history: Assessment[]) {
  return history
    .filter((a) => a.correctedById === null)
    .map((a) => ({
      id: a.id,
      assessedOn: a.assessedOn,
      assessor: a.assessor,
      levels: Object.fromEntries(a.ratings.map((r) => [r.competencyId, r.level])) as Levels,
    }))
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
}

export interface FactSources {
  plan: SavedPlan | undefined;
  assessments: Assessment[];
  scheduled: CheckIn[];
  openActions: ActionItem[];
}

/** The facts of a plan: its start and its live activities (liveActivitiesOf's, in any order). */
export function planFacts(
  planStart: string | null,
  activities: Pick<SavedActivity, 'status' | 'dueDate' | 'kind' | 'doneOn'>[],
): Pick<HireFacts, 'planStart' | 'planned' | 'doneDue' | 'lastDone'> {
  const done = activities.filter((a) => a.status === 'done');
  return {
    planStart,
    planned: activities
      .filter((a) => a.status === 'planned')
      .map((a) => ({ dueDate: a.dueDate, kind: a.kind })),
    doneDue: done.map((a) => a.dueDate),
    lastDone:
      done
        .map((a) => a.doneOn ?? '')
        .sort()
        .at(-1) ?? null,
  };
}

/** The levels of the latest and the one before of the assessments progress is judged on. */
export function assessmentFacts(assessments: Assessment[]): Pick<HireFacts, 'latest' | 'previous'> {
  const basis = basisOf(standingAssessments(assessments));
  return { latest: basis.at(-1)?.levels ?? null, previous: basis.at(-2)?.levels ?? null };
}

export function hireFacts({ plan, assessments, scheduled, openActions }: FactSources): HireFacts {
  return {
    ...planFacts(plan?.horizon.startDate ?? null, liveActivitiesOf(plan)),
    scheduled: scheduled.map((c) => c.scheduledOn),
    actionDue: openActions.flatMap((a) => (a.dueOn === null ? [] : [a.dueOn])),
    ...assessmentFacts(assessments),
  };
}
