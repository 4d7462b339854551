// The home screen. Until progress tracking lands it shows the real head count and says what
// the dashboard will hold; it never shows made-up figures.
import { Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useHires } from '../hires/queries';

export function DashboardPage() {
  const active = useHires({ status: 'active' });
  const count = active.data?.length;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Dashboard</Title>
        <Text c="dimmed">Your coaching at a glance.</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder padding="lg">
          <Text size="sm" c="dimmed" fw={500}>
            Active hires
          </Text>
          <Text fz={40} fw={700} aria-label="Active hires">
            {count ?? '–'}
          </Text>
          <Group mt="sm">
            <Button component={Link} to="/hires" variant="light">
              {count === 0 ? 'Add your first hire' : 'Open hires'}
            </Button>
          </Group>
        </Card>
        <Card withBorder padding="lg">
          <Text fw={600} mb="xs">
            Coming to this dashboard
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>Readiness and status for every active hire</List.Item>
            <List.Item>Check-ins, activities and action items due this week</List.Item>
            <List.Item>Your coaching hours per week against your budget</List.Item>
          </List>
          <Text size="sm" c="dimmed" mt="sm">
            They appear once hires have assessments and coaching plans.
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
