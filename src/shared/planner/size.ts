// Step 2 of the planner: size the work. Ranks the gaps (flex-first skills break ties), splits them
// into the dated core (essential and important) and an optional follow-on list (useful), and picks
// each goal's activities so the plan's effort leans towards the 70-20-10 mix.
import { expectationFor } from '../framework/lookup';
import type {
  Activity,
  ActivityKind,
  ActivityStage,
  Competency,
  Level,
  TransitionGuide,
  Weight,
} from '../framework/types';
import type { Resolved } from './resolve';
import type { CompetencyGap, FollowOnGoal } from './types';

export const STAGE_ORDER: Record<ActivityStage, number> = { learn: 0, try: 1, feedback: 2, own: 3 };
/** Stages where the person does the work themselves, not reads or is reviewed. */
export const HANDS_ON_STAGES: ReadonlySet<ActivityStage> = new Set(['try', 'own']);
const KIND_PREFERENCE: Record<ActivityKind, number> = { experience: 0, people: 1, course: 2 };
/** The mix to aim for, by effort: on the job, from people, from courses (percent). */
export const TARGET_MIX: Record<ActivityKind, number> = { experience: 70, people: 20, course: 10 };
/** Longest span worked out for an activity that has none: a quarter. */
const LONGEST_DERIVED_SPAN = 13;

/** A library activity as the plan will run it: with a span, a stage and its ordering rules. */
export interface ActivitySpec {
  source: Activity;
  minutes: number;
  spanWeeks: number;
  stage: ActivityStage;
  earliestWeek: number;
  after: string[];
}

/** A set of activities a goal could run: in stage order, with its hours by kind and its cost. */
export interface ActivityOption {
  ordered: ActivitySpec[];
  hours: Record<ActivityKind, number>;
  /**
   * Half a point an hour, half a point a week of waiting for an earliest week, and a little for
   * each week of calendar time: a quarter-long activity holds its goal open for a quarter.
   */
  cost: number;
}

/** Points of cost a week of span adds to a set of activities (an hour of effort adds half a point). */
const SPAN_COST = 0.15;

/** The sets of activities a library step could run, by size: sizing tries several sizes, often. */
const optionCache = new WeakMap<ActivitySpec[], Map<number, ActivityOption[]>>();

function toOption(set: ActivitySpec[]): ActivityOption {
  const hours: Record<ActivityKind, number> = { experience: 0, people: 0, course: 0 };
  let cost = 0;
  for (const a of set) {
    hours[a.source.kind] += a.minutes / 60;
    cost += 0.5 * (a.minutes / 60 + a.earliestWeek) + SPAN_COST * a.spanWeeks;
  }
  return { ordered: inStageOrder(set), hours, cost };
}

/** One level raised in one competency. */
export interface GoalSpec {
  competency: Competency;
  /** 0 = most urgent. */
  priority: number;
  weight: Weight;
  fromLevel: Level;
  /** How many activities the goal wants: one per point of weight. */
  wants: number;
  /** One of the skills this move must flex first (the transition guide): started and deepened first. */
  flexFirst: boolean;
  library: ActivitySpec[];
  chosen: ActivitySpec[];
}

/** A stage for an activity that has none: courses teach, work on the job tries, people give feedback. */
export function stageFromKind(kind: ActivityKind): ActivityStage {
  return kind === 'course' ? 'learn' : kind === 'people' ? 'feedback' : 'try';
}

/** A span for an activity that has none: its effort at the share of the week one goal gets. */
export function spanFromEffort(effortHours: number, hoursPerWeek: number, maxConcurrent: number): number {
  const share = hoursPerWeek / Math.max(1, maxConcurrent);
  return Math.min(LONGEST_DERIVED_SPAN, Math.max(1, Math.ceil(effortHours / share - 1e-9)));
}

export function toSpec(
  activity: Activity,
  r: Pick<Resolved, 'hoursPerWeek' | 'maxConcurrent'>,
): ActivitySpec {
  const span =
    typeof activity.spanWeeks === 'number' && activity.spanWeeks >= 1
      ? Math.round(activity.spanWeeks)
      : spanFromEffort(activity.effortHours, r.hoursPerWeek, r.maxConcurrent);
  return {
    source: activity,
    minutes: Math.max(1, Math.round(activity.effortHours * 60)),
    spanWeeks: span,
    stage: activity.stage ?? stageFromKind(activity.kind),
    earliestWeek: Math.max(0, Math.floor(activity.earliestWeek ?? 0)),
    after: activity.after ?? [],
  };
}

