// The reference plans for the common moves into product management (3 hours a week, realistic
// assessments), read the way a coach would review them, and the rules a manager can see.
import { describe, expect, it } from 'vitest';
import { builtInFramework as framework, builtInTransitionGuides } from '../../src/shared/catalog';
import type { Level } from '../../src/shared/framework/types';
import { generatePlan, PlannerInputError, type Plan, type PlanInput } from '../../src/shared/planner';
import { phaseEndWeek, schedule } from '../../src/shared/planner/schedule';
import { toSpec, type GoalSpec } from '../../src/shared/planner/size';
import type { TransitionSpec } from '../../src/shared/planner/transition-work';
import { realisticLevels, REFERENCE_START } from './planner-fixtures';

type From = keyof typeof realisticLevels;
const plan = (fromRoleId: string, extra: Partial<PlanInput> = {}) =>
  generatePlan({
    framework,
    fromRoleId,
    toRoleId: 'product-manager',
    startDate: REFERENCE_START,
    currentLevels: realisticLevels[fromRoleId as From],
    ...extra,
  });
const goals = (p: Plan) => p.phases.flatMap((phase) => phase.goals);
const built = (p: Plan) =>
  new Set([...goals(p).map((g) => g.competencyId), ...p.followOn.map((g) => g.competencyId)]);
const firstStart = (p: Plan, competencyId: string) =>
  goals(p).find((g) => g.competencyId === competencyId)?.startDate ?? '';
const allLevels = (level: Level) => Object.fromEntries(framework.competencies.map((c) => [c.id, level]));

