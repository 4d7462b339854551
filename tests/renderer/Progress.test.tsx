import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dashboard, HireProgress } from '@shared/progress/report';
import { ProgressTab } from '../../src/renderer/src/progress/ProgressTab';
import { DashboardPage } from '../../src/renderer/src/pages/DashboardPage';
import { ok, renderWithApp } from './render';

const emptyProgress: HireProgress = {
  hireId: 'h1',
  today: '2027-02-17',
  competencies: [{ id: 'customer-discovery', name: 'Customer discovery', target: 3 }],
  assessments: [],
  readiness: null,
  firstGap: null,
  latestGap: null,
  gapClosed: null,
  forecast: { date: null, reached: false, pacePerWeek: null, explanation: 'No assessment yet.' },
  status: { status: 'no-plan', reasons: ['No coaching plan yet'] },
  plan: null,
  completion: [],
  pulses: [],
};

const busyProgress: HireProgress = {
  ...emptyProgress,
  assessments: [
    {
      id: 'a1',
      assessedOn: '2027-01-04',
      assessor: 'manager',
      readiness: 0.6,
      levels: { 'customer-discovery': 0 },
    },
    {
      id: 'a2',
      assessedOn: '2027-02-15',
      assessor: 'manager',
      readiness: 0.72,
      levels: { 'customer-discovery': 1 },
    },
  ],
  readiness: 0.72,
  firstGap: 37,
  latestGap: 31,
  gapClosed: 6 / 37,
  forecast: {
    date: '2027-08-16',
    reached: false,
    pacePerWeek: 0.02,
    explanation: 'At 2 points a week, the pace across 2 assessments.',
  },
  status: { status: 'slipping', reasons: ['2 activities overdue'] },
  plan: { startDate: '2027-01-04', endDate: '2027-11-12', done: 5, total: 37, version: 2 },
  completion: [{ weekStart: '2027-01-04', planned: 2, done: 2 }],
  pulses: [{ date: '2027-01-11', competencyId: 'customer-discovery', confidence: 2 }],
};

