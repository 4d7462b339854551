// Plan completion per week and the pulse ratings from one-on-ones, on the Progress tab.
import { AreaChart, LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import type { HireProgress } from '@shared/progress/report';
import { ChartTable } from '../components/ChartTable';
import { formatCalendarDate } from '../format';
import { ChartCard, Empty } from './ChartCard';

export function Completion({ progress }: { progress: HireProgress }) {
  if (!progress.plan || progress.completion.length === 0) {
    return (
      <ChartCard title="Plan completion">
        <Empty>Create a coaching plan to follow activities done against planned, week by week.</Empty>
      </ChartCard>
    );
  }
  const data = progress.completion.map((w) => ({
    week: formatCalendarDate(w.weekStart),
    Planned: w.planned,
    Done: w.done,
  }));
  return (
    <ChartCard
      title="Plan completion"
      caption={`${progress.plan.done} of ${progress.plan.total} activities done (version ${progress.plan.version}); the lines count activities due and done by each week.`}
    >
      <AreaChart
        h={220}
        data={data}
        dataKey="week"
        withLegend
        withDots={data.length < 30}
        yAxisLabel="Activities"
        series={[
          { name: 'Planned', color: 'gray.5' },
          { name: 'Done', color: 'teal.6' },
        ]}
        areaChartProps={{ syncId: 'completion' }}
        curveType="stepAfter"
        fillOpacity={0.15}
      />
      <ChartTable
        label="Activities due and done by each week"
        data={data}
        dataKey="week"
        dataKeyLabel="Week of"
        series={['Planned', 'Done']}
      />
    </ChartCard>
  );
}

export function Pulses({ progress }: { progress: HireProgress }) {
  if (progress.pulses.length === 0) {
    return (
      <ChartCard title="Confidence in check-ins">
        <Empty>
          Pulse ratings from check-ins appear here: ask how confident the person feels about each goal in
          focus.
        </Empty>
      </ChartCard>
    );
  }
  const names = new Map(progress.competencies.map((c) => [c.id, c.name]));
  const ids = [...new Set(progress.pulses.map((p) => p.competencyId))];
  const byDate = new Map<string, Record<string, number | string>>();
  for (const p of progress.pulses) {
    const row = byDate.get(p.date) ?? { date: formatCalendarDate(p.date) };
    row[names.get(p.competencyId) ?? p.competencyId] = p.confidence;
    byDate.set(p.date, row);
  }
  const colors = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'pink.6'];
  return (
    <ChartCard
      title="Confidence in check-ins"
      caption="How confident the person felt about each goal in focus, 1 to 5."
    >
      <LineChart
        h={220}
        data={[...byDate.values()]}
        dataKey="date"
        connectNulls
        withLegend
        withDots
        yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5] }}
        series={ids.map((id, i) => ({
          name: names.get(id) ?? id,
          color: colors[i % colors.length] as string,
        }))}
      />
      <ChartTable
        label="Confidence in check-ins, 1 to 5"
        data={[...byDate.values()]}
        dataKey="date"
        dataKeyLabel="Check-in"
        series={ids.map((id) => names.get(id) ?? id)}
      />
    </ChartCard>
  );
}
