// Use cases for coaching plans: generate and save a version from the latest assessment, read
// versions, and work the current one (complete, reopen, reschedule, add and remove activities).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { levelsOf } from '@shared/assessments/latest';
import { generatePlan, PlannerInputError, type Plan } from '@shared/planner';
import { planDaysOffRange } from '@shared/calendar/plan-around-days-off';
import type {
  ActivityStatus,
  MoveWork,
  activityAddInput,
  activityCompleteInput,
  activityRescheduleInput,
  planCreateInput,
  PlanVersion,
  SavedActivity,
  SavedPhase,
  SavedPlan,
} from '@shared/plans/schema';
import type { Framework } from '@shared/framework/types';
import { conflict, invalid, notFound } from '../errors';
import type { HireService } from '../hires/service';
import type { AssessmentService } from '../assessments/service';
import type { PlanRepository } from './repository';

export function createPlanService(deps: {
  plans: PlanRepository;
  hires: Pick<HireService, 'find'>;
  assessments: AssessmentService;
  framework: () => Framework;
  now: () => Date;
  /** Public holidays and the hire's leave from `from` to `to` (YYYY-MM-DD); nothing falls due on them. */
  nonWorkingDays?: (hireId: string, from: string, to: string) => string[];
  /** Called inside the same transaction once a version is saved (puts its one-on-ones on the schedule). */
  onSaved?: (plan: SavedPlan) => void;
}) {
  const { plans, hires, assessments, framework, now } = deps;
  const today = () => toCalendarDate(now());

  /** The activity, when it belongs to the current version of its plan; earlier versions stay as they were. */
  function requireCurrentActivity(id: string) {
    const placed = plans.activity(id);
    if (!placed) throw notFound('activity', id);
    if (placed.planStatus !== 'current')
      throw conflict(
        'This is an earlier version of the plan; it is kept as it was. Work the current version.',
      );
    return placed;
  }

  /** Writes a status, done date or due date change to a current-version activity and returns it. */
  function changeActivity(
    activity: SavedActivity,
    change: { status: ActivityStatus; doneOn: string | null } | { dueDate: string },
  ): SavedActivity {
    const next: SavedActivity =
      'dueDate' in change
        ? { ...activity, dueDate: change.dueDate }
        : { ...activity, status: change.status, doneOn: change.doneOn };
    plans.updateActivity({
      id: next.id,
      status: next.status,
      doneOn: next.doneOn,
      dueDate: next.dueDate,
      updatedAt: now().toISOString(),
    });
    return next;
  }

  function toSaved(plan: Plan, previous: SavedPlan | undefined) {
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
  function moveWorkOf(plan: Plan, previous: SavedPlan | undefined): MoveWork[] {
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

  return {
    create(input: z.output<typeof planCreateInput>): SavedPlan {
      const hire = hires.find(input.hireId);
      if (!hire) throw notFound('hire', input.hireId);
      if (hire.status === 'archived')
        throw conflict(`${hire.name} is archived; restore the hire before planning`);
      const latest = assessments.latestFor(hire.id);
      const currentLevels = levelsOf(latest);
      const daysOff = planDaysOffRange(input.startDate);
      let plan: Plan;
      try {
        plan = generatePlan({
          framework: framework(),
          fromRoleId: hire.currentRoleId,
          toRoleId: hire.targetRoleId,
          currentLevels,
          startDate: input.startDate,
          nonWorkingDays: deps.nonWorkingDays?.(hire.id, daysOff.from, daysOff.to),
          options: {
            hoursPerWeek: input.hoursPerWeek,
            cadence: input.cadence,
            maxConcurrent: input.maxConcurrent,
            targetEndDate: input.targetEndDate ?? null,
          },
        });
      } catch (error) {
        if (error instanceof PlannerInputError)
          throw invalid([{ field: error.field, message: error.reason }]);
        throw error;
      }
      const previous = plans.current(hire.id);
      const createdAt = now().toISOString();
      const { phases, earlierWork } = toSaved(plan, previous);
      const id = randomUUID();
      plans.insert({
        id,
        hireId: hire.id,
        version: plans.nextVersion(hire.id),
        assessmentId: latest?.id ?? null,
        fromRoleId: plan.fromRoleId,
        toRoleId: plan.toRoleId,
        createdAt,
        summary: {
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
        },
        phases,
        earlierWork,
        moveWork: moveWorkOf(plan, previous),
        checkIns: plan.checkIns.map((c) => ({ ...c, id: randomUUID() })),
        reassessments: plan.reassessments,
      });
      const saved = plans.get(id) as SavedPlan;
      deps.onSaved?.(saved);
      return saved;
    },

    get(id: string): SavedPlan {
      const plan = plans.get(id);
      if (!plan) throw notFound('plan', id);
      return plan;
    },

    current(hireId: string): SavedPlan | null {
      if (!hires.find(hireId)) throw notFound('hire', hireId);
      return plans.current(hireId) ?? null;
    },

    versions(hireId: string): PlanVersion[] {
      if (!hires.find(hireId)) throw notFound('hire', hireId);
      return plans.versions(hireId);
    },

    complete(input: z.output<typeof activityCompleteInput>): SavedActivity {
      const { activity } = requireCurrentActivity(input.activityId);
      if (activity.status === 'removed')
        throw conflict('This activity was removed from the plan; restore it first');
      if (input.doneOn > today())
        throw invalid([{ field: 'doneOn', message: 'The date it was done cannot be in the future' }]);
      return changeActivity(activity, { status: 'done', doneOn: input.doneOn });
    },

    reopen(activityId: string): SavedActivity {
      const { activity } = requireCurrentActivity(activityId);
      if (activity.status !== 'done') throw conflict('Only a done activity can be reopened');
      return changeActivity(activity, { status: 'planned', doneOn: null });
    },

    reschedule(input: z.output<typeof activityRescheduleInput>): SavedActivity {
      const { activity, planStart } = requireCurrentActivity(input.activityId);
      if (activity.status === 'removed')
        throw conflict('This activity was removed from the plan; restore it first');
      if (input.dueDate < planStart) {
        throw invalid([
          { field: 'dueDate', message: `The due date cannot be before the plan starts (${planStart})` },
        ]);
      }
      return changeActivity(activity, { dueDate: input.dueDate });
    },

    add(input: z.output<typeof activityAddInput>): SavedActivity {
      const goal = plans.goal(input.goalId);
      if (!goal) throw notFound('goal', input.goalId);
      if (goal.planStatus !== 'current')
        throw conflict('This is an earlier version of the plan; add activities to the current version');
      if (input.dueDate < goal.planStart) {
        throw invalid([
          { field: 'dueDate', message: `The due date cannot be before the plan starts (${goal.planStart})` },
        ]);
      }
      const activity: SavedActivity = {
        id: randomUUID(),
        libraryActivityId: null,
        competencyId: goal.competencyId,
        title: input.title,
        description: input.description?.trim() ?? '',
        withWhom: '',
        evidence: '',
        kind: input.kind,
        effortHours: input.effortHours,
        startDate: goal.startDate < input.dueDate ? goal.startDate : input.dueDate,
        dueDate: input.dueDate,
        status: 'planned',
        doneOn: null,
        origin: 'manager',
      };
      plans.addActivity(goal.planId, goal.id, activity, now().toISOString());
      return activity;
    },

    remove(activityId: string): SavedActivity {
      const { activity } = requireCurrentActivity(activityId);
      if (activity.status === 'done') throw conflict('This activity is done; reopen it before removing it');
      return changeActivity(activity, { status: 'removed', doneOn: null });
    },

    restore(activityId: string): SavedActivity {
      const { activity } = requireCurrentActivity(activityId);
      if (activity.status !== 'removed') throw conflict('Only a removed activity can be restored');
      return changeActivity(activity, { status: 'planned', doneOn: null });
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
