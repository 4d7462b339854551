// Trimming: fewer activities for the least urgent goals, down to a floor, until the core fits its weeks.
// Used when the hours asked for do not fit every activity each goal wants.
import type { ActivityKind } from '../framework/types';
import { CORE_MAX_WEEKS } from './limits';
import type { Resolved } from './resolve';
import { schedule, type Schedule } from './schedule';
import { chooseActivities, type GoalSpec } from './size';
import type { TransitionSpec } from './transition-work';

/** The last floor: every goal keeps a single activity. */
export const ONE_EACH = () => 1;

/** Hours of the move's own work by kind: the mix counts them too. */
export function workHoursOf(work: TransitionSpec[]): Record<ActivityKind, number> {
  const hours: Record<ActivityKind, number> = { experience: 0, people: 0, course: 0 };
  for (const w of work) hours[w.kind] += w.minutes / 60;
  return hours;
}

/** The core without the given goals (each competency keeps the levels before them). */
export function coreWithout(core: GoalSpec[][], left: ReadonlySet<GoalSpec>): GoalSpec[][] {
  return core.map((levels) => levels.filter((g) => !left.has(g))).filter((levels) => levels.length > 0);
}

/**
 * Fits one core: chooses activities towards 70-20-10 and schedules them; when that runs past
 * `weeks`, the least urgent goals give up their extra activities first, down to each floor in turn.
 * Returns the first schedule that fits, or the shortest tried under the last floor.
 */
export function trimToFit(
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
