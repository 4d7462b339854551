// A hire's one-on-ones: what is coming up (from the plan, or added by the manager), and what was said.
import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  List,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconCalendarDown, IconLock, IconSearch, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ActionOwner, CheckIn } from '@shared/checkins/schema';
import { toCalendarDate } from '@shared/dates/calendar-date';
import type { Framework } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { useApi } from '../api/client';
import { saveText } from '../files/save';
import { formatCalendarDate } from '../format';
import { useCheckInHistory, useCheckInSchedule, useHireMutation } from '../hires/hire-queries';
import { useActionOwners } from './owners';

/** What a check-in is about, in words: its focus competencies. */
function focusOf(checkIn: CheckIn, names: Map<string, string>): string {
  return checkIn.focusCompetencyIds.map((id) => names.get(id) ?? id).join(', ');
}

function ScheduleRow({
  checkIn,
  hire,
  today,
  names,
}: {
  checkIn: CheckIn;
  hire: Hire;
  today: string;
  names: Map<string, string>;
}) {
  const focus = focusOf(checkIn, names);
  const when = formatCalendarDate(checkIn.scheduledOn);
  const move = useHireMutation(hire.id, 'checkIns.move');
  const cancel = useHireMutation(hire.id, 'checkIns.cancel');
  const overdue = checkIn.scheduledOn < today;
  const fail = (title: string) => (error: Error) =>
    notifications.show({ color: 'red', title, message: error.message });
  return (
    <Table.Tr aria-label={`Check-in ${checkIn.scheduledOn}`}>
      <Table.Td w={170}>
        <TextInput
          size="xs"
          type="date"
          aria-label={`Move the check-in of ${checkIn.scheduledOn}`}
          value={checkIn.scheduledOn}
          disabled={hire.status !== 'active'}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value) move.mutateAsync({ id: checkIn.id, scheduledOn: value }).catch(fail('Not moved'));
          }}
        />
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
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
          <Text size="sm" lineClamp={1} style={{ flex: 1 }} title={focus}>
            {focus || 'Open agenda'}{' '}
            <Text span size="sm" c="dimmed">
              · {checkIn.origin === 'plan' ? 'from the plan' : 'added by you'}
            </Text>
          </Text>
        </Group>
      </Table.Td>
      <Table.Td w={220}>
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="xs"
            component={Link}
            to={`/hires/${hire.id}/check-ins/${checkIn.id}`}
            variant={overdue || checkIn.scheduledOn === today ? 'filled' : 'light'}
            aria-label={`Open the check-in of ${when}${focus ? `: ${focus}` : ''}`}
          >
            Open
          </Button>
          {hire.status === 'active' && (
            <Tooltip label="Cancel this check-in">
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Cancel the check-in of ${checkIn.scheduledOn}`}
                onClick={() =>
                  modals.openConfirmModal({
                    title: `Cancel the check-in of ${formatCalendarDate(checkIn.scheduledOn)}?`,
                    children: (
                      <Text size="sm">It leaves the schedule; a calendar re-export marks it cancelled.</Text>
                    ),
                    labels: { confirm: 'Cancel check-in', cancel: 'Keep it' },
                    confirmProps: { color: 'red' },
                    onConfirm: () => void cancel.mutateAsync({ id: checkIn.id }).catch(fail('Not cancelled')),
                  })
                }
              >
                <IconX size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function HistoryCard({
  checkIn,
  names,
  owners,
}: {
  checkIn: CheckIn;
  names: Map<string, string>;
  owners: Record<ActionOwner, string>;
}) {
  return (
    <Card withBorder padding="md" aria-label={`Check-in held ${checkIn.heldOn}`}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{formatCalendarDate(checkIn.heldOn ?? checkIn.scheduledOn)}</Text>
        <Group gap={6}>
          {checkIn.pulses.map((p) => (
            <Badge
              key={p.competencyId}
              variant="light"
              color={p.confidence >= 4 ? 'teal' : p.confidence <= 2 ? 'orange' : 'gray'}
              miw="fit-content"
            >
              {names.get(p.competencyId) ?? p.competencyId}: {p.confidence}/5
            </Badge>
          ))}
        </Group>
      </Group>
      {checkIn.sharedNotes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {checkIn.sharedNotes}
        </Text>
      )}
      {checkIn.privateNotes && (
        <Group gap={6} mt="xs" align="flex-start" wrap="nowrap">
          <IconLock size={14} style={{ marginTop: 3, flexShrink: 0 }} aria-label="Private" />
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {checkIn.privateNotes}
          </Text>
        </Group>
      )}
      {(checkIn.actionItems.length > 0 || checkIn.closedActionItems.length > 0) && (
        <List size="sm" mt="xs" spacing={2}>
          {checkIn.actionItems.map((a) => (
            <List.Item key={a.id}>
              {a.text}{' '}
              <Text span c="dimmed" size="xs">
                ({owners[a.owner]}
                {a.dueOn ? `, by ${formatCalendarDate(a.dueOn)}` : ''}
                {a.status !== 'open' ? `, ${a.status}` : ''})
              </Text>
            </List.Item>
          ))}
          {checkIn.closedActionItems.map((a) => (
            <List.Item key={`closed-${a.id}`}>
              <Text span size="sm" td="line-through" c="dimmed">
                {a.text}
              </Text>{' '}
              <Text span c="dimmed" size="xs">
                ({a.status === 'done' ? 'done' : 'dropped'} here)
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {!checkIn.sharedNotes &&
        !checkIn.privateNotes &&
        checkIn.actionItems.length === 0 &&
        checkIn.pulses.length === 0 && (
          <Text size="sm" c="dimmed">
            Held, nothing recorded.
          </Text>
        )}
    </Card>
  );
}

export function CheckInsTab({ hire, framework }: { hire: Hire; framework: Framework }) {
  const api = useApi();
  const today = toCalendarDate(new Date());
  const schedule = useCheckInSchedule(hire.id);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const history = useCheckInHistory(hire.id, debounced);
  const add = useHireMutation(hire.id, 'checkIns.add');
  const [newDate, setNewDate] = useState('');
  const names = new Map(framework.competencies.map((c) => [c.id, c.name]));
  const owners = useActionOwners(hire.name);

  async function exportCalendar() {
    try {
      const { fileName, content } = await api.call('checkIns.exportIcs', { hireId: hire.id });
      await saveText(fileName, content, 'text/calendar');
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not exported', message: (error as Error).message });
    }
  }

  const upcoming = schedule.data ?? [];
  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            Coming up
          </Title>
          <Group gap="xs">
            {hire.status === 'active' && (
              <>
                <TextInput
                  size="xs"
                  type="date"
                  aria-label="Date of a new check-in"
                  value={newDate}
                  onChange={(e) => setNewDate(e.currentTarget.value)}
                />
                <Button
                  size="xs"
                  variant="default"
                  disabled={!newDate}
                  onClick={() =>
                    void add
                      .mutateAsync({ hireId: hire.id, scheduledOn: newDate })
                      .then(() => setNewDate(''))
                      .catch((error: Error) =>
                        notifications.show({ color: 'red', title: 'Not added', message: error.message }),
                      )
                  }
                >
                  Add check-in
                </Button>
              </>
            )}
            <Button
              size="xs"
              variant="light"
              leftSection={<IconCalendarDown size={14} />}
              onClick={() => void exportCalendar()}
              disabled={upcoming.length === 0}
            >
              Export to calendar (.ics)
            </Button>
          </Group>
        </Group>
        {upcoming.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing scheduled. Check-ins appear here when you save a coaching plan; you can also add one.
          </Text>
        ) : (
          <Table verticalSpacing={6} aria-label="Upcoming check-ins">
            <Table.Tbody>
              {upcoming.slice(0, 8).map((c) => (
                <ScheduleRow key={c.id} checkIn={c} hire={hire} today={today} names={names} />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {upcoming.length > 8 && (
          <Text size="xs" c="dimmed" mt="xs">
            and {upcoming.length - 8} more until {formatCalendarDate(upcoming.at(-1)?.scheduledOn ?? today)}
          </Text>
        )}
      </Card>

      <div>
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            History
          </Title>
          <TextInput
            size="xs"
            w={280}
            leftSection={<IconSearch size={14} />}
            placeholder="Search notes and action items"
            aria-label="Search check-ins"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
        </Group>
        <Stack gap="sm">
          {history.data?.length === 0 && (
            <Text size="sm" c="dimmed">
              {debounced ? `No check-in mentions “${debounced}”.` : 'No check-ins held yet.'}
            </Text>
          )}
          {history.data?.map((c) => (
            <HistoryCard key={c.id} checkIn={c} names={names} owners={owners} />
          ))}
        </Stack>
      </div>
    </Stack>
  );
}
