// The manager's planned coaching hours per week against the weekly budget.
import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import type { LoadWeek } from '@shared/progress/progress';
import { formatCalendarDate } from '../format';

export default function LoadChart({
  load,
  budgetHours,
  height,
}: {
  load: LoadWeek[];
  budgetHours: number;
  /** The dashboard keeps this room while the chart loads, so the chart is given it. */
  height: number;
}) {
  return (
    <BarChart
      h={height}
      data={load.map((w) => ({
        week: formatCalendarDate(w.weekStart),
        'One-on-ones': w.checkInHours,
        Coaching: w.coachingHours,
      }))}
      dataKey="week"
      type="stacked"
      withLegend
      yAxisLabel="Hours"
      referenceLines={[
        { y: budgetHours, label: `Budget ${budgetHours} h`, color: 'red.6', strokeDasharray: '4 4' },
      ]}
      series={[
        { name: 'One-on-ones', color: 'indigo.6' },
        { name: 'Coaching', color: 'teal.5' },
      ]}
      barProps={{ isAnimationActive: false }}
      aria-label="Coaching hours per week against the budget"
    />
  );
}
