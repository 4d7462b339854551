// The coaching planner: from a transition and an assessment to a dated coaching plan.
// Pure: the same input always gives the same plan; no clock, no randomness, no I/O.
// It runs as named steps, each in its own module; docs/planner.md explains the rules in a manager's words.
import { differenceInCalendarDays, format } from 'date-fns';
import { toLocalDate } from '../dates/calendar-date';
import { transitionGuideForRoles } from '../catalog/transitions';
import { levelNames, type ActivityKind, type TransitionGuide } from '../framework/types';
import { letGoOf, listNames, writeBrief } from './brief';
import { PlanCalendar } from './calendar';
import { planCheckIns, planReassessments } from './check-ins';
import { framePhases, MILESTONE_DAYS, phaseIndexAt, type PhaseFrame } from './phases';
import { MAX_HOURS_PER_WEEK, PLAN_DEFAULTS, resolve, type Resolved } from './resolve';
import { schedule, type Schedule } from './schedule';
import { buildGoals, chooseActivities, HANDS_ON_STAGES, rankGaps, TARGET_MIX, type GoalSpec } from './size';
import { PEER_MINUTES_A_WEEK, transitionWork, type TransitionSpec } from './transition-work';
import {
  PlannerInputError,
  type CompetencyGap,
  type FollowOnGoal,
  type Goal,
  type Milestone,
  type Phase,
  type Plan,
  type PlanInput,
  type PlannedActivity,
  type TransitionActivity,
} from './types';

export { PLAN_DEFAULTS };
/** A plan lasts at least this long, so even a small move gets a few coached weeks. */
export const MIN_WEEKS = 4;
/** Plans are kept within a year by doing fewer activities per goal, never by more hours. */
export const MAX_WEEKS = 52;
/** The core plan should fit the six months a move usually takes to break even… */
export const CORE_TARGET_WEEKS = 26;
/** …and the plan says what it would take when it runs past this. */
export const CORE_MAX_WEEKS = 30;
const HEAVY_HOURS_PER_WEEK = 10;
const MILESTONE_GRACE_DAYS = 14;
/** Points the effort mix may stray from 70-20-10 before the plan says so. */
const MIX_TOLERANCE = 10;

function readableDate(value: string): string {
  return format(toLocalDate(value), 'd MMM yyyy');
}

