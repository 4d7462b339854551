// Fitting the core plan into about 30 weeks: trim, then defer, then (past a year) one activity each;
// and how many hours a week a given length would take.
import { CORE_MAX_WEEKS, CORE_TARGET_WEEKS, MAX_WEEKS } from './limits';
import { deferToFit } from './defer';
import { MAX_HOURS_PER_WEEK, type Resolved } from './resolve';
import { schedule, type Schedule } from './schedule';
import type { GoalSpec } from './size';
import type { TransitionSpec } from './transition-work';
import { ONE_EACH, trimToFit } from './trim';
import { PlannerInputError } from './types';

/**
 * About the fewest weekly minutes (in half hours) that fit the plan in `weeks`, or null when even
 * full time does not. Starts from a guess (the effort over the weeks, at the packing the first
 * schedule achieved) so it needs only a few trial schedules.
 */
export function minutesToFit(
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

export interface Sized {
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

/**
 * Size and schedule: choose activities towards 70-20-10 and put them on weeks. When the core runs
 * past 30 weeks, the least urgent goals give up their extra activities first (an essential goal
 * keeps two, any other one; then only an essential competency's first goal keeps two). If it still
 * runs past 30 weeks, the least urgent important goals (never an essential one, never a skill the
 * move must flex first) move to a "next" list, as few as fit it; if even that does not fit, nothing
 * moves and, past a year, every goal keeps only one activity.
 */
export function sizeAndSchedule(
  r: Resolved,
  core: GoalSpec[][],
  work: TransitionSpec[],
  minutes: number,
): Sized {
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
