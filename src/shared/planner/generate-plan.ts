// The coaching planner: from a transition and an assessment to a dated coaching plan.
// Pure: the same input always gives the same plan; no clock, no randomness, no I/O.
// docs/planner.md explains the rules in a manager's words.
import { differenceInCalendarDays, format } from 'date-fns';
import { isCalendarDate, toLocalDate } from '../dates/calendar-date';
import { expectationFor } from '../framework/lookup';
import { deriveTransition } from '../framework/transition';
import type { Activity, ActivityKind, Competency, Framework, Level, Role, Weight } from '../framework/types';
import { PlanCalendar } from './calendar';
import {
  PlannerInputError,
  type Cadence,
  type CompetencyGap,
  type Goal,
  type Phase,
  type Plan,
  type PlanInput,
  type PlannedActivity,
  type PlannedCheckIn,
  type Reassessment,
} from './types';

export const PLAN_DEFAULTS = { hoursPerWeek: 3, cadence: 'auto' as Cadence, maxConcurrent: 3 };
/** A plan lasts at least this long, so even a small move gets a few coached weeks. */
export const MIN_WEEKS = 4;
/** Plans are kept within a year by doing fewer activities per step, never by more hours. */
export const MAX_WEEKS = 52;
/** A stretch longer than this between reassessments gets one midway. */
const LONGEST_WITHOUT_REASSESSMENT_DAYS = 16 * 7;
const MAX_HOURS_PER_WEEK = 40;
const HEAVY_HOURS_PER_WEEK = 10;
/** Safety bound on the simulation: nothing realistic comes near it. */
const HARD_MAX_WEEKS = 520;

const KIND_ORDER: Record<ActivityKind, number> = { experience: 0, people: 1, course: 2 };

const PHASE_SHAPES: Record<number, { key: Phase['key']; name: string; focus: string }[]> = {
  1: [
    {
      key: 'build',
      name: 'Build and own',
      focus: 'Close the one remaining gap with real work, then hand the person full ownership.',
    },
  ],
  2: [
    {
      key: 'learn',
      name: 'Learn',
      focus:
        'Set the new role’s expectations explicitly and build the basics of the largest gaps, with close guidance.',
    },
    {
      key: 'own',
      name: 'Own',
      focus:
        'The person leads; you step back to coaching, meet less often, and confirm the move with a reassessment.',
    },
  ],
  3: [
    {
      key: 'learn',
      name: 'Learn',
      focus:
        'Set the new role’s expectations explicitly and build the basics of the largest gaps, with close guidance.',
    },
    {
      key: 'practise',
      name: 'Practise',
      focus: 'Apply the new skills on real work, with feedback after each piece; aim for visible first wins.',
    },
    {
      key: 'own',
      name: 'Own',
      focus:
        'The person leads; you step back to coaching, meet less often, and confirm the move with a reassessment.',
    },
  ],
};
PHASE_SHAPES[4] = [
  ...(PHASE_SHAPES[3] ?? []).slice(0, 2),
  {
    key: 'stretch',
    name: 'Stretch',
    focus:
      'Take on harder, less familiar work in the remaining gaps; let the person struggle a little before you step in.',
  },
  ...(PHASE_SHAPES[3] ?? []).slice(2),
];

interface Resolved {
  framework: Framework;
  from: Role;
  to: Role;
  levels: Record<string, Level>;
  assumed: boolean;
  startDate: string;
  hoursPerWeek: number;
  cadence: Cadence;
  maxConcurrent: number;
  targetEndDate: string | null;
}

function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}

