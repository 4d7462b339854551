// Property tests: the planner's rules hold for random frameworks, assessments, dates and options.
import fc from 'fast-check';
import { differenceInCalendarDays, getDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate, toCalendarDate } from '../../src/shared/dates/calendar-date';
import { builtInFramework, transitionGuideForRoles } from '../../src/shared/catalog';
import type {
  Activity,
  ActivityKind,
  ActivityStage,
  Competency,
  Framework,
  Level,
  Role,
  Weight,
} from '../../src/shared/framework/types';
import {
  checkInIntervalDays,
  generatePlan,
  MIN_WEEKS,
  PlannerInputError,
  type Plan,
  type PlanInput,
} from '../../src/shared/planner';
import { quietWeeksWithRoom } from './planner-quiet-weeks';

const KINDS: ActivityKind[] = ['experience', 'people', 'course'];
const STAGES: ActivityStage[] = ['learn', 'try', 'feedback', 'own'];
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
        spans: fc.array(fc.option(fc.integer({ min: 1, max: 13 }), { nil: undefined }), {
          minLength: 4,
          maxLength: 4,
        }),
        stages: fc.array(fc.option(fc.constantFrom(...STAGES), { nil: undefined }), {
          minLength: 4,
          maxLength: 4,
        }),
        earliest: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
        chained: fc.boolean(),
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
            spanWeeks: spec.spans[k],
            stage: spec.stages[k],
            earliestWeek: k === spec.count - 1 ? spec.earliest : undefined,
            // The last activity of a step may wait for the first one to finish.
            after: spec.chained && k > 0 && k === spec.count - 1 ? [`${c.id}.${step}.0`] : undefined,
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
    holidays: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 8 }),
    partial: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
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
            r.framework.competencies
              // Now and then an assessment leaves a competency out (never all of them).
              .filter((_, i) => i === 0 || !r.partial[i % r.partial.length])
              .map((c, i) => [c.id, r.levels[i % r.levels.length] as Level]),
          )
        : null,
      startDate: r.startDate,
      nonWorkingDays: r.holidays.map((d) =>
        toCalendarDate(new Date(toLocalDate(r.startDate).getTime() + d * 86_400_000 + 43_200_000)),
      ),
      options: {
        hoursPerWeek: r.hoursPerWeek,
        cadence: r.cadence as 'auto' | 'weekly' | 'biweekly' | undefined,
        maxConcurrent: r.maxConcurrent,
        targetEndDate: target,
      },
    };
  });

const days = (from: string, to: string) => differenceInCalendarDays(toLocalDate(to), toLocalDate(from));
const isWeekday = (date: string) => ![0, 6].includes(getDay(toLocalDate(date)));
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

const nonWorking = (input: PlanInput) => new Set(input.nonWorkingDays ?? []);
const weekOf = (plan: Plan, date: string) => Math.floor(days(plan.horizon.startDate, date) / 7);
const roleOf = (input: PlanInput, id: string) => input.framework.roles.find((r) => r.id === id) as Role;
const libraryFor = (input: PlanInput, goal: { competencyId: string; fromLevel: number }) =>
  input.framework.activities.filter(
    (a) => a.competencyId === goal.competencyId && a.fromLevel === goal.fromLevel,
  );
const STAGE_RANK: Record<ActivityStage, number> = { learn: 0, try: 1, feedback: 2, own: 3 };

