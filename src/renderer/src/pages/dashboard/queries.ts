// The dashboard's data: every active hire's row, this week's lists and the coaching load.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/client';
import { weekStartsOn } from '../../locale';

export const dashboardKeys = {
  // Under 'hires' so anything that changes a hire refreshes the dashboard too.
  dashboard: (firstDay: number) => ['hires', 'dashboard', firstDay] as const,
};

export function useDashboard() {
  const api = useApi();
  // Weeks ("this week", the coaching load) start on the locale's first day.
  const firstDay = weekStartsOn();
  return useQuery({
    queryKey: dashboardKeys.dashboard(firstDay),
    queryFn: () => api.call('progress.dashboard', { weekStartsOn: firstDay }),
  });
}
