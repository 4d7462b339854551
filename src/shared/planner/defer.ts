// The follow-on "next" list: important goals moved out of the dated plan so the core fits 30 weeks,
// and how they are listed for the manager.
import { CORE_MAX_WEEKS } from './limits';
import { MAX_HOURS_PER_WEEK, type Resolved } from './resolve';
import { schedule, type Schedule } from './schedule';
import { chooseActivities, HANDS_ON_STAGES, type GoalSpec } from './size';
import type { TransitionSpec } from './transition-work';
import { coreWithout, ONE_EACH, trimToFit, workHoursOf } from './trim';
import type { CompetencyGap, FollowOnGoal } from './types';

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

/**
 * The fewest least-urgent important goals (highest level first within a competency) to move out
 * so the rest fits 30 weeks, or null when even moving them all does not (then nothing moves).
 * Feasibility is tried with every goal trimmed to its floor (one schedule a try); the answer is
 * then fitted again with as few trims as it needs.
 */
export function deferToFit(
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

/**
 * Important goals moved out of the dated plan so it fits about six months: listed as "next", with
 * why. A competency with no level left in the plan is marked follow-on in the gaps.
 */
export function nextGoals(deferred: GoalSpec[], gaps: CompetencyGap[], core: GoalSpec[][]): FollowOnGoal[] {
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
