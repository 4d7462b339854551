// Assembles progress for one hire and the dashboard across all active hires, from the stored
// assessments, plans and check-ins, using the pure maths in src/shared/progress.
import { toCalendarDate } from '@shared/dates/calendar-date';
import { expectationFor, findRole } from '@shared/framework/lookup';
import type { Competency, Framework, Role } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import type { SavedPlan } from '@shared/plans/schema';
import {
  completionByWeek,
  forecast,
  gapClosed,
  loadFromTotals,
  loadWeeks,
  readiness,
  transitionStatus,
  weightedGap,
  type Levels,
} from '@shared/progress/progress';
import {
  THIS_WEEK_LIMIT,
  type AssessmentPoint,
  type Dashboard,
  type DashboardRow,
  type HireProgress,
} from '@shared/progress/report';
import type { Settings } from '@shared/settings/schema';
import { notFound } from '../errors';
import type { AssessmentService } from '../assessments/service';
import type { CheckInRepository } from '../checkins/repository';
import type { HireService } from '../hires/service';
import type { PlanService } from '../plans/service';
import type { HireFacts, SummaryRow, SummaryStore } from './summaries';
import { createHireParts, type DashboardDay } from './dashboard-rows';

/** Weeks of coaching load the dashboard shows. */
const LOAD_WEEKS = 8;

/** One of this week's items as the facts know it: its date and its hire's place in name order. */
interface WeekItem {
  date: string;
  order: number;
}

const byDateThenHire = (a: WeekItem, b: WeekItem) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order;

/**
 * For each hire (by place in name order), how many of its first items a list shows. The first few are
 * picked in one pass (a team of hundreds has thousands of items a week; only THIS_WEEK_LIMIT are shown),
 * in the order a stable sort would give them.
 */
function firstPerHire(items: WeekItem[]): Map<number, number> {
  const first: WeekItem[] = [];
  for (const item of items) {
    const last = first[first.length - 1];
    if (first.length === THIS_WEEK_LIMIT && last && byDateThenHire(item, last) >= 0) continue;
    let at = first.length;
    while (at > 0 && byDateThenHire(item, first[at - 1] as WeekItem) < 0) at -= 1;
    first.splice(at, 0, item);
    if (first.length > THIS_WEEK_LIMIT) first.pop();
  }
  const shown = new Map<number, number>();
  for (const item of first) shown.set(item.order, (shown.get(item.order) ?? 0) + 1);
  return shown;
}

/** Puts items gathered hire by hire in date order (ties in hire order), at most THIS_WEEK_LIMIT. */
function inDateOrder<T>(items: { date: string; order: number; item: T }[]): T[] {
  return items
    .sort(byDateThenHire)
    .slice(0, THIS_WEEK_LIMIT)
    .map((x) => x.item);
}