/**
 * Ranks gaps: larger weighted gaps first; among equal ones the skills the move must flex first
 * (the transition guide), then more levels to climb, then the more important competency, then
 * framework order.
 */
export function rankGaps(r: Resolved, guide: TransitionGuide | undefined): CompetencyGap[] {
  const order = new Map(r.framework.competencies.map((c, i) => [c.id, i]));
  const flex = new Map((guide?.flexFirst ?? []).map((id, i) => [id, i]));
  const flexRank = (id: string) => flex.get(id) ?? Number.MAX_SAFE_INTEGER;
  const assumed = new Set(r.assumedIds);
  const gaps = r.framework.competencies.map((c): CompetencyGap => {
    const target = expectationFor(r.to, c.id);
    const current = r.levels[c.id] ?? 0;
    return {
      competencyId: c.id,
      name: c.name,
      current,
      target: target.level,
      weight: target.weight,
      weightedGap: Math.max(0, target.level - current) * target.weight,
      assumed: assumed.has(c.id),
      planned: 'none',
    };
  });
  gaps.sort(
    (a, b) =>
      b.weightedGap - a.weightedGap ||
      flexRank(a.competencyId) - flexRank(b.competencyId) ||
      b.target - b.current - (a.target - a.current) ||
      b.weight - a.weight ||
      (order.get(a.competencyId) ?? 0) - (order.get(b.competencyId) ?? 0),
  );
  // The dated plan holds the essential and important gaps; useful ones are optional follow-on,
  // unless they are all there is.
  const open = gaps.filter((g) => g.target > g.current);
  const core = open.some((g) => g.weight >= 2) ? open.filter((g) => g.weight >= 2) : open;
  const coreIds = new Set(core.map((g) => g.competencyId));
  for (const g of open) g.planned = coreIds.has(g.competencyId) ? 'core' : 'followOn';
  return gaps;
}

/**
 * The library as the plan runs it, step by step. Remembered per activity list and pace: sizing a
 * plan, and planning the same framework again, reuse it (the specs are never changed).
 */
const libraryCache = new WeakMap<readonly Activity[], Map<string, Map<string, ActivitySpec[]>>>();

function libraryByStep(r: Resolved): Map<string, ActivitySpec[]> {
  const pace = `${r.hoursPerWeek}|${r.maxConcurrent}`;
  let byPace = libraryCache.get(r.framework.activities);
  if (!byPace) {
    byPace = new Map();
    libraryCache.set(r.framework.activities, byPace);
  }
  const cached = byPace.get(pace);
  if (cached) return cached;
  const byStep = new Map<string, ActivitySpec[]>();
  for (const activity of r.framework.activities) {
    const key = `${activity.competencyId}|${activity.fromLevel}`;
    const list = byStep.get(key) ?? [];
    list.push(toSpec(activity, r));
    byStep.set(key, list);
  }
  for (const list of byStep.values()) {
    // Stable: the library's order breaks ties between activities of the same kind.
    list.sort((a, b) => KIND_PREFERENCE[a.source.kind] - KIND_PREFERENCE[b.source.kind]);
  }
  byPace.set(pace, byStep);
  return byStep;
}

