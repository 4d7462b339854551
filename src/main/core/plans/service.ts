// Use cases for coaching plans: generate and save a version from the latest assessment, read
// versions, and work the current one (complete, reopen, reschedule, add and remove activities).
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { levelsOf } from '@shared/assessments/latest';
import { planDaysOffRange } from '@shared/calendar/plan-around-days-off';
import type {
  ActivityStatus,
  activityAddInput,
  activityCompleteInput,
  activityRescheduleInput,
  planCreateInput,
  PlanVersion,
  SavedActivity,
  SavedPlan,
} from '@shared/plans/schema';
import type { Framework } from '@shared/framework/types';
import { conflict, invalid, notFound } from '../errors';
import type { Awaitable } from '../awaitable';
import type { HireService } from '../hires/service';
import type { AssessmentService } from '../assessments/service';
import type { PlanRepository } from './repository';
import { generateFor, moveWorkOf, summaryOf, toSaved } from './versions';

interface PlanServiceDeps {
  plans: PlanRepository;
  hires: Pick<HireService, 'find'>;
  assessments: AssessmentService;
  framework: () => Awaitable<Framework>;
  now: () => Date;
  /** Public holidays and the hire's leave from `from` to `to` (YYYY-MM-DD); nothing falls due on them. */
  nonWorkingDays?: (hireId: string, from: string, to: string) => Awaitable<string[]>;
  /** Called inside the same transaction once a version is saved (puts its one-on-ones on the schedule). */
  onSaved?: (plan: SavedPlan) => Awaitable<void>;
}

export function createPlanService(deps: PlanServiceDeps) {
  const { plans, hires, assessments, framework, now } = deps;

  return {
    async create(input: z.output<typeof planCreateInput>): Promise<SavedPlan> {
      const hire = await hires.find(input.hireId);
      if (!hire) throw notFound('hire', input.hireId);
      if (hire.status === 'archived')
        throw conflict(`${hire.name} is archived; restore the hire before planning`);
      const latest = await assessments.latestFor(hire.id);
      const currentLevels = levelsOf(latest);
      const daysOff = planDaysOffRange(input.startDate);
      const plan = generateFor(hire, input, {
        framework: await framework(),
        currentLevels,
        nonWorkingDays: await deps.nonWorkingDays?.(hire.id, daysOff.from, daysOff.to),
      });
      const previous = await plans.current(hire.id);
      const createdAt = now().toISOString();
      const { phases, earlierWork } = toSaved(plan, previous);
      const id = randomUUID();
      await plans.insert({
        id,
        hireId: hire.id,
        version: await plans.nextVersion(hire.id),
        assessmentId: latest?.id ?? null,
        fromRoleId: plan.fromRoleId,
        toRoleId: plan.toRoleId,
        createdAt,
        summary: summaryOf(plan),
        phases,
        earlierWork,
        moveWork: moveWorkOf(plan, previous),
        checkIns: plan.checkIns.map((c) => ({ ...c, id: randomUUID() })),
        reassessments: plan.reassessments,
      });
      const saved = (await plans.get(id)) as SavedPlan;
      await deps.onSaved?.(saved);
      return saved;
    },

    async get(id: string): Promise<SavedPlan> {
      const plan = await plans.get(id);
      if (!plan) throw notFound('plan', id);
      return plan;
    },

    /** The version with this id; undefined when there is none (for other areas, e.g. the PDF export). */
    async find(id: string): Promise<SavedPlan | undefined> {
      return plans.get(id);
    },

    /** The hire whose plan (any version) holds this activity; undefined when there is none. */
    async hireOfActivity(activityId: string): Promise<string | undefined> {
      return (await plans.activity(activityId))?.hireId;
    },

    /** The current version for a hire known to exist (progress reads it for each active hire). */
    async currentOf(hireId: string): Promise<SavedPlan | undefined> {
      return plans.current(hireId);
    },

    async current(hireId: string): Promise<SavedPlan | null> {
      if (!(await hires.find(hireId))) throw notFound('hire', hireId);
      return (await plans.current(hireId)) ?? null;
    },

    async versions(hireId: string): Promise<PlanVersion[]> {
      if (!(await hires.find(hireId))) throw notFound('hire', hireId);
      return plans.versions(hireId);
    },
    ...activityUseCases(deps),
  };
}

/** Working the current version: complete, reopen, reschedule, add, remove and restore activities. */
function activityUseCases(deps: PlanServiceDeps) {
  const { plans, now } = deps;
  const today = () => toCalendarDate(now());

  /** The activity, when it belongs to the current version of its plan; earlier versions stay as they were. */
  async function requireCurrentActivity(id: string) {
    const placed = await plans.activity(id);
    if (!placed) throw notFound('activity', id);
    if (placed.planStatus !== 'current')
      throw conflict(
        'This is an earlier version of the plan; it is kept as it was. Work the current version.',
      );
    return placed;
  }

  /** Writes a status, done date or due date change to a current-version activity and returns it. */
  async function changeActivity(
    activity: SavedActivity,
    change: { status: ActivityStatus; doneOn: string | null } | { dueDate: string },
  ): Promise<SavedActivity> {
    const next: SavedActivity =
      'dueDate' in change
        ? { ...activity, dueDate: change.dueDate }
        : { ...activity, status: change.status, doneOn: change.doneOn };
    await plans.updateActivity({
      id: next.id,
      status: next.status,
      doneOn: next.doneOn,
      dueDate: next.dueDate,
      updatedAt: now().toISOString(),
    });
    return next;
  }

  return {
    async complete(input: z.output<typeof activityCompleteInput>): Promise<SavedActivity> {
      const { activity } = await requireCurrentActivity(input.activityId);
      if (activity.status === 'removed')
        throw conflict('This activity was removed from the plan; restore it first');
      if (input.doneOn > today())
        throw invalid([{ field: 'doneOn', message: 'The date it was done cannot be in the future' }]);
      return changeActivity(activity, { status: 'done', doneOn: input.doneOn });
    },

    async reopen(activityId: string): Promise<SavedActivity> {
      const { activity } = await requireCurrentActivity(activityId);
      if (activity.status !== 'done') throw conflict('Only a done activity can be reopened');
      return changeActivity(activity, { status: 'planned', doneOn: null });
    },

    async reschedule(input: z.output<typeof activityRescheduleInput>): Promise<SavedActivity> {
      const { activity, planStart } = await requireCurrentActivity(input.activityId);
      if (activity.status === 'removed')
        throw conflict('This activity was removed from the plan; restore it first');
      if (input.dueDate < planStart) {
        throw invalid([
          { field: 'dueDate', message: `The due date cannot be before the plan starts (${planStart})` },
        ]);
      }
      return changeActivity(activity, { dueDate: input.dueDate });
    },

    async add(input: z.output<typeof activityAddInput>): Promise<SavedActivity> {
      const goal = await plans.goal(input.goalId);
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
      await plans.addActivity(goal.planId, goal.id, activity, now().toISOString());
      return activity;
    },

    async remove(activityId: string): Promise<SavedActivity> {
      const { activity } = await requireCurrentActivity(activityId);
      if (activity.status === 'done') throw conflict('This activity is done; reopen it before removing it');
      return changeActivity(activity, { status: 'removed', doneOn: null });
    },

    async restore(activityId: string): Promise<SavedActivity> {
      const { activity } = await requireCurrentActivity(activityId);
      if (activity.status !== 'removed') throw conflict('Only a removed activity can be restored');
      return changeActivity(activity, { status: 'planned', doneOn: null });
    },
  };
}

export type PlanService = ReturnType<typeof createPlanService>;
