// How a transition is going, as pure functions: readiness, gap closed, forecast, status and the
// weekly series the charts draw. docs/progress.md explains each in a manager's words.
import { addDays, differenceInCalendarDays } from 'date-fns';
import { dayNumber, toCalendarDate, toLocalDate } from '../dates/calendar-date';
import { expectationFor } from '../framework/lookup';
import type { ActivityKind, Competency, Level, Role } from '../framework/types';

export type Levels = Record<string, Level>;

/** Levels still to climb, each weighted by how much the target role counts on the competency. */
export function weightedGap(levels: Levels, target: Role, competencies: Competency[]): number {
  return competencies.reduce((sum, c) => {
    const { level, weight } = expectationFor(target, c.id);
    return sum + Math.max(0, level - (levels[c.id] ?? 0)) * weight;
  }, 0);
}

/**
 * How close someone is to what the target role expects, from 0 (nothing yet) to 1 (there):
 * weighted levels reached, each counted up to its target, over the weighted target levels.
 */
export function readiness(levels: Levels, target: Role, competencies: Competency[]): number {
  let reached = 0;
  let wanted = 0;
  for (const c of competencies) {
    const { level, weight } = expectationFor(target, c.id);
    reached += Math.min(level, levels[c.id] ?? 0) * weight;
    wanted += level * weight;
  }
  return wanted === 0 ? 1 : reached / wanted;
}

/** Share of the first assessment's weighted gap closed since; null without a first gap to close. */
export function gapClosed(firstGap: number, latestGap: number): number | null {
  if (firstGap <= 0) return null;
  return Math.max(0, Math.min(1, (firstGap - latestGap) / firstGap));
}

export interface ReadinessPoint {
  date: string;
  readiness: number;
}

export interface Forecast {
  /** When readiness reaches 1 at the pace seen so far; null when it cannot be said. */
  date: string | null;
  reached: boolean;
  /** Readiness gained per week, from a least-squares line through the assessments. */
  pacePerWeek: number | null;
  explanation: string;
}

const FORECAST_LIMIT_DAYS = 5 * 365;

export function forecast(points: ReadinessPoint[]): Forecast {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const latest = sorted.at(-1);
  if (!latest) return { date: null, reached: false, pacePerWeek: null, explanation: 'No assessment yet.' };
  if (latest.readiness >= 1)
    return {
      date: latest.date,
      reached: true,
      pacePerWeek: null,
      explanation: 'Already meets the role’s expectations.',
    };
  const first = sorted[0] as ReadinessPoint;
  const days = sorted.map((p) => differenceInCalendarDays(toLocalDate(p.date), toLocalDate(first.date)));
  const span = (days.at(-1) ?? 0) - (days[0] ?? 0);
  if (sorted.length < 2 || span === 0) {
    return {
      date: null,
      reached: false,
      pacePerWeek: null,
      explanation: 'A forecast needs two assessments on different days.',
    };
  }
  const n = sorted.length;
  const meanX = days.reduce((a, b) => a + b, 0) / n;
  const meanY = sorted.reduce((a, p) => a + p.readiness, 0) / n;
  let sxy = 0;
  let sxx = 0;
  sorted.forEach((p, i) => {
    const dx = (days[i] ?? 0) - meanX;
    sxy += dx * (p.readiness - meanY);
    sxx += dx * dx;
  });
  const perDay = sxy / sxx;
  const pacePerWeek = perDay * 7;
  if (perDay <= 0) {
    return {
      date: null,
      reached: false,
      pacePerWeek,
      explanation: 'No progress between assessments, so no date can be forecast.',
    };
  }
  // A hair of tolerance so floating-point noise does not add a day.
  const daysToGo = Math.ceil((1 - latest.readiness) / perDay - 1e-9);
  if (daysToGo > FORECAST_LIMIT_DAYS) {
    return {
      date: null,
      reached: false,
      pacePerWeek,
      explanation: 'At this pace it would take more than five years.',
    };
  }
  return {
    date: toCalendarDate(addDays(toLocalDate(latest.date), daysToGo)),
    reached: false,
    pacePerWeek,
    explanation: `At ${Math.round(pacePerWeek * 1000) / 10} points a week, the pace across ${n} assessments.`,
  };
}

