// The drawing behind CompetencyRadar, loaded on first use so the charting library stays out of the
// first screen. Labels wrap onto lines and sit in a margin wide enough for them; the scale's numbers
// run between the first two axes, where no label is.
import { RadarChart } from '@mantine/charts';
import { ColorSwatch, Group, Text } from '@mantine/core';
import '@mantine/charts/styles.css';
import { RADAR_SERIES_STYLE, wrapLabel, type RadarSeriesKind } from './radar-series';

const LINE_HEIGHT = 13;

interface TickProps {
  x?: number | string;
  y?: number | string;
  cx?: number;
  cy?: number;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value: string };
}

/** A competency name in up to a few lines, growing away from the chart's centre. */
function AxisLabel({ x = 0, y = 0, cx = 0, cy = 0, textAnchor = 'middle', payload }: TickProps) {
  const lines = wrapLabel(payload?.value ?? '');
  const left = Number(x);
  const top = Number(y);
  const dy = top - cy;
  // Near the top or bottom a label grows up or down from the axis tip; elsewhere it is centred on
  // it, so neighbours on the slanted axes near the bottom do not run into each other.
  const vertical = Math.abs(dy) > 0.9 * Math.hypot(left - cx, dy);
  const firstLineY = !vertical
    ? top - ((lines.length - 1) * LINE_HEIGHT) / 2 + 4
    : dy < 0
      ? top - (lines.length - 1) * LINE_HEIGHT - 4
      : top + LINE_HEIGHT - 2;
  return (
    <text
      x={Number(x)}
      y={firstLineY}
      textAnchor={textAnchor}
      fontSize={11}
      fill="var(--chart-text-color, var(--mantine-color-dimmed))"
      className="radar-axis-label"
    >
      {lines.map((line, index) => (
        <tspan key={index} x={Number(x)} dy={index === 0 ? 0 : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export interface RadarChartViewProps {
  data: Record<string, string | number>[];
  series: { name: string; kind: RadarSeriesKind }[];
  label: string;
  height: number;
}

export default function RadarChartView({ data, series, label, height }: RadarChartViewProps) {
  const kinds = new Map(series.map((s) => [s.name, s.kind]));
  // Recharts starts the first axis at the top and goes clockwise: halfway to the second is free.
  const scaleAngle = 90 - 180 / Math.max(data.length, 3);
  return (
    <>
      {/* The legend above the drawing, outside it: inside, it sat on the labels of the bottom axes. */}
      <Group gap="md" justify="center" mt="xs" aria-hidden>
        {series.map((s) => (
          <Group key={s.name} gap={6} wrap="nowrap">
            <ColorSwatch
              size={12}
              color={`var(--mantine-color-${RADAR_SERIES_STYLE[s.kind].color.replace('.', '-')})`}
            />
            <Text size="sm">{s.name}</Text>
          </Group>
        ))}
      </Group>
      <RadarChart
        h={height}
        data={data}
        dataKey="competency"
        series={series.map((s) => ({
          name: s.name,
          color: RADAR_SERIES_STYLE[s.kind].color,
          opacity: RADAR_SERIES_STYLE[s.kind].opacity,
        }))}
        withPolarRadiusAxis
        polarRadiusAxisProps={{
          domain: [0, 4],
          tickCount: 5,
          angle: scaleAngle,
          tick: { fontSize: 9 },
          axisLine: false,
        }}
        polarAngleAxisProps={{ tick: (props: TickProps) => <AxisLabel {...props} /> }}
        radarChartProps={{ outerRadius: '88%', margin: { top: 48, bottom: 48, left: 116, right: 116 } }}
        radarProps={(s) => ({
          isAnimationActive: false,
          strokeWidth: 2,
          strokeDasharray: RADAR_SERIES_STYLE[kinds.get(s.name) ?? 'current'].dashed ? '5 4' : undefined,
        })}
        // A picture with a name (its figures are in the table fold below it); a bare div may not carry a label.
        role="img"
        aria-label={label}
      />
    </>
  );
}