function resolve(input: PlanInput): Resolved {
  const { framework } = input;
  if (!framework || !Array.isArray(framework.roles) || !Array.isArray(framework.competencies)) {
    throw new PlannerInputError('framework', 'A framework with roles and competencies is required');
  }
  const from = framework.roles.find((r) => r.id === input.fromRoleId);
  if (!from) throw new PlannerInputError('fromRoleId', `Unknown role "${String(input.fromRoleId)}"`);
  const to = framework.roles.find((r) => r.id === input.toRoleId);
  if (!to) throw new PlannerInputError('toRoleId', `Unknown role "${String(input.toRoleId)}"`);
  if (typeof input.startDate !== 'string' || !isCalendarDate(input.startDate)) {
    throw new PlannerInputError('startDate', 'Enter a real date as YYYY-MM-DD');
  }
  const known = new Set(framework.competencies.map((c) => c.id));
  const given = input.currentLevels ?? null;
  if (given !== null && (typeof given !== 'object' || Array.isArray(given))) {
    throw new PlannerInputError('currentLevels', 'Give the current level per competency');
  }
  for (const [id, level] of Object.entries(given ?? {})) {
    if (!known.has(id)) throw new PlannerInputError(`currentLevels.${id}`, `Unknown competency "${id}"`);
    if (!isLevel(level))
      throw new PlannerInputError(`currentLevels.${id}`, 'Level must be a whole number from 0 to 4');
  }
  const options = input.options ?? {};
  const hoursPerWeek = options.hoursPerWeek ?? PLAN_DEFAULTS.hoursPerWeek;
  if (typeof hoursPerWeek !== 'number' || !Number.isFinite(hoursPerWeek) || hoursPerWeek <= 0) {
    throw new PlannerInputError('options.hoursPerWeek', 'Hours per week must be more than 0');
  }
  if (hoursPerWeek > MAX_HOURS_PER_WEEK) {
    throw new PlannerInputError(
      'options.hoursPerWeek',
      `Hours per week must be at most ${MAX_HOURS_PER_WEEK}`,
    );
  }
  const cadence = options.cadence ?? PLAN_DEFAULTS.cadence;
  if (!['auto', 'weekly', 'biweekly'].includes(cadence)) {
    throw new PlannerInputError('options.cadence', 'Cadence is auto, weekly or biweekly');
  }
  const maxConcurrent = options.maxConcurrent ?? PLAN_DEFAULTS.maxConcurrent;
  if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1 || maxConcurrent > 10) {
    throw new PlannerInputError('options.maxConcurrent', 'Work on 1 to 10 competencies at once');
  }
  const targetEndDate = options.targetEndDate ?? null;
  if (targetEndDate !== null) {
    if (typeof targetEndDate !== 'string' || !isCalendarDate(targetEndDate)) {
      throw new PlannerInputError('options.targetEndDate', 'Enter a real date as YYYY-MM-DD');
    }
    if (targetEndDate <= input.startDate) {
      throw new PlannerInputError('options.targetEndDate', 'The end date must be after the start date');
    }
  }
  const levels: Record<string, Level> = {};
  for (const c of framework.competencies) levels[c.id] = given?.[c.id] ?? expectationFor(from, c.id).level;
  return {
    framework,
    from,
    to,
    levels,
    assumed: given === null || Object.keys(given).length === 0,
    startDate: input.startDate,
    hoursPerWeek,
    cadence,
    maxConcurrent,
    targetEndDate,
  };
}

/** One level raised in one competency: a goal in the plan. */
interface Step {
  competency: Competency;
  priority: number;
  weight: Weight;
  fromLevel: Level;
  /** Library activities for this step, most preferred first (experience, people, course). */
  library: Activity[];
  /** How many of them the plan uses. */
  count: number;
}

function minutesOf(activity: Activity): number {
  return Math.max(1, Math.round(activity.effortHours * 60));
}

function chosen(step: Step): Activity[] {
  return step.library.slice(0, step.count);
}

function stepMinutes(step: Step): number {
  return chosen(step).reduce((sum, a) => sum + minutesOf(a), 0);
}

/** Ranks gaps: larger weighted gaps first, then more important competencies, then framework order. */
function rankGaps(r: Resolved): CompetencyGap[] {
  const order = new Map(r.framework.competencies.map((c, i) => [c.id, i]));
  return r.framework.competencies
    .map((c): CompetencyGap => {
      const target = expectationFor(r.to, c.id);
      const current = r.levels[c.id] ?? 0;
      return {
        competencyId: c.id,
        name: c.name,
        current,
        target: target.level,
        weight: target.weight,
        weightedGap: Math.max(0, target.level - current) * target.weight,
      };
    })
    .sort(
      (a, b) =>
        b.weightedGap - a.weightedGap ||
        // Same weighted gap: more levels to climb first, since they need more phases.
        b.target - b.current - (a.target - a.current) ||
        b.weight - a.weight ||
        (order.get(a.competencyId) ?? 0) - (order.get(b.competencyId) ?? 0),
    );
}