export function createProgressService(deps: {
  /** The dashboard's summary table, kept fresh with `facts` (see summaries.ts). */
  summaryStore: (facts: (hireId: string) => HireFacts) => SummaryStore;
  hires: Pick<HireService, 'find'>;
  assessments: Pick<AssessmentService, 'history'>;
  plans: Pick<PlanService, 'currentOf'>;
  checkIns: CheckInRepository;
  framework: () => Framework;
  settings: () => Settings;
  now: () => Date;
}) {
  const { hires, assessments, plans, checkIns, framework, now } = deps;
  const today = () => toCalendarDate(now());

  // The move's own work (expectations, peer, hand-overs) counts like a goal's activities.
  const liveActivities = (plan: SavedPlan | undefined) =>
    plan
      ? [...plan.moveWork, ...plan.phases.flatMap((p) => p.goals.flatMap((g) => g.activities))].filter(
          (a) => a.status !== 'removed',
        )
      : [];

  /** The hire's assessments that stand (not corrected), oldest first, with their levels. */
  function assessed(hireId: string) {
    return assessments
      .history(hireId)
      .filter((a) => a.correctedById === null)
      .map((a) => ({
        id: a.id,
        assessedOn: a.assessedOn,
        assessor: a.assessor,
        levels: Object.fromEntries(a.ratings.map((r) => [r.competencyId, r.level])) as Levels,
      }))
      .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  }

  /** Progress is judged on the manager's assessments when there are any, otherwise on all. */
  const basisOf = <T extends { assessor: string }>(all: T[]): T[] => {
    const manager = all.filter((p) => p.assessor === 'manager');
    return manager.length > 0 ? manager : all;
  };

  function points(hire: Hire): AssessmentPoint[] {
    const fw = framework();
    const target = findRole(fw, hire.targetRoleId);
    if (!target) return [];
    return assessed(hire.id).map((a) => ({
      ...a,
      readiness: readiness(a.levels, target, fw.competencies),
    }));
  }

  /** What the dashboard keeps about a hire between changes to their history (see summaries.ts). */
  function facts(hireId: string): HireFacts {
    const plan = plans.currentOf(hireId);
    const activities = liveActivities(plan);
    const done = activities.filter((a) => a.status === 'done');
    const basis = basisOf(assessed(hireId));
    return {
      planStart: plan?.horizon.startDate ?? null,
      planned: activities
        .filter((a) => a.status === 'planned')
        .map((a) => ({ dueDate: a.dueDate, kind: a.kind })),
      doneDue: done.map((a) => a.dueDate),
      lastDone:
        done
          .map((a) => a.doneOn ?? '')
          .sort()
          .at(-1) ?? null,
      scheduled: checkIns.scheduled(hireId).map((c) => c.scheduledOn),
      actionDue: checkIns.openActions(hireId).flatMap((a) => (a.dueOn === null ? [] : [a.dueOn])),
      latest: basis.at(-1)?.levels ?? null,
      previous: basis.at(-2)?.levels ?? null,
    };
  }

  const summaries = deps.summaryStore(facts);
  const hirePart = createHireParts();

  // Readiness of the kept levels against a role: the levels objects live as long as their facts, and a
  // changed framework brings new role objects, so this never answers for a stale pair.
  const readinessCache = new WeakMap<Levels, { role: Role; value: number }[]>();
  function readinessMemo(levels: Levels, role: Role, competencies: Competency[]): number {
    const known = readinessCache.get(levels) ?? [];
    const hit = known.find((k) => k.role === role);
    if (hit) return hit.value;
    const value = readiness(levels, role, competencies);
    readinessCache.set(levels, [...known.slice(-3), { role, value }]);
    return value;
  }

  /** The first of this week's check-ins, activities and action items, read in full. */
  function weekDetails(
    hiresInOrder: SummaryRow[],
    week: { weekStart: string; weekEnd: string },
    due: { checkIns: WeekItem[]; activities: WeekItem[]; actionItems: WeekItem[] },
  ): Pick<Dashboard['thisWeek'], 'checkIns' | 'activities' | 'actionItems'> {
    // For each hire whose items are among the first, read that many of them and put all in order.
    const gather = <Row, Item>(
      items: WeekItem[],
      read: (hireId: string) => Row[],
      toItem: (hire: SummaryRow, row: Row) => { date: string; item: Item },
    ): Item[] => {
      const gathered: { date: string; order: number; item: Item }[] = [];
      for (const [order, count] of firstPerHire(items)) {
        const hire = hiresInOrder[order] as SummaryRow;
        for (const row of read(hire.id).slice(0, count)) gathered.push({ ...toItem(hire, row), order });
      }
      return inDateOrder(gathered);
    };
    return {
      checkIns: gather(
        due.checkIns,
        (hireId) => summaries.checkInsBetween(hireId, week.weekStart, week.weekEnd),
        (hire, c) => ({
          date: c.scheduled_on,
          item: { hireId: hire.id, hireName: hire.name, checkInId: c.id, date: c.scheduled_on },
        }),
      ),
      activities: gather(
        due.activities,
        (hireId) => summaries.activitiesBetween(hireId, week.weekStart, week.weekEnd),
        (hire, a) => ({
          date: a.due_date,
          item: { hireId: hire.id, hireName: hire.name, title: a.title, dueDate: a.due_date },
        }),
      ),
      actionItems: gather(
        due.actionItems,
        (hireId) => summaries.actionsDueBy(hireId, week.weekEnd),
        (hire, a) => ({
          date: a.due_on,
          item: { hireId: hire.id, hireName: hire.name, text: a.text, dueOn: a.due_on, owner: a.owner },
        }),
      ),
    };
  }

  function summarise(hire: Hire) {
    const fw = framework();
    const target = findRole(fw, hire.targetRoleId);
    const all = points(hire);
    const basis = basisOf(all);
    const latest = basis.at(-1);
    const previous = basis.at(-2);
    const plan = plans.currentOf(hire.id);
    const activities = liveActivities(plan);
    const day = today();
    const scheduled = checkIns.scheduled(hire.id);
    const missed = scheduled.filter((c) => c.scheduledOn < day).length;
    const status = transitionStatus({
      today: day,
      planStart: plan?.horizon.startDate ?? null,
      activities,
      missedCheckIns: missed,
      latestReadiness: latest?.readiness ?? null,
      previousReadiness: previous?.readiness ?? null,
    });
    const gap = (p: AssessmentPoint | undefined) =>
      p && target ? weightedGap(p.levels, target, fw.competencies) : null;
    return {
      fw,
      target,
      all,
      basis,
      latest,
      plan,
      activities,
      scheduled,
      missed,
      status,
      firstGap: gap(basis[0]),
      latestGap: gap(latest),
    };
  }

  return {
    hire(hireId: string): HireProgress {
      const hire = hires.find(hireId);
      if (!hire) throw notFound('hire', hireId);
      const s = summarise(hire);
      const pulses = checkIns
        .lastPulses(hire.id)
        .map((p) => ({ date: p.heldOn, competencyId: p.competencyId, confidence: p.confidence }))
        .sort((a, b) => a.date.localeCompare(b.date));
      return {
        hireId: hire.id,
        today: today(),
        competencies: s.target
          ? s.fw.competencies
              .map((c) => ({
                id: c.id,
                name: c.name,
                target: expectationFor(s.target as NonNullable<typeof s.target>, c.id).level,
              }))
              .filter((c) => c.target > 0)
          : [],
        assessments: s.all,
        readiness: s.latest?.readiness ?? null,
        firstGap: s.firstGap,
        latestGap: s.latestGap,
        gapClosed:
          s.firstGap === null || s.latestGap === null || s.basis.length < 2
            ? null
            : gapClosed(s.firstGap, s.latestGap),
        forecast: forecast(s.basis.map((p) => ({ date: p.assessedOn, readiness: p.readiness }))),
        status: s.status,
        plan: s.plan
          ? {
              startDate: s.plan.horizon.startDate,
              endDate: s.plan.horizon.endDate,
              done: s.activities.filter((a) => a.status === 'done').length,
              total: s.activities.length,
              version: s.plan.version,
            }
          : null,
        completion: s.plan
          ? completionByWeek(s.plan.horizon.startDate, s.plan.horizon.endDate, s.activities, today())
          : [],
        pulses,
      };
    },

    /** Every active hire's figures today, this week's items and the coming weeks' load. */
    dashboard(weekStartsOn = 1): Dashboard {
      const day = today();
      const settings = deps.settings();
      const weeks = loadWeeks(day, LOAD_WEEKS, weekStartsOn);
      const { from: weekStart, to: weekEnd } = weeks[0] as { from: string; to: string };
      const loadTotals = weeks.map((w) => ({ weekStart: w.from, checkIns: 0, coachingMinutes: 0 }));
      const at: DashboardDay = {
        day,
        weeks,
        fw: framework(),
        readinessOf: (levels, role) => readinessMemo(levels, role, at.fw.competencies),
      };
      const rows: DashboardRow[] = [];
      // This week's items are counted from the facts; only the first few are read in full below.
      const due: { checkIns: WeekItem[]; activities: WeekItem[]; actionItems: WeekItem[] } = {
        checkIns: [],
        activities: [],
        actionItems: [],
      };
      const hiresInOrder = summaries.active();
      for (const [order, hire] of hiresInOrder.entries()) {
        const part = hirePart(hire, at);
        rows.push(part.row);
        for (const date of part.checkIns) due.checkIns.push({ date, order });
        for (const date of part.activities) due.activities.push({ date, order });
        for (const date of part.actionItems) due.actionItems.push({ date, order });
        for (const [w, totals] of loadTotals.entries()) {
          totals.checkIns += part.loadCheckIns[w] ?? 0;
          totals.coachingMinutes += part.loadMinutes[w] ?? 0;
        }
      }
      // SQLite's NOCASE only folds ASCII; people's names need a locale-aware order.
      const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
      rows.sort((a, b) => collator.compare(a.name, b.name));
      const details = weekDetails(hiresInOrder, { weekStart, weekEnd }, due);
      return {
        today: day,
        rows,
        thisWeek: {
          weekStart,
          weekEnd,
          ...details,
          totals: {
            checkIns: due.checkIns.length,
            activities: due.activities.length,
            actionItems: due.actionItems.length,
          },
        },
        load: loadFromTotals(loadTotals, settings.checkInMinutes, settings.coachingBudgetHours),
        budgetHours: settings.coachingBudgetHours,
        minutesPerCheckIn: settings.checkInMinutes,
      };
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
