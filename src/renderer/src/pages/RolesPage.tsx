// The roles a hire can move between, with what each is judged on.
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useRoles } from '../hires/queries';

export function RolesPage() {
  const roles = useRoles();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Roles</Title>
        <Text c="dimmed">
          The roles in your framework. Competency levels per role, side-by-side comparisons and your own roles
          will be added here.
        </Text>
      </div>
      {roles.isError && (
        <Alert color="red" title="Could not load roles">
          {roles.error.message}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {roles.data?.map((role) => (
          <Card key={role.id} withBorder padding="lg">
            <Group justify="space-between" mb="xs">
              <Text fw={600}>{role.name}</Text>
              <Badge variant="light" color={role.judgedOn === 'outcomes' ? 'grape' : 'blue'}>
                Judged on {role.judgedOn}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {role.summary}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