describe('Progress tab', () => {
  it('says what to do next when there is nothing to show yet', async () => {
    renderWithApp(<ProgressTab hireId="h1" />, (channel) =>
      channel === 'evidence.list' ? ok([]) : ok(emptyProgress),
    );
    expect(await screen.findByText('Record an assessment to measure it.')).toBeTruthy();
    expect(screen.getByText(/Record an assessment to see levels over time/)).toBeTruthy();
    expect(screen.getByText(/Create a coaching plan to follow activities/)).toBeTruthy();
    expect(screen.getByText(/Pulse ratings from check-ins appear here/)).toBeTruthy();
    expect(within(screen.getByLabelText('Status')).getByText('No plan yet')).toBeTruthy();
  });

  it('offers to record the first assessment, which every figure starts from', async () => {
    let asked = 0;
    renderWithApp(<ProgressTab hireId="h1" onRecordAssessment={() => (asked += 1)} />, (channel) =>
      channel === 'evidence.list' ? ok([]) : ok(emptyProgress),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Record an assessment' }));
    expect(asked).toBe(1);
  });

  it('does not offer an assessment once there is one', async () => {
    renderWithApp(<ProgressTab hireId="h1" onRecordAssessment={() => undefined} />, (channel) =>
      channel === 'evidence.list' ? ok([]) : ok(busyProgress),
    );
    await screen.findByLabelText('Readiness');
    expect(screen.queryByRole('button', { name: 'Record an assessment' })).toBeNull();
  });

  it('shows readiness, gap closed, the forecast and the status with its reason', async () => {
    renderWithApp(<ProgressTab hireId="h1" />, (channel) =>
      channel === 'evidence.list' ? ok([]) : ok(busyProgress),
    );
    const readiness = await screen.findByLabelText('Readiness');
    expect(within(readiness).getByText('72%')).toBeTruthy();
    expect(within(screen.getByLabelText('Gap closed')).getByText('16%')).toBeTruthy();
    expect(within(screen.getByLabelText('Gap closed')).getByText(/37 → 31/)).toBeTruthy();
    expect(within(screen.getByLabelText('Forecast')).getByText('16 Aug 2027')).toBeTruthy();
    expect(within(screen.getByLabelText('Status')).getByText('Slipping')).toBeTruthy();
    expect(within(screen.getByLabelText('Status')).getByText('2 activities overdue')).toBeTruthy();
    expect(screen.getByText(/5 of 37 activities done \(version 2\)/)).toBeTruthy();
  });
});

const row = (
  name: string,
  overrides: Partial<Dashboard['rows'][number]> = {},
): Dashboard['rows'][number] => ({
  hireId: name,
  name,
  fromRoleName: 'Project Manager',
  toRoleName: 'Product Manager',
  weeksIn: 3,
  readiness: 0.7,
  status: 'on-track',
  reasons: ['On schedule so far'],
  nextCheckIn: '2027-02-22',
  overdueItems: 0,
  ...overrides,
});

const dashboard: Dashboard = {
  today: '2027-02-17',
  rows: [
    row('Priya Raman'),
    row('Dmitri Volkov', {
      status: 'stalled',
      reasons: ['3 check-ins missed'],
      readiness: 0.4,
      overdueItems: 5,
    }),
    row('Łukasz Żółć', { readiness: null, status: 'no-plan' }),
  ],
  thisWeek: {
    weekStart: '2027-02-15',
    weekEnd: '2027-02-21',
    checkIns: [{ hireId: 'Priya Raman', hireName: 'Priya Raman', checkInId: 'c1', date: '2027-02-17' }],
    activities: [
      { hireId: 'Priya Raman', hireName: 'Priya Raman', title: 'Run five interviews', dueDate: '2027-02-19' },
    ],
    actionItems: [
      {
        hireId: 'Priya Raman',
        hireName: 'Priya Raman',
        text: 'Book interviews',
        dueOn: '2027-02-16',
        owner: 'hire',
      },
    ],
    totals: { checkIns: 26, activities: 1, actionItems: 1 },
  },
  load: Array.from({ length: 8 }, (_, i) => ({
    weekStart: `2027-02-${String(15 + i).padStart(2, '0')}`,
    checkIns: 2,
    checkInHours: 1.5,
    coachingHours: i === 1 ? 4 : 0.5,
    totalHours: i === 1 ? 5.5 : 2,
    overBudget: i === 1,
  })),
  budgetHours: 4,
  minutesPerCheckIn: 45,
};

describe('Dashboard', () => {
  it('lists active hires most at risk first, filters and sorts them', async () => {
    renderWithApp(<DashboardPage />, () => ok(dashboard));
    const table = await screen.findByRole('table', { name: 'Active hires' });
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.getAttribute('aria-label'));
    expect(names()).toEqual(['Dmitri Volkov', 'Priya Raman', 'Łukasz Żółć']);
    expect(within(table).getByText('3 check-ins missed')).toBeTruthy();
    expect(within(table).getByText('Not assessed')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Readiness' }));
    expect(names()).toEqual(['Łukasz Żółć', 'Dmitri Volkov', 'Priya Raman']);
    await userEvent.click(screen.getByRole('button', { name: 'Sort by Readiness' }));
    expect(names()).toEqual(['Priya Raman', 'Dmitri Volkov', 'Łukasz Żółć']);
    await userEvent.type(screen.getByRole('textbox', { name: 'Find a hire' }), 'dmi');
    expect(names()).toEqual(['Dmitri Volkov']);
    await userEvent.clear(screen.getByRole('textbox', { name: 'Find a hire' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show status' }), 'no-plan');
    expect(names()).toEqual(['Łukasz Żółć']);
  });

  it('shows this week and warns when the coaching load goes over budget', async () => {
    renderWithApp(<DashboardPage />, () => ok(dashboard));
    expect(
      within(await screen.findByLabelText('Activities due this week')).getByText(/Run five interviews/),
    ).toBeTruthy();
    expect(within(screen.getByLabelText('Action items due')).getByText(/Book interviews/)).toBeTruthy();
    // A long list is cut short on the server; the card says how many more there are.
    expect(within(screen.getByLabelText('Check-ins this week')).getByText(/and 25 more/)).toBeTruthy();
    expect(within(screen.getByLabelText('Action items due')).queryByText(/more/)).toBeNull();
    const warning = screen.getByRole('alert');
    expect(warning.textContent).toMatch(
      /1 of the next 8 weeks go over your 4 hours \(up to 5.5 h in the week of 16 Feb 2027\)/,
    );
  });

  it('welcomes a new user: the three roles, add a first hire, or load a sample team', async () => {
    renderWithApp(<DashboardPage />, () => ok({ ...dashboard, rows: [] }));
    expect(await screen.findByRole('heading', { name: 'Welcome to Rolebridge' })).toBeTruthy();
    for (const role of ['Project Manager', 'Product Owner', 'Product Manager'])
      expect(screen.getByText(role)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add your first hire' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Load a sample team' })).toBeTruthy();
  });
});
