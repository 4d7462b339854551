// How a hire's move is going: readiness and its forecast, status with reasons, levels over time,
// first versus latest versus target, plan completion per week, and pulse ratings from check-ins.
import { useState } from 'react';
import { AreaChart, LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Loader,
  NativeSelect,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { levelNames, type Level } from '@shared/framework/types';
import type { HireProgress } from '@shared/progress/report';
import { useApi } from '../api/client';
import { formatCalendarDate, formatPercent } from '../format';
import { hireQueryKey } from '../hires/hire-queries';
import { StatusBadge } from './StatusBadge';
import { ChartTable } from '../components/ChartTable';
import { CompetencyRadar } from '../components/CompetencyRadar';

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

const percent = (value: number | null) => (value === null ? '—' : formatPercent(value));

function Empty({ children }: { children: React.ReactNode }) {
  return (
    <Text size="sm" c="dimmed" py="lg" ta="center">
      {children}
    </Text>
  );
}

function ChartCard({
  title,
  caption,
  children,
}: {
  title: string;
  caption?: string;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder padding="md" aria-label={title}>
      <Text fw={600}>{title}</Text>
      {caption && (
        <Text size="xs" c="dimmed" mb="sm">
          {caption}
        </Text>
      )}
      {children}
    </Card>
  );
}

function LevelsOverTime({ progress }: { progress: HireProgress }) {
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

function FirstLatestTarget({ progress }: { progress: HireProgress }) {
  const manager = progress.assessments.filter((a) => a.assessor === 'manager');
  const basis = manager.length > 0 ? manager : progress.assessments;
  const first = basis[0];
  const latest = basis.at(-1);
  if (!first || !latest) {
    return (
      <ChartCard title="First, latest and target">
        <Empty>The radar compares the first and latest assessments with the target once there is one.</Empty>
      </ChartCard>
    );
  }
  const levels = (pick: (id: string, target: number) => number | undefined) =>
    Object.fromEntries(progress.competencies.map((c) => [c.id, pick(c.id, c.target)]));
  const radarSeries = [
    { kind: 'target' as const, name: 'Target', levels: levels((_, target) => target) },
    ...(latest !== first ? [{ kind: 'first' as const, name: 'First', levels: first.levels }] : []),
    { kind: 'current' as const, name: latest !== first ? 'Latest' : 'Assessed', levels: latest.levels },
  ];
  return (
    <ChartCard
      title="First, latest and target"
      caption={`First ${formatCalendarDate(first.assessedOn)}${latest !== first ? `, latest ${formatCalendarDate(latest.assessedOn)}` : ''}.`}
    >
      <CompetencyRadar
        frameworkOrder={progress.competencies}
        competencies={progress.competencies}
        series={radarSeries}
        label="First, latest and target levels"
        height={400}
      />
    </ChartCard>
  );
}

function Completion({ progress }: { progress: HireProgress }) {
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

function Pulses({ progress }: { progress: HireProgress }) {
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

export function ProgressTab({
  hireId,
  onRecordAssessment,
}: {
  hireId: string;
  /** Opens a new assessment: offered while there is none, since every figure here starts from one. */
  onRecordAssessment?: () => void;
}) {
  const api = useApi();
  const query = useQuery({
    queryKey: [...hireQueryKey(hireId), 'progress'],
    queryFn: () => api.call('progress.hire', { hireId }),
  });
  if (query.isPending) return <Loader aria-label="Loading" />;
  if (query.isError) return <Alert color="red">{query.error.message}</Alert>;
  const p = query.data;
  return (
    <Stack gap="lg">
      {p.assessments.length === 0 && onRecordAssessment && (
        <Card withBorder padding="md">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">
              Readiness, the forecast and the charts below start from the first assessment.
            </Text>
            <Button onClick={onRecordAssessment}>Record an assessment</Button>
          </Group>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Card withBorder padding="md" aria-label="Readiness">
          <Group gap="md" wrap="nowrap">
            <RingProgress
              size={84}
              thickness={9}
              roundCaps
              sections={p.readiness === null ? [] : [{ value: p.readiness * 100, color: 'indigo' }]}
              label={
                <Text ta="center" fw={700} size="sm">
                  {percent(p.readiness)}
                </Text>
              }
            />
            <div>
              <Text fw={600}>Readiness</Text>
              <Text size="xs" c="dimmed">
                {p.readiness === null
                  ? 'Record an assessment to measure it.'
                  : 'Of what the target role expects, weighted by importance.'}
              </Text>
            </div>
          </Group>
        </Card>
        <Card withBorder padding="md" aria-label="Gap closed">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Gap closed
          </Text>
          <Text fz={28} fw={700}>
            {percent(p.gapClosed)}
          </Text>
          <Text size="xs" c="dimmed">
            {p.gapClosed === null
              ? 'Needs a second assessment.'
              : `Weighted gap ${p.firstGap} → ${p.latestGap} since the first assessment.`}
          </Text>
        </Card>
        <Card withBorder padding="md" aria-label="Forecast">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Ready by
          </Text>
          <Text fz={22} fw={700}>
            {p.forecast.reached ? 'Ready now' : p.forecast.date ? formatCalendarDate(p.forecast.date) : '—'}
          </Text>
          <Text size="xs" c="dimmed">
            {p.forecast.explanation}
          </Text>
        </Card>
        <Card withBorder padding="md" aria-label="Status">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            Status
          </Text>
          <StatusBadge status={p.status.status} />
          <List size="xs" mt={6} spacing={0}>
            {p.status.reasons.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
        </Card>
      </SimpleGrid>
      <Title order={2} size="h4">
        Over time
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <LevelsOverTime progress={p} />
        <Completion progress={p} />
      </SimpleGrid>
      <FirstLatestTarget progress={p} />
      <Pulses progress={p} />
    </Stack>
  );
}