describe('Project Manager to Product Manager (the reference plan)', () => {
  const p = plan('project-manager');

  it('fits the core plan in 20 to 30 weeks, with milestones at 30, 60 and 90 days and six months', () => {
    expect(p.horizon.weeks).toBeGreaterThanOrEqual(20);
    expect(p.horizon.weeks).toBeLessThanOrEqual(30);
    expect(p.milestones.map((m) => m.label)).toEqual(['30 days', '60 days', '90 days', '6 months']);
    expect(Math.max(...p.load.weeklyHours)).toBeLessThanOrEqual(3);
  });

  it('opens with the expectations conversation in week 1 and the first one-on-one built around it', () => {
    const conversation = p.transitionWork.find((w) => w.purpose === 'expectations');
    const guide = builtInTransitionGuides.find(
      (g) => g.fromRoleId === 'project-manager' && g.toRoleId === 'product-manager',
    );
    expect(conversation?.startDate).toBe(REFERENCE_START);
    expect(conversation?.description).toContain(guide?.successNow ?? 'missing guide');
    expect(p.checkIns[0]?.date).toBe(REFERENCE_START);
    expect(p.checkIns[0]?.topics[0]).toBe(conversation?.checkInTopic);
    expect(p.expectations[0]).toContain(guide?.successNow ?? 'missing guide');
  });

  it('plans the hand-over of the schedule and the status meeting as dated work in the first phase, asked about at one-on-ones', () => {
    const handOvers = p.transitionWork.filter((w) => w.purpose === 'letGo');
    expect(handOvers.length).toBeGreaterThan(0);
    expect(handOvers.map((w) => w.title).join(' ')).toMatch(/schedule/i);
    for (const w of handOvers) {
      expect(w.startDate <= (p.phases[0]?.endDate ?? '')).toBe(true);
      expect(p.checkIns.some((c) => c.topics.includes(w.checkInTopic))).toBe(true);
    }
    expect(p.letGo.map((s) => s.competencyId)).toEqual(['delivery-planning']);
  });

  it('has a peer in the new role from week 1', () => {
    const peer = p.transitionWork.find((w) => w.purpose === 'peer');
    expect(peer).toMatchObject({ kind: 'people', startDate: REFERENCE_START });
  });

  it('starts every essential competency by the second phase, and starts none in the last', () => {
    const essential = p.gaps.filter((g) => g.weight === 3 && g.planned === 'core');
    const second = p.phases[1]?.endDate ?? '';
    const last = p.phases.at(-1)?.startDate ?? '';
    for (const g of essential) {
      expect(firstStart(p, g.competencyId) <= second, g.competencyId).toBe(true);
      expect(firstStart(p, g.competencyId) < last, g.competencyId).toBe(true);
    }
  });

  it('names its actual first goals as the largest gaps, and no competency it builds as a strength', () => {
    const firsts = [...goals(p)].sort((a, b) => a.startDate.localeCompare(b.startDate));
    expect(p.largestGaps.map((g) => g.competencyId)).toEqual(
      [...new Set(firsts.map((g) => g.competencyId))].slice(0, 3),
    );
    expect(p.largestGaps.map((g) => g.competencyId)).toEqual(
      expect.arrayContaining(['customer-discovery', 'outcome-ownership']),
    );
    const strengths = p.carryOver.map((s) => s.competencyId);
    expect(strengths).toContain('stakeholder-management');
    for (const id of strengths) expect(built(p).has(id), id).toBe(false);
  });

  it('keeps the 70-20-10 mix by effort within ten points', () => {
    const { experience, people, course } = p.totals.hoursByKind;
    const total = experience + people + course;
    expect(Math.abs((experience / total) * 100 - 70)).toBeLessThanOrEqual(10);
    expect(Math.abs((people / total) * 100 - 20)).toBeLessThanOrEqual(10);
    expect(p.warnings.some((w) => /70-20-10/.test(w))).toBe(false);
  });

  it('never reviews a launch before one can have happened, and gives a quarter-long activity a quarter', () => {
    for (const g of goals(p)) {
      for (const a of g.activities) {
        const source = framework.activities.find((x) => x.id === a.activityId);
        if (source?.spanWeeks) expect(a.spanWeeks).toBeGreaterThanOrEqual(source.spanWeeks);
        if (source?.earliestWeek) {
          const week = Math.floor((Date.parse(a.startDate) - Date.parse(REFERENCE_START)) / (7 * 86_400_000));
          expect(week).toBeGreaterThanOrEqual(source.earliestWeek);
        }
      }
    }
  });

  it('keeps hands-on work in every goal, however far it is trimmed (customer discovery 2→3 is not only a review)', () => {
    for (const g of goals(p))
      expect(
        g.activities.some((a) => a.stage === 'try' || a.stage === 'own'),
        g.id,
      ).toBe(true);
    const discovery = goals(p).find((g) => g.id === 'customer-discovery@3');
    expect(discovery?.activities.length).toBeGreaterThan(0);
  });

  it('closes outcome ownership 1→2 within the first 90 days instead of waiting for a post-launch review', () => {
    const first = goals(p).find((g) => g.id === 'outcome-ownership@2');
    expect((first?.dueDate ?? '9999') <= (p.phases[1]?.endDate ?? '')).toBe(true);
    expect(first?.activities.some((a) => a.stage === 'try' || a.stage === 'own')).toBe(true);
  });

  it('gives courses a share near the 10 % to aim for, and every week until the last goal starts at least half the hours', () => {
    const { experience, people, course } = p.totals.hoursByKind;
    expect((course / (experience + people + course)) * 100).toBeGreaterThanOrEqual(8);
    // Until the last goal starts, every week uses at least half the hours.
    const lastStart = Math.max(
      ...goals(p).map((g) =>
        Math.floor((Date.parse(g.startDate) - Date.parse(REFERENCE_START)) / (7 * 86_400_000)),
      ),
    );
    expect(Math.min(...p.load.weeklyHours.slice(0, lastStart))).toBeGreaterThanOrEqual(1.5);
  });
});

