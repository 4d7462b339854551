import { describe, expect, it } from 'vitest';
import { builtInFramework as fw } from '../../src/shared/catalog';
import type { Level, Role } from '../../src/shared/framework/types';
import {
  coachingLoad,
  completionByWeek,
  forecast,
  gapClosed,
  readiness,
  transitionStatus,
  weightedGap,
  type ActivityFact,
} from '../../src/shared/progress/progress';

const role = (id: string) => fw.roles.find((r) => r.id === id) as Role;
const pm = role('product-manager');
const levelsOf = (r: Role) =>
  Object.fromEntries(fw.competencies.map((c) => [c.id, r.expectations[c.id]?.level ?? 0])) as Record<
    string,
    Level
  >;

describe('readiness and gaps', () => {
  it('is 1 at the target, less below it, and never rewards going past a target', () => {
    expect(readiness(levelsOf(pm), pm, fw.competencies)).toBe(1);
    const above = Object.fromEntries(fw.competencies.map((c) => [c.id, 4])) as Record<string, Level>;
    expect(readiness(above, pm, fw.competencies)).toBe(1);
    const projectManager = readiness(levelsOf(role('project-manager')), pm, fw.competencies);
    expect(projectManager).toBeGreaterThan(0.5);
    expect(projectManager).toBeLessThan(0.9);
    expect(readiness({}, pm, fw.competencies)).toBe(0);
  });

  it('weighs gaps by importance and reports the share closed', () => {
    expect(weightedGap(levelsOf(role('project-manager')), pm, fw.competencies)).toBe(37);
    expect(gapClosed(37, 20)).toBeCloseTo(17 / 37);
    expect(gapClosed(37, 40)).toBe(0);
    expect(gapClosed(0, 0)).toBeNull();
  });
});

describe('forecast', () => {
  it('says nothing without assessments, and asks for a second one', () => {
    expect(forecast([])).toMatchObject({ date: null, explanation: 'No assessment yet.' });
    expect(forecast([{ date: '2027-01-04', readiness: 0.6 }])).toMatchObject({
      date: null,
      explanation: expect.stringMatching(/two assessments/),
    });
    expect(
      forecast([
        { date: '2027-01-04', readiness: 0.6 },
        { date: '2027-01-04', readiness: 0.7 },
      ]).date,
    ).toBeNull();
  });

  it('extends the pace seen so far to the day readiness reaches 1', () => {
    const f = forecast([
      { date: '2027-01-04', readiness: 0.6 },
      { date: '2027-03-01', readiness: 0.7 }, // +0.1 in 56 days
    ]);
    expect(f.date).toBe('2027-08-16'); // 0.3 more takes 168 days
    expect(f.pacePerWeek).toBeCloseTo(0.0125);
  });

  it('has no date after a regression, and says so', () => {
    const f = forecast([
      { date: '2027-01-04', readiness: 0.7 },
      { date: '2027-03-01', readiness: 0.65 },
    ]);
    expect(f).toMatchObject({ date: null, reached: false });
    expect(f.explanation).toMatch(/No progress/);
  });

  it('reports a move already complete', () => {
    expect(forecast([{ date: '2027-05-03', readiness: 1 }])).toMatchObject({
      reached: true,
      date: '2027-05-03',
    });
  });
});

