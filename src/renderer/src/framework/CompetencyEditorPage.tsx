// Create or edit a custom competency: its area, five level descriptions and its activities.
import { useState } from 'react';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { LEVELS, levelNames, type Framework } from '@shared/framework/types';
import { fieldErrors } from '../api/errors';
import { ActivityCard, blankActivity, newKey, type DraftActivity } from './CompetencyActivityCard';
import { useFramework, useFrameworkMutation } from './queries';

export function CompetencyEditorPage() {
  const { competencyId } = useParams();
  const framework = useFramework();
  if (framework.isPending) return <Loader aria-label="Loading" />;
  if (framework.isError) return <Alert color="red">{framework.error.message}</Alert>;
  const existing = competencyId ? framework.data.competencies.find((c) => c.id === competencyId) : undefined;
  if (competencyId && !existing) return <Alert color="red">No competency with id {competencyId}</Alert>;
  if (existing?.builtIn) {
    return (
      <Alert color="blue" title={`${existing.name} is built in`}>
        Built-in competencies are read-only.
      </Alert>
    );
  }
  return (
    <CompetencyEditor key={competencyId ?? 'new'} framework={framework.data} competencyId={competencyId} />
  );
}

function CompetencyEditor({ framework, competencyId }: { framework: Framework; competencyId?: string }) {
  const existing = framework.competencies.find((c) => c.id === competencyId);
  const create = useFrameworkMutation('competencies.create');
  const update = useFrameworkMutation('competencies.update');
  const remove = useFrameworkMutation('competencies.delete');
  const navigate = useNavigate();
  const [areaId, setAreaId] = useState(existing?.areaId ?? framework.areas[0]?.id ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [levels, setLevels] = useState<string[]>(existing ? [...existing.levels] : ['', '', '', '', '']);
  const [activities, setActivities] = useState<DraftActivity[]>(() =>
    existing
      ? framework.activities
          .filter((a) => a.competencyId === existing.id)
          .map((a) => ({ ...a, key: newKey() }))
      : [0, 1, 2, 3].map(blankActivity),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string | null>(null);

  const setActivity = (key: number, change: Partial<DraftActivity>) =>
    setActivities((all) => all.map((a) => (a.key === key ? { ...a, ...change } : a)));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setOther(null);
    const payload = {
      areaId,
      name,
      summary,
      levels,
      activities: activities.map(({ key: _key, effortHours, ...a }) => ({
        ...a,
        effortHours: Number(effortHours),
      })),
    };
    try {
      const saved = existing
        ? await update.mutateAsync({ id: existing.id, ...payload })
        : await create.mutateAsync(payload);
      notifications.show({ title: 'Competency saved', message: `${saved.name} is in your framework` });
      void navigate('/roles');
    } catch (error) {
      const { fields, other: message } = fieldErrors(error);
      setErrors(fields);
      setOther(message ?? (fields.activities ? fields.activities : 'Check the highlighted fields.'));
    }
  }

  function confirmDelete() {
    if (!existing) return;
    modals.openConfirmModal({
      title: `Delete ${existing.name}?`,
      children: <Text size="sm">Your roles stop expecting it, and its activities are removed.</Text>,
      labels: { confirm: 'Delete competency', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void remove
          .mutateAsync({ id: existing.id })
          .then(() => void navigate('/roles'))
          .catch((error: Error) =>
            notifications.show({ color: 'red', title: 'Not deleted', message: error.message }),
          ),
    });
  }

  return (
    <form onSubmit={save} aria-label={existing ? 'Edit competency' : 'New competency'} noValidate>
      <Stack gap="lg" maw={900}>
        <Breadcrumbs>
          <Anchor component={Link} to="/roles">
            Roles
          </Anchor>
          <Text>{existing ? existing.name : 'New competency'}</Text>
        </Breadcrumbs>
        <Title order={1}>{existing ? `Edit ${existing.name}` : 'New competency'}</Title>
        <Group grow align="flex-start">
          <TextInput
            label="Name"
            withAsterisk
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <NativeSelect
            label="Area"
            data={framework.areas.map((a) => ({ value: a.id, label: a.name }))}
            value={areaId}
            onChange={(e) => setAreaId(e.currentTarget.value)}
            error={errors.areaId}
          />
        </Group>
        <TextInput
          label="Summary"
          description="One line: what this competency is"
          withAsterisk
          value={summary}
          onChange={(e) => setSummary(e.currentTarget.value)}
          error={errors.summary}
        />
        <div>
          <Title order={2} size="h4">
            What someone does at each level
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            Describe behaviour an assessor can observe, so they pick a level by reading, not by guessing a
            number.
          </Text>
          <Stack gap="xs">
            {LEVELS.map((level) => (
              <Textarea
                key={level}
                label={`Level ${level} · ${levelNames[level]}`}
                autosize
                minRows={1}
                withAsterisk
                value={levels[level]}
                error={errors[`levels.${level}`] ?? (level === 0 ? errors.levels : undefined)}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setLevels((all) => all.map((text, i) => (i === level ? value : text)));
                }}
              />
            ))}
          </Stack>
        </div>
        <div>
          <Group justify="space-between">
            <div>
              <Title order={2} size="h4">
                Activities
              </Title>
              <Text size="sm" c="dimmed">
                At least one for each step. Lean on real work first, then people, then courses.
              </Text>
            </div>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setActivities((all) => [...all, blankActivity(0)])}
            >
              Add activity
            </Button>
          </Group>
          {errors.activities && (
            <Text c="red" size="sm" mt="xs" role="alert">
              {errors.activities}
            </Text>
          )}
          <Stack gap="sm" mt="sm">
            {activities.map((a, index) => {
              const err = (key: string) => errors[`activities.${index}.${key}`];
              return (
                <ActivityCard
                  key={a.key}
                  activity={a}
                  index={index}
                  error={err}
                  onChange={(change) => setActivity(a.key, change)}
                  onRemove={() => setActivities((all) => all.filter((x) => x.key !== a.key))}
                />
              );
            })}
          </Stack>
        </div>
        {other && (
          <Alert color="red" title="Not saved" role="alert">
            {other}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending || update.isPending}>
            Save competency
          </Button>
          <Button variant="default" component={Link} to="/roles">
            Cancel
          </Button>
          {existing && (
            <Button variant="subtle" color="red" onClick={confirmDelete} ml="auto">
              Delete competency
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
