// Property tests: the planner's rules hold for random frameworks, assessments, dates and options.
import fc from 'fast-check';
import { differenceInCalendarDays, getDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate, toCalendarDate } from '../../src/shared/dates/calendar-date';
import { builtInFramework } from '../../src/shared/catalog';
import type {
  Activity,
  ActivityKind,
  Competency,
  Framework,
  Level,
  Role,
  Weight,
} from '../../src/shared/framework/types';
import {
  generatePlan,
  MIN_WEEKS,
  PlannerInputError,
  type Plan,
  type PlanInput,
} from '../../src/shared/planner';

const KINDS: ActivityKind[] = ['experience', 'people', 'course'];
const level = fc.integer({ min: 0, max: 4 }) as fc.Arbitrary<Level>;
const weight = fc.integer({ min: 1, max: 3 }) as fc.Arbitrary<Weight>;

const frameworkArb: fc.Arbitrary<Framework> = fc
  .record({
    competencyCount: fc.integer({ min: 1, max: 9 }),
    roleCount: fc.integer({ min: 2, max: 3 }),
    seedLevels: fc.array(fc.tuple(level, weight), { minLength: 27, maxLength: 27 }),
    activitySpecs: fc.array(
      fc.record({
        count: fc.integer({ min: 0, max: 4 }),
        kinds: fc.array(fc.constantFrom(...KINDS), { minLength: 4, maxLength: 4 }),
        hours: fc.array(
          fc.integer({ min: 1, max: 16 }).map((q) => q / 2),
          { minLength: 4, maxLength: 4 },
        ),
      }),
      { minLength: 36, maxLength: 36 },
    ),
  })
  .map(({ competencyCount, roleCount, seedLevels, activitySpecs }) => {
    const competencies: Competency[] = Array.from({ length: competencyCount }, (_, i) => ({
      id: `c${i}`,
      areaId: 'a',
      name: `Competency ${i}`,
      summary: 's',
      levels: ['0', '1', '2', '3', '4'],
      builtIn: false,
    }));
    const roles: Role[] = Array.from({ length: roleCount }, (_, r) => ({
      id: `r${r}`,
      name: `Role ${r}`,
      summary: 's',
      judgedOn: r % 2 === 0 ? 'outputs' : 'outcomes',
      successMeasures: 'm',
      habitsToRelease: 'h',
      basedOn: null,
      builtIn: false,
      expectations: Object.fromEntries(
        competencies.map((c, i) => {
          const [l, w] = seedLevels[(r * 9 + i) % seedLevels.length] as [Level, Weight];
          return [c.id, { level: l, weight: w }];
        }),
      ),
    }));
    const activities: Activity[] = [];
    competencies.forEach((c, i) => {
      for (let step = 0; step < 4; step += 1) {
        const spec = activitySpecs[(i * 4 + step) % activitySpecs.length];
        if (!spec) continue;
        for (let k = 0; k < spec.count; k += 1) {
          activities.push({
            id: `${c.id}.${step}.${k}`,
            competencyId: c.id,
            fromLevel: step as Activity['fromLevel'],
            title: `Activity ${c.id} ${step} ${k}`,
            description: 'd',
            withWhom: 'w',
            evidence: 'e',
            kind: spec.kinds[k] ?? 'experience',
            effortHours: spec.hours[k] ?? 1,
            builtIn: false,
          });
        }
      }
    });
    return { areas: [{ id: 'a', name: 'A', summary: 's' }], competencies, roles, activities };
  });

const dateArb = fc
  .integer({ min: 0, max: 365 * 10 })
  .map((offset) => toCalendarDate(new Date(2020, 0, 1 + offset)));

const inputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    framework: fc.oneof(
      { weight: 3, arbitrary: frameworkArb },
      { weight: 1, arbitrary: fc.constant(builtInFramework) },
    ),
    from: fc.nat(),
    to: fc.nat(),
    assessed: fc.boolean(),
    levels: fc.array(level, { minLength: 15, maxLength: 15 }),
    startDate: dateArb,
    hoursPerWeek: fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: 1, max: 24 }).map((q) => q / 2),
    ),
    cadence: fc.constantFrom(undefined, 'auto', 'weekly', 'biweekly'),
    maxConcurrent: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 5 })),
    targetWeeks: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 70 })),
  })
  .map((r) => {
    const roles = r.framework.roles;
    const fromRole = roles[r.from % roles.length] as Role;
    const toRole = roles[r.to % roles.length] as Role;
    const target =
      r.targetWeeks === null
        ? null
        : toCalendarDate(
            new Date(toLocalDate(r.startDate).getTime() + r.targetWeeks * 7 * 86_400_000 + 43_200_000),
          );
    return {
      framework: r.framework,
      fromRoleId: fromRole.id,
      toRoleId: toRole.id,
      currentLevels: r.assessed
        ? Object.fromEntries(
            r.framework.competencies.map((c, i) => [c.id, r.levels[i % r.levels.length] as Level]),
          )
        : null,
      startDate: r.startDate,
      options: {
        hoursPerWeek: r.hoursPerWeek,
        cadence: r.cadence as 'auto' | 'weekly' | 'biweekly' | undefined,
        maxConcurrent: r.maxConcurrent,
        targetEndDate: target,
      },
    };
  });

const days = (from: string, to: string) => differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
const isWorkingDay = (date: string) => ![0, 6].includes(getDay(toLocalDate(date)));
const goalsOf = (plan: Plan) => plan.phases.flatMap((phase) => phase.goals.map((goal) => ({ phase, goal })));
const RUNS = { numRuns: 300 };

function levelsUsed(input: PlanInput): Record<string, Level> {
  const from = input.framework.roles.find((r) => r.id === input.fromRoleId) as Role;
  return Object.fromEntries(
    input.framework.competencies.map((c) => [
      c.id,
      input.currentLevels?.[c.id] ?? from.expectations[c.id]?.level ?? 0,
    ]),
  );
}

