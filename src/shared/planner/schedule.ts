// Step 4 of the planner: put the work on a week grid. Every activity runs for its span with its
// effort spread evenly across it, and no week gets more minutes than the person has. The move's
// own work goes in first; goals then start as slots free up (at most `maxConcurrent` competencies
// at once): an essential competency not yet started first, then the next level of one under way,
// then the rest, each in priority order. Within a goal activities run learn → try → feedback → own,
// a later one starting when the earlier ends or, for long ones, halfway through it.
import type { ActivitySpec, GoalSpec } from './size';
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
  weeklyMinutes: number[];
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
   * The placement at or after `ready` that finishes soonest, the effort spread evenly over at
   * least `spanWeeks` (and a few weeks more, up to twice that, when a busy week leaves room only
   * for a thinner spread); among equal finishes the earliest start.
   */
  place(total: number, spanWeeks: number, ready: number): Timed | null {
    const shortest = Math.max(spanWeeks, Math.ceil(total / this.capacity));
    const longest = Math.min(shortest * 2, shortest + STRETCH_WEEKS);
    let best: { start: number; span: number } | null = null;
    for (let start = ready; start + shortest <= HARD_MAX_WEEKS; start += 1) {
      if (best && start + shortest - 1 >= best.start + best.span - 1) break;
      for (let span = shortest; span <= longest && start + span <= HARD_MAX_WEEKS; span += 1) {
        if (best && start + span - 1 >= best.start + best.span - 1) break;
        if (this.fits(total, start, span)) {
          best = { start, span };
          break;
        }
      }
    }
    if (!best) return null;
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
): Timed | null {
  let ready = start;
  let first = Number.POSITIVE_INFINITY;
  let last = start;
  for (const a of goal.chosen) {
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
  return { startWeek: Number.isFinite(first) ? first : start, endWeek: last };
}

/** The next goal to start among those whose competency is free, or undefined. */
function nextGoal(queues: GoalSpec[][], started: Set<GoalSpec[]>, busy: Set<GoalSpec[]>) {
  let fresh: GoalSpec[] | undefined;
  let continuing: GoalSpec[] | undefined;
  let rest: GoalSpec[] | undefined;
  for (const queue of queues) {
    if (queue.length === 0 || busy.has(queue)) continue;
    const head = queue[0] as GoalSpec;
    if (!started.has(queue) && head.weight === 3) fresh ??= queue;
    else if (started.has(queue)) continuing ??= queue;
    else rest ??= queue;
  }
  return fresh ?? continuing ?? rest;
}

export function schedule(
  core: GoalSpec[][],
  work: TransitionSpec[],
  minutesPerWeek: number,
  maxConcurrent: number,
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
      const timed = placeGoal(grid, goal, Math.max(week, lastStart), done, activities);
      if (!timed) return null;
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
    weeklyMinutes: Array.from({ length: weeks }, (_, w) => grid.minutes[w] ?? 0),
  };
}
