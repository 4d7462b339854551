// The app's home: every active hire with readiness and status, what is due this week, one-on-ones
// due today or overdue, and the coaching load against the weekly budget.
import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { SampleBanner, Welcome, useSampleTeam } from './SampleTeam';
import { formatCalendarDate } from '../format';
import { useDashboard } from './dashboard/queries';
import { DashboardHires } from './dashboard/DashboardHires';
import { BelowTheTable } from './dashboard/BelowTheTable';

export function DashboardPage() {
  const dashboard = useDashboard();
  const sampleIds = new Set(useSampleTeam().hireIds);

  if (dashboard.isPending) return <Loader aria-label="Loading" />;
  if (dashboard.isError) return <Alert color="red">{dashboard.error.message}</Alert>;
  const d = dashboard.data;
  if (d.rows.length === 0) return <Welcome />;

  return (
    <Stack gap="lg">
      <SampleBanner />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Dashboard</Title>
          <Text c="dimmed">
            Week of {formatCalendarDate(d.thisWeek.weekStart)} · today is {formatCalendarDate(d.today)}
          </Text>
        </div>
      </Group>
      <DashboardHires rows={d.rows} sampleIds={sampleIds} />
      <BelowTheTable dashboard={d} />
    </Stack>
  );
}