describe('planner properties', () => {
  it('is deterministic: the same input gives the same plan', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(generatePlan(input)).toEqual(generatePlan(structuredClone(input)));
      }),
      { numRuns: 100 },
    );
  });

  it('closes exactly the gaps, one level per goal and per phase, in order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const current = levelsUsed(input);
        const to = input.framework.roles.find((r) => r.id === input.toRoleId) as Role;
        for (const c of input.framework.competencies) {
          const goals = goalsOf(plan).filter(({ goal }) => goal.competencyId === c.id);
          const target = to.expectations[c.id]?.level ?? 0;
          const start = current[c.id] ?? 0;
          expect(goals.length).toBe(Math.max(0, target - start));
          goals.forEach(({ goal, phase }, k) => {
            expect(goal.fromLevel).toBe(start + k);
            expect(goal.toLevel).toBe(goal.fromLevel + 1);
            if (k > 0) expect(phase.index).toBeGreaterThan(goals[k - 1]?.phase.index ?? -1);
          });
        }
      }),
      RUNS,
    );
  });

  it('never schedules more hours in a week than asked, nor more competencies at once than the limit', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const hours = input.options?.hoursPerWeek ?? 3;
        const limit = input.options?.maxConcurrent ?? 3;
        expect(Math.max(0, ...plan.load.weeklyHours)).toBeLessThanOrEqual(hours + 1e-9);
        const scheduled = plan.load.weeklyHours.reduce((a, b) => a + b, 0);
        expect(Math.abs(scheduled - plan.totals.effortHours)).toBeLessThan(
          0.05 * plan.load.weeklyHours.length + 0.01,
        );
        const goals = goalsOf(plan)
          .map(({ goal }) => goal)
          .filter((g) => g.activities.length > 0);
        for (let week = 0; week < plan.horizon.weeks; week += 1) {
          const inFlight = goals.filter(
            (g) =>
              Math.floor(days(plan.horizon.startDate, g.startDate) / 7) <= week &&
              Math.floor(days(plan.horizon.startDate, g.dueDate) / 7) >= week,
          );
          expect(new Set(inFlight.map((g) => g.competencyId)).size).toBeLessThanOrEqual(limit);
        }
      }),
      RUNS,
    );
  });

  it('puts every date on a working day on or after the start, inside the plan, with phases in order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const dates = [
          ...plan.checkIns.map((c) => c.date),
          ...plan.reassessments.map((r) => r.date),
          ...goalsOf(plan).flatMap(({ goal }) => [
            goal.startDate,
            goal.dueDate,
            ...goal.activities.flatMap((a) => [a.startDate, a.dueDate]),
          ]),
          ...plan.phases.flatMap((p) => [p.startDate, p.endDate]),
        ];
        for (const date of dates) {
          expect(isWorkingDay(date), date).toBe(true);
          expect(date >= input.startDate, date).toBe(true);
          expect(date <= plan.horizon.endDate, date).toBe(true);
        }
        plan.phases.forEach((phase, i) => {
          expect(phase.startDate <= phase.endDate).toBe(true);
          if (i > 0) expect(phase.startDate > (plan.phases[i - 1]?.endDate ?? '')).toBe(true);
          for (const goal of phase.goals) {
            expect(goal.startDate >= phase.startDate && goal.dueDate <= phase.endDate).toBe(true);
            for (const a of goal.activities) expect(a.startDate <= a.dueDate).toBe(true);
          }
        });
        expect(plan.horizon.weeks).toBe(
          Math.floor(days(plan.horizon.startDate, plan.horizon.endDate) / 7) + 1,
        );
      }),
      RUNS,
    );
  });

  it('holds check-ins at the cadence without gaps, from the first working day to the last day', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const cadence = input.options?.cadence ?? 'auto';
        const first = plan.checkIns[0]?.date ?? '';
        expect(days(input.startDate, first)).toBeLessThanOrEqual(2);
        expect(plan.checkIns.at(-1)?.date).toBe(plan.horizon.endDate);
        const ownStart =
          plan.phases.length > 1 && plan.phases.some((p) => p.goals.length > 0)
            ? plan.phases.at(-1)?.startDate
            : input.startDate;
        for (let i = 1; i < plan.checkIns.length; i += 1) {
          const previous = plan.checkIns[i - 1]?.date ?? '';
          const gap = days(previous, plan.checkIns[i]?.date ?? '');
          expect(gap).toBeGreaterThan(0);
          const allowed =
            cadence === 'weekly' ? 7 : cadence === 'biweekly' ? 14 : previous >= (ownStart ?? '') ? 14 : 7;
          expect(gap).toBeLessThanOrEqual(allowed);
        }
      }),
      RUNS,
    );
  });

  it('reassesses at the end of every phase and never goes more than about four months without one', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const dates = plan.reassessments.map((r) => r.date);
        for (const phase of plan.phases) expect(dates).toContain(phase.endDate);
        let previous = input.startDate;
        for (const date of dates) {
          expect(days(previous, date)).toBeLessThanOrEqual(16 * 7 + 3);
          previous = date;
        }
      }),
      RUNS,
    );
  });

  it('starts larger weighted gaps no later than smaller ones', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const firstStart = new Map<string, string>();
        for (const { goal } of goalsOf(plan))
          if (!firstStart.has(goal.competencyId)) firstStart.set(goal.competencyId, goal.startDate);
        const gaps = plan.gaps.filter((g) => g.weightedGap > 0);
        for (const a of gaps) {
          for (const b of gaps) {
            if (a.weightedGap > b.weightedGap) {
              expect(
                (firstStart.get(a.competencyId) ?? '') <= (firstStart.get(b.competencyId) ?? ''),
                `${a.competencyId} before ${b.competencyId}`,
              ).toBe(true);
            }
          }
        }
        expect(plan.gaps.map((g) => g.weightedGap)).toEqual(
          [...plan.gaps.map((g) => g.weightedGap)].sort((x, y) => y - x),
        );
      }),
      RUNS,
    );
  });

  it('never repeats an activity, and prefers experience, then people, then courses for every goal', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const ids = goalsOf(plan).flatMap(({ goal }) => goal.activities.map((a) => a.activityId));
        expect(new Set(ids).size).toBe(ids.length);
        const rank = { experience: 0, people: 1, course: 2 };
        for (const { goal } of goalsOf(plan)) {
          const library = input.framework.activities.filter(
            (a) => a.competencyId === goal.competencyId && a.fromLevel === goal.fromLevel,
          );
          const chosen = new Set(goal.activities.map((a) => a.activityId));
          const worstChosen = Math.max(-1, ...goal.activities.map((a) => rank[a.kind]));
          for (const a of library)
            if (!chosen.has(a.id)) expect(rank[a.kind]).toBeGreaterThanOrEqual(worstChosen);
          if (library.length > 0) expect(goal.activities.length).toBeGreaterThan(0);
          expect(goal.activities.length).toBeLessThanOrEqual(goal.weight);
        }
      }),
      RUNS,
    );
  });

  it('grows with the work: never shorter than the minimum, and no shorter than the effort at the pace', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        if (plan.totals.activities > 0) {
          expect(plan.horizon.weeks).toBeGreaterThanOrEqual(
            Math.ceil(plan.totals.effortHours / plan.options.hoursPerWeek - 1e-9),
          );
        }
        const target = input.options?.targetEndDate;
        if (target && plan.horizon.endDate > target)
          expect(plan.warnings.join(' ')).toMatch(/later than the/);
        if (!target) expect(plan.horizon.weeks).toBeGreaterThanOrEqual(MIN_WEEKS);
        if (plan.horizon.weeks > 52) expect(plan.warnings.join(' ')).toMatch(/months at/);
      }),
      RUNS,
    );
  });

  it('gives a consolidation plan with no build goals when the person is already at or above target', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const all4 = {
          ...input,
          currentLevels: Object.fromEntries(input.framework.competencies.map((c) => [c.id, 4 as Level])),
        };
        const plan = generatePlan(all4);
        expect(goalsOf(plan)).toEqual([]);
        expect(plan.phases).toHaveLength(1);
        if (!input.options?.targetEndDate) {
          expect(plan.horizon.weeks).toBe(MIN_WEEKS);
          expect(plan.checkIns.length).toBeGreaterThanOrEqual(2);
        } else {
          expect(plan.horizon.endDate <= input.options.targetEndDate || plan.horizon.weeks === 1).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('refuses invalid input with an error naming the field', () => {
    const bad = fc.oneof(
      fc.constant<[Partial<PlanInput>, string]>([{ startDate: '2021-02-29' }, 'startDate']),
      fc.constant<[Partial<PlanInput>, string]>([{ fromRoleId: 'nobody' }, 'fromRoleId']),
      fc.constant<[Partial<PlanInput>, string]>([{ toRoleId: '' }, 'toRoleId']),
      fc
        .double({ max: 0, noNaN: true })
        .map((h): [Partial<PlanInput>, string] => [{ options: { hoursPerWeek: h } }, 'options.hoursPerWeek']),
      fc
        .integer({ min: 5, max: 99 })
        .map((l): [Partial<PlanInput>, string] => [
          { currentLevels: { c0: l as Level } },
          'currentLevels.c0',
        ]),
      fc
        .double({ min: 0.1, max: 3.9, noInteger: true })
        .map((l): [Partial<PlanInput>, string] => [
          { currentLevels: { c0: l as Level } },
          'currentLevels.c0',
        ]),
    );
    fc.assert(
      fc.property(frameworkArb, bad, (framework, [overrides, field]) => {
        const input: PlanInput = {
          framework,
          fromRoleId: 'r0',
          toRoleId: 'r1',
          startDate: '2027-01-04',
          ...overrides,
        };
        try {
          generatePlan(input);
          throw new Error('accepted');
        } catch (error) {
          expect(error).toBeInstanceOf(PlannerInputError);
          expect((error as PlannerInputError).field).toBe(field);
        }
      }),
      { numRuns: 100 },
    );
  });
});