function buildSteps(r: Resolved, gaps: CompetencyGap[]): Step[][] {
  const byStep = new Map<string, Activity[]>();
  r.framework.activities.forEach((activity) => {
    const key = `${activity.competencyId}|${activity.fromLevel}`;
    const list = byStep.get(key) ?? [];
    list.push(activity);
    byStep.set(key, list);
  });
  for (const list of byStep.values()) {
    // Stable: library order breaks ties between activities of the same kind.
    list.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  }
  const competencies = new Map(r.framework.competencies.map((c) => [c.id, c]));
  return gaps
    .filter((gap) => gap.target > gap.current)
    .map((gap, priority) => {
      const steps: Step[] = [];
      for (let level = gap.current; level < gap.target; level += 1) {
        const library = byStep.get(`${gap.competencyId}|${level}`) ?? [];
        steps.push({
          competency: competencies.get(gap.competencyId) as Competency,
          priority,
          weight: gap.weight,
          fromLevel: level as Level,
          library,
          count: Math.min(gap.weight, library.length),
        });
      }
      return steps;
    });
}

/**
 * Puts each competency's steps in consecutive phases (one level per phase), starting each
 * competency no earlier than any more important one, and balancing effort across phases.
 */
function placeInPhases(competencies: Step[][], phaseCount: number, minutes: Map<Step, number>) {
  const phases: Step[][] = Array.from({ length: phaseCount }, () => []);
  const load = new Array<number>(phaseCount).fill(0);
  let total = 0;
  for (const value of minutes.values()) total += value;
  const target = (total / phaseCount) * 1.1;
  // The latest phase a competency may start in so that it, and every less important one, still fits.
  const latest: number[] = new Array<number>(competencies.length);
  let suffix = phaseCount;
  for (let i = competencies.length - 1; i >= 0; i -= 1) {
    suffix = Math.min(suffix, phaseCount - (competencies[i]?.length ?? 1));
    latest[i] = suffix;
  }
  let earliest = 0;
  competencies.forEach((steps, i) => {
    const last = latest[i] ?? 0;
    const peak = (start: number) => {
      let max = 0;
      steps.forEach((s, k) => {
        max = Math.max(max, (load[start + k] ?? 0) + (minutes.get(s) ?? 0));
      });
      return max;
    };
    let best = -1;
    for (let start = earliest; start <= last && best === -1; start += 1) {
      if (peak(start) <= target || steps.every((_, k) => load[start + k] === 0)) best = start;
    }
    if (best === -1) {
      best = earliest;
      for (let start = earliest + 1; start <= last; start += 1) if (peak(start) < peak(best)) best = start;
    }
    steps.forEach((step, k) => {
      phases[best + k]?.push(step);
      load[best + k] = (load[best + k] ?? 0) + (minutes.get(step) ?? 0);
    });
    earliest = best;
  });
  for (const phase of phases) phase.sort((a, b) => a.priority - b.priority || a.fromLevel - b.fromLevel);
  const used = load.filter((value) => value > 0);
  const average = total / Math.max(1, used.length);
  return { phases: phases.filter((phase) => phase.length > 0), imbalance: Math.max(...used) / average };
}

function assignPhases(competencies: Step[][], phaseCount: number): Step[][] {
  const minutes = new Map(competencies.flat().map((s) => [s, stepMinutes(s)]));
  const plain = placeInPhases(competencies, phaseCount, minutes);
  // A late, less important competency with several levels to climb can crowd the early phases;
  // one more phase then spreads the work out.
  if (plain.imbalance <= 1.4) return plain.phases;
  const wider = placeInPhases(competencies, phaseCount + 1, minutes);
  return wider.imbalance < plain.imbalance ? wider.phases : plain.phases;
}

interface Timed {
  startWeek: number;
  endWeek: number;
}

interface Schedule {
  weeks: number;
  phases: Timed[];
  steps: Map<Step, Timed>;
  activities: Map<Step, Timed[]>;
  weeklyMinutes: number[];
}

