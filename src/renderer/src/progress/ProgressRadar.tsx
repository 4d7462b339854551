// The radar of first, latest and target levels on the Progress tab; on its own so the chart can be
// swapped for a shared radar without touching the rest of the tab.
import { RadarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';

export function ProgressRadar({
  data,
  withLatest,
}: {
  data: Record<string, string | number>[];
  withLatest: boolean;
}) {
  return (
    <RadarChart
      h={380}
      data={data}
      dataKey="competency"
      withLegend
      withPolarRadiusAxis
      polarRadiusAxisProps={{ domain: [0, 4], tickCount: 5, angle: 90 }}
      polarAngleAxisProps={{ fontSize: 10 }}
      radarChartProps={{ outerRadius: '70%' }}
      radarProps={{ isAnimationActive: false }}
      series={[
        { name: 'Target', color: 'gray.5', opacity: 0.12 },
        { name: 'First', color: 'orange.5', opacity: 0.2 },
        ...(withLatest ? [{ name: 'Latest', color: 'indigo.6', opacity: 0.35 }] : []),
      ]}
    />
  );
}
