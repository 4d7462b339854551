// The radar of current and target levels. Loaded on first use so the charting library stays out of
// the first screen's JavaScript.
import { RadarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';

export interface GapRadarProps {
  data: Record<string, string | number>[];
  series: { name: string; color: string; opacity: number }[];
}

export default function GapRadar({ data, series }: GapRadarProps) {
  return (
    <RadarChart
      h={420}
      data={data}
      dataKey="competency"
      series={series}
      withLegend
      withPolarRadiusAxis
      polarRadiusAxisProps={{ domain: [0, 4], tickCount: 5, angle: 90 }}
      polarAngleAxisProps={{ fontSize: 10 }}
      radarChartProps={{ outerRadius: '70%' }}
      radarProps={{ isAnimationActive: false }}
      aria-label="Radar chart of current and target levels"
    />
  );
}
