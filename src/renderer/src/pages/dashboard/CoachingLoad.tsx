// The manager's planned coaching hours for the next 8 weeks against the weekly budget, with a warning
// when some weeks go over. The chart loads, and is drawn, after the rest of the dashboard.
import { lazy, Suspense, useDeferredValue } from 'react';
import { Alert, Box, Button, Card, Group, Loader, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Dashboard } from '@shared/progress/report';
import { ChartTable } from '../../components/ChartTable';
import { formatCalendarDate, formatNumber } from '../../format';

const LoadChart = lazy(() => import('../../progress/LoadChart'));

function OverBudget({ dashboard: d }: { dashboard: Dashboard }) {
  const overloaded = d.load.filter((w) => w.overBudget);
  if (overloaded.length === 0) return null;
  const worst = overloaded.reduce((a, b) => (b.totalHours > a.totalHours ? b : a));
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle size={18} />}
      title="More coaching planned than you have time for"
      mb="sm"
      role="alert"
    >
      {overloaded.length} of the next 8 weeks go over your {formatNumber(d.budgetHours)} hours (up to{' '}
      {formatNumber(worst.totalHours)} h in the week of {formatCalendarDate(worst.weekStart)}). Transitions
      slip when the coach is stretched: move check-ins, lighten a plan, or raise the budget if you really have
      the time.
    </Alert>
  );
}

/** The chart's height, kept while it loads so nothing below it moves. */
const CHART_HEIGHT = 220;

export function CoachingLoad({ dashboard: d }: { dashboard: Dashboard }) {
  // Drawing the chart (recharts measures every label) waits until the table's rows are on screen:
  // the first pass renders without it, and React draws it in the background right after.
  const drawChart = useDeferredValue(true, false);
  const waiting = (
    <Box h={CHART_HEIGHT}>
      <Loader aria-label="Loading" />
    </Box>
  );
  return (
    <Card withBorder padding="md" aria-label="Coaching load">
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={2} size="h4">
            Your coaching load
          </Title>
          <Text size="xs" c="dimmed">
            Planned hours per week for the next 8 weeks: one-on-ones ({d.minutesPerCheckIn} min each) and time
            to support the activities due.
          </Text>
        </div>
        <Button size="xs" variant="subtle" component={Link} to="/settings">
          Budget: {formatNumber(d.budgetHours)} h a week
        </Button>
      </Group>
      <OverBudget dashboard={d} />
      {drawChart ? (
        <Suspense fallback={waiting}>
          <LoadChart load={d.load} budgetHours={d.budgetHours} height={CHART_HEIGHT} />
        </Suspense>
      ) : (
        waiting
      )}
      <ChartTable
        label="Coaching hours per week"
        data={d.load.map((w) => ({
          week: formatCalendarDate(w.weekStart),
          'One-on-ones': w.checkIns,
          'One-on-one hours': w.checkInHours,
          'Coaching hours': w.coachingHours,
          'Total hours': w.totalHours,
          Budget: w.overBudget ? `Over ${d.budgetHours} h` : 'Within',
        }))}
        dataKey="week"
        dataKeyLabel="Week of"
        series={['One-on-ones', 'One-on-one hours', 'Coaching hours', 'Total hours', 'Budget']}
        format={(value) => formatNumber(value)}
      />
    </Card>
  );
}
