// Step 4 of the planner: put the work on a week grid. Every activity runs for its span with its
// effort spread evenly across it, and no week gets more minutes than the person has. The move's
// own work goes in first; goals then start as slots free up (at most `maxConcurrent` competencies
// at once), in the order `nextGoal` says. Within a goal activities run learn → try → feedback → own,
// a later one starting when the earlier ends or, for long ones, halfway through it; an activity
// whose earliest week would hold its goal open past its phase is swapped for one that need not wait.
import { PHASE_DAYS } from './phases';
import { HANDS_ON_STAGES as HANDS_ON, inStageOrder, type ActivitySpec, type GoalSpec } from './size';
import type { TransitionSpec } from './transition-work';

/** Safety bound: a plan that needs longer than this cannot be made at these hours. */
export const HARD_MAX_WEEKS = 520;
/** A busy stretch may thin an activity out over at most this many extra weeks (and never past twice its span). */
const STRETCH_WEEKS = 4;

export interface Timed {
  startWeek: number;
  endWeek: number;
}

export interface Schedule {
  /** Weeks with work in them (the last one is weeks - 1). */
  weeks: number;
  goals: Map<GoalSpec, Timed>;
  activities: Map<ActivitySpec, Timed>;
  transition: Map<TransitionSpec, Timed>;
  /** Each goal's activities as scheduled: its chosen ones, a late-gated one swapped for a gate-free one. */
  placed: Map<GoalSpec, ActivitySpec[]>;
  weeklyMinutes: number[];
}

/** The last week of the phase week `week` falls in (the 30/90-day/6-month boundaries), or null in the last phase. */
export function phaseEndWeek(week: number): number | null {
  const next = PHASE_DAYS.find((day) => day > week * 7);
  return next === undefined ? null : Math.floor((next - 1) / 7);
}

/**
 * The goal's activities with any whose earliest week would hold it open past the phase it starts
 * in (or past the core plan, `lastWeek`) swapped for a gate-free one from the same library step: a
 * goal should not sit open for months for one activity. The stand-in keeps a hands-on activity in
 * the goal and prefers one that ends within the phase, then the same kind (the mix), then the
 * shortest span; the set then runs in stage order again.
 */
function withoutLateGates(goal: GoalSpec, start: number, lastWeek: number): ActivitySpec[] {
  const end = phaseEndWeek(start) ?? lastWeek;
  let chosen = goal.chosen;
  for (const gated of goal.chosen) {
    if (gated.earliestWeek <= start || gated.earliestWeek + gated.spanWeeks - 1 <= end) continue;
    const rest = chosen.filter((a) => a !== gated);
    const needsHandsOn =
      !rest.some((a) => HANDS_ON.has(a.stage)) && goal.library.some((a) => HANDS_ON.has(a.stage));
    const ids = new Set(goal.library.map((a) => a.source.id));
    const late = (a: ActivitySpec) => (start + a.spanWeeks - 1 > end ? 1 : 0);
    const sameKind = (a: ActivitySpec) => (a.source.kind === gated.source.kind ? 0 : 1);
    const swap = goal.library
      .filter(
        (a) =>
          !chosen.includes(a) &&
          a.earliestWeek <= start &&
          (!needsHandsOn || HANDS_ON.has(a.stage)) &&
          a.after.every((id) => !ids.has(id) || rest.some((b) => b.source.id === id)),
      )
      .sort((x, y) => late(x) - late(y) || sameKind(x) - sameKind(y) || x.spanWeeks - y.spanWeeks)[0];
    if (swap) chosen = inStageOrder([...rest, swap]);
  }
  return chosen;
}

class WeekGrid {
  readonly minutes: number[] = [];
  constructor(readonly capacity: number) {}

  private share(total: number, span: number, k: number): number {
    return Math.floor(total / span) + (k < total % span ? 1 : 0);
  }

  private fits(total: number, start: number, span: number): boolean {
    for (let k = 0; k < span; k += 1) {
      if ((this.minutes[start + k] ?? 0) + this.share(total, span, k) > this.capacity) return false;
    }
    return true;
  }

  /**
   * The placement at or after `ready` that starts soonest, the effort spread evenly over at least
   * `spanWeeks` (and a few weeks more, up to twice that, when busy weeks leave room only for a
   * thinner spread); at that start, the shortest spread that fits. Starting as soon as there is
   * room keeps the weeks full, so the plan is no longer than the hours make it.
   */
  /** Where `place` would put the work, without putting it there. */
  probe(total: number, spanWeeks: number, ready: number): Timed | null {
    return this.place(total, spanWeeks, ready, false);
  }

  place(total: number, spanWeeks: number, ready: number, commit = true): Timed | null {
    const shortest = Math.max(spanWeeks, Math.ceil(total / this.capacity));
    const longest = Math.min(shortest * 2, shortest + STRETCH_WEEKS);
    let best: { start: number; span: number } | null = null;
    for (let start = ready; !best && start + shortest <= HARD_MAX_WEEKS; start += 1) {
      for (let span = shortest; span <= longest && start + span <= HARD_MAX_WEEKS; span += 1) {
        if (this.fits(total, start, span)) {
          best = { start, span };
          break;
        }
      }
    }
    if (!best) return null;
    if (!commit) return { startWeek: best.start, endWeek: best.start + best.span - 1 };
    for (let k = 0; k < best.span; k += 1) {
      this.minutes[best.start + k] = (this.minutes[best.start + k] ?? 0) + this.share(total, best.span, k);
    }
    return { startWeek: best.start, endWeek: best.start + best.span - 1 };
  }
}

