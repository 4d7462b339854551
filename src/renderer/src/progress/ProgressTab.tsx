// How a hire's move is going: readiness and its forecast, status with reasons, levels over time,
// first versus latest versus target, plan completion per week, and pulse ratings from check-ins.
import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Loader,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { formatCalendarDate, formatPercent } from '../format';
import { Completion, Pulses } from './CompletionAndPulses';
import { FirstLatestTarget } from './FirstLatestTarget';
import { EvidenceCounts } from '../evidence/EvidenceCounts';
import { LevelsOverTime } from './LevelsOverTime';
import { useHireProgress } from './queries';
import { StatusBadge } from './StatusBadge';
import { useMayChangeHires } from '../team/session';

const percent = (value: number | null) => (value === null ? '—' : formatPercent(value));

export function ProgressTab({
  hireId,
  onRecordAssessment,
}: {
  hireId: string;
  /** Opens a new assessment: offered while there is none, since every figure here starts from one. */
  onRecordAssessment?: () => void;
}) {
  const query = useHireProgress(hireId);
  const mayChange = useMayChangeHires();
  if (query.isPending) return <Loader aria-label="Loading" />;
  if (query.isError) return <Alert color="red">{query.error.message}</Alert>;
  const p = query.data;
  return (
    <Stack gap="lg">
      {p.assessments.length === 0 && onRecordAssessment && mayChange && (
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
      <EvidenceCounts hireId={hireId} competencies={p.competencies} />
    </Stack>
  );
}
