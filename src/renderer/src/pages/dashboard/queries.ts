// The dashboard's data: every active hire's row, this week's lists and the coaching load.
import { useState } from 'react';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useApi, type ApiClient } from '../../api/client';
import { weekStartsOn } from '../../locale';

export const dashboardKeys = {
  // Under 'hires' so anything that changes a hire refreshes the dashboard too.
  dashboard: (firstDay: number) => ['hires', 'dashboard', firstDay] as const,
};

function dashboardQuery(api: ApiClient) {
  // Weeks ("this week", the coaching load) start on the locale's first day.
  const firstDay = weekStartsOn();
  return {
    queryKey: dashboardKeys.dashboard(firstDay),
    queryFn: () => api.call('progress.dashboard', { weekStartsOn: firstDay }),
  };
}

// Set when the app asked for the dashboard as it started, until the dashboard is first shown.
let fetchedAtStart = false;

export function useDashboard() {
  // Opened on the dashboard, the call made at start is the one to show: fetching it again as the
  // screen mounts would only double the wait. Decided once per mount (React keeps the first value).
  const [firstAfterStart] = useState(() => {
    const first = fetchedAtStart;
    fetchedAtStart = false;
    return first;
  });
  return useQuery({ ...dashboardQuery(useApi()), refetchOnMount: !firstAfterStart });
}

/**
 * Asks for the dashboard as the app starts, when it opens on the dashboard: the call then runs
 * beside app.info instead of after it (the screens wait for app.info to know the data is readable).
 * Once the locale is applied, since the week's first day is part of the call.
 */
export function prefetchDashboard(queryClient: QueryClient, api: ApiClient, hash: string): void {
  if (hash !== '' && hash !== '#' && hash !== '#/') return;
  fetchedAtStart = true;
  void queryClient.prefetchQuery(dashboardQuery(api));
}
