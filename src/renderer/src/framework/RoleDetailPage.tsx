// One role: what it is judged on, and its expected level for every competency, grouped by area.
import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconArrowsLeftRight, IconCopy, IconEdit, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { expectationFor } from '@shared/framework/lookup';
import { weightNames } from '@shared/framework/types';
import { CloneRoleModal } from './CloneRoleModal';
import { LevelMeter } from './LevelMeter';
import { useFramework, useFrameworkMutation, useRoles } from './queries';
import { useMayEditFramework } from '../team/session';

export function RoleDetailPage() {
  const { roleId = '' } = useParams();
  const framework = useFramework();
  const roles = useRoles();
  const mayEdit = useMayEditFramework();
  const navigate = useNavigate();
  const remove = useFrameworkMutation('roles.delete');
  const [cloning, setCloning] = useState(false);

  if (framework.isPending) return <Loader aria-label="Loading" />;
  if (framework.isError) return <Alert color="red">{framework.error.message}</Alert>;
  const role = framework.data.roles.find((r) => r.id === roleId);
  if (!role) {
    return (
      <Stack align="flex-start">
        <Title order={1}>Role not found</Title>
        <Button component={Link} to="/roles">
          Back to roles
        </Button>
      </Stack>
    );
  }

  function confirmDelete() {
    if (!role) return;
    modals.openConfirmModal({
      title: `Delete ${role.name}?`,
      children: (
        <Text size="sm">Hires cannot use this role afterwards. The built-in roles are not affected.</Text>
      ),
      labels: { confirm: 'Delete role', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void remove
          .mutateAsync({ id: role.id })
          .then(() => {
            notifications.show({
              title: `${role.name} deleted`,
              message: 'It is no longer in your framework.',
            });
            void navigate('/roles');
          })
          .catch((error: Error) =>
            notifications.show({ color: 'red', title: 'Not deleted', message: error.message }),
          ),
    });
  }

  const basedOn = role.basedOn ? framework.data.roles.find((r) => r.id === role.basedOn) : undefined;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/roles">
          Roles
        </Anchor>
        <Text>{role.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div style={{ maxWidth: 680 }}>
          <Group gap="sm">
            <Title order={1}>{role.name}</Title>
            <Badge variant="light" color={role.builtIn ? 'gray' : 'indigo'}>
              {role.builtIn ? 'Built-in' : 'Yours'}
            </Badge>
          </Group>
          <Text mt={4}>{role.summary}</Text>
          {basedOn && (
            <Text size="sm" c="dimmed" mt={4}>
              Based on {basedOn.name}
            </Text>
          )}
        </div>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/roles/compare?from=${encodeURIComponent(role.id)}`}
            variant="light"
            leftSection={<IconArrowsLeftRight size={16} />}
          >
            Compare
          </Button>
          {mayEdit && (
            <Button variant="default" leftSection={<IconCopy size={16} />} onClick={() => setCloning(true)}>
              Clone
            </Button>
          )}
          {mayEdit && !role.builtIn && (
            <>
              <Button
                component={Link}
                to={`/roles/${role.id}/edit`}
                variant="default"
                leftSection={<IconEdit size={16} />}
              >
                Edit
              </Button>
              <Button
                color="red"
                variant="subtle"
                leftSection={<IconTrash size={16} />}
                onClick={confirmDelete}
              >
                Delete
              </Button>
            </>
          )}
        </Group>
      </Group>

      <Card withBorder padding="lg">
        <Group gap="xl" align="flex-start">
          <div>
            <Text size="sm" c="dimmed">
              Judged mostly on
            </Text>
            <Text fw={600}>{role.judgedOn === 'outcomes' ? 'Outcomes achieved' : 'Outputs delivered'}</Text>
          </div>
          <div style={{ flex: 1, minWidth: 240 }}>
            <Text size="sm" c="dimmed">
              Success looks like
            </Text>
            <Text>{role.successMeasures}</Text>
          </div>
          <div style={{ flex: 1, minWidth: 240 }}>
            <Text size="sm" c="dimmed">
              People leaving this role tend to hold on to
            </Text>
            <Text>{role.habitsToRelease}</Text>
          </div>
        </Group>
      </Card>

      {framework.data.areas.map((area) => {
        const competencies = framework.data.competencies.filter((c) => c.areaId === area.id);
        if (competencies.length === 0) return null;
        return (
          <section key={area.id} aria-labelledby={`area-${area.id}`}>
            <Title order={2} size="h4" id={`area-${area.id}`}>
              {area.name}
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              {area.summary}
            </Text>
            <Table verticalSpacing="xs" aria-label={`${area.name} expectations`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Competency</Table.Th>
                  <Table.Th w={240}>Expected level</Table.Th>
                  <Table.Th w={130}>Weight</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {competencies.map((c) => {
                  const { level, weight } = expectationFor(role, c.id);
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Text fw={500}>{c.name}</Text>
                        <Text size="sm" c="dimmed">
                          {c.levels[level]}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <LevelMeter level={level} label={c.name} />
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          variant={weight === 3 ? 'filled' : 'light'}
                          color={weight === 1 ? 'gray' : 'indigo'}
                        >
                          {weightNames[weight]}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </section>
        );
      })}

      <CloneRoleModal
        key={role.id}
        opened={cloning}
        roles={roles.data ?? []}
        sourceId={role.id}
        onClose={() => setCloning(false)}
        onCreated={(id) => {
          setCloning(false);
          void navigate(`/roles/${id}/edit`);
        }}
      />
    </Stack>
  );
}