export type TransitionStatus = 'on-track' | 'slipping' | 'stalled' | 'no-plan' | 'not-started';

export interface ActivityFact {
  status: 'planned' | 'done' | 'removed';
  dueDate: string;
  doneOn: string | null;
}

export interface StatusInput {
  today: string;
  planStart: string | null;
  activities: ActivityFact[];
  /** Scheduled check-ins whose date has passed without being held. */
  missedCheckIns: number;
  /** Readiness from the latest and the one before it (manager assessments). */
  latestReadiness: number | null;
  previousReadiness: number | null;
}

export const STALLED_AFTER_DAYS = 21;

/** What the status reads from a plan's activities on a given day. */
export interface ActivityCounts {
  /** Live (not removed) activities due on or before today. */
  dueByNow: number;
  /** Planned activities due before today. */
  overdue: number;
  /** Activities done, whenever they were due. */
  done: number;
  /** The latest date an activity was done. */
  lastDone: string | null;
}

export function activityCounts(activities: ActivityFact[], today: string): ActivityCounts {
  let dueByNow = 0;
  let overdue = 0;
  let done = 0;
  let lastDone: string | null = null;
  for (const a of activities) {
    if (a.status === 'removed') continue;
    if (a.dueDate <= today) dueByNow += 1;
    if (a.status === 'planned' && a.dueDate < today) overdue += 1;
    if (a.status === 'done') {
      done += 1;
      const on = a.doneOn ?? '';
      if (lastDone === null || on > lastDone) lastDone = on;
    }
  }
  return { dueByNow, overdue, done, lastDone };
}

export function transitionStatus(input: StatusInput): { status: TransitionStatus; reasons: string[] } {
  const { activities, ...rest } = input;
  return statusFromCounts({ ...rest, counts: activityCounts(activities, input.today) });
}

/** The same judgement as transitionStatus, from activity counts worked out elsewhere (the dashboard). */
export function statusFromCounts(input: Omit<StatusInput, 'activities'> & { counts: ActivityCounts }): {
  status: TransitionStatus;
  reasons: string[];
} {
  if (!input.planStart) return { status: 'no-plan', reasons: ['No coaching plan yet'] };
  if (input.planStart > input.today)
    return { status: 'not-started', reasons: ['The plan has not started yet'] };
  const { dueByNow, overdue, done, lastDone } = input.counts;
  // Plain arithmetic and one list, no closures: the dashboard judges every active hire after a start.
  const quiet = dayNumber(input.today) - dayNumber(lastDone ? lastDone : input.planStart);
  const quietWeeks = Math.floor(quiet / 7);

  // The reasons the move has stalled come first, then those it is slipping.
  const reasons: string[] = [];
  if (quiet >= STALLED_AFTER_DAYS && overdue > 0) {
    reasons.push(
      lastDone
        ? `No activity completed in ${quietWeeks} weeks`
        : `Nothing completed ${quietWeeks} weeks into the plan`,
    );
  }
  if (input.missedCheckIns >= 2) reasons.push(`${input.missedCheckIns} check-ins missed`);
  const stalled = reasons.length > 0;
  if (input.missedCheckIns === 1) reasons.push('1 check-in missed');
  if (overdue >= 2) reasons.push(`${overdue} activities overdue`);
  if (dueByNow >= 3 && done < 0.8 * dueByNow) {
    reasons.push(`${done} of ${dueByNow} activities due so far are done`);
  }
  if (
    input.latestReadiness !== null &&
    input.previousReadiness !== null &&
    input.latestReadiness < input.previousReadiness - 1e-9
  ) {
    reasons.push('Readiness fell at the last assessment');
  }
  if (stalled) return { status: 'stalled', reasons };
  if (reasons.length > 0) return { status: 'slipping', reasons };
  return {
    status: 'on-track',
    reasons: [done > 0 ? `${done} activities done, none badly behind` : 'On schedule so far'],
  };
}

export interface CompletionWeek {
  weekStart: string;
  /** Activities due by the end of this week (cumulative). */
  planned: number;
  /** Activities done by the end of this week (cumulative). */
  done: number;
}