describe('Product Owner to Product Manager', () => {
  const p = plan('product-owner');

  it('starts data, business and market goals before the last phase, which consolidates rather than crams', () => {
    const last = p.phases.at(-1);
    for (const id of ['data-fluency', 'business-acumen'])
      expect(firstStart(p, id) < (p.phases[1]?.endDate ?? ''), id).toBe(true);
    expect(firstStart(p, 'market-awareness') < (p.phases.at(-1)?.endDate ?? '')).toBe(true);
    // The last phase mostly continues competencies already under way.
    const fresh = (last?.goals ?? []).filter(
      (g) => g.fromLevel === p.gaps.find((x) => x.competencyId === g.competencyId)?.current,
    );
    expect(fresh.length).toBeLessThan((last?.goals ?? []).length);
  });

  it('does not call stakeholder management a strength while a goal builds it, and starts with outcome ownership', () => {
    expect(goals(p).some((g) => g.competencyId === 'stakeholder-management')).toBe(true);
    expect(p.carryOver.map((s) => s.competencyId)).not.toContain('stakeholder-management');
    expect(p.largestGaps[0]?.competencyId).toBe('outcome-ownership');
    expect(p.expectations.join(' ')).not.toMatch(/business acumen; data fluency; communication/);
  });

  it('moves from backlog administration to owning product goals as dated work', () => {
    expect(p.letGo.map((s) => s.competencyId)).toContain('backlog-management');
    expect(p.transitionWork.filter((w) => w.purpose === 'letGo').map((w) => w.competencyId)).toContain(
      'backlog-management',
    );
  });

  it('fits about six months at three hours a week', () => {
    expect(p.horizon.weeks).toBeLessThanOrEqual(30);
  });
});

describe('Software Engineer to Product Manager', () => {
  const p = plan('software-engineer');
  const guide = builtInTransitionGuides.find(
    (g) => g.fromRoleId === 'software-engineer' && g.toRoleId === 'product-manager',
  );

  it('starts the skills the move must flex first in the first weeks, not week 10', () => {
    const flexFirst = guide?.flexFirst ?? [];
    expect(flexFirst.length).toBeGreaterThan(0);
    expect(p.largestGaps[0]?.competencyId).toBe(
      flexFirst.find((id) => goals(p).some((g) => g.competencyId === id)),
    );
    const fifthWeek = new Date(Date.parse(REFERENCE_START) + 5 * 7 * 86_400_000).toISOString().slice(0, 10);
    expect(firstStart(p, p.largestGaps[0]?.competencyId ?? '') < fifthWeek).toBe(true);
  });

  it('plans stepping back from building, keeps technical fluency as a strength, and lists useful gaps as optional', () => {
    expect(p.transitionWork.filter((w) => w.purpose === 'letGo').length).toBeGreaterThan(0);
    expect(p.carryOver.map((s) => s.competencyId)).toEqual(['technical-fluency']);
    expect(p.followOn.map((g) => g.competencyId)).toContain('backlog-management');
    expect(goals(p).some((g) => g.competencyId === 'backlog-management')).toBe(false);
  });

  it('fits 30 weeks by keeping every essential goal and the flex-first skills, and moving the rest to "next", with why', () => {
    expect(p.horizon.weeks).toBeLessThanOrEqual(30);
    expect(Math.max(...p.load.weeklyHours)).toBeLessThanOrEqual(3);
    const essential = p.gaps.filter((g) => g.weight === 3 && g.target > g.current);
    for (const g of essential)
      expect(goals(p).filter((x) => x.competencyId === g.competencyId).length, g.competencyId).toBe(
        g.target - g.current,
      );
    for (const id of guide?.flexFirst ?? [])
      expect(
        goals(p).some((g) => g.competencyId === id),
        id,
      ).toBe(true);
    const next = p.followOn.filter((f) => f.when === 'next');
    expect(next.map((f) => f.competencyId)).toEqual(
      expect.arrayContaining(['business-acumen', 'market-awareness']),
    );
    for (const f of next) expect(f.why).toMatch(/first six months/);
    expect(p.expectations.join(' ')).toMatch(/Next, once the first six months are done: business acumen/);
    expect(p.warnings.join(' ')).toMatch(/About \d+(\.5)? hours a week would fit them all/);
  });
});