/**
 * Week by week: up to `maxConcurrent` competencies in flight, started in priority order at the
 * start of a week, sharing the week's minutes evenly; a step's activities are done one after another.
 */
function simulate(phases: Step[][], minutesPerWeek: number, maxConcurrent: number): Schedule | null {
  const steps = new Map<Step, Timed>();
  const activities = new Map<Step, Timed[]>();
  const weeklyMinutes: number[] = [];
  const phaseTimes: Timed[] = [];
  let week = 0;
  for (const phase of phases) {
    const phaseStart = week;
    const queue = [...phase];
    const active: { step: Step; minutes: number[]; index: number; timed: Timed[] }[] = [];
    while (queue.length > 0 || active.length > 0) {
      if (week >= HARD_MAX_WEEKS) return null;
      while (active.length < maxConcurrent && queue.length > 0) {
        const step = queue.shift() as Step;
        const minutes = chosen(step).map(minutesOf);
        if (minutes.length === 0) {
          steps.set(step, { startWeek: week, endWeek: week });
          activities.set(step, []);
          continue;
        }
        active.push({ step, minutes, index: 0, timed: [] });
      }
      let capacity = minutesPerWeek;
      let used = 0;
      while (capacity > 0 && active.length > 0) {
        const share = Math.max(1, Math.floor(capacity / active.length));
        for (const item of [...active]) {
          let give = Math.min(share, capacity);
          while (give > 0 && item.index < item.minutes.length) {
            const timed = (item.timed[item.index] ??= { startWeek: week, endWeek: week });
            if (!steps.has(item.step)) steps.set(item.step, { startWeek: week, endWeek: week });
            const take = Math.min(give, item.minutes[item.index] ?? 0);
            item.minutes[item.index] = (item.minutes[item.index] ?? 0) - take;
            give -= take;
            capacity -= take;
            used += take;
            if (item.minutes[item.index] === 0) {
              timed.endWeek = week;
              item.index += 1;
            }
          }
          if (item.index >= item.minutes.length) {
            (steps.get(item.step) as Timed).endWeek = week;
            activities.set(item.step, item.timed);
            active.splice(active.indexOf(item), 1);
          }
          if (capacity <= 0) break;
        }
      }
      weeklyMinutes[week] = used;
      week += 1;
    }
    phaseTimes.push({ startWeek: phaseStart, endWeek: Math.max(phaseStart, week - 1) });
  }
  return { weeks: week, phases: phaseTimes, steps, activities, weeklyMinutes };
}

