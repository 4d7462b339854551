// Example plans for the common moves into product management, read the way a coach would review them.
import { describe, expect, it } from 'vitest';
import { builtInFramework as framework } from '../../src/shared/catalog';
import { generatePlan, PlannerInputError, type Plan } from '../../src/shared/planner';

const plan = (fromRoleId: string, extra: Partial<Parameters<typeof generatePlan>[0]> = {}) =>
  generatePlan({ framework, fromRoleId, toRoleId: 'product-manager', startDate: '2027-01-04', ...extra });

const firstPhaseCompetencies = (p: Plan) => p.phases[0]?.goals.map((g) => g.competencyId) ?? [];
const months = (p: Plan) => p.horizon.weeks / 4.35;

describe('Project Manager to Product Manager', () => {
  const p = plan('project-manager');

  it('starts with the largest gaps: customer discovery, outcome ownership and vision', () => {
    expect(firstPhaseCompetencies(p).slice(0, 3)).toEqual([
      'customer-discovery',
      'outcome-ownership',
      'vision-roadmap',
    ]);
    expect(p.gaps[0]).toMatchObject({ competencyId: 'customer-discovery', current: 0, target: 3 });
  });

  it('raises discovery one level per phase, from 0 to 3 across Learn, Practise and Own', () => {
    expect(p.phases.map((phase) => phase.name)).toEqual(['Learn', 'Practise', 'Own']);
    const discovery = p.phases.map((phase) =>
      phase.goals.find((g) => g.competencyId === 'customer-discovery'),
    );
    expect(discovery.map((g) => g && `${g.fromLevel}→${g.toLevel}`)).toEqual(['0→1', '1→2', '2→3']);
  });

  it('lets go of detailed delivery planning and leans on stakeholder management and communication', () => {
    expect(p.letGo.map((s) => s.competencyId)).toEqual(['delivery-planning']);
    expect(p.phases.flatMap((ph) => ph.goals).some((g) => g.competencyId === 'delivery-planning')).toBe(
      false,
    );
    expect(p.carryOver.map((s) => s.competencyId)).toEqual(
      expect.arrayContaining(['stakeholder-management', 'communication', 'influence-leadership']),
    );
    expect(p.expectations.join(' ')).toMatch(/judged mostly on outcomes/);
  });

  it('takes most of a year at three hours a week, and says it assumed the levels of a Project Manager', () => {
    expect(months(p)).toBeGreaterThan(8);
    expect(months(p)).toBeLessThanOrEqual(12);
    expect(p.warnings[0]).toMatch(/No assessment yet.*Project Manager/);
    expect(p.assumedCurrentLevels).toBe(true);
  });

  it('meets weekly while building and every two weeks once the person owns the work', () => {
    const own = p.phases.at(-1);
    const before = p.checkIns.filter((c) => own && c.date < own.startDate);
    const during = p.checkIns.filter((c) => own && c.date >= own.startDate);
    expect(before.length).toBeGreaterThan(20);
    const gap = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    expect(gap(before[0]?.date ?? '', before[1]?.date ?? '')).toBe(7);
    expect(gap(during[0]?.date ?? '', during[1]?.date ?? '')).toBe(14);
    expect(p.checkIns[0]?.date).toBe('2027-01-04');
    expect(p.checkIns[0]?.focusCompetencyIds[0]).toBe('customer-discovery');
  });
});

describe('Product Owner to Product Manager', () => {
  const p = plan('product-owner');

  it('builds strategy beyond the backlog first, and hands backlog detail to the team', () => {
    expect(firstPhaseCompetencies(p)).toEqual(
      expect.arrayContaining(['business-acumen', 'data-fluency', 'outcome-ownership']),
    );
    expect(p.letGo.map((s) => s.competencyId)).toContain('backlog-management');
  });

  it('is shorter than the Project Manager move: the Product Owner already does much of the job', () => {
    expect(p.horizon.weeks).toBeLessThan(plan('project-manager').horizon.weeks);
    expect(months(p)).toBeGreaterThan(4);
  });
});

describe('Software Engineer to Product Manager', () => {
  const p = plan('software-engineer');

  it('is the longest of the three moves, and still fits in a year', () => {
    expect(p.horizon.weeks).toBeGreaterThan(plan('project-manager').horizon.weeks);
    expect(p.horizon.weeks).toBeLessThanOrEqual(52);
    expect(p.warnings.some((w) => /Even with fewer activities/.test(w))).toBe(false);
  });

  it('starts building business acumen from nothing in the first phase, and keeps technical fluency as a strength', () => {
    expect(firstPhaseCompetencies(p)).toContain('business-acumen');
    expect(p.gaps.find((g) => g.competencyId === 'business-acumen')).toMatchObject({ current: 0, target: 3 });
    expect(p.carryOver.map((s) => s.competencyId)).toEqual(['technical-fluency']);
  });

  it('works on three competencies at a time and never schedules more than three hours in a week', () => {
    expect(Math.max(...p.load.weeklyHours)).toBeLessThanOrEqual(3);
    expect(p.options).toMatchObject({ hoursPerWeek: 3, maxConcurrent: 3, cadence: 'auto' });
  });
});

