// O of GROW: the activities the person can choose from next; one already done can be ticked here.
import { Checkbox, Table, Text } from '@mantine/core';
import type { Agenda } from '@shared/checkins/schema';
import { formatCalendarDate } from '../format';
import { KindBadge } from '../plans/KindBadge';
import { GrowSection } from './GrowSection';

export function OptionsSection({
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
  return (
    <GrowSection
      letter="O"
      title="Options"
      hint="Activities to choose from next. The person picks; you help them see the options."
    >
      {agenda.options.length === 0 ? (
        <Text size="sm" c="dimmed">
          No further activities planned for these goals.
        </Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {agenda.options.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Checkbox
                    disabled={held}
                    checked={a.id in done}
                    onChange={(e) => onToggle(a.id, e.currentTarget.checked)}
                    label={<Text size="sm">{a.title}</Text>}
                    aria-label={`Done: ${a.title}`}
                  />
                </Table.Td>
                <Table.Td w={150} style={{ whiteSpace: 'nowrap' }}>
                  <KindBadge kind={a.kind} />
                </Table.Td>
                <Table.Td w={110}>
                  <Text size="xs" c="dimmed">
                    by {formatCalendarDate(a.dueDate)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </GrowSection>
  );
}
