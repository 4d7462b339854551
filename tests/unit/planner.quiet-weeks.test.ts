// Plans the "full weeks" property found with quiet weeks, kept as fixed examples: each says why the
// quiet week is the planner's rules at work (or, for a planner defect, that it is gone).
import { describe, expect, it } from 'vitest';
import type { Activity, Competency, Level, Role, Weight } from '../../src/shared/framework/types';
import { generatePlan, type PlanInput } from '../../src/shared/planner';
import { quietWeeksWithRoom } from './planner-quiet-weeks';

const competencies: Competency[] = Array.from({ length: 8 }, (_, i) => ({
  id: `c${i}`,
  areaId: 'a',
  name: `Competency ${i}`,
  summary: 's',
  levels: ['0', '1', '2', '3', '4'],
  builtIn: false,
}));

function role(id: string, expectations: Record<string, [Level, Weight]>): Role {
  return {
    id,
    name: `Role ${id}`,
    summary: 's',
    judgedOn: 'outcomes',
    successMeasures: 'm',
    habitsToRelease: 'h',
    basedOn: null,
    builtIn: false,
    expectations: Object.fromEntries(
      competencies.map((c) => {
        const [level, weight] = expectations[c.id] ?? [0, 1];
        return [c.id, { level, weight }];
      }),
    ),
  };
}

function activity(
  id: string,
  effortHours: number,
  spanWeeks: number,
  extra: Partial<Activity> = {},
): Activity {
  return {
    id,
    competencyId: id.split('.')[0] as string,
    fromLevel: 0,
    title: `Activity ${id}`,
    description: 'd',
    withWhom: 'w',
    evidence: 'e',
    kind: 'experience',
    effortHours,
    spanWeeks,
    builtIn: false,
    ...extra,
  };
}

describe('quiet weeks the next goal could not fill', () => {
  // fast-check's seed 823104932, shrunk: an essential competency (c0, three activities) and an
  // important one (c7, one activity over 11 weeks), two at a time, and an end date a week after the
  // start, which keeps the peer to the first week and so leaves the next two with 20 minutes each.
  const input: PlanInput = {
    framework: {
      areas: [{ id: 'a', name: 'A', summary: 's' }],
      competencies,
      roles: [role('r0', {}), role('r1', { c0: [1, 3], c4: [0, 2], c5: [0, 2], c6: [0, 2], c7: [1, 2] })],
      activities: [
        activity('c0.0.0', 2, 6, { stage: 'learn' }),
        activity('c0.0.1', 5.5, 1),
        activity('c0.0.2', 7.5, 10, { earliestWeek: 1 }),
        activity('c7.0.0', 1.5, 11),
      ],
    },
    fromRoleId: 'r0',
    toRoleId: 'r1',
    currentLevels: null,
    startDate: '2020-01-01',
    options: { maxConcurrent: 2, targetEndDate: '2020-01-08' },
  };
  const plan = generatePlan(input);
  const goal = (id: string) => plan.phases.flatMap((p) => p.goals).find((g) => g.id === id);

  it('starts the second goal in the seventh week: the sixth has 5 minutes left, and its thinnest spread needs 6', () => {
    // The sixth week holds c0's three activities: 20 + 110 + 45 of the 180 minutes.
    expect(plan.load.weeklyHours.slice(0, 7)).toEqual([1.58, 0.33, 0.33, 2.17, 2.17, 2.92, 0.9]);
    // c7's 90 minutes may thin out to 15 weeks (its 11 and four more): 6 minutes a week at the least.
    expect(goal('c7@1')?.startDate).toBe('2020-02-12');
    expect(Math.max(...plan.load.weeklyHours)).toBeLessThanOrEqual(3);
  });

  it('leaves no quiet week the next goal could have started in', () => {
    expect(quietWeeksWithRoom(input, plan)).toEqual([]);
  });
});