// Hundreds of plans a test: allow for a busy machine.
describe('planner properties', { timeout: 60_000 }, () => {
  it('is deterministic: the same input gives the same plan, and the plan is plain data', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        expect(generatePlan(structuredClone(input))).toEqual(plan);
        expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
      }),
      { numRuns: 100 },
    );
  });

  it('dates the essential and important gaps one level per goal, in order, and lists useful ones as optional follow-on', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const current = levelsUsed(input);
        const to = roleOf(input, input.toRoleId);
        const open = input.framework.competencies.filter(
          (c) => (to.expectations[c.id]?.level ?? 0) > (current[c.id] ?? 0),
        );
        const anyCore = open.some((c) => (to.expectations[c.id]?.weight ?? 1) >= 2);
        for (const c of open) {
          const target = to.expectations[c.id]?.level ?? 0;
          const start = current[c.id] ?? 0;
          const core = !anyCore || (to.expectations[c.id]?.weight ?? 1) >= 2;
          const goals = goalsOf(plan).filter(({ goal }) => goal.competencyId === c.id);
          const later = plan.followOn.filter((f) => f.competencyId === c.id);
          // A core level is dated, or moved to "next" so the plan fits 30 weeks (the highest levels first).
          const next = later.filter((f) => f.when === 'next');
          expect(goals.length + next.length).toBe(core ? target - start : 0);
          expect(later.length - next.length).toBe(core ? 0 : target - start);
          next.forEach((f, k) => expect(f.fromLevel).toBe(start + goals.length + k));
          expect(plan.gaps.find((g) => g.competencyId === c.id)?.planned).toBe(
            core && goals.length > 0 ? 'core' : 'followOn',
          );
          goals.forEach(({ goal }, k) => {
            expect(goal.fromLevel).toBe(start + k);
            expect(goal.toLevel).toBe(goal.fromLevel + 1);
            // The next level starts once the one before it is done.
            if (k > 0) expect(goal.startDate > (goals[k - 1]?.goal.dueDate ?? '')).toBe(true);
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
            (g) => weekOf(plan, g.startDate) <= week && weekOf(plan, g.dueDate) >= week,
          );
          expect(new Set(inFlight.map((g) => g.competencyId)).size).toBeLessThanOrEqual(limit);
        }
      }),
      RUNS,
    );
  });

  it('gives every activity at least its span, and starts none before its earliest week or its prerequisites', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const due = new Map(
          goalsOf(plan).flatMap(({ goal }) => goal.activities.map((a) => [a.activityId, a.dueDate])),
        );
        for (const { goal } of goalsOf(plan)) {
          for (const a of goal.activities) {
            const source = input.framework.activities.find((x) => x.id === a.activityId) as Activity;
            if (source.spanWeeks) expect(a.spanWeeks).toBeGreaterThanOrEqual(source.spanWeeks);
            expect(weekOf(plan, a.dueDate) - weekOf(plan, a.startDate) + 1).toBe(a.spanWeeks);
            if (source.earliestWeek)
              expect(weekOf(plan, a.startDate)).toBeGreaterThanOrEqual(source.earliestWeek);
            for (const id of source.after ?? []) {
              const before = due.get(id);
              if (before) expect(a.startDate > before, `${a.activityId} after ${id}`).toBe(true);
            }
          }
          // Within a goal: learn, then try, then feedback, then on your own (unless a prerequisite says otherwise).
          const inGoal = new Set(goal.activities.map((a) => a.activityId));
          const ordered = !goal.activities.some((a) =>
            input.framework.activities
              .find((x) => x.id === a.activityId)
              ?.after?.some((id) => inGoal.has(id)),
          );
          const stages = goal.activities.map((a) => STAGE_RANK[a.stage]);
          if (ordered) expect(stages).toEqual([...stages].sort((x, y) => x - y));
          for (let k = 1; k < goal.activities.length; k += 1) {
            expect((goal.activities[k]?.startDate ?? '') >= (goal.activities[k - 1]?.startDate ?? '')).toBe(
              true,
            );
          }
        }
      }),
      RUNS,
    );
  });

  it('states the first working day as its start and puts every date on a working day inside the plan', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const off = nonWorking(input);
        const working = (date: string) => isWeekday(date) && !off.has(date);
        expect(working(plan.horizon.startDate)).toBe(true);
        for (let d = input.startDate; d < plan.horizon.startDate;) {
          expect(working(d)).toBe(false);
          d = toCalendarDate(new Date(toLocalDate(d).getTime() + 86_400_000 + 43_200_000));
        }
        const dates = [
          ...plan.checkIns.map((c) => c.date),
          ...plan.reassessments.map((r) => r.date),
          ...plan.milestones.map((m) => m.date),
          ...plan.transitionWork.flatMap((w) => [w.startDate, w.dueDate]),
          ...goalsOf(plan).flatMap(({ goal }) => [
            goal.startDate,
            goal.dueDate,
            ...goal.activities.flatMap((a) => [a.startDate, a.dueDate]),
          ]),
          ...plan.phases.flatMap((p) => [p.startDate, p.endDate]),
        ];
        for (const date of dates) {
          expect(working(date), date).toBe(true);
          expect(date >= plan.horizon.startDate, date).toBe(true);
          expect(date <= plan.horizon.endDate, date).toBe(true);
        }
        plan.phases.forEach((phase, i) => {
          expect(phase.startDate <= phase.endDate).toBe(true);
          if (i > 0) expect(phase.startDate > (plan.phases[i - 1]?.endDate ?? '')).toBe(true);
          for (const goal of phase.goals) {
            expect(goal.startDate >= phase.startDate && goal.startDate <= phase.endDate).toBe(true);
          }
        });
        expect(plan.phases[0]?.startDate).toBe(plan.horizon.startDate);
        expect(plan.phases.at(-1)?.endDate).toBe(plan.horizon.endDate);
        expect(plan.horizon.weeks).toBe(
          Math.floor(days(plan.horizon.startDate, plan.horizon.endDate) / 7) + 1,
        );
      }),
      RUNS,
    );
  });

  it('holds one-on-ones by the shared cadence rule, the first one built around the expectations conversation', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const off = nonWorking(input);
        const first = plan.checkIns[0];
        expect(first?.date).toBe(plan.horizon.startDate);
        const conversation = plan.transitionWork.find((w) => w.purpose === 'expectations');
        expect(conversation?.startDate).toBe(plan.horizon.startDate);
        expect(weekOf(plan, conversation?.dueDate ?? '')).toBe(0);
        expect(first?.topics[0]).toBe(conversation?.checkInTopic);
        expect(plan.checkIns.at(-1)?.date).toBe(plan.horizon.endDate);
        for (let i = 1; i < plan.checkIns.length; i += 1) {
          const previous = plan.checkIns[i - 1]?.date ?? '';
          const gap = days(previous, plan.checkIns[i]?.date ?? '');
          expect(gap).toBeGreaterThan(0);
          // Holidays and leave can push one a few days; never more than a week beyond the rule.
          const allowed = checkInIntervalDays(plan, previous) + (off.size > 0 ? 7 : 0);
          expect(gap).toBeLessThanOrEqual(allowed);
        }
      }),
      RUNS,
    );
  });

  it('plans a peer in the new role from week 1, and hands over only habits the person holds, in the first phase', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const peer = plan.transitionWork.find((w) => w.purpose === 'peer');
        expect(peer?.kind).toBe('people');
        expect(weekOf(plan, peer?.startDate ?? '')).toBe(0);
        const current = levelsUsed(input);
        const to = roleOf(input, input.toRoleId);
        for (const w of plan.transitionWork.filter((x) => x.purpose === 'letGo')) {
          const id = w.competencyId as string;
          expect(current[id] ?? 0).toBeGreaterThan(to.expectations[id]?.level ?? 0);
          const asked = plan.checkIns.filter(
            (c) => c.date >= w.startDate && c.date <= w.dueDate && c.topics.includes(w.checkInTopic),
          );
          expect(asked.length).toBeGreaterThan(0);
          expect(plan.letGo.map((g) => g.competencyId)).toContain(id);
        }
        // The first hand-over starts in the first phase (below an hour a week, week 1 may leave no room).
        const handOvers = plan.transitionWork.filter((x) => x.purpose === 'letGo');
        if (handOvers.length > 0 && plan.options.hoursPerWeek >= 1)
          expect((handOvers[0]?.startDate ?? '') <= (plan.phases[0]?.endDate ?? '')).toBe(true);
      }),
      RUNS,
    );
  });

  it('reassesses at the end and never goes more than about four months without one', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const dates = plan.reassessments.map((r) => r.date);
        expect(dates.at(-1)).toBe(plan.horizon.endDate);
        let previous = plan.horizon.startDate;
        for (const date of dates) {
          expect(days(previous, date)).toBeGreaterThan(0);
          expect(days(previous, date)).toBeLessThanOrEqual(16 * 7 + 10);
          previous = date;
        }
      }),
      RUNS,
    );
  });

  it('starts essential competencies and flex-first skills before the others, and each group in priority order (flex-first skills break ties)', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const firstStart = new Map<string, string>();
        for (const { goal } of goalsOf(plan))
          if (!firstStart.has(goal.competencyId)) firstStart.set(goal.competencyId, goal.startDate);
        const core = plan.gaps.filter((g) => g.planned === 'core' && firstStart.has(g.competencyId));
        // Essential competencies and the skills the move must flex first start before the rest.
        const flexFirst = new Set(
          transitionGuideForRoles(input.framework, input.fromRoleId, input.toRoleId)?.flexFirst ?? [],
        );
        const first = (g: (typeof core)[number]) => g.weight === 3 || flexFirst.has(g.competencyId);
        core.forEach((a, i) => {
          for (const b of core.slice(i + 1)) {
            const sameGroup = first(a) === first(b);
            if (sameGroup || first(a)) {
              expect(
                (firstStart.get(a.competencyId) ?? '') <= (firstStart.get(b.competencyId) ?? ''),
                `${a.competencyId} before ${b.competencyId}`,
              ).toBe(true);
            }
          }
        });
        expect(plan.gaps.map((g) => g.weightedGap)).toEqual(
          [...plan.gaps.map((g) => g.weightedGap)].sort((x, y) => y - x),
        );
      }),
      RUNS,
    );
  });

  it('moves only the least urgent important goals to "next" when the core runs past 30 weeks, and says what would fit them all', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const next = plan.followOn.filter((f) => f.when === 'next');
        if (next.length === 0) return;
        const to = roleOf(input, input.toRoleId);
        const from = roleOf(input, input.fromRoleId);
        const guide = transitionGuideForRoles(input.framework, from.id, to.id);
        const flexFirst = new Set(guide?.flexFirst ?? []);
        // It fits, it keeps every essential goal and every skill to flex first, and says why.
        expect(plan.horizon.weeks).toBeLessThanOrEqual(30);
        for (const f of next) {
          expect(f.weight).toBe(2);
          expect(flexFirst.has(f.competencyId)).toBe(false);
          expect(f.why).toMatch(/first six months/);
        }
        // Nothing dated is less urgent than what moved: every dated important competency ranks before
        // every one whose levels all moved.
        const rank = new Map(plan.gaps.map((g, i) => [g.competencyId, i]));
        const dated = goalsOf(plan).map(({ goal }) => goal);
        const movedWhole = next.filter((f) => !dated.some((g) => g.competencyId === f.competencyId));
        for (const g of dated.filter((d) => d.weight === 2 && !flexFirst.has(d.competencyId)))
          for (const f of movedWhole)
            expect(rank.get(g.competencyId) ?? 0).toBeLessThan(rank.get(f.competencyId) ?? 0);
        const warning = plan.warnings.find((w) => /once the first six months are done/.test(w)) ?? '';
        expect(warning).toMatch(/hours? a week would fit them all|More hours alone would not fit them all/);
      }),
      RUNS,
    );
  });

  it('keeps a hands-on activity (a first try or doing it on your own) in every goal whose library has one', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        for (const { goal } of goalsOf(plan)) {
          // The planner chooses among a step's first six activities, the library's order by kind.
          const order = { experience: 0, people: 1, course: 2 } as const;
          const candidates = [...libraryFor(input, goal)]
            .map((a, i) => ({ a, i }))
            .sort((x, y) => order[x.a.kind] - order[y.a.kind] || x.i - y.i)
            .slice(0, 6)
            .map(({ a }) => a);
          const stageOf = (a: Activity) =>
            a.stage ?? (a.kind === 'course' ? 'learn' : a.kind === 'people' ? 'feedback' : 'try');
          if (!candidates.some((a) => ['try', 'own'].includes(stageOf(a)))) continue;
          expect(
            goal.activities.some((a) => a.stage === 'try' || a.stage === 'own'),
            goal.id,
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('uses at least half the weekly hours in every week before the last one with work, unless the next goal could not start then', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        expect(quietWeeksWithRoom(input, plan)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('never repeats an activity, gives each goal what it wants where it can, and says so where it cannot', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const ids = goalsOf(plan).flatMap(({ goal }) => goal.activities.map((a) => a.activityId));
        expect(new Set(ids).size).toBe(ids.length);
        for (const { goal } of goalsOf(plan)) {
          const library = libraryFor(input, goal);
          if (library.length > 0) expect(goal.activities.length).toBeGreaterThan(0);
          expect(goal.activities.length).toBeLessThanOrEqual(goal.weight);
          if (library.length < goal.weight) {
            expect(plan.warnings.join(' ')).toContain(
              `${goal.competencyName} from level ${goal.fromLevel} to ${goal.toLevel}`,
            );
          }
        }
        const trimmed = goalsOf(plan).some(
          ({ goal }) => goal.activities.length < Math.min(goal.weight, libraryFor(input, goal).length),
        );
        if (trimmed) expect(plan.warnings.join(' ')).toMatch(/fewer activities than/);
      }),
      RUNS,
    );
  });

  it('aims for 70-20-10 by effort, and says so when the library cannot give it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const { experience, people, course } = plan.totals.hoursByKind;
        const total = experience + people + course;
        const off =
          Math.abs(Math.round((experience / total) * 100) - 70) > 10 ||
          Math.abs(Math.round((people / total) * 100) - 20) > 10 ||
          Math.abs(Math.round((course / total) * 100) - 10) > 10;
        expect(plan.warnings.some((w) => /70-20-10/.test(w))).toBe(off);
      }),
      RUNS,
    );
  });

  it('writes the brief from the person: no strength it builds, first goals as largest gaps, assumed levels named', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const built = new Set([
          ...goalsOf(plan).map(({ goal }) => goal.competencyId),
          ...plan.followOn.map((g) => g.competencyId),
        ]);
        for (const s of plan.carryOver) expect(built.has(s.competencyId), s.competencyId).toBe(false);
        for (const s of plan.letGo) expect(built.has(s.competencyId), s.competencyId).toBe(false);
        const starts = [...goalsOf(plan).map(({ goal }) => goal)].sort((a, b) =>
          a.startDate.localeCompare(b.startDate),
        );
        const firstIds = [...new Set(starts.map((g) => g.competencyId))].slice(0, 3);
        expect(plan.largestGaps.map((g) => g.competencyId)).toEqual(firstIds);
        const given = input.currentLevels ?? {};
        const missing = input.framework.competencies.filter((c) => !(c.id in given)).map((c) => c.id);
        expect(plan.assumedCompetencyIds).toEqual(missing);
        for (const g of plan.gaps) expect(g.assumed).toBe(missing.includes(g.competencyId));
        if (input.currentLevels && missing.length > 0) {
          const warning = plan.warnings.find((w) => /leaves out/.test(w)) ?? '';
          for (const g of plan.gaps.filter((x) => x.assumed)) expect(warning).toContain(g.name);
        }
      }),
      RUNS,
    );
  });

  it('grows with the work: never shorter than the minimum, and says when it runs past the date asked for', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plan = generatePlan(input);
        const target = input.options?.targetEndDate;
        if (target && plan.horizon.endDate > target)
          expect(plan.warnings.join(' ')).toMatch(/later than the/);
        if (!target) expect(plan.horizon.weeks).toBeGreaterThanOrEqual(MIN_WEEKS);
        if (plan.horizon.weeks > 52) expect(plan.warnings.join(' ')).toMatch(/months at/);
        else if (plan.horizon.weeks > 30 && goalsOf(plan).length > 0)
          expect(plan.warnings.join(' ')).toMatch(/core plan takes \d+ weeks/);
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
        expect(plan.followOn).toEqual([]);
        expect(plan.phases).toHaveLength(1);
        if (!input.options?.targetEndDate) {
          expect(plan.checkIns.length).toBeGreaterThanOrEqual(2);
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