/** Goals for the core gaps (competency by competency, levels in order) and the follow-on list. */
export function buildGoals(r: Resolved, gaps: CompetencyGap[], guide?: TransitionGuide) {
  const byStep = libraryByStep(r);
  const flexFirst = new Set(guide?.flexFirst ?? []);
  const competencies = new Map(r.framework.competencies.map((c) => [c.id, c]));
  const core: GoalSpec[][] = [];
  const followOn: FollowOnGoal[] = [];
  gaps
    .filter((g) => g.planned !== 'none')
    .forEach((gap, priority) => {
      const goals: GoalSpec[] = [];
      for (let level = gap.current; level < gap.target; level += 1) {
        const library = byStep.get(`${gap.competencyId}|${level}`) ?? [];
        if (gap.planned === 'followOn') {
          followOn.push({
            competencyId: gap.competencyId,
            competencyName: gap.name,
            fromLevel: level as Level,
            toLevel: (level + 1) as Level,
            weight: gap.weight,
            activityTitles: library.slice(0, 1).map((a) => a.source.title),
          });
          continue;
        }
        goals.push({
          competency: competencies.get(gap.competencyId) as Competency,
          priority,
          weight: gap.weight,
          fromLevel: level as Level,
          wants: gap.weight,
          flexFirst: flexFirst.has(gap.competencyId),
          library,
          chosen: [],
        });
      }
      if (goals.length > 0) core.push(goals);
    });
  return { core, followOn };
}

/** Learn → try → feedback → own; an activity that must follow another in the goal comes after it. */
export function inStageOrder(activities: ActivitySpec[]): ActivitySpec[] {
  const sorted = [...activities].sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage]);
  const ids = new Set(sorted.map((a) => a.source.id));
  const placed = new Set<string>();
  const result: ActivitySpec[] = [];
  while (result.length < sorted.length) {
    const next =
      sorted.find((a) => !placed.has(a.source.id) && a.after.every((id) => !ids.has(id) || placed.has(id))) ??
      (sorted.find((a) => !placed.has(a.source.id)) as ActivitySpec);
    placed.add(next.source.id);
    result.push(next);
  }
  return result;
}

function mixDistance(experience: number, people: number, course: number): number {
  const total = experience + people + course;
  if (total === 0) return 0;
  return (
    Math.abs((experience / total) * 100 - TARGET_MIX.experience) +
    Math.abs((people / total) * 100 - TARGET_MIX.people) +
    Math.abs((course / total) * 100 - TARGET_MIX.course)
  );
}

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  const result: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of combinations(items.slice(i + 1), size - 1)) result.push([item, ...rest]);
  });
  return result;
}

/**
 * Picks each goal's activities, most urgent goal first: as many as it wants (or the library has),
 * choosing the set that keeps the plan's effort closest to 70-20-10; library order breaks ties.
 * Within a goal they run learn → try → feedback → own.
 */
export function chooseActivities(
  core: GoalSpec[][],
  startingHours: Record<ActivityKind, number>,
  counts?: Map<GoalSpec, number>,
): void {
  const hours = { ...startingHours };
  const goals = core.flat().sort((a, b) => a.priority - b.priority || a.fromLevel - b.fromLevel);
  for (const goal of goals) {
    const size = Math.min(counts?.get(goal) ?? goal.wants, goal.library.length);
    // Remembered with the library step (shared across plans of the same framework and pace).
    let bySize = optionCache.get(goal.library);
    if (!bySize) {
      bySize = new Map();
      optionCache.set(goal.library, bySize);
    }
    let options = bySize.get(size);
    if (!options) {
      // Every goal keeps a hands-on activity (a first try or doing it on your own) when the library
      // has one, however few activities it gets: reading or a review alone does not raise a level.
      const candidates = goal.library.slice(0, 6);
      const handsOn = (set: ActivitySpec[]) => set.some((a) => HANDS_ON_STAGES.has(a.stage));
      const sets = combinations(candidates, size);
      const practical = sets.filter(handsOn);
      const fallback = sets.filter((set) => set.every((a) => a.source.kind !== 'course'));
      options = (practical.length > 0 ? practical : fallback.length > 0 ? fallback : sets).map(toOption);
      bySize.set(size, options);
    }
    // The mix first; between sets about as good, the lighter one and the one that need not wait
    // (an activity with an earliest week holds its goal open until then).
    let best: ActivityOption | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const option of options) {
      const score =
        mixDistance(
          hours.experience + option.hours.experience,
          hours.people + option.hours.people,
          hours.course + option.hours.course,
        ) + option.cost;
      if (score < bestScore - 1e-9) {
        best = option;
        bestScore = score;
      }
    }
    goal.chosen = best ? best.ordered : [];
    if (best) {
      hours.experience += best.hours.experience;
      hours.people += best.hours.people;
      hours.course += best.hours.course;
    }
  }
}
