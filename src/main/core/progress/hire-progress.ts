// One hire's progress report: readiness over their assessments, gap closed, forecast, transition
// status, plan completion by week and confidence pulses, from what the progress service read.
import { expectationFor, findRole } from '@shared/framework/lookup';
import type { Framework } from '@shared/framework/types';
import type { CheckIn } from '@shared/checkins/schema';
import type { SavedActivity, SavedPlan } from '@shared/plans/schema';
import {
  completionByWeek,
  forecast,
  gapClosed,
  transitionStatus,
  weightedGap,
} from '@shared/progress/progress';
import type { AssessmentPoint, HireProgress } from '@shared/progress/report';

// The move's own work (expectations, peer, hand-overs) counts like a goal's activities.
export const liveActivitiesOf = (plan: SavedPlan | undefined): SavedActivity[] =>
  plan
    ? [...plan.moveWork, ...plan.phases.flatMap((p) => p.goals.flatMap((g) => g.activities))].filter(
        (a) => a.status !== 'removed',
      )
    : [];

/** Progress is judged on the manager's assessments when there are any, otherwise on all. */
export const basisOf = <T extends { assessor: string }>(all: T[]): T[] => {
  const manager = all.filter((p) => p.assessor === 'manager');
  return manager.length > 0 ? manager : all;
};

/** What the report is worked out from, as the progress service read it for the hire. */
export interface HireReads {
  hireId: string;
  targetRoleId: string;
  fw: Framework;
  /** The assessments that stand, oldest first, with their readiness. */
  points: AssessmentPoint[];
  plan: SavedPlan | undefined;
  scheduled: CheckIn[];
  pulses: { heldOn: string; competencyId: string; confidence: number }[];
  today: () => string;
}

/** Where the hire stands: readiness now and before, the gap to the target role, and the status. */
function standing(reads: HireReads) {
  const { fw, plan } = reads;
  const target = findRole(fw, reads.targetRoleId);
  const basis = basisOf(reads.points);
  const latest = basis.at(-1);
  const previous = basis.at(-2);
  const activities = liveActivitiesOf(plan);
  const day = reads.today();
  const missed = reads.scheduled.filter((c) => c.scheduledOn < day).length;
  const status = transitionStatus({
    today: day,
    planStart: plan?.horizon.startDate ?? null,
    activities,
    missedCheckIns: missed,
    latestReadiness: latest?.readiness ?? null,
    previousReadiness: previous?.readiness ?? null,
  });
  const gap = (p: AssessmentPoint | undefined) =>
    p && target ? weightedGap(p.levels, target, fw.competencies) : null;
  return { target, basis, latest, activities, status, firstGap: gap(basis[0]), latestGap: gap(latest) };
}

export function hireProgress(reads: HireReads): HireProgress {
  const { fw, plan, today } = reads;
  const s = standing(reads);
  const pulses = reads.pulses
    .map((p) => ({ date: p.heldOn, competencyId: p.competencyId, confidence: p.confidence }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    hireId: reads.hireId,
    today: today(),
    competencies: s.target
      ? fw.competencies
          .map((c) => ({
            id: c.id,
            name: c.name,
            target: expectationFor(s.target as NonNullable<typeof s.target>, c.id).level,
          }))
          .filter((c) => c.target > 0)
      : [],
    assessments: reads.points,
    readiness: s.latest?.readiness ?? null,
    firstGap: s.firstGap,
    latestGap: s.latestGap,
    gapClosed:
      s.firstGap === null || s.latestGap === null || s.basis.length < 2
        ? null
        : gapClosed(s.firstGap, s.latestGap),
    forecast: forecast(s.basis.map((p) => ({ date: p.assessedOn, readiness: p.readiness }))),
    status: s.status,
    plan: plan
      ? {
          startDate: plan.horizon.startDate,
          endDate: plan.horizon.endDate,
          done: s.activities.filter((a) => a.status === 'done').length,
          total: s.activities.length,
          version: plan.version,
        }
      : null,
    completion: plan
      ? completionByWeek(plan.horizon.startDate, plan.horizon.endDate, s.activities, today())
      : [],
    pulses,
  };
}
