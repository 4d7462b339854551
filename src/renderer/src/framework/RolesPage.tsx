// The Roles page: built-in and custom roles, custom competencies, and the ways in and out.
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowsLeftRight, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import type { RoleSummary } from '@shared/framework/types';
import { CloneRoleModal } from './CloneRoleModal';
import { FrameworkFiles } from './FrameworkFiles';
import { useFramework, useRoles } from './queries';
import { useMayEditFramework } from '../team/session';

function RoleCard({ role }: { role: RoleSummary }) {
  return (
    <UnstyledButton component={Link} to={`/roles/${role.id}`} aria-label={`Open ${role.name}`}>
      <Card withBorder padding="lg" h="100%">
        <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
          <Text fw={600}>{role.name}</Text>
          <Badge
            variant="light"
            color={role.judgedOn === 'outcomes' ? 'grape' : 'blue'}
            style={{ flexShrink: 0 }}
          >
            {role.judgedOn}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" lineClamp={3}>
          {role.summary}
        </Text>
      </Card>
    </UnstyledButton>
  );
}

export function RolesPage() {
  const roles = useRoles();
  const framework = useFramework();
  const navigate = useNavigate();
  const mayEdit = useMayEditFramework();
  const [creating, setCreating] = useState(false);
  const builtIn = roles.data?.filter((r) => r.builtIn) ?? [];
  const custom = roles.data?.filter((r) => !r.builtIn) ?? [];
  const customCompetencies = framework.data?.competencies.filter((c) => !c.builtIn) ?? [];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Roles</Title>
          <Text c="dimmed">What each role expects, and what a move between two roles asks of a person.</Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to="/roles/compare" leftSection={<IconArrowsLeftRight size={16} />}>
            Compare roles
          </Button>
          {mayEdit && (
            <>
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={() => setCreating(true)}
              >
                New role
              </Button>
              <FrameworkFiles />
            </>
          )}
        </Group>
      </Group>

      {roles.isError && (
        <Alert color="red" title="Could not load roles">
          {roles.error.message}
        </Alert>
      )}

      <section aria-labelledby="built-in-roles">
        <Title order={2} size="h4" id="built-in-roles" mb="sm">
          Built-in roles
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3, xl: 4 }}>
          {builtIn.map((role) => (
            <RoleCard key={role.id} role={role} />
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="your-roles">
        <Title order={2} size="h4" id="your-roles" mb="sm">
          Your roles
        </Title>
        {custom.length === 0 ? (
          <Text c="dimmed" size="sm">
            None yet. Clone a built-in role to match how your organisation defines it — for example a Product
            Manager who also owns pricing.
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3, xl: 4 }}>
            {custom.map((role) => (
              <RoleCard key={role.id} role={role} />
            ))}
          </SimpleGrid>
        )}
      </section>

      <section aria-labelledby="your-competencies">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4" id="your-competencies">
            Your competencies
          </Title>
          {mayEdit && (
            <Button
              size="xs"
              variant="light"
              component={Link}
              to="/roles/competencies/new"
              leftSection={<IconPlus size={14} />}
            >
              New competency
            </Button>
          )}
        </Group>
        {customCompetencies.length === 0 ? (
          <Text c="dimmed" size="sm">
            The framework has {framework.data?.competencies.length ?? 15} built-in competencies in four areas.
            Add your own when your organisation expects a skill they do not cover.
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {customCompetencies.map((c) => (
              <Card key={c.id} withBorder padding="md">
                <Group justify="space-between" wrap="nowrap">
                  <div>
                    <Text fw={600}>{c.name}</Text>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {c.summary}
                    </Text>
                  </div>
                  {mayEdit && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => void navigate(`/roles/competencies/${c.id}`)}
                    >
                      Edit
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>

      <CloneRoleModal
        opened={creating}
        roles={roles.data ?? []}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void navigate(`/roles/${id}/edit`);
        }}
      />
    </Stack>
  );
}
