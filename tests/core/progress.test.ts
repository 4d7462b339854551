import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { builtInFramework as fw } from '../../src/shared/catalog';
import type { SavedPlan } from '../../src/shared/plans/schema';
import { readiness } from '../../src/shared/progress/progress';
import type { Level, Role } from '../../src/shared/framework/types';
import { createFrameworkIndex } from '../../src/main/core/progress/dashboard';
import { openTempCore, valueOf } from '../support/temp-core';

let clock = new Date('2027-01-04T09:00:00');
let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
beforeEach(async () => {
  clock = new Date('2027-01-04T09:00:00');
  env = await openTempCore({ now: () => clock });
  core = env.core;
});
afterEach(() => env.cleanup());

const role = (id: string) => fw.roles.find((r) => r.id === id) as Role;
const pmLevels = () =>
  Object.fromEntries(
    fw.competencies.map((c) => [c.id, role('project-manager').expectations[c.id]?.level ?? 0]),
  ) as Record<string, Level>;
const ratings = (levels: Record<string, Level>) =>
  Object.entries(levels).map(([competencyId, level]) => ({ competencyId, level }));

async function seed() {
  const hire = valueOf(
    await core.call('hires.create', {
      name: 'Priya Raman',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  );
  const start = pmLevels();
  valueOf(
    await core.call('assessments.create', {
      hireId: hire.id,
      assessedOn: '2027-01-04',
      assessor: 'manager',
      ratings: ratings(start),
    }),
  );
  const plan: SavedPlan = valueOf(
    await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }),
  );
  const acts = [...plan.moveWork, ...plan.phases.flatMap((p) => p.goals.flatMap((g) => g.activities))];
  clock = new Date('2027-02-16T09:00:00');
  for (const a of acts.filter((x) => x.dueDate <= '2027-02-05'))
    valueOf(await core.call('plans.completeActivity', { activityId: a.id, doneOn: a.dueDate }));
  const later = { ...start, 'customer-discovery': 1 as Level, 'outcome-ownership': 2 as Level };
  valueOf(
    await core.call('assessments.create', {
      hireId: hire.id,
      assessedOn: '2027-02-15',
      assessor: 'manager',
      ratings: ratings(later),
    }),
  );
  valueOf(
    await core.call('assessments.create', {
      hireId: hire.id,
      assessedOn: '2027-02-16',
      assessor: 'self',
      ratings: ratings({ ...later, 'vision-roadmap': 3 }),
    }),
  );
  const [first] = valueOf(await core.call('checkIns.schedule', { hireId: hire.id }));
  valueOf(
    await core.call('checkIns.complete', {
      id: first?.id ?? '',
      heldOn: '2027-01-04',
      sharedNotes: '',
      privateNotes: '',
      pulses: [{ competencyId: 'customer-discovery', confidence: 2 }],
      newActionItems: [{ text: 'Book interviews', owner: 'hire', dueOn: '2027-02-17' }],
      closeActionItems: [],
      completeActivities: [],
      nextDate: null,
    }),
  );
  clock = new Date('2027-02-17T09:00:00');
  return { hire, plan, acts, start, later };
}