function hoursText(minutes: number): string {
  const hours = Math.ceil(minutes / 30) / 2;
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/**
 * About the fewest weekly minutes (in half hours) that fit the plan in `weeks`, or null when even
 * full time does not. Starts from a guess (the effort over the weeks, at the packing the first
 * schedule achieved) so it needs only a few trial schedules.
 */
function minutesToFit(
  core: GoalSpec[][],
  work: TransitionSpec[],
  weeks: number,
  first: Schedule | null,
  minutes: number,
  maxConcurrent: number,
): number | null {
  const fits = (halfHours: number) =>
    (schedule(core, work, halfHours * 30, maxConcurrent, CORE_MAX_WEEKS - 1)?.weeks ?? Infinity) <= weeks;
  const most = MAX_HOURS_PER_WEEK * 2;
  const used = first ? first.weeklyMinutes.reduce((a, b) => a + b, 0) : 0;
  const packing = first && used > 0 ? used / (first.weeks * minutes) : 1;
  let hi = Math.min(most, Math.max(Math.ceil(minutes / 30) + 1, Math.ceil(used / (weeks * packing) / 30)));
  let lo = Math.ceil(minutes / 30);
  // Spans and the competencies-at-once limit can set the pace whatever the hours: one trial says so.
  if (!fits(most)) return null;
  while (!fits(hi)) {
    lo = hi + 1;
    hi = Math.min(most, Math.ceil(hi * 1.25));
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi * 30;
}

interface Sized {
  schedule: Schedule;
  /** The goals dated in the plan: the core, less any moved to the follow-on list. */
  core: GoalSpec[][];
  /** Important goals moved to "next, once the first six months are done" so the core fits 30 weeks. */
  deferred: GoalSpec[];
  /** With goals deferred: weekly minutes that would fit every core goal in 30 weeks (null: not even full time). */
  minutesForAll: number | null;
  /** Goals given fewer activities than they want so the core fits about six months. */
  trimmed: number;
  /** When the core still runs past 30 weeks: weekly minutes that would fit it in six months (null: not even full time). */
  neededMinutes: number | null;
}

/** Hours of the move's own work by kind: the mix counts them too. */
function workHoursOf(work: TransitionSpec[]): Record<ActivityKind, number> {
  const hours: Record<ActivityKind, number> = { experience: 0, people: 0, course: 0 };
  for (const w of work) hours[w.kind] += w.minutes / 60;
  return hours;
}

/** The core without the given goals (each competency keeps the levels before them). */
function coreWithout(core: GoalSpec[][], left: ReadonlySet<GoalSpec>): GoalSpec[][] {
  return core.map((levels) => levels.filter((g) => !left.has(g))).filter((levels) => levels.length > 0);
}

/**
 * Fits one core: chooses activities towards 70-20-10 and schedules them; when that runs past
 * `weeks`, the least urgent goals give up their extra activities first, down to each floor in turn.
 * Returns the first schedule that fits, or the shortest tried under the last floor.
 */
function trimToFit(
  r: Resolved,
  core: GoalSpec[][],
  work: TransitionSpec[],
  minutes: number,
  floors: ((g: GoalSpec) => number)[],
  weeks: number,
  packingOf: { value: number } = { value: 1 },
  /** Something else can be tried when even the last floor does not fit: check it in one schedule first. */
  fallback = false,
): Schedule | null {
  const workHours = workHoursOf(work);
  const all = core.flat();
  const run = () => schedule(core, work, minutes, r.maxConcurrent, CORE_MAX_WEEKS - 1);
  // Trims in the order they are made: the least urgent goal first, down to its floor, then the next.
  const trimsDownTo = (floor: (g: GoalSpec) => number) =>
    [...all]
      .sort((a, b) => b.priority - a.priority || b.fromLevel - a.fromLevel)
      .flatMap((g) => Array.from({ length: Math.max(0, g.wants - floor(g)) }, () => g));
  const chooseWithTrims = (trims: GoalSpec[], k: number) => {
    const counts = new Map(all.map((g) => [g, g.wants]));
    for (const g of trims.slice(0, k)) counts.set(g, (counts.get(g) ?? 1) - 1);
    chooseActivities(core, workHours, counts);
  };
  const withTrims = (trims: GoalSpec[], k: number) => {
    chooseWithTrims(trims, k);
    return run();
  };
  /**
   * Fewest trims that fit `weeks`: from the fewest the effort alone allows, galloping up, then a
   * binary search (fewer activities never lengthen a plan much).
   */
  const fewestTrims = (trims: GoalSpec[], packing: number) => {
    const counts = new Map(all.map((g) => [g, Math.min(g.wants, g.library.length)]));
    let effort = all.reduce(
      (sum, g) => sum + g.library.slice(0, g.wants).reduce((s, a) => s + a.minutes, 0),
      0,
    );
    let lo = 0;
    // Each trim drops roughly the goal's average activity; cheap, and never past the true answer by much.
    while (lo < trims.length && effort / (minutes * packing) > weeks) {
      const g = trims[lo] as GoalSpec;
      const count = counts.get(g) ?? 1;
      effort -= g.library.slice(0, count).reduce((s, a) => s + a.minutes, 0) / Math.max(1, count);
      counts.set(g, count - 1);
      lo += 1;
    }
    // Each number of trims is scheduled once; the one kept is chosen again (cheap) to set its activities.
    const tried = new Map<number, Schedule | null>();
    const keep = (k: number) => {
      chooseWithTrims(trims, k);
      return tried.get(k) ?? run();
    };
    // When nothing fits, the shortest plan tried (fewer activities do not always shorten it).
    let shortest = { k: lo, weeks: Infinity };
    const fits = (k: number) => {
      const trial = tried.has(k) ? (tried.get(k) ?? null) : withTrims(trims, k);
      tried.set(k, trial);
      if (trial && trial.weeks < shortest.weeks) shortest = { k, weeks: trial.weeks };
      return trial !== null && trial.weeks <= weeks;
    };
    if (fits(lo)) {
      // The estimate may trim more than needed: gallop back down, then narrow in.
      let best = lo;
      let step = 1;
      let below = -1;
      while (best > 0) {
        const k = Math.max(0, best - step);
        if (!fits(k)) {
          below = k;
          break;
        }
        best = k;
        step *= 2;
      }
      while (below + 1 < best) {
        const mid = Math.floor((below + best) / 2);
        if (fits(mid)) best = mid;
        else below = mid;
      }
      return keep(best);
    }
    let step = 1;
    let hi = Math.min(trims.length, lo + step);
    while (hi < trims.length && !fits(hi)) {
      lo = hi + 1;
      step *= 2;
      hi = Math.min(trims.length, lo + step);
    }
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (fits(mid)) hi = mid;
      else lo = mid + 1;
    }
    return fits(lo) ? keep(lo) : keep(shortest.k);
  };

  let result = withTrims([], 0);
  if (result && result.weeks <= weeks) return result;
  // How full the weeks of the untrimmed plan are: spans and the competencies-at-once limit leave gaps.
  const used = result ? result.weeklyMinutes.reduce((a, b) => a + b, 0) : 0;
  if (result && used > 0) packingOf.value = Math.min(1, used / (result.weeks * minutes));
  if (fallback && floors.length > 1) {
    // When even the deepest trims do not fit, one schedule says so and the caller tries something else.
    const deepest = trimsDownTo(floors.at(-1) as (g: GoalSpec) => number);
    const trimmedMost = withTrims(deepest, deepest.length);
    if ((trimmedMost?.weeks ?? Infinity) > weeks) return trimmedMost;
  }
  for (const [i, floor] of floors.entries()) {
    const trims = trimsDownTo(floor);
    // One schedule says whether this floor can fit at all; if not, the search goes to the next.
    const last = i === floors.length - 1;
    if (!last || (fallback && floors.length === 1)) {
      const trimmedMost = withTrims(trims, trims.length);
      if ((trimmedMost?.weeks ?? Infinity) > weeks) {
        if (last) return trimmedMost;
        continue;
      }
    }
    result = fewestTrims(trims, packingOf.value);
    if (result && result.weeks <= weeks) break;
  }
  return result;
}

/**
 * Size and schedule: choose activities towards 70-20-10 and put them on weeks. When the core runs
 * past 30 weeks, the least urgent goals give up their extra activities first (an essential goal
 * keeps two, any other one; then only an essential competency's first goal keeps two). If it still
 * runs past 30 weeks, the least urgent important goals (never an essential one, never a skill the
 * move must flex first) move to a "next" list, as few as fit it; if even that does not fit, nothing
 * moves and, past a year, every goal keeps only one activity.
 */
function sizeAndSchedule(r: Resolved, core: GoalSpec[][], work: TransitionSpec[], minutes: number): Sized {
  const firstGoals = new Set(core.map((levels) => levels[0]));
  const floors = [
    (g: GoalSpec) => (g.weight === 3 ? 2 : 1),
    // A higher step of an essential competency can be one stretch assignment.
    (g: GoalSpec) => (g.weight === 3 && firstGoals.has(g) ? 2 : 1),
  ];
  const packing = { value: 1 };
  let result = trimToFit(r, core, work, minutes, floors, CORE_MAX_WEEKS, packing, true);
  let kept = core;
  let deferred: GoalSpec[] = [];
  let minutesForAll: number | null = null;
  if (!result || result.weeks > CORE_MAX_WEEKS) {
    const deferral = deferToFit(r, core, work, minutes, floors, result);
    if (deferral) ({ kept, deferred, minutesForAll, schedule: result } = deferral);
    // Nothing could move: the plan as before, with the fewest trims that come closest.
    else result = trimToFit(r, core, work, minutes, floors, CORE_MAX_WEEKS, packing);
  }
  if (!result || result.weeks > MAX_WEEKS) {
    result = trimToFit(r, core, work, minutes, [ONE_EACH], MAX_WEEKS, packing);
  }
  if (!result) throw new PlannerInputError('options.hoursPerWeek', 'Too few hours per week to make a plan');
  const trimmed = kept.flat().filter((g) => g.chosen.length < Math.min(g.wants, g.library.length)).length;
  const neededMinutes =
    result.weeks > CORE_MAX_WEEKS && result.weeks <= MAX_WEEKS
      ? minutesToFit(kept, work, CORE_TARGET_WEEKS, result, minutes, r.maxConcurrent)
      : null;
  return { schedule: result, core: kept, deferred, minutesForAll, trimmed, neededMinutes };
}

/**
 * The fewest least-urgent important goals (highest level first within a competency) to move out
 * so the rest fits 30 weeks, or null when even moving them all does not (then nothing moves).
 * Feasibility is tried with every goal trimmed to its floor (one schedule a try); the answer is
 * then fitted again with as few trims as it needs.
 */
const ONE_EACH = () => 1;

/**
 * About the fewest whole hours a week, more than the `minutes` asked for, that fit the core in 30
 * weeks, or null when even full time does not: a guess from the effort at the packing the schedule
 * at `minutes` achieved, then an hour at a time (two or three trial schedules).
 */
function wholeHoursToFit(
  core: GoalSpec[][],
  work: TransitionSpec[],
  minutes: number,
  maxConcurrent: number,
  first: Schedule | null,
): number | null {
  const fits = (hours: number) =>
    (schedule(core, work, hours * 60, maxConcurrent, CORE_MAX_WEEKS - 1)?.weeks ?? Infinity) <=
    CORE_MAX_WEEKS;
  const effort =
    core.flat().reduce((sum, g) => sum + g.chosen.reduce((t, a) => t + a.minutes, 0), 0) +
    work.reduce((sum, w) => sum + w.minutes, 0);
  const used = first ? first.weeklyMinutes.reduce((a, b) => a + b, 0) : 0;
  const packing = first && used > 0 ? Math.min(1, used / (first.weeks * minutes)) : 1;
  const least = Math.floor(minutes / 60) + 1;
  let hours = Math.min(
    MAX_HOURS_PER_WEEK,
    Math.max(least, Math.ceil(effort / (CORE_MAX_WEEKS * packing) / 60)),
  );
  if (fits(hours)) {
    while (hours > least && fits(hours - 1)) hours -= 1;
    return hours * 60;
  }
  for (hours += 1; hours <= MAX_HOURS_PER_WEEK; hours += 1) if (fits(hours)) return hours * 60;
  return null;
}

function deferToFit(
  r: Resolved,
  core: GoalSpec[][],
  work: TransitionSpec[],
  minutes: number,
  floors: ((g: GoalSpec) => number)[],
  full: Schedule | null,
): { kept: GoalSpec[][]; deferred: GoalSpec[]; minutesForAll: number | null; schedule: Schedule } | null {
  const candidates = core
    .flat()
    .filter((g) => g.weight === 2 && !g.flexFirst)
    .sort((a, b) => b.priority - a.priority || b.fromLevel - a.fromLevel);
  if (candidates.length === 0) return null;
  const keptFloor = floors.at(-1) as (g: GoalSpec) => number;
  let lastFloor = keptFloor;
  // One schedule a try: every goal at the floor (fewer activities never lengthen a plan much).
  const fitsWith = (k: number) => {
    const kept = coreWithout(core, new Set(candidates.slice(0, k)));
    chooseActivities(kept, workHoursOf(work), new Map(kept.flat().map((g) => [g, lastFloor(g)])));
    return schedule(kept, work, minutes, r.maxConcurrent, CORE_MAX_WEEKS - 1);
  };
  const fits = (k: number) => (fitsWith(k)?.weeks ?? Infinity) <= CORE_MAX_WEEKS;
  let lo = 1;
  let hi = candidates.length;
  if (!fits(candidates.length)) {
    // Every important goal moves out; the essential ones may still fit with one activity each.
    lastFloor = ONE_EACH;
    if (!fits(candidates.length)) return null;
    floors = [ONE_EACH];
    lo = hi;
  }
  // What fitting them all in 30 weeks would take, trimmed as far as the plan trims before moving
  // goals out (more than the hours asked for: those did not fit them).
  chooseActivities(core, workHoursOf(work), new Map(core.flat().map((g) => [g, keptFloor(g)])));
  const minutesForAll = wholeHoursToFit(core, work, minutes, r.maxConcurrent, full);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  const deferred = candidates.slice(0, hi);
  const kept = coreWithout(core, new Set(deferred));
  let fitted = trimToFit(r, kept, work, minutes, floors, CORE_MAX_WEEKS);
  if (!fitted || fitted.weeks > CORE_MAX_WEEKS) fitted = fitsWith(hi);
  if (!fitted) return null;
  return { kept, deferred, minutesForAll, schedule: fitted };
}

function sizeWarnings(r: Resolved, core: GoalSpec[][], sized: Sized, minutes: number): string[] {
  const warnings: string[] = [];
  const s = sized.schedule;
  for (const goal of core.flat()) {
    if (goal.library.length >= goal.wants) continue;
    const step = `${goal.competency.name} from level ${goal.fromLevel} to ${goal.fromLevel + 1}`;
    warnings.push(
      goal.library.length === 0
        ? `The framework has no activities for ${step}; add some on the Roles page, or agree one with the person.`
        : `${step} wants ${goal.wants} activities and the framework has ${goal.library.length}; add some on the Roles page, or agree more with the person.`,
    );
  }
  if (s.weeks > MAX_WEEKS) {
    warnings.push(
      `Even with fewer activities per goal this move takes about ${Math.round(s.weeks / 4.35)} months at ` +
        `${hoursText(minutes)} a week. Consider more development time, or a first plan for the most important gaps only.`,
    );
  } else if (s.weeks > CORE_MAX_WEEKS) {
    warnings.push(
      `At ${hoursText(minutes)} a week the core plan takes ${s.weeks} weeks, longer than the six months a move usually takes, even with fewer activities per goal. ` +
        (sized.neededMinutes === null
          ? `More hours alone would not fit it in six months: the calendar time its activities need, ${r.maxConcurrent} competencies at a time, sets the pace. Consider a first plan for the most important gaps.`
          : `About ${hoursText(sized.neededMinutes)} a week would fit it in six months.`),
    );
  }
  if (sized.deferred.length > 0) {
    const names = [...new Set(sized.deferred.map((g) => g.competency.name))];
    warnings.push(
      `At ${hoursText(minutes)} a week every essential and important goal would not fit in about 30 weeks, so ${sized.deferred.length} of the least urgent important goal${sized.deferred.length === 1 ? '' : 's'} (${listNames(names)}) come next, once the first six months are done; every essential goal and the skills this move must flex first stay in the plan. ` +
        (sized.minutesForAll === null
          ? 'More hours alone would not fit them all in 30 weeks: the calendar time their activities need sets the pace.'
          : `About ${hoursText(sized.minutesForAll)} a week would fit them all.`),
    );
  }
  if (sized.trimmed > 0) {
    warnings.push(
      `To fit the core plan in about 30 weeks at ${hoursText(minutes)} a week, ${sized.trimmed} goal${sized.trimmed === 1 ? ' has' : 's have'} fewer activities than ${sized.trimmed === 1 ? 'it' : 'they'} would want (the least urgent first); more hours a week give them their full set.`,
    );
  }
  return warnings;
}

function mixWarning(hoursByKind: Record<ActivityKind, number>): string | null {
  const total = hoursByKind.experience + hoursByKind.people + hoursByKind.course;
  if (total === 0) return null;
  const share = (k: ActivityKind) => Math.round((hoursByKind[k] / total) * 100);
  const off = (Object.keys(TARGET_MIX) as ActivityKind[]).some(
    (k) => Math.abs(share(k) - TARGET_MIX[k]) > MIX_TOLERANCE,
  );
  if (!off) return null;
  return (
    `The activities available give a mix of ${share('experience')}% on the job, ${share('people')}% with people and ` +
    `${share('course')}% courses, not the 70-20-10 to aim for; add activities of the missing kind on the Roles page if it matters here.`
  );
}

function plannedActivity(
  spec: GoalSpec['chosen'][number],
  timed: { startWeek: number; endWeek: number },
  calendar: PlanCalendar,
): PlannedActivity {
  const a = spec.source;
  return {
    activityId: a.id,
    competencyId: a.competencyId,
    title: a.title,
    description: a.description,
    withWhom: a.withWhom,
    evidence: a.evidence,
    kind: a.kind,
    effortHours: a.effortHours,
    stage: spec.stage,
    spanWeeks: timed.endWeek - timed.startWeek + 1,
    startDate: calendar.day(calendar.weekStart(timed.startWeek)),
    dueDate: calendar.day(calendar.weekEnd(timed.endWeek)),
  };
}

function buildPhases(core: GoalSpec[][], s: Schedule, frames: PhaseFrame[], calendar: PlanCalendar): Phase[] {
  const phases: Phase[] = frames.map((f, index) => ({
    index,
    key: f.shape.key,
    name: f.shape.name,
    focus: f.shape.focus,
    startDate: calendar.day(f.startDay),
    endDate: calendar.day(f.endDay),
    goals: [],
  }));
  const placed: { goal: Goal; day: number; priority: number }[] = [];
  for (const spec of core.flat()) {
    const timed = s.goals.get(spec);
    if (!timed) continue;
    const day = calendar.weekStart(timed.startWeek);
    placed.push({
      day,
      priority: spec.priority,
      goal: {
        id: `${spec.competency.id}@${spec.fromLevel + 1}`,
        competencyId: spec.competency.id,
        competencyName: spec.competency.name,
        fromLevel: spec.fromLevel,
        toLevel: (spec.fromLevel + 1) as Goal['toLevel'],
        weight: spec.weight,
        startDate: calendar.day(day),
        dueDate: calendar.day(calendar.weekEnd(timed.endWeek)),
        activities: (s.placed.get(spec) ?? spec.chosen).map((a) =>
          plannedActivity(a, s.activities.get(a) ?? timed, calendar),
        ),
      },
    });
  }
  placed.sort((a, b) => a.day - b.day || a.priority - b.priority);
  for (const p of placed) phases[phaseIndexAt(frames, p.day)]?.goals.push(p.goal);
  return phases;
}

function transitionActivities(s: Schedule, calendar: PlanCalendar): TransitionActivity[] {
  return [...s.transition].map(([w, timed]) => ({
    id: w.id,
    purpose: w.purpose,
    competencyId: w.competencyId,
    title: w.title,
    description: w.description,
    withWhom: w.withWhom,
    evidence: w.evidence,
    kind: w.kind,
    effortHours: Math.round((w.minutes / 60) * 100) / 100,
    spanWeeks: timed.endWeek - timed.startWeek + 1,
    startDate: calendar.day(calendar.weekStart(timed.startWeek)),
    dueDate: calendar.day(calendar.weekEnd(timed.endWeek)),
    checkInTopic: w.checkInTopic,
  }));
}

function milestones(
  calendar: PlanCalendar,
  endDay: number,
  goals: Goal[],
  work: TransitionActivity[],
): Milestone[] {
  const labels: Record<number, string> = { 30: '30 days', 60: '60 days', 90: '90 days', 182: '6 months' };
  // A plan ending within two weeks of a milestone still gets it, on its last day.
  return MILESTONE_DAYS.filter((d) => d - MILESTONE_GRACE_DAYS <= endDay).map((d) => {
    const date = calendar.day(Math.min(endDay, calendar.workingDayFrom(d)));
    // Only the highest level each competency has reached by then.
    const reached = goals.filter(
      (g) =>
        g.dueDate <= date &&
        !goals.some((h) => h.competencyId === g.competencyId && h.toLevel > g.toLevel && h.dueDate <= date),
    );
    const underway = goals.filter((g) => g.startDate <= date && g.dueDate > date);
    const handedOver = work.filter((w) => w.purpose === 'letGo' && w.dueDate <= date);
    const parts: string[] = [];
    if (d === 30) parts.push('expectations agreed');
    if (handedOver.length > 0 && d === 30)
      parts.push(`handed over: ${handedOver.map((w) => w.title.toLowerCase()).join('; ')}`);
    if (reached.length > 0)
      parts.push(
        `reached: ${reached.map((g) => `${g.competencyName} ${levelNames[g.toLevel].toLowerCase()}`).join(', ')}`,
      );
    if (underway.length > 0)
      parts.push(`under way: ${[...new Set(underway.map((g) => g.competencyName))].join(', ')}`);
    const text = parts.join('; ');
    return {
      day: d,
      label: labels[d] ?? `${d} days`,
      date,
      expect: text.charAt(0).toUpperCase() + text.slice(1),
    };
  });
}

/** Whole plan weeks that end on or before the requested end date, if there is one. */
function weeksUntil(targetEndDate: string | null, startDate: string, calendar: PlanCalendar): number | null {
  if (!targetEndDate) return null;
  const targetDay = differenceInCalendarDays(toLocalDate(targetEndDate), toLocalDate(startDate));
  let weeks = 0;
  while (calendar.weekEnd(weeks) <= targetDay) weeks += 1;
  return weeks;
}

/** An end date the hours cannot meet: keep the hours, end later, and say what the date would take. */
function lateWarning(minutes: number, endDate: string, targetEndDate: string, needed: number | null): string {
  return (
    `At ${hoursText(minutes)} a week the gaps close by ${readableDate(endDate)}, later than the ` +
    `${readableDate(targetEndDate)} you asked for. ` +
    (needed === null
      ? 'Even a full-time effort would not close them by then. '
      : `Finishing by then would take about ${hoursText(needed)} a week. `) +
    'The plan keeps the hours you set and ends later, rather than overload the person.'
  );
}

/** What the plan rests on that the manager should know first: assumed levels, heavy hours. */
function inputWarnings(r: Resolved, gaps: CompetencyGap[]): string[] {
  const warnings: string[] = [];
  if (r.assumed) {
    warnings.push(
      `No assessment yet: this plan assumes the levels a ${r.from.name} is expected to have. Record an assessment and re-plan so it fits the person.`,
    );
  } else if (r.assumedIds.length > 0) {
    const names = gaps.filter((g) => g.assumed).map((g) => g.name);
    warnings.push(
      `The assessment leaves out ${names.join(', ')}: the plan assumes the level a ${r.from.name} is expected to have there. Assess ${names.length === 1 ? 'it' : 'them'} and re-plan to be sure.`,
    );
  }
  if (r.hoursPerWeek > HEAVY_HOURS_PER_WEEK) {
    warnings.push(
      `${r.hoursPerWeek} hours a week on development is a lot beside a full role; check it is realistic, or the plan will slip.`,
    );
  }
  return warnings;
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

/**
 * Important goals moved out of the dated plan so it fits about six months: listed as "next", with
 * why. A competency with no level left in the plan is marked follow-on in the gaps.
 */
function nextGoals(deferred: GoalSpec[], gaps: CompetencyGap[], core: GoalSpec[][]): FollowOnGoal[] {
  if (deferred.length === 0) return [];
  const dated = new Set(core.map((levels) => (levels[0] as GoalSpec).competency.id));
  for (const gap of gaps) {
    if (gap.planned === 'core' && !dated.has(gap.competencyId)) gap.planned = 'followOn';
  }
  return [...deferred]
    .sort((a, b) => a.priority - b.priority || a.fromLevel - b.fromLevel)
    .map((g) => {
      const example = g.library.find((a) => HANDS_ON_STAGES.has(a.stage)) ?? g.library[0];
      return {
        competencyId: g.competency.id,
        competencyName: g.competency.name,
        fromLevel: g.fromLevel,
        toLevel: (g.fromLevel + 1) as FollowOnGoal['toLevel'],
        weight: g.weight,
        activityTitles: example ? [example.source.title] : [],
        when: 'next' as const,
        why: 'Important for the new role, but less urgent than the goals in the plan: next, once the first six months are done.',
      };
    });
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
