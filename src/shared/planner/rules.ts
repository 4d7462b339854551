// Rules the planner and the one-on-one screens share, written once: how often to meet, and which
// of a plan's activities are live.

/** What the cadence rule needs of a plan; a generated plan and a saved one both have it. */
export interface CadencePlan {
  options: { cadence: 'auto' | 'weekly' | 'biweekly' };
  phases: readonly { startDate: string; goals: readonly unknown[] }[];
}

/**
 * Days from a one-on-one on `date` to the next. Weekly while the person is building (new and
 * transitioning people need close guidance); every two weeks once the plan reaches its last phase,
 * or throughout when there is nothing to build. The manager can choose either throughout.
 */
export function checkInIntervalDays(plan: CadencePlan | undefined, date: string): number {
  if (!plan) return 7;
  if (plan.options.cadence === 'weekly') return 7;
  if (plan.options.cadence === 'biweekly') return 14;
  if (plan.phases.every((p) => p.goals.length === 0)) return 14;
  const last = plan.phases.at(-1);
  return plan.phases.length > 1 && last && date >= last.startDate ? 14 : 7;
}

/** What "live" needs of an activity: a saved one has a status, a generated one none. */
export interface LiveCandidate {
  status?: string;
  startDate: string;
  dueDate: string;
}

/**
 * The plan's live activities: every one not removed from it, and, given a period, only those
 * running in it (started by its end and not due before its start).
 */
export function liveActivities<A extends LiveCandidate>(
  phases: readonly { goals: readonly { activities: readonly A[] }[] }[],
  period?: { from: string; until: string },
): A[] {
  const result: A[] = [];
  for (const phase of phases) {
    for (const goal of phase.goals) {
      for (const a of goal.activities) {
        if (a.status === 'removed') continue;
        if (period && (a.startDate > period.until || a.dueDate < period.from)) continue;
        result.push(a);
      }
    }
  }
  return result;
}
