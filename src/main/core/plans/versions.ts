// How a generated plan becomes a saved version: ids for every part, and work already done in the
// last version carried forward (into its slot, under its competency's goal, or as earlier work).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { generatePlan, PlannerInputError, type Plan } from '@shared/planner';
import type { Framework, Level } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import type {
  MoveWork,
  planCreateInput,
  PlanSummaryPart,
  SavedActivity,
  SavedPhase,
  SavedPlan,
} from '@shared/plans/schema';
import { invalid } from '../errors';

/** The planner's plan for a hire; a planner refusal becomes VALIDATION naming its field. */
export function generateFor(
  hire: Hire,
  input: z.output<typeof planCreateInput>,
  from: {
    framework: Framework;
    currentLevels: Record<string, Level> | null;
    nonWorkingDays?: string[];
  },
): Plan {
  try {
    return generatePlan({
      framework: from.framework,
      fromRoleId: hire.currentRoleId,
      toRoleId: hire.targetRoleId,
      currentLevels: from.currentLevels,
      startDate: input.startDate,
      nonWorkingDays: from.nonWorkingDays,
      options: {
        hoursPerWeek: input.hoursPerWeek,
        cadence: input.cadence,
        maxConcurrent: input.maxConcurrent,
        targetEndDate: input.targetEndDate ?? null,
      },
    });
  } catch (error) {
    if (error instanceof PlannerInputError) throw invalid([{ field: error.field, message: error.reason }]);
    throw error;
  }
}

/** What a saved version keeps of the generated plan besides its phases, work and one-on-ones. */
export function summaryOf(plan: Plan): PlanSummaryPart {
  return {
    fromRoleName: plan.fromRoleName,
    toRoleName: plan.toRoleName,
    assumedCurrentLevels: plan.assumedCurrentLevels,
    options: plan.options,
    horizon: plan.horizon,
    gaps: plan.gaps,
    carryOver: plan.carryOver,
    letGo: plan.letGo,
    expectations: plan.expectations,
    largestGaps: plan.largestGaps,
    assumedCompetencyIds: plan.assumedCompetencyIds,
    transitionWork: plan.transitionWork,
    followOn: plan.followOn,
    milestones: plan.milestones,
    warnings: plan.warnings,
    totals: plan.totals,
    load: plan.load,
  };
}

export function toSaved(plan: Plan, previous: SavedPlan | undefined) {
  // Work already done carries into the new version with its date, matched by library activity first.
  const done = previous
    ? [
        ...previous.phases.flatMap((p) => p.goals.flatMap((g) => g.activities)),
        ...previous.earlierWork,
      ].filter((a) => a.status === 'done')
    : [];
  const doneByLibrary = new Map(
    done.filter((a) => a.libraryActivityId).map((a) => [a.libraryActivityId as string, a]),
  );
  const used = new Set<string>();
  const goalIdsByCompetency = new Map<string, string>();
  const phases: SavedPhase[] = plan.phases.map((phase) => ({
    id: randomUUID(),
    index: phase.index,
    key: phase.key,
    name: phase.name,
    focus: phase.focus,
    startDate: phase.startDate,
    endDate: phase.endDate,
    goals: phase.goals.map((goal) => {
      const goalId = randomUUID();
      if (!goalIdsByCompetency.has(goal.competencyId)) goalIdsByCompetency.set(goal.competencyId, goalId);
      return {
        id: goalId,
        competencyId: goal.competencyId,
        competencyName: goal.competencyName,
        fromLevel: goal.fromLevel,
        toLevel: goal.toLevel,
        weight: goal.weight,
        startDate: goal.startDate,
        dueDate: goal.dueDate,
        activities: goal.activities.map((a): SavedActivity => {
          const earlier = doneByLibrary.get(a.activityId);
          if (earlier) used.add(earlier.id);
          return {
            id: randomUUID(),
            libraryActivityId: a.activityId,
            competencyId: a.competencyId,
            title: a.title,
            description: a.description,
            withWhom: a.withWhom,
            evidence: a.evidence,
            kind: a.kind,
            effortHours: a.effortHours,
            startDate: a.startDate,
            dueDate: a.dueDate,
            status: earlier ? 'done' : 'planned',
            doneOn: earlier?.doneOn ?? null,
            origin: 'planner',
          };
        }),
      };
    }),
  }));
  // Done work the new version has no slot for: under the same competency's goal, or kept as earlier work.
  const earlierWork: SavedActivity[] = [];
  for (const a of done.filter((x) => !used.has(x.id))) {
    const carried: SavedActivity = { ...a, id: randomUUID(), origin: 'carried' };
    const goalId = goalIdsByCompetency.get(a.competencyId);
    const goal = goalId ? phases.flatMap((p) => p.goals).find((g) => g.id === goalId) : undefined;
    if (goal) goal.activities.push(carried);
    else earlierWork.push(carried);
  }
  return { phases, earlierWork: [...earlierWork, ...carryMoveWork(plan, previous)] };
}

/**
 * The move's own work as activities the manager ticks off. A piece done in the last version stays
 * done (matched by the planner's id for it); done work this version no longer plans is kept as
 * earlier work.
 */
export function moveWorkOf(plan: Plan, previous: SavedPlan | undefined): MoveWork[] {
  const done = new Map(
    (previous?.moveWork ?? []).filter((a) => a.status === 'done').map((a) => [a.libraryActivityId, a]),
  );
  return plan.transitionWork.map((w): MoveWork => {
    const earlier = done.get(w.id);
    return {
      id: randomUUID(),
      libraryActivityId: w.id,
      competencyId: w.competencyId ?? '',
      title: w.title,
      description: w.description,
      withWhom: w.withWhom,
      evidence: w.evidence,
      kind: w.kind,
      effortHours: w.effortHours,
      startDate: w.startDate,
      dueDate: w.dueDate,
      status: earlier ? 'done' : 'planned',
      doneOn: earlier?.doneOn ?? null,
      origin: 'planner',
      purpose: w.purpose,
      checkInTopic: w.checkInTopic,
    };
  });
}

function carryMoveWork(plan: Plan, previous: SavedPlan | undefined): SavedActivity[] {
  const planned = new Set(plan.transitionWork.map((w) => w.id));
  return (previous?.moveWork ?? [])
    .filter((a) => a.status === 'done' && !planned.has(a.libraryActivityId ?? ''))
    .map(({ purpose: _purpose, checkInTopic: _topic, ...a }) => ({
      ...a,
      id: randomUUID(),
      origin: 'carried',
    }));
}
