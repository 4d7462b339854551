// The built-in transition guides: what each move asks first, what success now means, and the
// habits of the old role handed over as work. Held to the catalog they refer to.
import { describe, expect, it } from 'vitest';
import {
  builtInFramework as fw,
  builtInTransitionGuides as guides,
  transitionGuideFor,
  transitionGuideForRoles,
} from '../../src/shared/catalog';
import { findRole } from '../../src/shared/framework/lookup';

const FROM_ROLES_INTO_PRODUCT = [
  'project-manager',
  'product-owner',
  'business-analyst',
  'software-engineer',
  'ux-designer',
  'customer-success-manager',
];
const competencyIds = new Set(fw.competencies.map((c) => c.id));
const level = (roleId: string, competencyId: string) =>
  findRole(fw, roleId)?.expectations[competencyId]?.level ?? 0;
const PLACEHOLDER = /\b(todo|tbd|fixme|lorem|ipsum|placeholder|xxx|example\.com)\b|\.\.\.|…/i;

describe('built-in transition guides', () => {
  it('has a guide for every built-in move into product management and for product manager to senior', () => {
    for (const from of FROM_ROLES_INTO_PRODUCT)
      expect(transitionGuideFor(from, 'product-manager'), from).toBeDefined();
    expect(transitionGuideFor('product-manager', 'senior-product-manager')).toBeDefined();
    expect(guides).toHaveLength(FROM_ROLES_INTO_PRODUCT.length + 1);
  });

  it('finds nothing for a move it has no guide for', () => {
    expect(transitionGuideFor('product-manager', 'project-manager')).toBeUndefined();
    expect(transitionGuideFor('custom-role', 'product-manager')).toBeUndefined();
  });

  it('refers only to built-in roles and competencies, one guide a move', () => {
    const moves = guides.map((g) => `${g.fromRoleId}->${g.toRoleId}`);
    expect(new Set(moves).size).toBe(moves.length);
    for (const g of guides) {
      expect(findRole(fw, g.fromRoleId)?.builtIn, g.fromRoleId).toBe(true);
      expect(findRole(fw, g.toRoleId)?.builtIn, g.toRoleId).toBe(true);
      for (const id of [...g.flexFirst, ...g.letGo.map((l) => l.competencyId)])
        expect(competencyIds.has(id), `${g.fromRoleId}: ${id}`).toBe(true);
    }
  });

  it('names three to five skills to flex first, each one the move has to build, without repeats', () => {
    for (const g of guides) {
      expect(g.flexFirst.length, g.fromRoleId).toBeGreaterThanOrEqual(3);
      expect(g.flexFirst.length, g.fromRoleId).toBeLessThanOrEqual(5);
      expect(new Set(g.flexFirst).size, g.fromRoleId).toBe(g.flexFirst.length);
      for (const id of g.flexFirst)
        expect(level(g.toRoleId, id), `${g.fromRoleId}: ${id}`).toBeGreaterThan(level(g.fromRoleId, id));
    }
  });

  it('puts what the research says each move must learn first at the front', () => {
    const first = (from: string, to = 'product-manager') => transitionGuideFor(from, to)?.flexFirst ?? [];
    expect(first('project-manager').slice(0, 3)).toEqual(
      expect.arrayContaining(['outcome-ownership', 'customer-discovery', 'prioritisation']),
    );
    expect(first('software-engineer').slice(0, 2)).toEqual(['customer-discovery', 'stakeholder-management']);
    expect(first('product-owner')[0]).toBe('outcome-ownership');
    expect(first('customer-success-manager')[0]).toBe('prioritisation');
  });

  it('says plainly to the person, in two or three sentences, how success is now judged', () => {
    for (const g of guides) {
      const sentences = g.successNow.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, g.fromRoleId).toBeGreaterThanOrEqual(2);
      expect(sentences.length, g.fromRoleId).toBeLessThanOrEqual(3);
      expect(g.successNow, g.fromRoleId).toMatch(/\byou\b/i);
      expect(g.successNow, g.fromRoleId).not.toMatch(PLACEHOLDER);
    }
  });

  it('hands over two or three habits of the old role as dated work with a check-in question', () => {
    for (const g of guides) {
      expect(g.letGo.length, g.fromRoleId).toBeGreaterThanOrEqual(2);
      expect(g.letGo.length, g.fromRoleId).toBeLessThanOrEqual(3);
      for (const l of g.letGo) {
        for (const text of [l.title, l.description, l.withWhom, l.evidence, l.checkInTopic]) {
          expect(text.trim().length, l.id).toBeGreaterThan(5);
          expect(text, l.id).not.toMatch(PLACEHOLDER);
        }
        expect(l.checkInTopic, l.id).toMatch(/\?$/);
        // A habit to release is a strength of the old role, not something the person lacks.
        expect(level(g.fromRoleId, l.competencyId), l.id).toBeGreaterThanOrEqual(3);
        // Handed over in the first phase, within the weekly hours.
        expect(Number.isInteger(l.spanWeeks) && l.spanWeeks >= 1 && l.spanWeeks <= 6, l.id).toBe(true);
        expect(l.effortHours, l.id).toBeGreaterThan(0);
        expect(l.effortHours / l.spanWeeks, l.id).toBeLessThanOrEqual(3);
      }
    }
  });

  it('gives every hand-over a stable kebab-case id, unique across guides and apart from activity ids', () => {
    const ids = guides.flatMap((g) => g.letGo.map((l) => l.id));
    expect(new Set(ids).size).toBe(ids.length);
    const activityIds = new Set(fw.activities.map((a) => a.id));
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(activityIds.has(id), id).toBe(false);
    }
    expect(ids).toEqual(
      expect.arrayContaining(['pm-to-prod-hand-over-schedule', 'pm-to-prod-hand-over-status-meeting']),
    );
  });

  it('hands over what the old role’s habits to release describe', () => {
    const hands = (from: string, pattern: RegExp) =>
      transitionGuideFor(
        from,
        from === 'product-manager' ? 'senior-product-manager' : 'product-manager',
      )?.letGo.some((l) => pattern.test(`${l.title} ${l.description}`));
    expect(hands('project-manager', /schedule/i)).toBe(true);
    expect(hands('project-manager', /status meeting/i)).toBe(true);
    expect(hands('product-owner', /product goal/i)).toBe(true);
    expect(hands('product-owner', /stories|story/i)).toBe(true);
    expect(hands('business-analyst', /make the call|decid/i)).toBe(true);
    expect(hands('software-engineer', /engineering work|solution/i)).toBe(true);
    expect(hands('ux-designer', /design work/i)).toBe(true);
    expect(hands('customer-success-manager', /accounts|requests/i)).toBe(true);
    expect(hands('product-manager', /decision/i)).toBe(true);
  });

  it('gives a custom role the guide of the built-in role it was cloned from, through clones of clones', () => {
    const projectManager = findRole(fw, 'project-manager');
    if (!projectManager) throw new Error('no project-manager');
    const clone = {
      ...projectManager,
      id: 'our-pm',
      name: 'Our PM',
      builtIn: false,
      basedOn: 'project-manager',
    };
    const cloneOfClone = { ...clone, id: 'our-senior-pm', basedOn: 'our-pm' };
    const fromScratch = { ...clone, id: 'our-own', basedOn: null };
    // A cycle only a damaged file could hold must end the walk, not hang it.
    const loopA = { ...clone, id: 'loop-a', basedOn: 'loop-b' };
    const loopB = { ...clone, id: 'loop-b', basedOn: 'loop-a' };
    const framework = { ...fw, roles: [...fw.roles, clone, cloneOfClone, fromScratch, loopA, loopB] };
    const expected = transitionGuideFor('project-manager', 'product-manager');
    expect(transitionGuideForRoles(framework, 'our-pm', 'product-manager')).toBe(expected);
    expect(transitionGuideForRoles(framework, 'our-senior-pm', 'product-manager')).toBe(expected);
    expect(transitionGuideForRoles(framework, 'our-own', 'product-manager')).toBeUndefined();
    expect(transitionGuideForRoles(framework, 'loop-a', 'product-manager')).toBeUndefined();
    expect(transitionGuideForRoles(framework, 'no-such-role', 'product-manager')).toBeUndefined();
  });
});