/** Cumulative planned and done activities per week, from the plan's start to this week (or its end). */
export function completionByWeek(
  planStart: string,
  planEnd: string,
  activities: ActivityFact[],
  today: string,
): CompletionWeek[] {
  const live = activities.filter((a) => a.status !== 'removed');
  const start = toLocalDate(planStart);
  const last = today < planEnd ? today : planEnd;
  const weeks = Math.max(0, Math.floor(differenceInCalendarDays(toLocalDate(last), start) / 7)) + 1;
  const due = live.map((a) => a.dueDate).sort();
  const doneDates = live
    .filter((a) => a.doneOn)
    .map((a) => a.doneOn as string)
    .sort();
  const series: CompletionWeek[] = [];
  let i = 0;
  let j = 0;
  for (let w = 0; w < weeks; w += 1) {
    const weekEnd = toCalendarDate(addDays(start, w * 7 + 6));
    while (i < due.length && (due[i] as string) <= weekEnd) i += 1;
    while (j < doneDates.length && (doneDates[j] as string) <= weekEnd) j += 1;
    series.push({ weekStart: toCalendarDate(addDays(start, w * 7)), planned: i, done: j });
  }
  return series;
}

export interface LoadInput {
  checkInDates: string[];
  activities: { dueDate: string; kind: ActivityKind; status: 'planned' | 'done' | 'removed' }[];
}

export interface LoadWeek {
  weekStart: string;
  checkIns: number;
  checkInHours: number;
  coachingHours: number;
  totalHours: number;
  overBudget: boolean;
}

/** Manager time an open activity asks for in the week it is due: a debrief, more for learning from people. */
export const COACHING_MINUTES: Record<ActivityKind, number> = { experience: 20, people: 30, course: 10 };

/** The first day of the week `today` is in, for weeks starting on `weekStartsOn` (0 Sunday, 1 Monday). */
export function weekStart(today: string, weekStartsOn = 1): Date {
  const day = toLocalDate(today);
  return addDays(day, -((day.getDay() - weekStartsOn + 7) % 7));
}

/** The `weeks` weeks from the start of this week (Monday unless `weekStartsOn` says otherwise). */
export function loadWeeks(today: string, weeks = 8, weekStartsOn = 1): { from: string; to: string }[] {
  const first = weekStart(today, weekStartsOn);
  return Array.from({ length: weeks }, (_, w) => ({
    from: toCalendarDate(addDays(first, w * 7)),
    to: toCalendarDate(addDays(first, w * 7 + 6)),
  }));
}

/** Hours per week from each week's count of check-ins and minutes of activity support. */
export function loadFromTotals(
  totals: { weekStart: string; checkIns: number; coachingMinutes: number }[],
  minutesPerCheckIn: number,
  budgetHours: number,
): LoadWeek[] {
  return totals.map(({ weekStart, checkIns, coachingMinutes }) => {
    const checkInHours = (checkIns * minutesPerCheckIn) / 60;
    const coachingHours = coachingMinutes / 60;
    const totalHours = Math.round((checkInHours + coachingHours) * 100) / 100;
    return {
      weekStart,
      checkIns,
      checkInHours: Math.round(checkInHours * 100) / 100,
      coachingHours: Math.round(coachingHours * 100) / 100,
      totalHours,
      overBudget: totalHours > budgetHours,
    };
  });
}

/** The manager's planned coaching hours per week, over `weeks` weeks from the Monday of this week. */
export function coachingLoad(
  inputs: LoadInput[],
  today: string,
  minutesPerCheckIn: number,
  budgetHours: number,
  weeks = 8,
): LoadWeek[] {
  const totals = loadWeeks(today, weeks).map(({ from, to }) => {
    let checkIns = 0;
    let coachingMinutes = 0;
    for (const input of inputs) {
      checkIns += input.checkInDates.filter((d) => d >= from && d <= to).length;
      for (const a of input.activities) {
        if (a.status === 'planned' && a.dueDate >= from && a.dueDate <= to)
          coachingMinutes += COACHING_MINUTES[a.kind];
      }
    }
    return { weekStart: from, checkIns, coachingMinutes };
  });
  return loadFromTotals(totals, minutesPerCheckIn, budgetHours);
}