describe('the brief never names a competency the plan builds as a strength', () => {
  const moves = builtInTransitionGuides.map((g) => [g.fromRoleId, g.toRoleId] as const);
  const assessments: [string, Record<string, Level> | null][] = [
    ['no assessment', null],
    ['everything at 0', allLevels(0)],
    ['everything at 2', allLevels(2)],
  ];
  for (const [from, to] of moves) {
    for (const [label, levels] of assessments) {
      it(`${from} → ${to}, ${label}`, () => {
        const p = generatePlan({
          framework,
          fromRoleId: from,
          toRoleId: to,
          startDate: REFERENCE_START,
          currentLevels: levels,
        });
        for (const s of [...p.carryOver, ...p.letGo])
          expect(built(p).has(s.competencyId), s.competencyId).toBe(false);
        // With everything at 0 there is nothing to hand over.
        if (label === 'everything at 0') {
          expect(p.letGo).toEqual([]);
          expect(p.transitionWork.filter((w) => w.purpose === 'letGo')).toEqual([]);
        }
      });
    }
  }
});

describe('what the manager asks for', () => {
  it('marks competencies a partial assessment leaves out as assumed, and names them', () => {
    const p = plan('project-manager', {
      currentLevels: { 'customer-discovery': 1, 'stakeholder-management': 4 },
    });
    expect(p.assumedCurrentLevels).toBe(false);
    expect(p.assumedCompetencyIds).toHaveLength(framework.competencies.length - 2);
    expect(p.gaps.find((g) => g.competencyId === 'customer-discovery')?.assumed).toBe(false);
    expect(p.gaps.find((g) => g.competencyId === 'outcome-ownership')?.assumed).toBe(true);
    expect(p.warnings.find((w) => /leaves out/.test(w))).toMatch(/Outcome ownership.*Project Manager/);
  });

  it('states the first working day as the start of a plan asked for on a Saturday', () => {
    const p = plan('project-manager', { startDate: '2027-03-06' });
    expect(p.horizon.startDate).toBe('2027-03-08');
    expect(p.checkIns[0]?.date).toBe('2027-03-08');
  });

  it('keeps holidays and leave off every date', () => {
    const p = plan('project-manager', { nonWorkingDays: ['2027-01-04', '2027-01-11'] });
    expect(p.horizon.startDate).toBe('2027-01-05');
    const dates = [
      ...p.checkIns.map((c) => c.date),
      ...goals(p).flatMap((g) => g.activities.map((a) => a.dueDate)),
    ];
    expect(dates).not.toContain('2027-01-11');
  });

  it('warns when a goal gets fewer activities than it wants from a thin framework', () => {
    const thin = {
      ...framework,
      activities: framework.activities.filter(
        (a) => a.competencyId !== 'customer-discovery' || a.fromLevel !== 1 || a.kind === 'experience',
      ),
    };
    const kept = thin.activities.filter((a) => a.competencyId === 'customer-discovery' && a.fromLevel === 1);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(3);
    const p = plan('project-manager', { framework: thin });
    expect(p.warnings.join(' ')).toContain(
      `Customer discovery from level 1 to 2 wants 3 activities and the framework has ${kept.length}`,
    );
  });

  it('gives someone already at the target a short consolidation plan, not an error', () => {
    const p = plan('project-manager', { currentLevels: allLevels(4) });
    expect(p.phases).toHaveLength(1);
    expect(p.phases[0]).toMatchObject({ key: 'consolidate', goals: [] });
    expect(p.horizon.weeks).toBe(4);
    expect(p.reassessments).toHaveLength(1);
  });

  it('says by when the gaps can close when the requested end date is too soon, instead of overloading', () => {
    const p = plan('project-manager', { options: { targetEndDate: '2027-04-30' } });
    expect(p.horizon.endDate > '2027-04-30').toBe(true);
    expect(Math.max(...p.load.weeklyHours)).toBeLessThanOrEqual(3);
    expect(p.warnings.find((w) => /30 Apr 2027/.test(w))).toMatch(
      /At 3 hours a week the gaps close by .*2027/,
    );
  });

  it('more hours a week date more goals or make the plan no longer; more at once never breaks the weekly limit', () => {
    // More hours let the engineer's plan keep goals that would otherwise come next, within 30 weeks.
    const six = plan('software-engineer', { options: { hoursPerWeek: 6 } });
    const three = plan('software-engineer');
    expect(goals(six).length).toBeGreaterThan(goals(three).length);
    expect(six.followOn.length).toBeLessThan(three.followOn.length);
    expect(six.horizon.weeks).toBeLessThanOrEqual(30);
    // With the same goals dated, more hours never make the plan longer.
    const pmSix = plan('project-manager', { options: { hoursPerWeek: 6 } });
    expect(
      goals(pmSix)
        .map((g) => g.id)
        .sort(),
    ).toEqual(
      goals(plan('project-manager'))
        .map((g) => g.id)
        .sort(),
    );
    expect(pmSix.horizon.weeks).toBeLessThanOrEqual(plan('project-manager').horizon.weeks);
    const wide = plan('project-manager', { options: { maxConcurrent: 5, hoursPerWeek: 2 } });
    expect(Math.max(...wide.load.weeklyHours)).toBeLessThanOrEqual(2);
  });

  it('swaps an activity whose earliest week would hold its goal open past its phase for one that need not wait', () => {
    const pace = { hoursPerWeek: 3, maxConcurrent: 3 };
    const step = framework.activities
      .filter((a) => a.competencyId === 'outcome-ownership' && a.fromLevel === 1)
      .map((a) => toSpec(a, pace));
    const gated = step.find((a) => a.earliestWeek > 0) as (typeof step)[number];
    const metric = step.find((a) => a.source.id === 'outcome-ownership.1a') as (typeof step)[number];
    const goal = {
      competency: framework.competencies.find((c) => c.id === 'outcome-ownership'),
      priority: 0,
      weight: 3,
      fromLevel: 1,
      wants: 2,
      flexFirst: true,
      library: step,
      chosen: [metric, gated],
    } as unknown as GoalSpec;
    const s = schedule([[goal]], [], 180, 3, 29);
    const placed = s?.placed.get(goal) ?? [];
    expect(placed).not.toContain(gated);
    expect(placed).toContain(metric);
    expect(placed.length).toBe(2);
    // Started in the first 30 days, the goal ends within its phase, not in week 13 after the review.
    expect(s?.goals.get(goal)?.endWeek ?? 99).toBeLessThanOrEqual(phaseEndWeek(0) as number);
    // Started in months 4-6, the review's earliest week has passed: nothing is swapped.
    const later = { ...goal, chosen: [metric, gated] } as GoalSpec;
    const busy = [{ minutes: 13 * 180, spanWeeks: 13, kind: 'experience' }] as unknown as TransitionSpec[];
    const t = schedule([[later]], busy, 180, 3, 29);
    expect(t?.placed.get(later)).toContain(gated);
  });

  it('refuses bad input, naming the field', () => {
    const cases: [Partial<PlanInput>, string][] = [
      [{ fromRoleId: 'astronaut' }, 'fromRoleId'],
      [{ toRoleId: 'astronaut' }, 'toRoleId'],
      [{ startDate: '2027-02-30' }, 'startDate'],
      [{ currentLevels: { juggling: 2 } as never }, 'currentLevels.juggling'],
      [{ currentLevels: { prioritisation: 5 } as never }, 'currentLevels.prioritisation'],
      [{ options: { hoursPerWeek: 0 } }, 'options.hoursPerWeek'],
      [{ options: { hoursPerWeek: Number.NaN } }, 'options.hoursPerWeek'],
      [{ options: { maxConcurrent: 0 } }, 'options.maxConcurrent'],
      [{ options: { cadence: 'daily' as never } }, 'options.cadence'],
      [{ options: { targetEndDate: '2026-12-01' } }, 'options.targetEndDate'],
    ];
    for (const [overrides, field] of cases) {
      try {
        plan('project-manager', overrides);
        throw new Error(`accepted ${field}`);
      } catch (error) {
        expect(error).toBeInstanceOf(PlannerInputError);
        expect((error as PlannerInputError).field).toBe(field);
      }
    }
  });
});
