// One hire's part of the dashboard (its row, its dates this week, its share of the coming weeks'
// load), worked out from its kept facts. The part depends only on the facts, the hire's own fields,
// the day and the role framework, so it is kept per facts object and worked out again only when one
// of those changes: after a check-in is recorded, one hire's part is new and the rest are reused.
import { dayNumber } from '@shared/dates/calendar-date';
import type { Framework, Role } from '@shared/framework/types';
import { COACHING_MINUTES, statusFromCounts } from '@shared/progress/progress';
import type { DashboardRow } from '@shared/progress/report';
import type { FrameworkIndex } from './dashboard';
import type { FactLevels } from './kept-levels';
import type { Packed, PackedFacts, SummaryRow } from './summaries';

/** What a dashboard call is worked out for. */
export interface DashboardDay {
  day: string;
  /** The coming weeks, this one first (`from`/`to` inclusive). */
  weeks: { from: string; to: string }[];
  fw: Framework;
  /** The framework's roles and readiness scorers, made once per framework (dashboard.ts). */
  framework: FrameworkIndex;
}

export interface HirePart {
  row: DashboardRow;
  /** This week's dates: scheduled check-ins, planned activities, and open action items due by its end. */
  checkIns: readonly string[];
  activities: readonly string[];
  actionItems: readonly string[];
  /** Per coming week: check-ins scheduled, and minutes of coaching for the activities due. */
  loadCheckIns: number[];
  loadMinutes: number[];
}

/** A part with what it was worked out from, kept as one object (2,000 of them live after a restart). */
interface Kept extends HirePart {
  day: string;
  weekStart: string;
  fw: Framework;
  name: string;
  currentRoleId: string;
  targetRoleId: string;
  startDate: string;
}

/** Most hires have nothing on a list this week: they share one empty list. */
const NONE: readonly string[] = Object.freeze([]);

/** The dates of a packed list between `from` and `to` (inclusive). */
function between(dates: Packed, from: string, to: string): readonly string[] {
  const end = dates.countBefore(to, true);
  const start = dates.countBefore(from);
  if (start >= end) return NONE;
  // Made at its length: a part is kept between calls, and an array grown by push keeps room to spare.
  const found = new Array<string>(end - start);
  for (let i = start; i < end; i += 1) found[i - start] = dates.at(i);
  return found;
}

const readinessOf = (framework: FrameworkIndex, levels: FactLevels | null, target: Role | undefined) =>
  levels && target ? framework.readiness(levels, target) : null;

function rowOf(hire: SummaryRow, at: DashboardDay): DashboardRow {
  const { day, framework } = at;
  const f = hire.facts;
  const target = framework.role(hire.targetRoleId);
  const latestReadiness = readinessOf(framework, f.latest, target);
  const missed = f.scheduled.countBefore(day);
  const overdueActivities = f.plannedDue.countBefore(day);
  const status = statusFromCounts({
    today: day,
    planStart: f.planStart,
    missedCheckIns: missed,
    latestReadiness,
    previousReadiness: readinessOf(framework, f.previous, target),
    counts: {
      dueByNow: f.plannedDue.countBefore(day, true) + f.doneDue.countBefore(day, true),
      overdue: overdueActivities,
      done: f.doneDue.length,
      lastDone: f.lastDone,
    },
  });
  return {
    hireId: hire.id,
    name: hire.name,
    fromRoleName: framework.role(hire.currentRoleId)?.name ?? hire.currentRoleId,
    toRoleName: target?.name ?? hire.targetRoleId,
    weeksIn: Math.max(0, Math.floor((dayNumber(day) - dayNumber(hire.startDate)) / 7)),
    readiness: latestReadiness,
    status: status.status,
    reasons: status.reasons,
    nextCheckIn: f.scheduled.length === 0 ? null : f.scheduled.at(missed < f.scheduled.length ? missed : 0),
    overdueItems: overdueActivities + f.actionDue.countBefore(day) + missed,
  };
}

/** The coaching load: check-ins and activities due in each of the coming weeks, walked week by week. */
function loadOf(f: PackedFacts, weeks: DashboardDay['weeks']) {
  // Made at their length, as `between`'s lists.
  const loadCheckIns = new Array<number>(weeks.length);
  const loadMinutes = new Array<number>(weeks.length);
  let checkIn = f.scheduled.countBefore(weeks[0]?.from ?? '');
  let activity = f.plannedDue.countBefore(weeks[0]?.from ?? '');
  for (let w = 0; w < weeks.length; w += 1) {
    const to = (weeks[w] as { to: string }).to;
    const checkInEnd = f.scheduled.countBeforeFrom(checkIn, to, true);
    loadCheckIns[w] = checkInEnd - checkIn;
    checkIn = checkInEnd;
    let minutes = 0;
    const activityEnd = f.plannedDue.countBeforeFrom(activity, to, true);
    for (; activity < activityEnd; activity += 1) minutes += COACHING_MINUTES[f.kind(activity)];
    loadMinutes[w] = minutes;
  }
  return { loadCheckIns, loadMinutes };
}

function partOf(hire: SummaryRow, at: DashboardDay): Kept {
  const f = hire.facts;
  const { from: weekStart, to: weekEnd } = at.weeks[0] as { from: string; to: string };
  const { loadCheckIns, loadMinutes } = loadOf(f, at.weeks);
  return {
    row: rowOf(hire, at),
    checkIns: between(f.scheduled, weekStart, weekEnd),
    activities: between(f.plannedDue, weekStart, weekEnd),
    actionItems: between(f.actionDue, '', weekEnd), // overdue action items count too
    loadCheckIns,
    loadMinutes,
    day: at.day,
    weekStart,
    fw: at.fw,
    name: hire.name,
    currentRoleId: hire.currentRoleId,
    targetRoleId: hire.targetRoleId,
    startDate: hire.startDate,
  };
}

/** Hands out each hire's part, working it out only when its inputs changed since the last call. */
export function createHireParts() {
  const kept = new WeakMap<PackedFacts, Kept>();
  return function hirePart(hire: SummaryRow, at: DashboardDay): HirePart {
    const found = kept.get(hire.facts);
    if (
      found &&
      found.day === at.day &&
      found.weekStart === at.weeks[0]?.from &&
      found.fw === at.fw &&
      found.name === hire.name &&
      found.currentRoleId === hire.currentRoleId &&
      found.targetRoleId === hire.targetRoleId &&
      found.startDate === hire.startDate
    )
      return found;
    const part = partOf(hire, at);
    kept.set(hire.facts, part);
    return part;
  };
}
