// The planner's "weeks are used" rule (docs/planner.md, section 6) as a check on a generated plan:
// the quiet weeks in which the next goal in line could have started. The property test and the
// examples it found share it, so an example fails exactly when the property would.
import { differenceInCalendarDays } from 'date-fns';
import { toLocalDate } from '../../src/shared/dates/calendar-date';
import type { Activity } from '../../src/shared/framework/types';
import type { Plan, PlanInput } from '../../src/shared/planner';
import { spanFromEffort } from '../../src/shared/planner/size';

// The planner counts whole minutes: each activity's minutes spread evenly over its weeks, the odd
// minutes in its first weeks, and no week ever a minute over the weekly hours. Counting hours with
// a 0.02 h (1.2 minutes) allowance named starts that would have put a week one minute over the
// hours, which the planner rightly did not make (planner.quiet-weeks.test.ts); so minutes here too.
const minutesOf = (effortHours: number) => Math.max(1, Math.round(effortHours * 60));
const share = (total: number, spread: number, k: number) =>
  Math.floor(total / spread) + (k < total % spread ? 1 : 0);

/** A week under half the hours while the goals next in line could all have started in it. */
export interface QuietWeek {
  week: number;
  hours: number;
  pace: number;
  couldStart: string[];
}

/**
 * Every week before the last one with work that holds under half the weekly hours while a
 * competency slot is free and each goal next in line could have started there; empty when the
 * plan keeps its weeks used.
 */
export function quietWeeksWithRoom(input: PlanInput, plan: Plan): QuietWeek[] {
  const pace = plan.load.paceHoursPerWeek;
  const limit = plan.options.maxConcurrent;
  const load = plan.load.weeklyHours;
  const last = load.reduce((at, h, w) => (h > 0 ? w : at), -1);
  const weekOf = (date: string) =>
    Math.floor(differenceInCalendarDays(toLocalDate(date), toLocalDate(plan.horizon.startDate)) / 7);
  const goals = plan.phases.flatMap((phase) => phase.goals);
  type G = (typeof goals)[number];
  const from = (g: G) => weekOf(g.startDate);
  const to = (g: G) => weekOf(g.dueDate);
  // Shown rounded to 0.01 h (0.3 minutes at most), the weekly hours give back the exact minutes.
  const paceMinutes = Math.round(pace * 60);
  const minutesIn = (k: number) => Math.round((load[k] ?? 0) * 60);
  // Could the goal have started in week w? Its first activity, spread over its span or up to
  // twice that (at most four weeks more), must fit beside everything else in those weeks.
  const couldStartIn = (g: G, w: number) => {
    const first = g.activities[0];
    if (!first) return false;
    const source = input.framework.activities.find((x) => x.id === first.activityId) as Activity;
    if ((source.earliestWeek ?? 0) > w) return false;
    const before = goals.filter((h) => h.competencyId === g.competencyId && h.toLevel < g.toLevel);
    if (before.some((h) => to(h) >= w)) return false;
    const total = minutesOf(first.effortHours);
    const span = source.spanWeeks ?? spanFromEffort(source.effortHours, pace, limit);
    const shortest = Math.max(span, Math.ceil(total / paceMinutes));
    // The goal's own activities would not be where they are had it started in week w.
    const own = (k: number) =>
      g.activities
        .filter((a) => weekOf(a.startDate) <= k && weekOf(a.dueDate) >= k)
        .reduce((sum, a) => sum + share(minutesOf(a.effortHours), a.spanWeeks, k - weekOf(a.startDate)), 0);
    for (let spread = shortest; spread <= Math.min(2 * shortest, shortest + 4); spread += 1) {
      let fits = true;
      for (let k = w; k < w + spread && fits; k += 1)
        fits = minutesIn(k) - own(k) + share(total, spread, k - w) <= paceMinutes;
      if (fits) return true;
    }
    return false;
  };
  const quiet: QuietWeek[] = [];
  for (let w = 0; w < last; w += 1) {
    if ((load[w] ?? 0) >= pace / 2 - 1e-9) continue;
    const running = new Set(goals.filter((g) => from(g) <= w && to(g) >= w).map((g) => g.competencyId));
    if (running.size >= limit) continue;
    // Goals start in priority order, so only the next goal in line may start in a quiet week.
    const next = Math.min(...goals.filter((g) => from(g) > w).map(from));
    const inLine = goals.filter((g) => from(g) === next && !running.has(g.competencyId));
    if (inLine.length === 0) continue;
    if (inLine.every((g) => couldStartIn(g, w)))
      quiet.push({ week: w, hours: load[w] ?? 0, pace, couldStart: inLine.map((g) => g.id) });
  }
  return quiet;
}
