// A plan's phases on a timeline: each phase's goals with their dated activities.
import { Card, Group, Stack, Table, Text, ThemeIcon, Timeline, Title } from '@mantine/core';
import { levelNames } from '@shared/framework/types';
import type { Plan } from '@shared/planner';
import { formatCalendarDate, formatNumber } from '../format';
import { KindBadge } from './KindBadge';

/** The numbered bullet of a phase on a plan timeline. */
export function PhaseBullet({ index }: { index: number }) {
  return (
    <ThemeIcon size={28} radius="xl" variant="light">
      <Text size="sm" fw={700}>
        {index + 1}
      </Text>
    </ThemeIcon>
  );
}

/** A phase's name and dates on a plan timeline. */
export function PhaseTitle({ phase }: { phase: { name: string; startDate: string; endDate: string } }) {
  return (
    <Group gap="sm">
      <Title order={3} size="h4">
        {phase.name}
      </Title>
      <Text size="sm" c="dimmed">
        {formatCalendarDate(phase.startDate)} – {formatCalendarDate(phase.endDate)}
      </Text>
    </Group>
  );
}

export function PhaseTimeline({ plan }: { plan: Plan }) {
  return (
    <Timeline bulletSize={28} lineWidth={2} active={-1}>
      {plan.phases.map((phase) => (
        <Timeline.Item
          key={phase.index}
          bullet={<PhaseBullet index={phase.index} />}
          title={<PhaseTitle phase={phase} />}
        >
          <Text size="sm" c="dimmed" mb="sm">
            {phase.focus}
          </Text>
          <Stack gap="sm" mb="lg">
            {phase.goals.length === 0 && (
              <Text size="sm">
                No new skills to build: use the one-on-ones to hand over ownership and confirm the move.
              </Text>
            )}
            {phase.goals.map((goal) => (
              <Card
                key={goal.id}
                withBorder
                padding="sm"
                aria-label={`Goal: ${goal.competencyName} to level ${goal.toLevel}`}
              >
                <Group justify="space-between" mb={6} wrap="nowrap">
                  <div>
                    <Text fw={600}>{goal.competencyName}</Text>
                    <Text size="xs" c="dimmed">
                      {levelNames[goal.fromLevel]} → {levelNames[goal.toLevel]} (level {goal.fromLevel} →{' '}
                      {goal.toLevel})
                    </Text>
                  </div>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    by {formatCalendarDate(goal.dueDate)}
                  </Text>
                </Group>
                <Table verticalSpacing={6} withRowBorders>
                  <Table.Tbody>
                    {goal.activities.map((a) => (
                      <Table.Tr key={a.activityId}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {a.title}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {a.description} With: {a.withWhom}.
                          </Text>
                        </Table.Td>
                        <Table.Td w={150} style={{ whiteSpace: 'nowrap' }}>
                          <KindBadge kind={a.kind} />
                        </Table.Td>
                        <Table.Td w={60} style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{formatNumber(a.effortHours)} h</Text>
                        </Table.Td>
                        <Table.Td w={110} style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{formatCalendarDate(a.dueDate)}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            ))}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
