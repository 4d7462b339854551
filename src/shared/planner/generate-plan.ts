// The coaching planner: from a transition and an assessment to a dated coaching plan.
// Pure: the same input always gives the same plan; no clock, no randomness, no I/O.
// It runs as named steps, each in its own module; docs/planner.md explains the rules in a manager's words.
import { differenceInCalendarDays } from 'date-fns';
import { toLocalDate } from '../dates/calendar-date';
import { transitionGuideForRoles } from '../catalog/transitions';
import type { ActivityKind, TransitionGuide } from '../framework/types';
import { buildPhases, milestones, transitionActivities } from './assemble';
import { letGoOf, writeBrief } from './brief';
import { PlanCalendar } from './calendar';
import { planCheckIns, planReassessments } from './check-ins';
import { nextGoals } from './defer';
import { minutesToFit, sizeAndSchedule } from './fit';
import { MIN_WEEKS } from './limits';
import { framePhases } from './phases';
import { PLAN_DEFAULTS, resolve } from './resolve';
import { buildGoals, rankGaps, type GoalSpec } from './size';
import { PEER_MINUTES_A_WEEK, transitionWork, type TransitionSpec } from './transition-work';
import type { CompetencyGap, Plan, PlanInput } from './types';
import { inputWarnings, lateWarning, mixWarning, sizeWarnings } from './warnings';

export { PLAN_DEFAULTS };
export { MIN_WEEKS, MAX_WEEKS, CORE_TARGET_WEEKS, CORE_MAX_WEEKS } from './limits';

/** Whole plan weeks that end on or before the requested end date, if there is one. */
function weeksUntil(targetEndDate: string | null, startDate: string, calendar: PlanCalendar): number | null {
  if (!targetEndDate) return null;
  const targetDay = differenceInCalendarDays(toLocalDate(targetEndDate), toLocalDate(startDate));
  let weeks = 0;
  while (calendar.weekEnd(weeks) <= targetDay) weeks += 1;
  return weeks;
}

/** The peer stays for the first 90 days, or the whole plan when shorter; week 1 fits the conversation too. */
function fitWeekOneWork(
  work: TransitionSpec[],
  core: GoalSpec[][],
  minutes: number,
  minimumWeeks: number,
  targetWeeks: number | null,
) {
  const coreMinutes = core
    .flat()
    .reduce((sum, g) => sum + g.library.slice(0, g.wants).reduce((t, a) => t + a.minutes, 0), 0);
  const peerWeeks = Math.min(
    Math.max(minimumWeeks, Math.ceil(coreMinutes / minutes)),
    targetWeeks ?? Infinity,
  );
  for (const w of work) {
    if (w.purpose !== 'peer') continue;
    w.spanWeeks = Math.max(1, Math.min(w.spanWeeks, peerWeeks));
    w.minutes = PEER_MINUTES_A_WEEK * w.spanWeeks;
  }
  // The expectations conversation and the first peer meeting both happen in week 1, whatever the hours.
  const peer = work.find((w) => w.purpose === 'peer');
  const peerWeekly = peer ? Math.ceil(peer.minutes / peer.spanWeeks) : 0;
  for (const w of work)
    if (w.purpose === 'expectations') w.minutes = Math.max(1, Math.min(w.minutes, minutes - peerWeekly));
}

