// Edit a custom role: its description and the expected level and weight for every competency.
import { useState } from 'react';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Group,
  Loader,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useParams } from 'react-router';
import { expectationFor } from '@shared/framework/lookup';
import {
  LEVELS,
  levelNames,
  weightNames,
  type Expectation,
  type Framework,
  type Role,
  type Weight,
} from '@shared/framework/types';
import { fieldErrors } from '../api/errors';
import { useFramework, useFrameworkMutation } from './queries';

const levelOptions = LEVELS.map((level) => ({
  value: String(level),
  label: `${level} · ${levelNames[level]}`,
}));
const weightOptions = ([1, 2, 3] as Weight[]).map((w) => ({ value: String(w), label: weightNames[w] }));

export function RoleEditorPage() {
  const { roleId = '' } = useParams();
  const framework = useFramework();
  if (framework.isPending) return <Loader aria-label="Loading" />;
  if (framework.isError) return <Alert color="red">{framework.error.message}</Alert>;
  const role = framework.data.roles.find((r) => r.id === roleId);
  if (!role) return <Alert color="red">No role with id {roleId}</Alert>;
  if (role.builtIn) {
    return (
      <Alert color="blue" title={`${role.name} is built in`}>
        Built-in roles are read-only. Clone it from its page to make your own version.
      </Alert>
    );
  }
  return <RoleEditor key={role.id} role={role} framework={framework.data} />;
}

function RoleEditor({ role, framework }: { role: Role; framework: Framework }) {
  const update = useFrameworkMutation('roles.update');
  const navigate = useNavigate();
  const [values, setValues] = useState({
    name: role.name,
    summary: role.summary,
    judgedOn: role.judgedOn,
    successMeasures: role.successMeasures,
    habitsToRelease: role.habitsToRelease,
  });
  const [expectations, setExpectations] = useState<Record<string, Expectation>>(() =>
    Object.fromEntries(framework.competencies.map((c) => [c.id, expectationFor(role, c.id)])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string | null>(null);

  const field = (name: keyof typeof values) => ({
    value: values[name],
    error: errors[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const value = event.currentTarget.value;
      setValues((v) => ({ ...v, [name]: value }));
    },
  });

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setOther(null);
    try {
      await update.mutateAsync({ id: role.id, ...values, expectations });
      notifications.show({ title: 'Role saved', message: values.name });
      void navigate(`/roles/${role.id}`);
    } catch (error) {
      const { fields, other: message } = fieldErrors(error);
      setErrors(fields);
      setOther(message ?? (Object.keys(fields).length > 0 ? 'Check the highlighted fields.' : null));
    }
  }

  return (
    <form onSubmit={save} aria-label="Edit role" noValidate>
      <Stack gap="lg">
        <Breadcrumbs>
          <Anchor component={Link} to="/roles">
            Roles
          </Anchor>
          <Anchor component={Link} to={`/roles/${role.id}`}>
            {role.name}
          </Anchor>
          <Text>Edit</Text>
        </Breadcrumbs>
        <Title order={1}>Edit {role.name}</Title>
        <Stack gap="sm" maw={720}>
          <TextInput label="Name" withAsterisk {...field('name')} />
          <Textarea
            label="Summary"
            description="What the role is for, in a sentence or two"
            autosize
            minRows={2}
            withAsterisk
            {...field('summary')}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              Judged mostly on
            </Text>
            <SegmentedControl
              aria-label="Judged mostly on"
              value={values.judgedOn}
              onChange={(value) => setValues((v) => ({ ...v, judgedOn: value as Role['judgedOn'] }))}
              data={[
                { value: 'outputs', label: 'Outputs delivered' },
                { value: 'outcomes', label: 'Outcomes achieved' },
              ]}
            />
          </div>
          <TextInput
            label="Success looks like"
            description="For the manager’s brief, in a phrase"
            withAsterisk
            {...field('successMeasures')}
          />
          <TextInput
            label="Habits people leaving this role hold on to"
            description="For the brief of someone moving out of this role"
            withAsterisk
            {...field('habitsToRelease')}
          />
        </Stack>

        {framework.areas.map((area) => (
          <section key={area.id} aria-labelledby={`edit-area-${area.id}`}>
            <Title order={2} size="h4" id={`edit-area-${area.id}`} mb="xs">
              {area.name}
            </Title>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Competency</Table.Th>
                  <Table.Th w={220}>Expected level</Table.Th>
                  <Table.Th w={160}>Weight</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {framework.competencies
                  .filter((c) => c.areaId === area.id)
                  .map((c) => {
                    const current = expectations[c.id] ?? { level: 0, weight: 1 };
                    const set = (next: Partial<Expectation>) =>
                      setExpectations((all) => ({ ...all, [c.id]: { ...current, ...next } }));
                    return (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <Text fw={500}>{c.name}</Text>
                          <Text size="xs" c="dimmed">
                            {c.levels[current.level]}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <NativeSelect
                            aria-label={`${c.name} level`}
                            data={levelOptions}
                            value={String(current.level)}
                            error={errors[`expectations.${c.id}.level`]}
                            onChange={(e) =>
                              set({ level: Number(e.currentTarget.value) as Expectation['level'] })
                            }
                          />
                        </Table.Td>
                        <Table.Td>
                          <NativeSelect
                            aria-label={`${c.name} weight`}
                            data={weightOptions}
                            value={String(current.weight)}
                            error={errors[`expectations.${c.id}.weight`]}
                            onChange={(e) => set({ weight: Number(e.currentTarget.value) as Weight })}
                          />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
              </Table.Tbody>
            </Table>
          </section>
        ))}

        {other && (
          <Alert color="red" title="Not saved" role="alert">
            {other}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            Save role
          </Button>
          <Button variant="default" component={Link} to={`/roles/${role.id}`}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
