// The manager's own activity for a goal of a saved plan: what, with whom, how long, by when.
import { useState } from 'react';
import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type ActivityKind } from '@shared/framework/types';
import type { SavedGoal, SavedPlan } from '@shared/plans/schema';
import { fieldErrors } from '../api/errors';
import { useHireMutation } from '../hires/queries';
import { dateFieldError } from '../format';

export function AddActivityModal({
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
            error={errors.dueDate && dateFieldError('due date', dueDate, errors.dueDate)}
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
