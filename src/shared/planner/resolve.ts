// Step 1 of the planner: check the input and settle what the plan starts from (levels, options).
// A competency the assessment left out takes the level the current role expects, and is remembered
// as assumed so the plan can say so rather than fill it in silently.
import { isCalendarDate } from '../dates/calendar-date';
import { expectationFor } from '../framework/lookup';
import type { Framework, Level, Role } from '../framework/types';
import { PlannerInputError, type Cadence, type PlanInput } from './types';

export const PLAN_DEFAULTS = { hoursPerWeek: 3, cadence: 'auto' as Cadence, maxConcurrent: 3 };
export const MAX_HOURS_PER_WEEK = 40;

export interface Resolved {
  framework: Framework;
  from: Role;
  to: Role;
  levels: Record<string, Level>;
  /** No assessment at all. */
  assumed: boolean;
  /** Competencies whose level was assumed (all of them when there is no assessment). */
  assumedIds: string[];
  startDate: string;
  hoursPerWeek: number;
  cadence: Cadence;
  maxConcurrent: number;
  targetEndDate: string | null;
}

function isLevel(value: unknown): value is Level {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4;
}

function resolveRoles(input: PlanInput) {
  const { framework } = input;
  if (!framework || !Array.isArray(framework.roles) || !Array.isArray(framework.competencies)) {
    throw new PlannerInputError('framework', 'A framework with roles and competencies is required');
  }
  const from = framework.roles.find((r) => r.id === input.fromRoleId);
  if (!from) throw new PlannerInputError('fromRoleId', `Unknown role "${String(input.fromRoleId)}"`);
  const to = framework.roles.find((r) => r.id === input.toRoleId);
  if (!to) throw new PlannerInputError('toRoleId', `Unknown role "${String(input.toRoleId)}"`);
  return { framework, from, to };
}

function resolveLevels(input: PlanInput, framework: Framework, from: Role) {
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
  const levels: Record<string, Level> = {};
  const assumedIds: string[] = [];
  for (const c of framework.competencies) {
    const level = given?.[c.id];
    if (level === undefined) assumedIds.push(c.id);
    levels[c.id] = level ?? expectationFor(from, c.id).level;
  }
  return { levels, assumedIds, assumed: given === null || Object.keys(given).length === 0 };
}

function resolveOptions(input: PlanInput) {
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
  return { hoursPerWeek, cadence, maxConcurrent, targetEndDate };
}

export function resolve(input: PlanInput): Resolved {
  const { framework, from, to } = resolveRoles(input);
  if (typeof input.startDate !== 'string' || !isCalendarDate(input.startDate)) {
    throw new PlannerInputError('startDate', 'Enter a real date as YYYY-MM-DD');
  }
  return {
    framework,
    from,
    to,
    ...resolveLevels(input, framework, from),
    startDate: input.startDate,
    ...resolveOptions(input),
  };
}