describe('what the manager asks for', () => {
  it('uses the assessment instead of assumed levels', () => {
    const levels = Object.fromEntries(framework.competencies.map((c) => [c.id, 2 as const]));
    const p = plan('project-manager', { currentLevels: levels });
    expect(p.assumedCurrentLevels).toBe(false);
    expect(p.warnings.some((w) => /No assessment/.test(w))).toBe(false);
    expect(p.gaps.find((g) => g.competencyId === 'customer-discovery')).toMatchObject({
      current: 2,
      target: 3,
    });
  });

  it('gives someone already at the target a short consolidation plan, not an error', () => {
    const levels = Object.fromEntries(framework.competencies.map((c) => [c.id, 4 as const]));
    const p = plan('project-manager', { currentLevels: levels });
    expect(p.phases).toHaveLength(1);
    expect(p.phases[0]).toMatchObject({ key: 'consolidate', goals: [] });
    expect(p.horizon.weeks).toBe(4);
    expect(p.reassessments).toHaveLength(1);
  });

  it('says by when the gaps can close when the requested end date is too soon, instead of overloading', () => {
    const p = plan('project-manager', { options: { targetEndDate: '2027-04-30' } });
    expect(p.horizon.endDate > '2027-04-30').toBe(true);
    expect(Math.max(...p.load.weeklyHours)).toBeLessThanOrEqual(3);
    const warning = p.warnings.find((w) => /30 Apr 2027/.test(w));
    expect(warning).toMatch(
      /At 3 hours a week the gaps close by .*2027.*would take about \d+(\.5)? hours a week/,
    );
  });

  it('spreads a very small plan over at least four weeks at a gentler pace, and finishes early for a far end date', () => {
    const pm = framework.roles.find((r) => r.id === 'product-manager');
    const levels = Object.fromEntries(
      framework.competencies.map((c) => [c.id, pm?.expectations[c.id]?.level ?? 0]),
    );
    levels['market-awareness'] = 1;
    const small = plan('product-owner', { currentLevels: levels, options: { hoursPerWeek: 8 } });
    expect(small.phases.flatMap((ph) => ph.goals)).toHaveLength(1);
    expect(small.horizon.weeks).toBe(4);
    expect(small.load.paceHoursPerWeek).toBeLessThan(8);
    const far = plan('product-owner', {
      currentLevels: levels,
      options: { hoursPerWeek: 8, targetEndDate: '2027-12-31' },
    });
    expect(far.horizon).toEqual(small.horizon);
    expect(far.warnings.some((w) => /later than/.test(w))).toBe(false);
  });

  it('more hours a week make a shorter plan; more at once never breaks the weekly limit', () => {
    const five = plan('project-manager', { options: { hoursPerWeek: 5 } });
    expect(five.horizon.weeks).toBeLessThan(plan('project-manager').horizon.weeks);
    const wide = plan('project-manager', { options: { maxConcurrent: 5, hoursPerWeek: 2 } });
    expect(Math.max(...wide.load.weeklyHours)).toBeLessThanOrEqual(2);
  });

  it('refuses bad input, naming the field', () => {
    const cases: [Partial<Parameters<typeof generatePlan>[0]>, string][] = [
      [{ fromRoleId: 'astronaut' }, 'fromRoleId'],
      [{ toRoleId: 'astronaut' }, 'toRoleId'],
      [{ startDate: '2027-02-30' }, 'startDate'],
      [{ currentLevels: { juggling: 2 } as never }, 'currentLevels.juggling'],
      [{ currentLevels: { prioritisation: 5 } as never }, 'currentLevels.prioritisation'],
      [{ options: { hoursPerWeek: 0 } }, 'options.hoursPerWeek'],
      [{ options: { hoursPerWeek: -2 } }, 'options.hoursPerWeek'],
      [{ options: { hoursPerWeek: Number.NaN } }, 'options.hoursPerWeek'],
      [{ options: { maxConcurrent: 0 } }, 'options.maxConcurrent'],
      [{ options: { cadence: 'daily' as never } }, 'options.cadence'],
      [{ options: { targetEndDate: '2026-12-01' } }, 'options.targetEndDate'],
    ];
    for (const [overrides, field] of cases) {
      const attempt = () =>
        generatePlan({
          framework,
          fromRoleId: 'project-manager',
          toRoleId: 'product-manager',
          startDate: '2027-01-04',
          ...overrides,
        });
      expect(attempt, field).toThrow(PlannerInputError);
      try {
        attempt();
      } catch (error) {
        expect((error as PlannerInputError).field).toBe(field);
      }
    }
  });
});