/** Smallest weekly minutes in [low, high] that finishes within `weeks`, or null if none does. */
function minutesToFinishWithin(
  phases: Step[][],
  weeks: number,
  low: number,
  high: number,
  maxConcurrent: number,
): number | null {
  const fits = (m: number) => {
    const s = simulate(phases, m, maxConcurrent);
    return s !== null && s.weeks <= weeks;
  };
  if (!fits(high)) return null;
  let lo = low;
  let hi = high;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function readableDate(value: string): string {
  return format(toLocalDate(value), 'd MMM yyyy');
}

function hoursText(minutes: number): string {
  const hours = Math.ceil(minutes / 30) / 2;
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

export function generatePlan(input: PlanInput): Plan {
  const r = resolve(input);
  const calendar = new PlanCalendar(r.startDate, input.nonWorkingDays ?? []);
  const transition = deriveTransition(r.framework, r.from, r.to);
  const gaps = rankGaps(r);
  const competencies = buildSteps(r, gaps);
  const warnings: string[] = [];
  if (r.assumed) {
    warnings.push(
      `No assessment yet: this plan assumes the levels a ${r.from.name} is expected to have. Record an assessment and re-plan so it fits the person.`,
    );
  }
  const requestedMinutes = Math.round(r.hoursPerWeek * 60);
  if (r.hoursPerWeek > HEAVY_HOURS_PER_WEEK) {
    warnings.push(
      `${r.hoursPerWeek} hours a week on development is a lot beside a full role; check it is realistic, or the plan will slip.`,
    );
  }

  // Whole weeks that end on or before the requested end date, if there is one.
  let targetWeeks: number | null = null;
  if (r.targetEndDate) {
    const targetDay = differenceInCalendarDays(toLocalDate(r.targetEndDate), toLocalDate(r.startDate));
    targetWeeks = 0;
    while (calendar.weekEnd(targetWeeks) <= targetDay) targetWeeks += 1;
  }
  // The shortest a plan may be: a few coached weeks, unless the manager asked to finish sooner.
  const minimumWeeks = Math.max(1, Math.min(MIN_WEEKS, targetWeeks ?? MIN_WEEKS));

  const totalSteps = competencies.reduce((sum, steps) => sum + steps.length, 0);
  const maxSteps = Math.max(0, ...competencies.map((steps) => steps.length));
  const phaseCount =
    totalSteps === 0 ? 0 : totalSteps >= 3 ? Math.max(3, maxSteps) : Math.max(totalSteps, maxSteps);

  let phases: Step[][] = [];
  let schedule: Schedule | null = null;
  let minutesPerWeek = requestedMinutes;
  if (totalSteps > 0) {
    const all = competencies.flat();
    // Keep the plan within a year: drop the least preferred activity of the least important steps first.
    const estimate = () =>
      Math.ceil(all.reduce((sum, s) => sum + stepMinutes(s), 0) / requestedMinutes) + phaseCount;
    const trimOrder = [...all].sort((a, b) => b.priority - a.priority || b.fromLevel - a.fromLevel);
    const trimOne = () => {
      for (const step of trimOrder) {
        if (step.count > 1) {
          step.count -= 1;
          return true;
        }
      }
      return false;
    };
    while (estimate() > MAX_WEEKS && trimOne());
    phases = assignPhases(competencies, phaseCount);
    schedule = simulate(phases, requestedMinutes, r.maxConcurrent);
    while (schedule && schedule.weeks > MAX_WEEKS && trimOne()) {
      phases = assignPhases(competencies, phaseCount);
      schedule = simulate(phases, requestedMinutes, r.maxConcurrent);
    }
    if (!schedule)
      throw new PlannerInputError('options.hoursPerWeek', 'Too few hours per week to make a plan');

    const endOf = (plan: Schedule) => calendar.day(calendar.weekEnd(plan.weeks - 1));
    if (r.targetEndDate && endOf(schedule) > r.targetEndDate) {
      const needed = !targetWeeks
        ? null
        : minutesToFinishWithin(
            phases,
            targetWeeks,
            requestedMinutes,
            MAX_HOURS_PER_WEEK * 60,
            r.maxConcurrent,
          );
      warnings.push(
        `At ${hoursText(requestedMinutes)} a week the gaps close by ${readableDate(endOf(schedule))}, later than the ` +
          `${readableDate(r.targetEndDate)} you asked for. ` +
          (needed === null
            ? 'Even a full-time effort would not close them by then. '
            : `Finishing by then would take about ${hoursText(needed)} a week. `) +
          'The plan keeps the hours you set and ends later, rather than overload the person.',
      );
    } else if (schedule.weeks < minimumWeeks) {
      // A small gap still gets a few coached weeks: the same work at a gentler pace.
      minutesPerWeek =
        minutesToFinishWithin(phases, minimumWeeks, 1, requestedMinutes, r.maxConcurrent) ?? requestedMinutes;
      schedule = simulate(phases, minutesPerWeek, r.maxConcurrent) as Schedule;
      if (schedule.weeks < minimumWeeks) {
        // Pace cannot lengthen work the library has no activities for: the last phase runs on instead.
        const lastPhase = schedule.phases.at(-1) as Timed;
        lastPhase.endWeek = minimumWeeks - 1;
        schedule.weeks = minimumWeeks;
      }
    }
    if (schedule.weeks > MAX_WEEKS) {
      warnings.push(
        `Even with fewer activities per goal this move takes about ${Math.round(schedule.weeks / 4.35)} months at ` +
          `${hoursText(requestedMinutes)} a week. Consider more development time, or a first plan for the most important gaps only.`,
      );
    }
    for (const steps of competencies) {
      for (const step of steps) {
        if (step.library.length === 0) {
          warnings.push(
            `The framework has no activities for ${step.competency.name} from level ${step.fromLevel} to ${step.fromLevel + 1}; add some on the Roles page, or agree one with the person.`,
          );
        }
      }
    }
  }

  const shapes = PHASE_SHAPES[Math.min(phases.length, 4)] ?? [];
  const phaseNames = (index: number, count: number) => {
    if (count <= 4) return shapes[index] as { key: Phase['key']; name: string; focus: string };
    // More than four phases only with a custom framework: name the middle ones by number.
    if (index === 0) return PHASE_SHAPES[3]?.[0] as { key: Phase['key']; name: string; focus: string };
    if (index === count - 1)
      return PHASE_SHAPES[3]?.[2] as { key: Phase['key']; name: string; focus: string };
    return {
      ...(PHASE_SHAPES[3]?.[1] as { key: Phase['key']; name: string; focus: string }),
      name: `Practise ${index}`,
    };
  };

  const builtPhases: Phase[] = [];
  const allPlanned: { activity: PlannedActivity; startDay: number; dueDay: number; priority: number }[] = [];
  if (schedule) {
    phases.forEach((phaseSteps, index) => {
      const times = schedule.phases[index] as Timed;
      const goals = phaseSteps.map((step): Goal => {
        const stepTime = schedule.steps.get(step) as Timed;
        const activityTimes = schedule.activities.get(step) ?? [];
        const planned = chosen(step).map((activity, k): PlannedActivity => {
          const timed = activityTimes[k] ?? stepTime;
          const startDay = calendar.weekStart(timed.startWeek);
          const dueDay = calendar.weekEnd(timed.endWeek);
          const result: PlannedActivity = {
            activityId: activity.id,
            competencyId: activity.competencyId,
            title: activity.title,
            description: activity.description,
            withWhom: activity.withWhom,
            evidence: activity.evidence,
            kind: activity.kind,
            effortHours: activity.effortHours,
            startDate: calendar.day(startDay),
            dueDate: calendar.day(dueDay),
          };
          allPlanned.push({ activity: result, startDay, dueDay, priority: step.priority });
          return result;
        });
        return {
          id: `${step.competency.id}@${step.fromLevel + 1}`,
          competencyId: step.competency.id,
          competencyName: step.competency.name,
          fromLevel: step.fromLevel,
          toLevel: (step.fromLevel + 1) as Level,
          weight: step.weight,
          startDate: calendar.day(calendar.weekStart(stepTime.startWeek)),
          dueDate: calendar.day(calendar.weekEnd(stepTime.endWeek)),
          activities: planned,
        };
      });
      const shape = phaseNames(index, phases.length);
      builtPhases.push({
        index,
        key: shape.key,
        name: shape.name,
        focus: shape.focus,
        startDate: calendar.day(calendar.weekStart(times.startWeek)),
        endDate: calendar.day(calendar.weekEnd(times.endWeek)),
        goals,
      });
    });
  } else {
    const weeks = minimumWeeks;
    builtPhases.push({
      index: 0,
      key: 'consolidate',
      name: 'Consolidate',
      focus: `Already at or above what a ${r.to.name} is expected to do: set expectations, hand over ownership, and confirm it with a reassessment.`,
      startDate: calendar.day(calendar.weekStart(0)),
      endDate: calendar.day(calendar.weekEnd(weeks - 1)),
      goals: [],
    });
  }

  const firstDay = calendar.workingDayFrom(0);
  const lastPhase = builtPhases.at(-1) as Phase;
  const endDay = differenceInCalendarDays(toLocalDate(lastPhase.endDate), toLocalDate(r.startDate));
  const phaseDays = builtPhases.map((p) => ({
    start: differenceInCalendarDays(toLocalDate(p.startDate), toLocalDate(r.startDate)),
    end: differenceInCalendarDays(toLocalDate(p.endDate), toLocalDate(r.startDate)),
  }));
  const phaseAt = (day: number) => {
    const index = phaseDays.findIndex((p) => day <= p.end);
    return index === -1 ? builtPhases.length - 1 : index;
  };
  const stepFor = (day: number) => {
    if (r.cadence === 'weekly') return 7;
    if (r.cadence === 'biweekly') return 14;
    const ownership = totalSteps === 0 || (builtPhases.length > 1 && phaseAt(day) === builtPhases.length - 1);
    return ownership ? 14 : 7;
  };
  const checkInDays: number[] = [];
  for (let day = firstDay; day <= endDay; day += stepFor(day)) checkInDays.push(day);
  if ((checkInDays.at(-1) ?? -1) < endDay) checkInDays.push(endDay);

  const checkIns: PlannedCheckIn[] = checkInDays.map((day, i) => {
    const until = (checkInDays[i + 1] ?? day + 7) - 1;
    let focus = allPlanned.filter((p) => p.startDay <= until && p.dueDay >= day);
    if (focus.length === 0) focus = allPlanned.filter((p) => p.startDay > day).slice(0, 3);
    focus.sort((a, b) => a.priority - b.priority || a.dueDay - b.dueDay);
    return {
      date: calendar.day(day),
      phaseIndex: phaseAt(day),
      focusCompetencyIds: [...new Set(focus.map((p) => p.activity.competencyId))],
      focusActivityIds: focus.map((p) => p.activity.activityId),
    };
  });

  const reassessments: Reassessment[] = [];
  let lastReassessDay = 0;
  builtPhases.forEach((phase, index) => {
    const start = phaseDays[index]?.start ?? 0;
    const end = phaseDays[index]?.end ?? 0;
    // A long stretch without a reassessment gets evenly spaced ones, so no more than about
    // four months pass between two.
    const span = end - lastReassessDay;
    const intervals = Math.ceil(span / LONGEST_WITHOUT_REASSESSMENT_DAYS);
    for (let k = 1; k < intervals; k += 1) {
      const day = calendar.workingDayUntil(lastReassessDay + Math.floor((span * k) / intervals), start);
      reassessments.push({
        date: calendar.day(day),
        reason: `Midway through ${phase.name}: check progress on its goals`,
      });
    }
    const names = phase.goals.map((g) => g.competencyName);
    const last = index === builtPhases.length - 1;
    reassessments.push({
      date: phase.endDate,
      reason: last
        ? `End of the plan: reassess every competency against the ${r.to.name} role`
        : `End of ${phase.name}: reassess ${names.slice(0, 4).join(', ')}${names.length > 4 ? ' and the rest of this phase’s goals' : ''}`,
    });
    lastReassessDay = end;
  });

  const letGoIds = new Set(transition.letGo.map((s) => s.competencyId));
  const carryOver = gaps
    .filter((g) => g.current >= g.target && g.current >= 2 && g.target >= 1 && !letGoIds.has(g.competencyId))
    .sort((a, b) => b.weight - a.weight || b.current - a.current)
    .map((g) => ({ competencyId: g.competencyId, name: g.name, level: g.current }));

  const hoursByKind: Record<ActivityKind, number> = { experience: 0, people: 0, course: 0 };
  for (const { activity } of allPlanned) hoursByKind[activity.kind] += activity.effortHours;
  const effortHours = allPlanned.reduce((sum, p) => sum + p.activity.effortHours, 0);

  const weeks = endDay < 0 ? 1 : Math.floor(endDay / 7) + 1;
  return {
    fromRoleId: r.from.id,
    toRoleId: r.to.id,
    fromRoleName: r.from.name,
    toRoleName: r.to.name,
    assumedCurrentLevels: r.assumed,
    options: {
      hoursPerWeek: r.hoursPerWeek,
      cadence: r.cadence,
      maxConcurrent: r.maxConcurrent,
      targetEndDate: r.targetEndDate,
    },
    horizon: { startDate: r.startDate, endDate: lastPhase.endDate, weeks },
    gaps,
    phases: builtPhases,
    checkIns,
    reassessments,
    carryOver,
    letGo: transition.letGo.map((s) => ({
      competencyId: s.competencyId,
      name: s.name,
      from: s.from,
      to: s.to,
    })),
    expectations: transition.brief,
    warnings,
    totals: {
      effortHours: Math.round(effortHours * 100) / 100,
      activities: allPlanned.length,
      hoursByKind,
    },
    load: {
      paceHoursPerWeek: Math.round((minutesPerWeek / 60) * 100) / 100,
      weeklyHours: Array.from(
        { length: weeks },
        (_, w) => Math.round(((schedule?.weeklyMinutes[w] ?? 0) / 60) * 100) / 100,
      ),
    },
  };
}