export function generatePlan(input: PlanInput): Plan {
  const r = resolve(input);
  const nonWorking = input.nonWorkingDays ?? [];
  // The stated start is the first working day: a plan asked for on a Saturday starts on Monday.
  const firstDay = new PlanCalendar(r.startDate, nonWorking).workingDayFrom(0);
  const startDate = new PlanCalendar(r.startDate).day(firstDay);
  const calendar = new PlanCalendar(startDate, nonWorking);
  // A custom role moves like the built-in role it was cloned from.
  const guide: TransitionGuide | undefined = transitionGuideForRoles(r.framework, r.from.id, r.to.id);

  const gaps: CompetencyGap[] = rankGaps(r, guide);
  const { core: wanted, followOn: optional } = buildGoals(r, gaps, guide);
  const letGo = letGoOf(gaps, new Set(guide?.letGo.map((a) => a.competencyId) ?? []));
  const work = transitionWork(r, guide, new Set(letGo.map((g) => g.competencyId)));

  const minutes = Math.round(r.hoursPerWeek * 60);
  const warnings = inputWarnings(r, gaps);

  // Whole weeks that end on or before the requested end date, if there is one.
  const targetWeeks = weeksUntil(r.targetEndDate, startDate, calendar);
  const minimumWeeks = Math.max(1, Math.min(MIN_WEEKS, targetWeeks ?? MIN_WEEKS));
  fitWeekOneWork(work, wanted, minutes, minimumWeeks, targetWeeks);
  const sized = sizeAndSchedule(r, wanted, work, minutes);
  const s = sized.schedule;
  const core = sized.core;
  const followOn = [...nextGoals(sized.deferred, gaps, core), ...optional];
  warnings.push(...sizeWarnings(r, wanted, sized, minutes));

  const weeks = Math.max(s.weeks, minimumWeeks);
  const endDay = calendar.weekEnd(weeks - 1);
  if (r.targetEndDate && calendar.day(endDay) > r.targetEndDate) {
    const needed = targetWeeks ? minutesToFit(core, work, targetWeeks, s, minutes, r.maxConcurrent) : null;
    warnings.push(lateWarning(minutes, calendar.day(endDay), r.targetEndDate, needed));
  }

  const hasGoals = core.length > 0;
  const frames = framePhases(calendar, endDay, hasGoals, r.cadence === 'auto');
  const phases = buildPhases(core, s, frames, calendar);
  const goals = phases.flatMap((p) => p.goals);
  const transition = transitionActivities(s, calendar);
  const priority = new Map(gaps.map((g, i) => [g.competencyId, i]));
  const checkIns = planCheckIns(
    calendar,
    r.cadence,
    phases,
    frames,
    transition,
    (id) => priority.get(id) ?? 0,
  );
  const reassessments = planReassessments(calendar, frames, phases, r.to.name);
  const assumedNames = gaps.filter((g) => g.assumed).map((g) => g.name);
  const brief = writeBrief({
    from: r.from,
    to: r.to,
    gaps,
    goals,
    followOn,
    work: transition,
    letGo,
    assumedNames,
    noAssessment: r.assumed,
  });

  const hoursByKind: Record<ActivityKind, number> = { experience: 0, people: 0, course: 0 };
  for (const g of goals) for (const a of g.activities) hoursByKind[a.kind] += a.effortHours;
  for (const w of transition) hoursByKind[w.kind] += w.effortHours;
  const mix = mixWarning(hoursByKind);
  if (mix) warnings.push(mix);
  const effortHours = hoursByKind.experience + hoursByKind.people + hoursByKind.course;
  const round = (n: number) => Math.round(n * 100) / 100;

  return {
    fromRoleId: r.from.id,
    toRoleId: r.to.id,
    fromRoleName: r.from.name,
    toRoleName: r.to.name,
    assumedCurrentLevels: r.assumed,
    assumedCompetencyIds: r.assumedIds,
    options: {
      hoursPerWeek: r.hoursPerWeek,
      cadence: r.cadence,
      maxConcurrent: r.maxConcurrent,
      targetEndDate: r.targetEndDate,
    },
    horizon: { startDate, endDate: calendar.day(endDay), weeks: Math.floor(endDay / 7) + 1 },
    gaps,
    phases,
    checkIns,
    reassessments,
    carryOver: brief.carryOver,
    letGo: brief.letGo,
    expectations: brief.expectations,
    largestGaps: brief.largestGaps,
    transitionWork: transition,
    followOn,
    milestones: milestones(calendar, endDay, goals, transition),
    warnings,
    totals: {
      effortHours: round(effortHours),
      activities: goals.reduce((sum, g) => sum + g.activities.length, 0) + transition.length,
      hoursByKind: {
        experience: round(hoursByKind.experience),
        people: round(hoursByKind.people),
        course: round(hoursByKind.course),
      },
    },
    load: {
      paceHoursPerWeek: round(minutes / 60),
      weeklyHours: Array.from({ length: Math.floor(endDay / 7) + 1 }, (_, w) =>
        round((s.weeklyMinutes[w] ?? 0) / 60),
      ),
    },
  };
}
