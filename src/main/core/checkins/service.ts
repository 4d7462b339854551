// Use cases for one-on-ones: the schedule (from the plan, moved, added or cancelled by the manager),
// the prepared GROW agenda, drafts, recording a check-in, history, reminders and calendar export.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { addDays, differenceInCalendarDays } from 'date-fns';
import { buildCalendar } from '@shared/calendar/ics';
import { slug } from '@shared/text/slug';
import type { Agenda, CheckIn, CheckInDraft, DueCheckIn } from '@shared/checkins/schema';
import type { checkInCompleteInput, checkInDraftInput } from '@shared/checkins/schema';
import { toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import type { Framework } from '@shared/framework/types';
import type { SavedActivity, SavedPlan } from '@shared/plans/schema';
import { checkInIntervalDays, liveActivities } from '@shared/planner/rules';
import type { FieldIssue } from '@shared/api/result';
import { conflict, invalid, notFound } from '../errors';
import type { HireRepository } from '../hires/repository';
import type { PlanRepository } from '../plans/repository';
import type { CheckInRepository } from './repository';

export function createCheckInService(deps: {
  checkIns: CheckInRepository;
  hires: HireRepository;
  plans: PlanRepository;
  completeActivity: (input: { activityId: string; doneOn: string }) => unknown;
  framework: () => Framework;
  now: () => Date;
  /** The first day on or after `date` the hire works (no weekend, public holiday or leave). */
  workingDayFrom?: (hireId: string, date: string) => string;
}) {
  const { checkIns, hires, plans, framework, now } = deps;
  const today = () => toCalendarDate(now());
  const stamp = () => now().toISOString();

  function requireHire(hireId: string) {
    const hire = hires.get(hireId);
    if (!hire) throw notFound('hire', hireId);
    return hire;
  }

  function requireCheckIn(id: string): CheckIn {
    const found = checkIns.get(id);
    if (!found) throw notFound('check-in', id);
    return found;
  }

  function requireScheduled(id: string): CheckIn {
    const found = requireCheckIn(id);
    if (found.status !== 'scheduled') {
      throw conflict(
        found.status === 'done' ? 'This check-in has been held already' : 'This check-in was cancelled',
      );
    }
    return found;
  }

  /** Whether an activity is in one of this hire's plans: a check-in only works its own hire's plan. */
  const activityOfHire = (activityId: string, hireId: string) =>
    plans.activity(activityId)?.hireId === hireId;
  const actionItemOfHire = (actionItemId: string, hireId: string) =>
    checkIns.action(actionItemId)?.hireId === hireId;

  // The move's own work (expectations, peer, hand-overs) comes up in one-on-ones like a goal's activities.
  const live = (plan: SavedPlan | undefined): SavedActivity[] =>
    plan ? liveActivities([{ goals: [{ activities: plan.moveWork }] }, ...plan.phases]) : [];
  const cadenceDays = (plan: SavedPlan | undefined, on: string): number =>
    checkInIntervalDays(plan && { options: plan.options, phases: plan.phases }, on);

  return {
    /** Puts a newly saved plan's one-on-ones on the schedule, replacing untouched ones from the last version. */
    scheduleFromPlan(plan: SavedPlan): void {
      checkIns.removeUnheldPlanCheckIns(plan.hireId);
      const taken = checkIns.datesTaken(plan.hireId);
      for (const planned of plan.checkIns) {
        if (taken.has(planned.date)) continue;
        checkIns.insert({
          id: randomUUID(),
          hireId: plan.hireId,
          planId: plan.id,
          scheduledOn: planned.date,
          origin: 'plan',
          focusCompetencyIds: planned.focusCompetencyIds,
          topics: planned.topics,
          now: stamp(),
        });
      }
    },

    schedule(hireId: string): CheckIn[] {
      requireHire(hireId);
      return checkIns.scheduled(hireId);
    },

    history(hireId: string, search: string | undefined): CheckIn[] {
      requireHire(hireId);
      return checkIns.history(hireId, search ?? '');
    },

    get(id: string): CheckIn {
      return requireCheckIn(id);
    },

    add(hireId: string, scheduledOn: string): CheckIn {
      const hire = requireHire(hireId);
      if (hire.status === 'archived') throw conflict(`${hire.name} is archived; restore the hire first`);
      const id = randomUUID();
      checkIns.insert({
        id,
        hireId,
        planId: plans.current(hireId)?.id ?? null,
        scheduledOn,
        origin: 'manager',
        focusCompetencyIds: [],
        topics: [],
        now: stamp(),
      });
      return requireCheckIn(id);
    },

    move(id: string, scheduledOn: string): CheckIn {
      requireScheduled(id);
      checkIns.move(id, scheduledOn, stamp());
      return requireCheckIn(id);
    },

    cancel(id: string): CheckIn {
      requireScheduled(id);
      checkIns.cancel(id, stamp());
      return requireCheckIn(id);
    },

    saveDraft(input: z.output<typeof checkInDraftInput>): { savedAt: string } {
      const checkIn = requireScheduled(input.id);
      const issues: FieldIssue[] = [
        ...Object.keys(input.draft.completeActivities ?? {})
          .filter((id) => !activityOfHire(id, checkIn.hireId))
          .map((id) => ({
            field: `draft.completeActivities.${id}`,
            message: 'No such activity in this hire’s plan',
          })),
        ...Object.keys(input.draft.closeActionItems ?? {})
          .filter((id) => !actionItemOfHire(id, checkIn.hireId))
          .map((id) => ({
            field: `draft.closeActionItems.${id}`,
            message: 'No such action item for this hire',
          })),
      ];
      if (issues.length > 0) throw invalid(issues);
      const savedAt = stamp();
      checkIns.saveDraft(input.id, input.draft as CheckInDraft, savedAt);
      return { savedAt };
    },

    agenda(id: string): Agenda {
      const checkIn = requireCheckIn(id);
      const hire = requireHire(checkIn.hireId);
      const fw = framework();
      const names = new Map(fw.competencies.map((c) => [c.id, c.name]));
      const plan = plans.current(hire.id);
      // The day it is (or was) actually held: an overdue check-in happens today.
      const date = checkIn.heldOn ?? (checkIn.scheduledOn < today() ? today() : checkIn.scheduledOn);
      const previous = checkIns.lastDoneBefore(hire.id, checkIn.id, date) ?? null;
      const since = previous?.heldOn ?? plan?.horizon.startDate ?? hire.startDate;
      const activities = live(plan);
      const goals = plan ? plan.phases.flatMap((p) => p.goals) : [];
      const open = (goal: (typeof goals)[number]) => goal.activities.some((a) => a.status === 'planned');

      // Focus: what the plan set for this date, else the goals in flight then, else the next ones.
      let focus = checkIn.focusCompetencyIds;
      if (focus.length === 0) {
        focus = [
          ...new Set(
            goals
              .filter((g) => g.startDate <= date && g.dueDate >= date && open(g))
              .map((g) => g.competencyId),
          ),
        ];
      }
      if (focus.length === 0) {
        focus = [
          ...new Set(goals.filter((g) => g.dueDate >= date && open(g)).map((g) => g.competencyId)),
        ].slice(0, 3);
      }
      const focusSet = new Set(focus);
      const agendaGoals = goals
        .filter((g) => focusSet.has(g.competencyId) && open(g))
        .filter((g, i, all) => all.findIndex((x) => x.competencyId === g.competencyId) === i)
        .map((g) => ({
          goalId: g.id,
          competencyId: g.competencyId,
          competencyName: g.competencyName,
          fromLevel: g.fromLevel,
          toLevel: g.toLevel,
          dueDate: g.dueDate,
        }));
      const horizon = toCalendarDate(addDays(toLocalDate(date), 7));
      const dueOrOverdue = activities
        .filter((a) => a.status === 'planned' && a.dueDate <= horizon)
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      const dueIds = new Set(dueOrOverdue.map((a) => a.id));
      const options = activities
        .filter((a) => a.status === 'planned' && focusSet.has(a.competencyId) && !dueIds.has(a.id))
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .slice(0, 6);
      const seen = new Set<string>();
      const lastPulses = checkIns
        .lastPulses(hire.id)
        .filter((p) => {
          if (seen.has(p.competencyId) || p.heldOn > date) return false;
          seen.add(p.competencyId);
          return focusSet.has(p.competencyId) || focusSet.size === 0;
        })
        .map((p) => ({
          competencyId: p.competencyId,
          confidence: p.confidence,
          on: p.heldOn,
          competencyName: names.get(p.competencyId) ?? p.competencyId,
        }));
      // Held late, the next one is whichever comes after the day it is actually held.
      const heldOrToday = checkIn.heldOn ?? (checkIn.scheduledOn < today() ? today() : checkIn.scheduledOn);
      const next = checkIns.nextScheduledAfter(hire.id, checkIn.id, heldOrToday);
      const byCadence = toCalendarDate(addDays(toLocalDate(heldOrToday), cadenceDays(plan, heldOrToday)));
      const suggestedNextDate = next?.scheduledOn ?? deps.workingDayFrom?.(hire.id, byCadence) ?? byCadence;
      return {
        checkIn,
        hireName: hire.name,
        previous,
        goals: agendaGoals,
        reality: {
          since,
          doneSince: activities.filter(
            (a) => a.status === 'done' && (a.doneOn ?? '') > since && (a.doneOn ?? '') <= date,
          ),
          dueOrOverdue,
          lastPulses,
        },
        options,
        openActionItems: checkIns.openActions(hire.id),
        focusCompetencies: focus.map((cid) => ({ id: cid, name: names.get(cid) ?? cid })),
        suggestedNextDate,
        draft: checkIns.draft(checkIn.id),
      };
    },

    complete(input: z.output<typeof checkInCompleteInput>): CheckIn {
      const checkIn = requireScheduled(input.id);
      const issues: FieldIssue[] = [];
      if (input.heldOn > today())
        issues.push({ field: 'heldOn', message: 'The check-in cannot be held in the future' });
      if (input.nextDate !== null && input.nextDate <= input.heldOn) {
        issues.push({ field: 'nextDate', message: 'The next check-in must come after this one' });
      }
      const known = new Set(framework().competencies.map((c) => c.id));
      input.pulses.forEach((p, i) => {
        if (!known.has(p.competencyId))
          issues.push({
            field: `pulses.${i}.competencyId`,
            message: `Unknown competency "${p.competencyId}"`,
          });
      });
      input.closeActionItems.forEach((c, i) => {
        const item = checkIns.action(c.id);
        if (!item || item.hireId !== checkIn.hireId)
          issues.push({ field: `closeActionItems.${i}.id`, message: 'No such action item for this hire' });
        else if (item.status !== 'open')
          issues.push({ field: `closeActionItems.${i}.id`, message: 'This action item is closed already' });
      });
      input.completeActivities.forEach((a, i) => {
        if (!activityOfHire(a.activityId, checkIn.hireId))
          issues.push({
            field: `completeActivities.${i}.activityId`,
            message: 'No such activity in this hire’s plan',
          });
      });
      if (issues.length > 0) throw invalid(issues);

      for (const activity of input.completeActivities) deps.completeActivity(activity);
      for (const p of input.pulses) checkIns.insertPulse(checkIn.id, p);
      for (const item of input.newActionItems) {
        checkIns.insertAction({
          id: randomUUID(),
          hireId: checkIn.hireId,
          checkInId: checkIn.id,
          text: item.text,
          owner: item.owner,
          dueOn: item.dueOn ?? null,
          now: stamp(),
        });
      }
      for (const c of input.closeActionItems) checkIns.closeAction(c.id, c.status, checkIn.id, input.heldOn);
      checkIns.complete({
        id: checkIn.id,
        heldOn: input.heldOn,
        sharedNotes: input.sharedNotes.trim(),
        privateNotes: input.privateNotes.trim(),
        now: stamp(),
      });
      if (input.nextDate !== null) {
        const next = checkIns.nextScheduledAfter(checkIn.hireId, checkIn.id, input.heldOn);
        if (next && next.scheduledOn !== input.nextDate) checkIns.move(next.id, input.nextDate, stamp());
        if (!next) {
          checkIns.insert({
            id: randomUUID(),
            hireId: checkIn.hireId,
            planId: checkIn.planId,
            scheduledOn: input.nextDate,
            origin: 'manager',
            focusCompetencyIds: [],
            topics: [],
            now: stamp(),
          });
        }
      }
      checkIns.deleteDraft(checkIn.id);
      return requireCheckIn(checkIn.id);
    },

    due(): { today: string; dueToday: DueCheckIn[]; overdue: (DueCheckIn & { daysLate: number })[] } {
      const day = today();
      const all = checkIns.due(day);
      return {
        today: day,
        dueToday: all.filter((c) => c.scheduledOn === day),
        overdue: all
          .filter((c) => c.scheduledOn < day)
          .map((c) => ({
            ...c,
            daysLate: differenceInCalendarDays(toLocalDate(day), toLocalDate(c.scheduledOn)),
          })),
      };
    },

    exportIcs(hireId: string): { fileName: string; content: string } {
      const hire = requireHire(hireId);
      const names = new Map(framework().competencies.map((c) => [c.id, c.name]));
      const events = checkIns.forCalendar(hireId).map((c) => ({
        uid: `${c.id}@rolebridge`,
        date: c.scheduledOn,
        summary: `1:1 with ${hire.name}`,
        description:
          c.focusCompetencyIds.length > 0
            ? `Coaching check-in. Focus: ${c.focusCompetencyIds.map((id) => names.get(id) ?? id).join(', ')}. Prepared agenda in Rolebridge.`
            : 'Coaching check-in. Prepared agenda in Rolebridge.',
        sequence: c.sequence,
        cancelled: c.status === 'cancelled',
      }));
      return {
        fileName: `rolebridge-check-ins-${slug(hire.name, 'hire')}.ics`,
        content: buildCalendar(`Check-ins: ${hire.name}`, events, now()),
      };
    },
  };
}

export type CheckInService = ReturnType<typeof createCheckInService>;
