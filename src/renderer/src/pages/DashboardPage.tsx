// The home screen: one-on-ones due today and overdue, and the real head count. Readiness and the
// coaching-load view come with progress tracking; nothing here is made up.
import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useApi } from '../api/client';
import { formatCalendarDate } from '../format';
import { useHires } from '../hires/queries';

function useDueCheckIns() {
  const api = useApi();
  return useQuery({ queryKey: ['hires', 'checkIns', 'due'], queryFn: () => api.call('checkIns.due', {}) });
}

export function DashboardPage() {
  const active = useHires({ status: 'active' });
  const due = useDueCheckIns();
  const count = active.data?.length;
  const rows = [
    ...(due.data?.overdue.map((c) => ({ ...c, late: c.daysLate })) ?? []),
    ...(due.data?.dueToday.map((c) => ({ ...c, late: 0 })) ?? []),
  ];
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Dashboard</Title>
        <Text c="dimmed">Your coaching at a glance.</Text>
      </div>
      <Card withBorder padding="lg">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h4">
            One-on-ones due
          </Title>
          {due.data && (
            <Text size="sm" c="dimmed">
              Today is {formatCalendarDate(due.data.today)}
            </Text>
          )}
        </Group>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {count === 0
              ? 'Nothing due. Add a hire and save a coaching plan; its one-on-ones appear here on the day.'
              : 'Nothing due today and nothing overdue.'}
          </Text>
        ) : (
          <Table verticalSpacing="xs" aria-label="One-on-ones due">
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.checkInId}>
                  <Table.Td>
                    <Text fw={500}>{c.hireName}</Text>
                  </Table.Td>
                  <Table.Td>
                    {c.late > 0 ? (
                      <Badge color="red" variant="light" miw="fit-content">
                        {c.late} day{c.late === 1 ? '' : 's'} overdue
                      </Badge>
                    ) : (
                      <Badge color="indigo" miw="fit-content">
                        Today
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      planned {formatCalendarDate(c.scheduledOn)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" component={Link} to={`/hires/${c.hireId}/check-ins/${c.checkInId}`}>
                      Open agenda
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
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
            <List.Item>Activities and action items due this week</List.Item>
            <List.Item>Your coaching hours per week against your budget</List.Item>
          </List>
          <Text size="sm" c="dimmed" mt="sm">
            They arrive with progress tracking.
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
