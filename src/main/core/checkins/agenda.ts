// The prepared GROW agenda for one check-in: goals in focus, what happened since the last one, what is
// due, options to pick from, the last confidence pulses and a suggested date for the next one.
import { addDays } from 'date-fns';
import type { Agenda, CheckIn } from '@shared/checkins/schema';
import { toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import type { Framework } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import type { SavedActivity, SavedPlan } from '@shared/plans/schema';
import { checkInIntervalDays, liveActivities } from '@shared/planner/rules';
import type { Awaitable } from '../awaitable';
import type { CheckInRepository } from './repository';

export interface AgendaReads {
  checkIns: CheckInRepository;
  framework: () => Awaitable<Framework>;
  today: () => string;
  /** The first day on or after `date` the hire works (no weekend, public holiday or leave). */
  workingDayFrom?: (hireId: string, date: string) => Awaitable<string>;
}

type Goal = SavedPlan['phases'][number]['goals'][number];

// The move's own work (expectations, peer, hand-overs) comes up in one-on-ones like a goal's activities.
const live = (plan: SavedPlan | undefined): SavedActivity[] =>
  plan ? liveActivities([{ goals: [{ activities: plan.moveWork }] }, ...plan.phases]) : [];
const cadenceDays = (plan: SavedPlan | undefined, on: string): number =>
  checkInIntervalDays(plan && { options: plan.options, phases: plan.phases }, on);
const open = (goal: Goal) => goal.activities.some((a) => a.status === 'planned');

/** Focus: what the plan set for this date, else the goals in flight then, else the next ones. */
function focusOn(checkIn: CheckIn, goals: Goal[], date: string): string[] {
  let focus = checkIn.focusCompetencyIds;
  if (focus.length === 0) {
    focus = [
      ...new Set(
        goals.filter((g) => g.startDate <= date && g.dueDate >= date && open(g)).map((g) => g.competencyId),
      ),
    ];
  }
  if (focus.length === 0) {
    focus = [...new Set(goals.filter((g) => g.dueDate >= date && open(g)).map((g) => g.competencyId))].slice(
      0,
      3,
    );
  }
  return focus;
}

/** One open goal per competency in focus. */
function goalsInFocus(goals: Goal[], focusSet: Set<string>): Agenda['goals'] {
  return goals
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
}

/** The latest pulse per competency in focus (any when nothing is in focus), up to the agenda's date. */
async function lastPulsesFor(
  reads: AgendaReads,
  hireId: string,
  date: string,
  focusSet: Set<string>,
  names: Map<string, string>,
): Promise<Agenda['reality']['lastPulses']> {
  const seen = new Set<string>();
  return (await reads.checkIns.lastPulses(hireId))
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
}

/** The next one on the schedule, else one plan cadence after the day this one is held, on a working day. */
async function suggestedNextDate(
  reads: AgendaReads,
  checkIn: CheckIn,
  plan: SavedPlan | undefined,
): Promise<string> {
  const today = reads.today();
  // Held late, the next one is whichever comes after the day it is actually held.
  const heldOrToday = checkIn.heldOn ?? (checkIn.scheduledOn < today ? today : checkIn.scheduledOn);
  const next = await reads.checkIns.nextScheduledAfter(checkIn.hireId, checkIn.id, heldOrToday);
  const byCadence = toCalendarDate(addDays(toLocalDate(heldOrToday), cadenceDays(plan, heldOrToday)));
  return next?.scheduledOn ?? (await reads.workingDayFrom?.(checkIn.hireId, byCadence)) ?? byCadence;
}

export async function agendaFor(
  reads: AgendaReads,
  checkIn: CheckIn,
  hire: Hire,
  plan: SavedPlan | undefined,
): Promise<Agenda> {
  const { checkIns } = reads;
  const today = reads.today();
  const names = new Map((await reads.framework()).competencies.map((c) => [c.id, c.name]));
  // The day it is (or was) actually held: an overdue check-in happens today.
  const date = checkIn.heldOn ?? (checkIn.scheduledOn < today ? today : checkIn.scheduledOn);
  const previous = (await checkIns.lastDoneBefore(hire.id, checkIn.id, date)) ?? null;
  const since = previous?.heldOn ?? plan?.horizon.startDate ?? hire.startDate;
  const activities = live(plan);
  const goals = plan ? plan.phases.flatMap((p) => p.goals) : [];
  const focus = focusOn(checkIn, goals, date);
  const focusSet = new Set(focus);
  const horizon = toCalendarDate(addDays(toLocalDate(date), 7));
  const dueOrOverdue = activities
    .filter((a) => a.status === 'planned' && a.dueDate <= horizon)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const dueIds = new Set(dueOrOverdue.map((a) => a.id));
  const options = activities
    .filter((a) => a.status === 'planned' && focusSet.has(a.competencyId) && !dueIds.has(a.id))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .slice(0, 6);
  return {
    checkIn,
    hireName: hire.name,
    previous,
    goals: goalsInFocus(goals, focusSet),
    reality: {
      since,
      doneSince: activities.filter(
        (a) => a.status === 'done' && (a.doneOn ?? '') > since && (a.doneOn ?? '') <= date,
      ),
      dueOrOverdue,
      lastPulses: await lastPulsesFor(reads, hire.id, date, focusSet, names),
    },
    options,
    openActionItems: await checkIns.openActions(hire.id),
    focusCompetencies: focus.map((cid) => ({ id: cid, name: names.get(cid) ?? cid })),
    suggestedNextDate: await suggestedNextDate(reads, checkIn, plan),
    draft: await checkIns.draft(checkIn.id),
  };
}
