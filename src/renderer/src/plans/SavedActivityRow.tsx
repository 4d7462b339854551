// One activity of a saved plan, worked in place: tick it done (with the date), move its due date,
// remove it (with undo). Read-only in an old version.
import { ActionIcon, Badge, Button, Checkbox, Group, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { toCalendarDate } from '@shared/dates/calendar-date';
import type { SavedActivity, SavedPlan } from '@shared/plans/schema';
import { formatCalendarDate, formatNumber } from '../format';
import { useHireMutation } from '../hires/queries';
import { KindBadge } from './KindBadge';

export function ActivityRow({
  activity,
  plan,
  editable,
  note,
}: {
  activity: SavedActivity;
  plan: SavedPlan;
  editable: boolean;
  /** A further line under the description. */
  note?: string;
}) {
  const complete = useHireMutation(plan.hireId, 'plans.completeActivity');
  const reopen = useHireMutation(plan.hireId, 'plans.reopenActivity');
  const reschedule = useHireMutation(plan.hireId, 'plans.rescheduleActivity');
  const remove = useHireMutation(plan.hireId, 'plans.removeActivity');
  const restore = useHireMutation(plan.hireId, 'plans.restoreActivity');
  const done = activity.status === 'done';
  const fail = (title: string) => (error: Error) =>
    notifications.show({ color: 'red', title, message: error.message });

  const toggle = (checked: boolean) => {
    if (checked)
      complete
        .mutateAsync({ activityId: activity.id, doneOn: toCalendarDate(new Date()) })
        .catch(fail('Not marked done'));
    else reopen.mutateAsync({ activityId: activity.id }).catch(fail('Not reopened'));
  };

  const removeWithUndo = () => {
    remove
      .mutateAsync({ activityId: activity.id })
      .then(() => {
        const id = `removed-${activity.id}`;
        notifications.show({
          id,
          title: 'Activity removed',
          message: (
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm" lineClamp={1}>
                {activity.title}
              </Text>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => {
                  notifications.hide(id);
                  restore.mutateAsync({ activityId: activity.id }).catch(fail('Not restored'));
                }}
              >
                Undo
              </Button>
            </Group>
          ),
        });
      })
      .catch(fail('Not removed'));
  };

  return (
    <Table.Tr aria-label={activity.title} style={{ opacity: done ? 0.75 : 1 }}>
      <Table.Td w={36}>
        <Checkbox
          aria-label={`Done: ${activity.title}`}
          checked={done}
          disabled={!editable}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={500} td={done ? 'line-through' : undefined}>
          {activity.title}
        </Text>
        {(activity.description || activity.withWhom) && (
          <Text size="xs" c="dimmed">
            {activity.description}
            {activity.withWhom && ` With: ${activity.withWhom}.`}
          </Text>
        )}
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
        {activity.origin !== 'planner' && (
          <Badge size="xs" variant="outline" color="gray" mt={4}>
            {activity.origin === 'manager' ? 'Added by you' : 'Carried from an earlier version'}
          </Badge>
        )}
      </Table.Td>
      <Table.Td w={150} style={{ whiteSpace: 'nowrap' }}>
        <KindBadge kind={activity.kind} />
      </Table.Td>
      <Table.Td w={50} style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatNumber(activity.effortHours)} h</Text>
      </Table.Td>
      <Table.Td w={150}>
        {done ? (
          editable ? (
            <TextInput
              size="xs"
              type="date"
              aria-label={`Done on: ${activity.title}`}
              value={activity.doneOn ?? ''}
              leftSection={<Text size="xs">✓</Text>}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (value)
                  complete
                    .mutateAsync({ activityId: activity.id, doneOn: value })
                    .catch(fail('Date not changed'));
              }}
            />
          ) : (
            <Text size="sm" c="teal">
              Done {formatCalendarDate(activity.doneOn ?? '')}
            </Text>
          )
        ) : editable ? (
          <TextInput
            size="xs"
            type="date"
            aria-label={`Due date: ${activity.title}`}
            value={activity.dueDate}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (value)
                reschedule
                  .mutateAsync({ activityId: activity.id, dueDate: value })
                  .catch(fail('Due date not changed'));
            }}
          />
        ) : (
          <Text size="sm">{formatCalendarDate(activity.dueDate)}</Text>
        )}
      </Table.Td>
      <Table.Td w={40}>
        {editable && !done && (
          <Tooltip label="Remove from the plan">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove: ${activity.title}`}
              onClick={removeWithUndo}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