describe('status', () => {
  const activity = (dueDate: string, doneOn: string | null = null): ActivityFact => ({
    status: doneOn ? 'done' : 'planned',
    dueDate,
    doneOn,
  });
  const base = {
    today: '2027-03-01',
    planStart: '2027-01-04',
    missedCheckIns: 0,
    latestReadiness: 0.7,
    previousReadiness: 0.6,
  };

  it('is on track when work is done as planned', () => {
    expect(
      transitionStatus({
        ...base,
        activities: [
          activity('2027-01-15', '2027-01-14'),
          activity('2027-02-20', '2027-02-19'),
          activity('2027-03-20'),
        ],
      }),
    ).toEqual({
      status: 'on-track',
      reasons: ['2 activities done, none badly behind'],
    });
  });

  it('is stalled after three quiet weeks with work overdue, or two missed check-ins', () => {
    const quiet = transitionStatus({
      ...base,
      activities: [activity('2027-01-15', '2027-01-20'), activity('2027-02-10'), activity('2027-02-20')],
    });
    expect(quiet.status).toBe('stalled');
    expect(quiet.reasons[0]).toBe('No activity completed in 5 weeks');
    expect(transitionStatus({ ...base, missedCheckIns: 2, activities: [] })).toMatchObject({
      status: 'stalled',
      reasons: ['2 check-ins missed'],
    });
    expect(
      transitionStatus({ ...base, today: '2027-02-01', activities: [activity('2027-01-20')] }).reasons[0],
    ).toBe('Nothing completed 4 weeks into the plan');
  });

  it('is slipping with a missed check-in, overdue work, or a readiness regression', () => {
    expect(transitionStatus({ ...base, missedCheckIns: 1, activities: [] })).toMatchObject({
      status: 'slipping',
      reasons: ['1 check-in missed'],
    });
    expect(
      transitionStatus({
        ...base,
        activities: [activity('2027-02-25'), activity('2027-02-26'), activity('2027-02-27', '2027-02-27')],
      }).reasons,
    ).toEqual(expect.arrayContaining(['2 activities overdue', '1 of 3 activities due so far are done']));
    expect(transitionStatus({ ...base, latestReadiness: 0.5, activities: [] })).toMatchObject({
      status: 'slipping',
      reasons: ['Readiness fell at the last assessment'],
    });
  });

  it('lists why a move stalled before why it is slipping, each once and in order', () => {
    expect(
      transitionStatus({
        ...base,
        missedCheckIns: 3,
        latestReadiness: 0.5,
        activities: [activity('2027-01-15', '2027-01-20'), activity('2027-02-10'), activity('2027-02-20')],
      }),
    ).toEqual({
      status: 'stalled',
      reasons: [
        'No activity completed in 5 weeks',
        '3 check-ins missed',
        '2 activities overdue',
        '1 of 3 activities due so far are done',
        'Readiness fell at the last assessment',
      ],
    });
    expect(
      transitionStatus({
        ...base,
        missedCheckIns: 1,
        activities: [activity('2027-02-25'), activity('2027-02-26'), activity('2027-02-27', '2027-02-27')],
      }),
    ).toEqual({
      status: 'slipping',
      reasons: ['1 check-in missed', '2 activities overdue', '1 of 3 activities due so far are done'],
    });
  });

  it('has no status before a plan exists or starts', () => {
    expect(transitionStatus({ ...base, planStart: null, activities: [] }).status).toBe('no-plan');
    expect(transitionStatus({ ...base, planStart: '2027-04-05', activities: [] }).status).toBe('not-started');
  });
});

describe('weekly series', () => {
  it('counts planned and done activities cumulatively per week, up to this week', () => {
    const series = completionByWeek(
      '2027-01-04',
      '2027-06-25',
      [
        { status: 'done', dueDate: '2027-01-08', doneOn: '2027-01-07' },
        { status: 'planned', dueDate: '2027-01-15', doneOn: null },
        { status: 'done', dueDate: '2027-01-22', doneOn: '2027-01-12' },
        { status: 'removed', dueDate: '2027-01-09', doneOn: null },
      ],
      '2027-01-20',
    );
    expect(series).toEqual([
      { weekStart: '2027-01-04', planned: 1, done: 1 },
      { weekStart: '2027-01-11', planned: 2, done: 2 },
      { weekStart: '2027-01-18', planned: 3, done: 2 },
    ]);
  });

  it('handles two years of weekly data', () => {
    const activities = Array.from({ length: 104 }, (_, w) => ({
      status: 'done' as const,
      dueDate: new Date(Date.UTC(2025, 0, 10 + w * 7)).toISOString().slice(0, 10),
      doneOn: new Date(Date.UTC(2025, 0, 9 + w * 7)).toISOString().slice(0, 10),
    }));
    const series = completionByWeek('2025-01-06', '2026-12-31', activities, '2026-12-31');
    expect(series.length).toBe(104);
    expect(series.at(-1)).toMatchObject({ planned: 104, done: 104 });
  });

  it('adds up the manager’s coaching hours per week against the budget', () => {
    const load = coachingLoad(
      [
        {
          checkInDates: ['2027-03-01', '2027-03-08'],
          activities: [{ dueDate: '2027-03-05', kind: 'people', status: 'planned' }],
        },
        {
          checkInDates: ['2027-03-02'],
          activities: [
            { dueDate: '2027-03-04', kind: 'experience', status: 'planned' },
            { dueDate: '2027-03-04', kind: 'course', status: 'done' },
          ],
        },
      ],
      '2027-03-03',
      45,
      1.5,
      2,
    );
    expect(load).toEqual([
      {
        weekStart: '2027-03-01',
        checkIns: 2,
        checkInHours: 1.5,
        coachingHours: 0.83,
        totalHours: 2.33,
        overBudget: true,
      },
      {
        weekStart: '2027-03-08',
        checkIns: 1,
        checkInHours: 0.75,
        coachingHours: 0,
        totalHours: 0.75,
        overBudget: false,
      },
    ]);
  });
});
