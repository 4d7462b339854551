import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/shared/catalog';
import { frameworkProblems } from '../../src/shared/framework/validate';
import { deriveTransition } from '../../src/shared/framework/transition';
import { findRole } from '../../src/shared/framework/lookup';
import { activityKinds, activityStages, type ActivityKind } from '../../src/shared/framework/types';

const fw = builtInFramework;
const role = (id: string) => {
  const found = findRole(fw, id);
  if (!found) throw new Error(`no role ${id}`);
  return found;
};

describe('built-in catalog', () => {
  it('is consistent: every role covers every competency, levels in range, activities for every step, unique ids', () => {
    expect(frameworkProblems(fw)).toEqual([]);
  });

  it('has 12 to 15 competencies in about four areas, and at least the eight required roles', () => {
    expect(fw.competencies.length).toBeGreaterThanOrEqual(12);
    expect(fw.competencies.length).toBeLessThanOrEqual(15);
    expect(fw.areas).toHaveLength(4);
    for (const area of fw.areas)
      expect(fw.competencies.filter((c) => c.areaId === area.id).length).toBeGreaterThanOrEqual(3);
    expect(fw.roles.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'Project Manager',
        'Product Owner',
        'Product Manager',
        'Business Analyst',
        'Software Engineer',
        'UX Designer',
        'Customer Success Manager',
        'Senior Product Manager',
      ]),
    );
  });

  it('describes every level of every competency differently', () => {
    for (const competency of fw.competencies) {
      expect(new Set(competency.levels).size, competency.id).toBe(5);
    }
  });

  it('has every activity kind and leans on experience over people over courses', () => {
    const count = (kind: string) => fw.activities.filter((a) => a.kind === kind).length;
    expect(count('experience')).toBeGreaterThan(count('people'));
    expect(count('people')).toBeGreaterThan(count('course'));
    expect(new Set(fw.activities.map((a) => a.title)).size).toBe(fw.activities.length);
  });

  it('gives each role a distinct profile', () => {
    const profiles = fw.roles.map((r) => JSON.stringify(r.expectations));
    expect(new Set(profiles).size).toBe(fw.roles.length);
  });
});

describe('derived transitions', () => {
  it('Project Manager to Product Manager: build outcomes and discovery, let go of detailed delivery planning', () => {
    const t = deriveTransition(fw, role('project-manager'), role('product-manager'));
    expect(t.judgedOnChanges).toBe(true);
    const build = t.build.map((s) => s.competencyId);
    expect(build.slice(0, 3)).toEqual(expect.arrayContaining(['customer-discovery']));
    expect(build).toContain('outcome-ownership');
    expect(build).not.toContain('delivery-planning');
    expect(t.letGo.map((s) => s.competencyId)).toContain('delivery-planning');
    expect(t.carryOver.map((s) => s.competencyId)).toEqual(
      expect.arrayContaining(['stakeholder-management', 'communication', 'influence-leadership']),
    );
    expect(t.brief.join(' ')).toMatch(/judged mostly on outputs.*judged mostly on outcomes/);
    expect(t.brief.join(' ')).toMatch(/delivery planning/);
  });

  it('Product Owner to Product Manager: build strategy beyond the backlog, hand backlog detail to the team', () => {
    const t = deriveTransition(fw, role('product-owner'), role('product-manager'));
    expect(t.build.map((s) => s.competencyId)).toEqual(
      expect.arrayContaining(['vision-roadmap', 'business-acumen', 'data-fluency', 'customer-discovery']),
    );
    expect(t.letGo.map((s) => s.competencyId)).toContain('backlog-management');
  });

  it('Software Engineer to Product Manager: many gaps, technical depth carries over', () => {
    const t = deriveTransition(fw, role('software-engineer'), role('product-manager'));
    expect(t.build.length).toBeGreaterThan(8);
    expect(t.carryOver.map((s) => s.competencyId)).toContain('technical-fluency');
    const pm = deriveTransition(fw, role('project-manager'), role('product-manager'));
    expect(t.totalWeightedGap).toBeGreaterThan(pm.totalWeightedGap);
  });

  it('classifies every competency at most once and orders build by weighted gap', () => {
    for (const from of fw.roles) {
      for (const to of fw.roles) {
        const t = deriveTransition(fw, from, to);
        const ids = [...t.build, ...t.carryOver, ...t.letGo].map((s) => s.competencyId);
        expect(new Set(ids).size, `${from.id}->${to.id}`).toBe(ids.length);
        const gaps = t.build.map((s) => s.weightedGap);
        expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
        if (from.id === to.id) expect(t.build).toEqual([]);
      }
    }
  });
});