describe('progress for one hire', () => {
  it('reports readiness, gap closed, forecast, status, completion and pulses from the history', async () => {
    const { hire, acts, start, later } = await seed();
    const p = valueOf(await core.call('progress.hire', { hireId: hire.id }));
    const pm = role('product-manager');
    expect(p.assessments.map((a) => [a.assessedOn, a.assessor])).toEqual([
      ['2027-01-04', 'manager'],
      ['2027-02-15', 'manager'],
      ['2027-02-16', 'self'],
    ]);
    expect(p.readiness).toBeCloseTo(readiness(later, pm, fw.competencies));
    expect(p.firstGap).toBe(37);
    expect(p.latestGap).toBe(37 - 3 - 3);
    expect(p.gapClosed).toBeCloseTo(6 / 37);
    expect(p.forecast.date).not.toBeNull();
    expect(p.forecast.date! > '2027-02-15').toBe(true);
    expect(p.status.status).toBe('stalled'); // every check-in since 4 January was missed
    expect(p.status.reasons.join(' ')).toMatch(/check-ins missed/);
    expect(p.plan).toMatchObject({
      startDate: '2027-01-04',
      total: acts.length,
      done: acts.filter((a) => a.dueDate <= '2027-02-05').length,
    });
    expect(p.completion[0]).toMatchObject({ weekStart: '2027-01-04' });
    expect(p.completion.at(-1)?.done).toBe(p.plan?.done);
    expect(p.pulses).toEqual([{ date: '2027-01-04', competencyId: 'customer-discovery', confidence: 2 }]);
    expect(p.competencies.length).toBe(15);
    void start;
  });

  it('has nothing to forecast before an assessment, and no status before a plan', async () => {
    const hire = valueOf(
      await core.call('hires.create', {
        name: 'New',
        currentRoleId: 'product-owner',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    const p = valueOf(await core.call('progress.hire', { hireId: hire.id }));
    expect(p).toMatchObject({
      readiness: null,
      gapClosed: null,
      plan: null,
      completion: [],
      pulses: [],
      assessments: [],
    });
    expect(p.forecast.explanation).toBe('No assessment yet.');
    expect(p.status.status).toBe('no-plan');
    expect(await core.call('progress.hire', { hireId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('dashboard', () => {
  it('lists every active hire with readiness, status, next check-in and overdue items, plus this week and the load', async () => {
    const { hire } = await seed();
    valueOf(
      await core.call('hires.create', {
        name: 'Łukasz Żółć',
        currentRoleId: 'product-owner',
        targetRoleId: 'product-manager',
        startDate: '2027-02-01',
      }),
    );
    const archived = valueOf(
      await core.call('hires.create', {
        name: 'Gone',
        currentRoleId: 'product-owner',
        targetRoleId: 'product-manager',
        startDate: '2027-01-01',
      }),
    );
    await core.call('hires.archive', { id: archived.id });
    const d = valueOf(await core.call('progress.dashboard', {}));
    expect(d.today).toBe('2027-02-17');
    expect(d.rows.map((r) => r.name)).toEqual(['Łukasz Żółć', 'Priya Raman']);
    const priya = d.rows.find((r) => r.hireId === hire.id);
    expect(priya).toMatchObject({
      fromRoleName: 'Project Manager',
      toRoleName: 'Product Manager',
      weeksIn: 6,
      status: 'stalled',
      nextCheckIn: '2027-02-22',
    });
    expect(priya?.readiness).toBeGreaterThan(0.6);
    expect(priya?.overdueItems).toBeGreaterThanOrEqual(6); // five missed check-ins, overdue activities
    expect(d.rows.find((r) => r.name === 'Łukasz Żółć')).toMatchObject({
      readiness: null,
      status: 'no-plan',
      nextCheckIn: null,
      overdueItems: 0,
    });
    expect(d.thisWeek).toMatchObject({ weekStart: '2027-02-15', weekEnd: '2027-02-21' });
    expect(d.thisWeek.actionItems).toEqual([
      {
        hireId: hire.id,
        hireName: 'Priya Raman',
        text: 'Book interviews',
        dueOn: '2027-02-17',
        owner: 'hire',
      },
    ]);
    expect(d.load).toHaveLength(8);
    expect(d.load[1]).toMatchObject({ weekStart: '2027-02-22', checkIns: 1, checkInHours: 0.75 });
    expect(d.budgetHours).toBe(4);
    valueOf(await core.call('settings.update', { coachingBudgetHours: 0.5 }));
    expect(valueOf(await core.call('progress.dashboard', {})).load[1]?.overBudget).toBe(true);
  });
});

describe("the dashboard's framework index", () => {
  it('scores readiness exactly as readiness() does, for every role, with levels missing or beyond', () => {
    const index = createFrameworkIndex()(fw);
    const ids = fw.competencies.map((c) => c.id);
    fc.assert(
      fc.property(
        fc.constantFrom(...fw.roles),
        fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        (target, picked) => {
          const levels = Object.fromEntries(
            ids.flatMap((id, i) => (picked[i] === undefined ? [] : [[id, picked[i] as Level]])),
          );
          expect(index.readiness(levels, target)).toBe(readiness(levels, target, fw.competencies));
          expect(index.role(target.id)).toBe(target);
        },
      ),
      { numRuns: 200 },
    );
  });
});
