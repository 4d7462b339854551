// What the dashboard keeps about a hire between changes to their history, worked out from the
// hire's current plan, assessments, one-on-ones and action items: pure, so any storage's summary
// store can work it out from what it reads.
import type { Assessment } from '@shared/assessments/schema';
import type { ActionItem, CheckIn } from '@shared/checkins/schema';
import type { SavedPlan } from '@shared/plans/schema';
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

export function hireFacts({ plan, assessments, scheduled, openActions }: FactSources): HireFacts {
  const activities = liveActivitiesOf(plan);
  const done = activities.filter((a) => a.status === 'done');
  const basis = basisOf(standingAssessments(assessments));
  return {
    planStart: plan?.horizon.startDate ?? null,
    planned: activities
      .filter((a) => a.status === 'planned')
      .map((a) => ({ dueDate: a.dueDate, kind: a.kind })),
    doneDue: done.map((a) => a.dueDate),
    lastDone:
      done
        .map((a) => a.doneOn ?? '')
        .sort()
        .at(-1) ?? null,
    scheduled: scheduled.map((c) => c.scheduledOn),
    actionDue: openActions.flatMap((a) => (a.dueOn === null ? [] : [a.dueOn])),
    latest: basis.at(-1)?.levels ?? null,
    previous: basis.at(-2)?.levels ?? null,
  };
}