/** Calendar weeks a phrase in an activity's own text asks for, or undefined when it names none. */
function statedSpanWeeks(text: string): number | undefined {
  const numbers: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, six: 6, eight: 8 };
  const weeksPer: Record<string, number> = { week: 1, sprint: 2, month: 4.35, quarter: 13 };
  const phrase =
    /\b(?:for|through)\s+(?:their\s+first\s+|your\s+first\s+)?(a|one|two|three|four|six|eight|\d+)\s+(week|sprint|month|quarter)s?\b/i.exec(
      text,
    );
  if (phrase) {
    const count = numbers[phrase[1]?.toLowerCase() ?? ''] ?? Number(phrase[1]);
    return Math.round(count * (weeksPer[phrase[2]?.toLowerCase() ?? ''] ?? Number.NaN));
  }
  if (/\bquarterly\b/i.test(text)) return 13;
  return undefined;
}

describe('activity spans and stages', () => {
  const steps = new Map<string, typeof fw.activities>();
  for (const a of fw.activities) {
    const key = `${a.competencyId}|${a.fromLevel}`;
    steps.set(key, [...(steps.get(key) ?? []), a]);
  }

  it('reads durations the way the library writes them', () => {
    expect(statedSpanWeeks('Keep a competitor file for a quarter')).toBe(13);
    expect(statedSpanWeeks('Meet a leadership mentor monthly for a quarter.')).toBe(13);
    expect(statedSpanWeeks('Talk to customers every week for six weeks')).toBe(6);
    expect(statedSpanWeeks('Prepare and run backlog refinement for one sprint.')).toBe(2);
    expect(statedSpanWeeks('Send a short, regular update for a month.')).toBe(4);
    expect(statedSpanWeeks('Support a new product owner through their first two months.')).toBe(9);
    expect(statedSpanWeeks('Own a quarterly outcome for your area')).toBe(13);
    expect(statedSpanWeeks('Sort this month’s requests by value and effort')).toBeUndefined();
    expect(statedSpanWeeks('Audit the experiments of a quarter')).toBeUndefined();
  });

  it('gives every activity the span its own title and description state', () => {
    const wrong = fw.activities
      .map((a) => ({ id: a.id, stated: statedSpanWeeks(`${a.title}. ${a.description}`), span: a.spanWeeks }))
      .filter((a) => a.stated !== undefined && a.stated !== a.span);
    expect(wrong).toEqual([]);
    // The offenders the coaching review named, by title.
    const spanOf = (title: string) => fw.activities.find((a) => a.title === title)?.spanWeeks;
    expect(spanOf('Keep a competitor file for a quarter')).toBe(13);
    expect(spanOf('Set up a weekly discovery rhythm')).toBe(6);
    expect(spanOf('Find a mentor in leadership')).toBe(13);
    expect(spanOf('Keep your team’s roadmap current for a quarter')).toBe(13);
  });

  it('gives every activity a whole span of one week to half a year and a load that fits three hours a week', () => {
    for (const a of fw.activities) {
      expect(Number.isInteger(a.spanWeeks), a.id).toBe(true);
      expect(a.spanWeeks, a.id).toBeGreaterThanOrEqual(1);
      expect(a.spanWeeks, a.id).toBeLessThanOrEqual(26);
      expect(a.effortHours / (a.spanWeeks ?? 1), a.id).toBeLessThanOrEqual(3);
      // A course is taken at a few hours a week alongside the job, not in one sitting.
      if (a.kind === 'course') expect(a.effortHours / (a.spanWeeks ?? 1), a.id).toBeLessThanOrEqual(2);
    }
  });

  it('lets every step run learn or try first and end in feedback or owning it, with a stage on every activity', () => {
    for (const a of fw.activities) expect(activityStages, a.id).toContain(a.stage);
    for (const [key, list] of steps) {
      const stages = list.map((a) => a.stage);
      expect(
        stages.some((s) => s === 'learn' || s === 'try'),
        key,
      ).toBe(true);
      expect(
        stages.some((s) => s === 'try' || s === 'feedback' || s === 'own'),
        key,
      ).toBe(true);
      expect(new Set(stages).size, key).toBeGreaterThan(1);
    }
    for (const a of fw.activities) if (a.kind === 'course') expect(a.stage, a.id).toBe('learn');
  });

  it('has a people activity in every step, so others are involved from the first week', () => {
    for (const [key, list] of steps)
      expect(
        list.map((a) => a.kind),
        key,
      ).toContain('people');
  });

  it('orders prerequisites within the competency, to an earlier stage, without cycles', () => {
    const byId = new Map(fw.activities.map((a) => [a.id, a]));
    const order = (a: (typeof fw.activities)[number]) => activityStages.indexOf(a.stage ?? 'learn');
    for (const a of fw.activities) {
      if (a.earliestWeek !== undefined) {
        expect(Number.isInteger(a.earliestWeek), a.id).toBe(true);
        expect(a.earliestWeek, a.id).toBeGreaterThanOrEqual(0);
        expect(a.earliestWeek, a.id).toBeLessThanOrEqual(26);
      }
      for (const id of a.after ?? []) {
        const before = byId.get(id);
        expect(before, `${a.id} after ${id}`).toBeDefined();
        if (!before) continue;
        expect(before.competencyId, a.id).toBe(a.competencyId);
        expect(before.fromLevel, a.id).toBeLessThanOrEqual(a.fromLevel);
        expect(order(before), a.id).toBeLessThanOrEqual(order(a));
        expect(before.after ?? [], a.id).not.toContain(a.id);
      }
    }
  });

  it('never reviews a launch before one can have happened', () => {
    const launchReviews = fw.activities.filter((a) =>
      /post-launch|after a launch/i.test(`${a.title} ${a.description}`),
    );
    expect(launchReviews.length).toBeGreaterThan(0);
    for (const a of launchReviews) {
      expect(a.earliestWeek ?? 0, a.id).toBeGreaterThanOrEqual(12);
      expect(a.after?.length ?? 0, a.id).toBeGreaterThan(0);
    }
  });
});

