// Levels over time on the Progress tab: each competency's assessed level by date, one line each or
// one competency against its target.
import { useState } from 'react';
import { LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { NativeSelect } from '@mantine/core';
import { levelNames, type Level } from '@shared/framework/types';
import type { HireProgress } from '@shared/progress/report';
import { ChartTable } from '../components/ChartTable';
import { formatCalendarDate } from '../format';
import { ChartCard, Empty } from './ChartCard';

const ALL = 'all';
const PALETTE = [
  'indigo.6',
  'teal.6',
  'orange.6',
  'grape.6',
  'cyan.6',
  'pink.6',
  'lime.7',
  'red.6',
  'blue.4',
  'yellow.7',
  'violet.4',
  'green.7',
  'gray.6',
  'indigo.3',
  'teal.3',
];

export function LevelsOverTime({ progress }: { progress: HireProgress }) {
  const withGaps = progress.competencies.filter((c) => {
    const latest = progress.assessments.at(-1)?.levels[c.id];
    return latest === undefined || latest < c.target;
  });
  const [picked, setPicked] = useState(withGaps[0]?.id ?? progress.competencies[0]?.id ?? '');
  const competency = progress.competencies.find((c) => c.id === picked);
  if (progress.assessments.length === 0 || (!competency && picked !== ALL)) {
    return (
      <ChartCard title="Levels over time">
        <Empty>Record an assessment to see levels over time; each new one adds a point.</Empty>
      </ChartCard>
    );
  }
  const select = (
    <NativeSelect
      size="xs"
      mb="sm"
      maw={320}
      aria-label="Competency shown"
      value={picked}
      onChange={(e) => setPicked(e.currentTarget.value)}
      data={[
        { value: ALL, label: 'All competencies (your assessments)' },
        ...progress.competencies.map((c) => ({ value: c.id, label: c.name })),
      ]}
    />
  );
  if (picked === ALL) {
    const manager = progress.assessments.filter((a) => a.assessor === 'manager');
    const rows = (manager.length > 0 ? manager : progress.assessments).map((a) => ({
      date: formatCalendarDate(a.assessedOn),
      ...Object.fromEntries(progress.competencies.map((c) => [c.name, a.levels[c.id] ?? null])),
    }));
    return (
      <ChartCard
        title="Levels over time"
        caption="One line per competency. Pick a competency to see its target and the hire’s own view."
      >
        {select}
        <LineChart
          h={260}
          data={rows}
          dataKey="date"
          connectNulls
          withDots
          yAxisProps={{ domain: [0, 4], ticks: [0, 1, 2, 3, 4], allowDecimals: false }}
          series={progress.competencies.map((c, i) => ({
            name: c.name,
            color: PALETTE[i % PALETTE.length] as string,
          }))}
        />
        <ChartTable
          label="Levels over time"
          data={rows}
          dataKey="date"
          dataKeyLabel="Assessed on"
          series={progress.competencies.map((c) => c.name)}
        />
      </ChartCard>
    );
  }
  if (!competency) return null;
  const data = progress.assessments.map((a) => ({
    date: formatCalendarDate(a.assessedOn),
    ...(a.assessor === 'manager'
      ? { Manager: a.levels[picked] ?? null }
      : { 'Self-assessment': a.levels[picked] ?? null }),
  }));
  return (
    <ChartCard
      title="Levels over time"
      caption="Solid: your assessments. Dashed: the hire’s own. The dotted line is the target."
    >
      {select}
      <LineChart
        h={220}
        data={data}
        dataKey="date"
        connectNulls
        withLegend
        yAxisProps={{ domain: [0, 4], ticks: [0, 1, 2, 3, 4], allowDecimals: false }}
        yAxisLabel="Level"
        referenceLines={[
          {
            y: competency.target,
            label: `Target: ${levelNames[competency.target as Level]}`,
            color: 'gray.6',
            strokeDasharray: '2 4',
          },
        ]}
        series={[
          { name: 'Manager', color: 'indigo.6' },
          { name: 'Self-assessment', color: 'teal.6', strokeDasharray: '6 4' },
        ]}
        curveType="linear"
        withDots
        dotProps={{ r: 4 }}
      />
      <ChartTable
        label={`${competency.name} over time (target ${competency.target})`}
        data={data}
        dataKey="date"
        dataKeyLabel="Assessed on"
        series={['Manager', 'Self-assessment']}
      />
    </ChartCard>
  );
}
