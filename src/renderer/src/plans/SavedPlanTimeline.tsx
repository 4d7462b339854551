// A saved plan's phases and goals, worked in place: mark activities done (with the date), move a
// due date, add the manager's own activity to a goal, remove one (with undo). The move's own work
// (expectations, peer, hand-overs) leads the first phase. Read-only for old versions.
import { useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Timeline,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { levelNames, type ActivityKind } from '@shared/framework/types';
import type { MoveWork, SavedActivity, SavedGoal, SavedPlan } from '@shared/plans/schema';
import { fieldErrors } from '../api/errors';
import { formatCalendarDate, formatNumber } from '../format';
import { useHireMutation } from '../hires/queries';
import { KindBadge } from './KindBadge';
import { PhaseBullet, PhaseTitle } from './PlanView';

function ActivityRow({
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

function AddActivityModal({
  goal,
  plan,
  onClose,
}: {
  goal: SavedGoal | null;
  plan: SavedPlan;
  onClose: () => void;
}) {
  const add = useHireMutation(plan.hireId, 'plans.addActivity');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [kind, setKind] = useState<ActivityKind>('experience');
  const [hours, setHours] = useState<number | string>(2);
  const [dueDate, setDueDate] = useState(goal?.dueDate ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!goal) return;
    try {
      await add.mutateAsync({
        goalId: goal.id,
        title,
        description,
        kind,
        effortHours: Number(hours),
        dueDate,
      });
      notifications.show({ title: 'Activity added', message: `${title} — ${goal.competencyName}` });
      onClose();
    } catch (error) {
      const { fields, other } = fieldErrors(error);
      setErrors({ ...fields, ...(other ? { form: other } : {}) });
    }
  }

  return (
    <Modal
      opened={goal !== null}
      onClose={onClose}
      title={goal ? `Add an activity: ${goal.competencyName}` : ''}
    >
      <form onSubmit={submit} aria-label="Add activity" noValidate>
        <Stack>
          <TextInput
            label="What to do"
            withAsterisk
            data-autofocus
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
          <Textarea
            label="Details (optional)"
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
          />
          <Group grow>
            <NativeSelect
              label="Kind"
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as ActivityKind)}
              data={[
                { value: 'experience', label: 'On the job' },
                { value: 'people', label: 'With people' },
                { value: 'course', label: 'Course' },
              ]}
              error={errors.kind}
            />
            <NumberInput
              label="Hours"
              min={0.5}
              max={40}
              step={0.5}
              value={hours}
              onChange={setHours}
              error={errors.effortHours}
            />
          </Group>
          <TextInput
            label="Due"
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={errors.dueDate}
          />
          {errors.form && (
            <Text c="red" size="sm" role="alert">
              {errors.form}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add activity
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The work of the move itself, ticked off like any activity: it runs in the first weeks. */
function MoveWorkCard({ plan, editable }: { plan: SavedPlan; editable: boolean }) {
  const live = plan.moveWork.filter((a) => a.status !== 'removed');
  if (live.length === 0) return null;
  const done = live.filter((a) => a.status === 'done').length;
  const note = (a: MoveWork) =>
    `Runs ${formatCalendarDate(a.startDate)} – ${formatCalendarDate(a.dueDate)}. Ask at the one-on-ones: ${a.checkInTopic}`;
  return (
    <Card withBorder padding="sm" aria-label="The move itself">
      <Group justify="space-between" mb={6} wrap="nowrap">
        <div>
          <Text fw={600}>The move itself</Text>
          <Text size="xs" c="dimmed">
            Say what success means now, find a peer, and hand over the old role’s work
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {done}/{live.length} done
          </Text>
          <Progress value={(done / live.length) * 100} w={80} size="sm" aria-hidden />
        </Group>
      </Group>
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {live.map((a) => (
            <ActivityRow key={a.id} activity={a} plan={plan} editable={editable} note={note(a)} />
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export function SavedPlanTimeline({ plan }: { plan: SavedPlan }) {
  const editable = plan.status === 'current';
  const [adding, setAdding] = useState<SavedGoal | null>(null);
  return (
    <>
      <Timeline bulletSize={28} lineWidth={2} active={-1}>
        {plan.phases.map((phase) => (
          <Timeline.Item
            key={phase.id}
            bullet={<PhaseBullet index={phase.index} />}
            title={<PhaseTitle phase={phase} />}
          >
            <Text size="sm" c="dimmed" mb="sm">
              {phase.focus}
            </Text>
            <Stack gap="sm" mb="lg">
              {phase === plan.phases[0] && <MoveWorkCard plan={plan} editable={editable} />}
              {phase.goals.length === 0 && <Text size="sm">No new skills to build in this phase.</Text>}
              {phase.goals.map((goal) => {
                const live = goal.activities.filter((a) => a.status !== 'removed');
                const done = live.filter((a) => a.status === 'done').length;
                return (
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
                          {goal.toLevel}) · by {formatCalendarDate(goal.dueDate)}
                        </Text>
                      </div>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="xs" c="dimmed">
                          {done}/{live.length} done
                        </Text>
                        <Progress
                          value={live.length ? (done / live.length) * 100 : 0}
                          w={80}
                          size="sm"
                          aria-hidden
                        />
                      </Group>
                    </Group>
                    <Table verticalSpacing={6}>
                      <Table.Tbody>
                        {live.map((a) => (
                          <ActivityRow key={a.id} activity={a} plan={plan} editable={editable} />
                        ))}
                      </Table.Tbody>
                    </Table>
                    {editable && (
                      <Group mt="xs">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconPlus size={12} />}
                          onClick={() => setAdding(goal)}
                        >
                          Add activity
                        </Button>
                      </Group>
                    )}
                  </Card>
                );
              })}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
      {plan.earlierWork.length > 0 && (
        <Card withBorder padding="md">
          <Text fw={600}>Done in earlier versions</Text>
          <Text size="sm" c="dimmed" mb="xs">
            Completed work whose goal this version no longer needs.
          </Text>
          <Table verticalSpacing={4} aria-label="Done in earlier versions">
            <Table.Tbody>
              {plan.earlierWork.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text size="sm">{a.title}</Text>
                  </Table.Td>
                  <Table.Td w={160}>
                    <Text size="sm" c="teal">
                      Done {formatCalendarDate(a.doneOn ?? '')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <AddActivityModal
        key={adding?.id ?? 'none'}
        goal={adding}
        plan={plan}
        onClose={() => setAdding(null)}
      />
    </>
  );
}
