// The competency radar every screen uses: axes in the framework's order, one colour per kind of
// series, and the numbers in a "Show as a table" fold under it.
import { lazy, Suspense } from 'react';
import { Center, Loader } from '@mantine/core';
import { ChartTable } from './ChartTable';
import { inFrameworkOrder, type RadarSeries } from './radar-series';

const RadarChartView = lazy(() => import('./RadarChartView'));

export interface CompetencyRadarProps {
  /** The framework's competencies, in its order: the axes follow it. */
  frameworkOrder: readonly { id: string }[];
  /** The competencies to draw (any order; a subset of the framework's). */
  competencies: readonly { id: string; name: string }[];
  series: RadarSeries[];
  /** What the chart shows, read out as its name and the table's. */
  label: string;
  height?: number;
}

export function CompetencyRadar({
  frameworkOrder,
  competencies,
  series,
  label,
  height = 480,
}: CompetencyRadarProps) {
  const axes = inFrameworkOrder(frameworkOrder, competencies);
  const chartData = axes.map((c) => ({
    competency: c.name,
    ...Object.fromEntries(series.map((s) => [s.name, s.levels[c.id] ?? 0])),
  }));
  const tableData = axes.map((c) => ({
    competency: c.name,
    ...Object.fromEntries(series.map((s) => [s.name, s.levels[c.id]])),
  }));
  return (
    <>
      <Suspense
        fallback={
          <Center h={height}>
            <Loader aria-label="Loading the chart" />
          </Center>
        }
      >
        <RadarChartView
          data={chartData}
          series={series.map(({ name, kind }) => ({ name, kind }))}
          label={label}
          height={height}
        />
      </Suspense>
      <ChartTable
        label={label}
        data={tableData}
        dataKey="competency"
        dataKeyLabel="Competency"
        series={series.map((s) => s.name)}
      />
    </>
  );
}