type Mix = Record<ActivityKind, number>;
const TARGET: Mix = { experience: 70, people: 20, course: 10 };

/** The largest distance, in percentage points of effort, of any kind from 70-20-10. */
const distanceFromTarget = (mix: Mix) => {
  const total = mix.experience + mix.people + mix.course;
  return Math.max(...activityKinds.map((kind) => Math.abs((100 * mix[kind]) / total - TARGET[kind])));
};

/** Every subset of `size` items of a short list (a step holds three or four activities). */
function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items as [T, ...T[]];
  return [...subsets(rest, size - 1).map((s) => [first, ...s]), ...subsets(rest, size)];
}

/**
 * A mix a planner taking `count` activities from each step can reach: step after step, the subset
 * that brings the running total closest to 70-20-10. It proves the mix is within reach when it is
 * close; it may miss a closer one, which only makes the test stricter.
 */
function reachableMix(stepsToTake: { activities: typeof fw.activities; count: number }[]): Mix {
  let mix: Mix = { experience: 0, people: 0, course: 0 };
  for (const { activities, count } of stepsToTake) {
    let best: Mix | undefined;
    for (const chosen of subsets(activities, Math.min(count, activities.length))) {
      const sum = { ...mix };
      for (const a of chosen) sum[a.kind] += a.effortHours;
      if (!best || distanceFromTarget(sum) < distanceFromTarget(best)) best = sum;
    }
    mix = best ?? mix;
  }
  return mix;
}

describe('the 70-20-10 mix the library allows', () => {
  const stepActivities = (competencyId: string, fromLevel: number) =>
    fw.activities.filter((a) => a.competencyId === competencyId && a.fromLevel === fromLevel);

  it('lets every built-in move into product management reach 70-20-10 by effort, taking as many activities a step as the gap’s weight', () => {
    const moves = [
      ...[
        'project-manager',
        'product-owner',
        'business-analyst',
        'software-engineer',
        'ux-designer',
        'customer-success-manager',
      ].map((from) => [from, 'product-manager'] as const),
      ['product-manager', 'senior-product-manager'] as const,
    ];
    for (const [fromId, toId] of moves) {
      const from = role(fromId);
      const to = role(toId);
      const stepsToTake = fw.competencies.flatMap((c) => {
        const { level: target, weight } = to.expectations[c.id] ?? { level: 0, weight: 1 };
        const current = from.expectations[c.id]?.level ?? 0;
        return Array.from({ length: Math.max(0, target - current) }, (_, i) => ({
          activities: stepActivities(c.id, current + i),
          count: weight,
        }));
      });
      expect(distanceFromTarget(reachableMix(stepsToTake)), `${fromId} -> ${toId}`).toBeLessThanOrEqual(10);
    }
  });

  it('reaches 70-20-10 within ten points over any range of steps of the library, one to three activities a step', () => {
    for (const count of [1, 2, 3]) {
      for (let first = 0; first <= 3; first += 1) {
        for (let last = first; last <= 3; last += 1) {
          const stepsToTake = fw.competencies.flatMap((c) =>
            Array.from({ length: last - first + 1 }, (_, i) => ({
              activities: stepActivities(c.id, first + i),
              count,
            })),
          );
          expect(
            distanceFromTarget(reachableMix(stepsToTake)),
            `steps ${first}-${last}, ${count} a step`,
          ).toBeLessThanOrEqual(10);
        }
      }
    }
  });

  it('offers a product manager to learn from in the first steps of every move into product management', () => {
    for (const fromId of [
      'project-manager',
      'product-owner',
      'business-analyst',
      'software-engineer',
      'ux-designer',
      'customer-success-manager',
    ]) {
      const from = role(fromId);
      const to = role('product-manager');
      const firstSteps = fw.competencies
        .filter((c) => (to.expectations[c.id]?.level ?? 0) > (from.expectations[c.id]?.level ?? 0))
        .flatMap((c) => stepActivities(c.id, from.expectations[c.id]?.level ?? 0));
      expect(
        firstSteps.some((a) => a.kind === 'people' && /product manager/i.test(a.withWhom)),
        fromId,
      ).toBe(true);
    }
  });
});