function placeGoal(
  grid: WeekGrid,
  goal: GoalSpec,
  start: number,
  done: Map<string, Timed>,
  out: Map<ActivitySpec, Timed>,
  lastWeek: number,
): { timed: Timed; activities: ActivitySpec[] } | null {
  // Where the goal would start decides its phase, and so whether a gate would hold it open.
  const opening = goal.chosen[0];
  const gated = goal.chosen.some((a) => a.earliestWeek > start);
  const starts =
    gated && opening ? (grid.probe(opening.minutes, opening.spanWeeks, start)?.startWeek ?? start) : start;
  const activities = gated ? withoutLateGates(goal, starts, lastWeek) : goal.chosen;
  let ready = start;
  let first = Number.POSITIVE_INFINITY;
  let last = start;
  for (const a of activities) {
    let at = Math.max(ready, a.earliestWeek);
    for (const id of a.after) {
      const before = done.get(id);
      if (before) at = Math.max(at, before.endWeek + 1);
    }
    const timed = grid.place(a.minutes, a.spanWeeks, at);
    if (!timed) return null;
    out.set(a, timed);
    done.set(a.source.id, timed);
    first = Math.min(first, timed.startWeek);
    last = Math.max(last, timed.endWeek);
    // The next stage follows this one, or joins it halfway through a long one.
    const span = timed.endWeek - timed.startWeek + 1;
    ready = Math.min(timed.endWeek + 1, timed.startWeek + Math.max(2, Math.ceil(span / 2)));
  }
  return { timed: { startWeek: Number.isFinite(first) ? first : start, endWeek: last }, activities };
}

/**
 * Which goals start first, tier by tier (priority order within each): an essential competency or a
 * skill the move must flex first, not yet started; the next level of a flex-first skill; any other
 * competency not yet started; the next level of the rest. Every competency in the plan so starts before the ones that
 * are not flex-first deepen, and the last phase is left to finish work rather than to start it.
 */
function tierOf(head: GoalSpec, started: boolean): number {
  if (!started) return head.weight === 3 || head.flexFirst ? 0 : 2;
  return head.flexFirst ? 1 : 3;
}

/** The next goal to start among those whose competency is free, or undefined. */
function nextGoal(queues: GoalSpec[][], started: Set<GoalSpec[]>, busy: Set<GoalSpec[]>) {
  let best: GoalSpec[] | undefined;
  let bestTier = Number.POSITIVE_INFINITY;
  for (const queue of queues) {
    if (queue.length === 0 || busy.has(queue)) continue;
    const tier = tierOf(queue[0] as GoalSpec, started.has(queue));
    if (tier < bestTier) {
      best = queue;
      bestTier = tier;
    }
  }
  return best;
}

export function schedule(
  core: GoalSpec[][],
  work: TransitionSpec[],
  minutesPerWeek: number,
  maxConcurrent: number,
  /** The last week of the core plan: a gate later than this is swapped for gate-free work. */
  lastWeek = Number.POSITIVE_INFINITY,
): Schedule | null {
  const grid = new WeekGrid(minutesPerWeek);
  const transition = new Map<TransitionSpec, Timed>();
  for (const w of work) {
    const timed = grid.place(w.minutes, w.spanWeeks, 0);
    if (!timed) return null;
    transition.set(w, timed);
  }
  const goals = new Map<GoalSpec, Timed>();
  const activities = new Map<ActivitySpec, Timed>();
  const placed = new Map<GoalSpec, ActivitySpec[]>();
  const done = new Map<string, Timed>();
  const queues = core.map((levels) => [...levels]);
  const started = new Set<GoalSpec[]>();
  const running = new Map<GoalSpec[], number>(); // queue → week its current goal ends
  let remaining = queues.reduce((sum, q) => sum + q.length, 0);
  // A goal started later never begins before one started earlier, so the order goals start in
  // (most urgent first) is the order the person sees them begin.
  let lastStart = 0;
  for (let week = 0; remaining > 0; week += 1) {
    if (week >= HARD_MAX_WEEKS) return null;
    for (const [queue, end] of running) if (end < week) running.delete(queue);
    while (running.size < maxConcurrent) {
      const queue = nextGoal(queues, started, new Set(running.keys()));
      if (!queue) break;
      const goal = queue.shift() as GoalSpec;
      started.add(queue);
      remaining -= 1;
      const result = placeGoal(grid, goal, Math.max(week, lastStart), done, activities, lastWeek);
      if (!result) return null;
      const { timed } = result;
      placed.set(goal, result.activities);
      lastStart = Math.max(lastStart, timed.startWeek);
      goals.set(goal, timed);
      running.set(queue, timed.endWeek);
    }
  }
  const weeks = Math.max(1, ...[...goals.values(), ...transition.values()].map((t) => t.endWeek + 1));
  return {
    weeks,
    goals,
    activities,
    transition,
    placed,
    weeklyMinutes: Array.from({ length: weeks }, (_, w) => grid.minutes[w] ?? 0),
  };
}
