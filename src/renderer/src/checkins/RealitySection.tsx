// R of GROW: what happened since the last one-on-one: work done, work due (ticked here when done),
// and how confident the person felt last time.
import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { Agenda } from '@shared/checkins/schema';
import { formatCalendarDate } from '../format';
import { GrowSection } from './GrowSection';

export function RealitySection({
  agenda,
  done,
  held,
  onToggle,
}: {
  agenda: Agenda;
  /** Activities ticked done in this check-in, by id. */
  done: Record<string, string>;
  held: boolean;
  onToggle: (activityId: string, done: boolean) => void;
}) {
  const { reality, checkIn } = agenda;
  return (
    <GrowSection
      letter="R"
      title="Reality"
      hint={`What happened since ${formatCalendarDate(reality.since)}: work done, work due, how it felt last time.`}
    >
      <Stack gap="xs">
        {reality.doneSince.length > 0 && (
          <div>
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              Done since last time
            </Text>
            {reality.doneSince.map((a) => (
              <Text key={a.id} size="sm">
                ✓ {a.title}{' '}
                <Text span size="xs" c="dimmed">
                  ({formatCalendarDate(a.doneOn ?? '')})
                </Text>
              </Text>
            ))}
          </div>
        )}
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          Due or overdue — tick what is done
        </Text>
        {reality.dueOrOverdue.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing due this week.
          </Text>
        )}
        {reality.dueOrOverdue.map((a) => (
          <Checkbox
            key={a.id}
            disabled={held}
            checked={a.id in done}
            onChange={(e) => onToggle(a.id, e.currentTarget.checked)}
            label={
              <Text size="sm">
                {a.title}{' '}
                <Text span size="xs" c={a.dueDate < checkIn.scheduledOn ? 'red' : 'dimmed'}>
                  (due {formatCalendarDate(a.dueDate)})
                </Text>
              </Text>
            }
          />
        ))}
        {reality.lastPulses.length > 0 && (
          <Group gap={6} mt={4}>
            <Text size="xs" c="dimmed">
              Last confidence:
            </Text>
            {reality.lastPulses.map((p) => (
              <Badge key={p.competencyId} variant="light" color="gray" miw="fit-content">
                {p.competencyName} {p.confidence}/5
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </GrowSection>
  );
}
