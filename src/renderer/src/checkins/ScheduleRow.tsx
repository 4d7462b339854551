// One coming check-in on the Check-ins tab: when, what the plan says it covers, and Open, Move and
// Cancel. Moving asks for the new day and time in a small popover, not a column of date fields.
import { ActionIcon, Badge, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { CheckIn } from '@shared/checkins/schema';
import type { Hire } from '@shared/hires/schema';
import { formatCalendarDate } from '../format';
import { useHireMutation } from '../hires/queries';
import type { CheckInFocus } from './schedule';
import { MoveCheckIn } from './MoveCheckIn';
import { useMayChangeHires } from '../team/session';

const fail = (title: string) => (error: Error) =>
  notifications.show({ color: 'red', title, message: error.message });

export function ScheduleRow({
  checkIn,
  focus,
  hire,
  today,
}: {
  checkIn: CheckIn;
  focus: CheckInFocus;
  hire: Hire;
  today: string;
}) {
  const when = formatCalendarDate(checkIn.scheduledOn);
  const about = focus.competencies.join(', ');
  const overdue = checkIn.scheduledOn < today;
  // Moving and cancelling are the hire's manager's: a lead the hire is shared with opens, reads.
  const active = useMayChangeHires() && hire.status === 'active';
  return (
    <Table.Tr aria-label={`Check-in ${when}`}>
      <Table.Td w={130} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        <Text size="sm" fw={600}>
          {when}
        </Text>
      </Table.Td>
      <Table.Td style={{ verticalAlign: 'top' }}>
        <Group gap="xs" wrap="wrap">
          {checkIn.scheduledOn === today && (
            <Badge color="indigo" miw="fit-content">
              Today
            </Badge>
          )}
          {overdue && (
            <Badge color="red" variant="light" miw="fit-content">
              Overdue
            </Badge>
          )}
          {checkIn.hasDraft && (
            <Badge color="yellow" variant="light" miw="fit-content">
              Draft
            </Badge>
          )}
          <Text size="sm">{about || 'Open agenda: what the person brings'}</Text>
        </Group>
        <FocusDetail checkIn={checkIn} focus={focus} />
      </Table.Td>
      <Table.Td w={210} style={{ verticalAlign: 'top' }}>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            component={Link}
            to={`/hires/${hire.id}/check-ins/${checkIn.id}`}
            variant={overdue || checkIn.scheduledOn === today ? 'filled' : 'light'}
            aria-label={`Open the check-in of ${when}${about ? `: ${about}` : ''}`}
          >
            Open
          </Button>
          {active && <MoveCheckIn checkIn={checkIn} hireId={hire.id} when={when} />}
          {active && <CancelCheckIn checkIn={checkIn} hireId={hire.id} when={when} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/** The plan's questions for it, else the phase it falls in; and who put it on the schedule if not the plan. */
function FocusDetail({ checkIn, focus }: { checkIn: CheckIn; focus: CheckInFocus }) {
  const parts = [
    ...focus.topics,
    ...(focus.topics.length === 0 && focus.phase ? [focus.phase] : []),
    ...(checkIn.origin === 'manager' ? ['Added by you'] : []),
  ];
  if (parts.length === 0) return null;
  return (
    <Stack gap={0} mt={2}>
      {parts.map((part) => (
        <Text key={part} size="xs" c="dimmed">
          {part}
        </Text>
      ))}
    </Stack>
  );
}

function CancelCheckIn({ checkIn, hireId, when }: { checkIn: CheckIn; hireId: string; when: string }) {
  const cancel = useHireMutation(hireId, 'checkIns.cancel');
  return (
    <Tooltip label="Cancel this check-in">
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={`Cancel the check-in of ${when}`}
        onClick={() =>
          modals.openConfirmModal({
            title: `Cancel the check-in of ${when}?`,
            children: <Text size="sm">It leaves the schedule; a calendar re-export marks it cancelled.</Text>,
            labels: { confirm: 'Cancel check-in', cancel: 'Keep it' },
            confirmProps: { color: 'red' },
            onConfirm: () => void cancel.mutateAsync({ id: checkIn.id }).catch(fail('Not cancelled')),
          })
        }
      >
        <IconX size={16} />
      </ActionIcon>
    </Tooltip>
  );
}
