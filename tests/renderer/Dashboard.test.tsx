// The dashboard's first screen on a large team: the call is made once, the table's first pass holds
// only the rows a window shows, and what sits under the table is drawn after those rows.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { ChannelName } from '@shared/api/channels';
import type { Dashboard, DashboardRow } from '@shared/progress/report';
import { AppProviders, createQueryClient } from '../../src/renderer/src/AppProviders';
import { createApiClient } from '../../src/renderer/src/api/client';
import type { Transport } from '../../src/renderer/src/api/transport';
import { DashboardPage } from '../../src/renderer/src/pages/DashboardPage';
import { prefetchDashboard } from '../../src/renderer/src/pages/dashboard/queries';
import { ok } from './render';

const row = (i: number): DashboardRow => ({
  hireId: `hire-${i}`,
  name: `Hire ${String(i).padStart(4, '0')}`,
  fromRoleName: 'Project Manager',
  toRoleName: 'Product Manager',
  weeksIn: 10,
  readiness: 0.5,
  status: 'slipping',
  reasons: ['2 check-ins missed', '1 activity overdue'],
  nextCheckIn: '2026-12-01',
  overdueItems: 1,
});

const dashboard = (hires: number): Dashboard => ({
  today: '2026-11-30',
  rows: Array.from({ length: hires }, (_, i) => row(i)),
  thisWeek: {
    weekStart: '2026-11-30',
    weekEnd: '2026-12-06',
    checkIns: [],
    activities: [],
    actionItems: [],
    totals: { checkIns: 0, activities: 0, actionItems: 0 },
  },
  load: [],
  budgetHours: 6,
  minutesPerCheckIn: 30,
});

/** The shortest a dashboard row is drawn in Chromium (one line of reasons under the status). */
const SHORTEST_ROW = 77;
const OVERSCAN = 4;

function transportFor(data: Dashboard) {
  const call = vi.fn(async (channel: ChannelName) => {
    if (channel === 'progress.dashboard') return ok(data);
    if (channel === 'sample.status') return ok({ hireIds: [] });
    throw new Error(`unexpected ${channel}`);
  });
  const transport: Transport = { kind: 'http', call };
  return { api: createApiClient(transport), call };
}

/** Counts the table's rows, and notes the page's text, the moment the first rows arrive. */
function watchFirstRows() {
  const first = { rows: 0, text: '' };
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('table[aria-label="Active hires"] tbody tr[data-index]');
    if (first.rows > 0 || rows.length === 0) return;
    first.rows = rows.length;
    first.text = document.body.textContent ?? '';
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { first, stop: () => observer.disconnect() };
}

describe('Dashboard on 2,000 active hires', () => {
  // Rows have no layout in happy-dom: give each the height a row has in Chromium (the list measures
  // a row by its offsetHeight).
  beforeAll(() =>
    Object.defineProperty(HTMLTableRowElement.prototype, 'offsetHeight', {
      configurable: true,
      get: () => 100,
    }),
  );
  afterAll(() => Reflect.deleteProperty(HTMLTableRowElement.prototype, 'offsetHeight'));
  afterEach(() => window.scrollTo(0, 0));

  it('puts in the page, on its first pass, only the rows a window shows', async () => {
    const { api } = transportFor(dashboard(2000));
    const watch = watchFirstRows();
    render(
      <AppProviders api={api} queryClient={createQueryClient()}>
        <MemoryRouter>
          <DashboardPage />
        </MemoryRouter>
      </AppProviders>,
    );
    await screen.findByRole('table', { name: 'Active hires' });
    await waitFor(() => expect(watch.first.rows).toBeGreaterThan(0));
    watch.stop();
    expect(watch.first.rows).toBeLessThanOrEqual(Math.ceil(window.innerHeight / SHORTEST_ROW) + OVERSCAN);
  });

  it('draws this week and the coaching load after the rows, then shows them', async () => {
    const { api } = transportFor(dashboard(2000));
    const watch = watchFirstRows();
    render(
      <AppProviders api={api} queryClient={createQueryClient()}>
        <MemoryRouter>
          <DashboardPage />
        </MemoryRouter>
      </AppProviders>,
    );
    await waitFor(() => expect(watch.first.rows).toBeGreaterThan(0));
    watch.stop();
    expect(watch.first.text).toContain('Hire 0000');
    expect(watch.first.text).not.toContain('Your coaching load');
    expect(await screen.findByText('Your coaching load')).toBeTruthy();
    expect(screen.getByText('Check-ins this week')).toBeTruthy();
  });

  it('draws a short team all at once, so back can scroll to its coaching load', async () => {
    const { api } = transportFor(dashboard(3));
    const watch = watchFirstRows();
    render(
      <AppProviders api={api} queryClient={createQueryClient()}>
        <MemoryRouter>
          <DashboardPage />
        </MemoryRouter>
      </AppProviders>,
    );
    await waitFor(() => expect(watch.first.rows).toBe(3));
    watch.stop();
    expect(watch.first.text).toContain('Your coaching load');
  });

  it('asks the core for the dashboard once when the app opens on it', async () => {
    const { api, call } = transportFor(dashboard(2000));
    const queryClient = createQueryClient();
    prefetchDashboard(queryClient, api, '#/');
    await waitFor(() => expect(call).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    render(
      <AppProviders api={api} queryClient={queryClient}>
        <MemoryRouter>
          <DashboardPage />
        </MemoryRouter>
      </AppProviders>,
    );
    await screen.findByRole('table', { name: 'Active hires' });
    // Time for a fetch on mount to go out, were one made.
    await new Promise((done) => setTimeout(done, 50));
    expect(call.mock.calls.filter(([channel]) => channel === 'progress.dashboard')).toHaveLength(1);
  });

  it('does not ask before it opens on another screen', () => {
    const { api, call } = transportFor(dashboard(2));
    prefetchDashboard(createQueryClient(), api, '#/hires');
    expect(call).not.toHaveBeenCalled();
  });
});
