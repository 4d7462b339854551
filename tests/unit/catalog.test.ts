import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../src/shared/catalog';
import { frameworkProblems } from '../../src/shared/framework/validate';
import { deriveTransition } from '../../src/shared/framework/transition';
import { findRole } from '../../src/shared/framework/lookup';

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
