// The dashboard across all active hires: each hire's kept part (dashboard-rows.ts) joined into rows,
// this week's totals and first items, and the coming weeks' coaching load. The loop over hires is the
// hot path on a large team: it stays a plain loop over the parts, with no per-row indirection.
import { expectationFor } from '@shared/framework/lookup';
import type { Framework, Role } from '@shared/framework/types';
import { loadFromTotals, loadWeeks, type Levels } from '@shared/progress/progress';
import { THIS_WEEK_LIMIT, type Dashboard, type DashboardRow } from '@shared/progress/report';
import type { Settings } from '@shared/settings/schema';
import type { SummaryRow, SummaryStore } from './summaries';
import type { DashboardDay, HirePart } from './dashboard-rows';
import { KeptLevels, type FactLevels, type LevelIds } from './kept-levels';

/** Weeks of coaching load the dashboard shows. */
const LOAD_WEEKS = 8;

/** One of this week's items as the facts know it: its date and its hire's place in name order. */
interface WeekItem {
  date: string;
  order: number;
}

interface DueThisWeek {
  checkIns: WeekItem[];
  activities: WeekItem[];
  actionItems: WeekItem[];
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

/**
 * What every hire's part looks up in the role framework, made once per framework rather than per
 * hire: the roles by id, and for each role its expectations laid out in competency order, so a hire's
 * readiness is one pass over two arrays (the same sums, in the same order, as `readiness`). Kept
 * levels (kept-levels.ts) are read by place: for each list of competency ids, where each of the
 * framework's competencies is in it is worked out once per role.
 */
export interface FrameworkIndex {
  role(id: string): Role | undefined;
  readiness(levels: FactLevels, role: Role): number;
}

interface Scorer {
  /** Readiness from levels looked up by id. */
  byId(levels: Levels): number;
  /** Readiness from kept levels: each competency's place in their ids, found once per list of ids. */
  kept(levels: KeptLevels): number;
}

function indexFramework(fw: Framework): FrameworkIndex {
  const roles = new Map(fw.roles.map((role) => [role.id, role]));
  const ids = fw.competencies.map((c) => c.id);
  const scorers = new Map<Role, Scorer>();
  const scorerOf = (role: Role): Scorer => {
    const expected = ids.map((id) => expectationFor(role, id));
    const levels = expected.map((e) => e.level);
    const weights = expected.map((e) => e.weight);
    let wanted = 0;
    for (const [i, level] of levels.entries()) wanted += level * (weights[i] as number);
    const places = new WeakMap<LevelIds, number[]>();
    const placesIn = (kept: LevelIds): number[] => {
      const found = ids.map((id) => kept.ids.indexOf(id));
      places.set(kept, found);
      return found;
    };
    const scorer: Scorer = {
      byId(hire) {
        if (wanted === 0) return 1;
        let reached = 0;
        for (let i = 0; i < ids.length; i += 1) {
          const level = levels[i] as number;
          reached += Math.min(level, hire[ids[i] as string] ?? 0) * (weights[i] as number);
        }
        return reached / wanted;
      },
      kept(hire) {
        if (wanted === 0) return 1;
        const at = places.get(hire.ids) ?? placesIn(hire.ids);
        let reached = 0;
        for (let i = 0; i < ids.length; i += 1) {
          const place = at[i] as number;
          const level = levels[i] as number;
          reached += Math.min(level, place < 0 ? 0 : hire.level(place)) * (weights[i] as number);
        }
        return reached / wanted;
      },
    };
    scorers.set(role, scorer);
    return scorer;
  };
  return {
    role: (id) => roles.get(id),
    readiness(levels, role) {
      const scorer = scorers.get(role) ?? scorerOf(role);
      return levels instanceof KeptLevels ? scorer.kept(levels) : scorer.byId(levels);
    },
  };
}

/** The index of the framework in use, made again only when the framework changes. */
export function createFrameworkIndex() {
  const indexes = new WeakMap<Framework, FrameworkIndex>();
  return (fw: Framework): FrameworkIndex => {
    const known = indexes.get(fw);
    if (known) return known;
    const index = indexFramework(fw);
    indexes.set(fw, index);
    return index;
  };
}

// SQLite's NOCASE only folds ASCII; people's names need a locale-aware order. Made once: making a
// collator loads the locale's rules.
const nameOrder = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The first of this week's check-ins, activities and action items, read in full. */
function weekDetails(
  summaries: SummaryStore,
  hiresInOrder: SummaryRow[],
  week: { weekStart: string; weekEnd: string },
  due: DueThisWeek,
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

export interface DashboardInputs {
  day: string;
  weekStartsOn: number;
  fw: Framework;
  settings: Settings;
  summaries: SummaryStore;
  hirePart: (hire: SummaryRow, at: DashboardDay) => HirePart;
  frameworkIndex: (fw: Framework) => FrameworkIndex;
}

function addItems(items: WeekItem[], dates: readonly string[], order: number): void {
  for (let i = 0; i < dates.length; i += 1) items.push({ date: dates[i] as string, order });
}

/** Every active hire's figures on `day`, this week's items and the coming weeks' load. */
export function buildDashboard(inputs: DashboardInputs): Dashboard {
  const { day, settings, summaries, hirePart } = inputs;
  const weeks = loadWeeks(day, LOAD_WEEKS, inputs.weekStartsOn);
  const { from: weekStart, to: weekEnd } = weeks[0] as { from: string; to: string };
  const loadTotals = weeks.map((w) => ({ weekStart: w.from, checkIns: 0, coachingMinutes: 0 }));
  const at: DashboardDay = {
    day,
    weeks,
    fw: inputs.fw,
    framework: inputs.frameworkIndex(inputs.fw),
  };
  const rows: DashboardRow[] = [];
  // This week's items are counted from the facts; only the first few are read in full below.
  const due: DueThisWeek = { checkIns: [], activities: [], actionItems: [] };
  const hiresInOrder = summaries.active();
  // Index loops: iterators here made an entry or an iterator object per hire and per week (after a
  // restart, a quarter of what the call allocated).
  for (let order = 0; order < hiresInOrder.length; order += 1) {
    const part = hirePart(hiresInOrder[order] as SummaryRow, at);
    rows.push(part.row);
    addItems(due.checkIns, part.checkIns, order);
    addItems(due.activities, part.activities, order);
    addItems(due.actionItems, part.actionItems, order);
    for (let w = 0; w < loadTotals.length; w += 1) {
      const totals = loadTotals[w] as (typeof loadTotals)[number];
      totals.checkIns += part.loadCheckIns[w] ?? 0;
      totals.coachingMinutes += part.loadMinutes[w] ?? 0;
    }
  }
  rows.sort((a, b) => nameOrder.compare(a.name, b.name));
  const details = weekDetails(summaries, hiresInOrder, { weekStart, weekEnd }, due);
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
}
