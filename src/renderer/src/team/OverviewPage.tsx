// The HR/L&D lead's home on a team server: how many people are moving between which roles and how
// far in they are, and how much coaching each manager carries. Counts and managers' names only:
// the server answers nothing personal about a hire (docs/team.md, "Who sees what").
import { Alert, Card, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { findRole } from '@shared/framework/lookup';
import { useFramework } from '../framework/queries';
import { formatCalendarDate } from '../format';
import { WEEK_BANDS, WEEK_BAND_LABELS } from './team-api';
import { useOrgOverview } from './team-queries';

export function OverviewPage() {
  const overview = useOrgOverview();
  const framework = useFramework();
  if (overview.isPending || framework.isPending) return <Loader aria-label="Loading the overview" />;
  if (overview.isError) return <Alert color="red">{overview.error.message}</Alert>;
  const roleName = (id: string) => (framework.data ? findRole(framework.data, id)?.name : undefined) ?? id;
  const { transitions, managers, asOf } = overview.data;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Organisation overview</Title>
        <Text c="dimmed">
          Counts on {formatCalendarDate(asOf)}. No names of hires, notes, evidence or ratings: a manager
          shares a hire with you to show those.
        </Text>
      </div>
      <Card withBorder padding="lg" component="section" aria-labelledby="transitions-title">
        <Title order={2} size="h4" id="transitions-title" mb="sm">
          Transitions by move
        </Title>
        {transitions.length === 0 ? (
          <Text c="dimmed">No one is moving between roles yet.</Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table aria-labelledby="transitions-title" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Move</Table.Th>
                  <Table.Th>Active</Table.Th>
                  <Table.Th>Archived</Table.Th>
                  {WEEK_BANDS.map((band) => (
                    <Table.Th key={band}>{WEEK_BAND_LABELS[band]}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {transitions.map((move) => (
                  <Table.Tr key={`${move.fromRoleId}>${move.toRoleId}`}>
                    <Table.Th scope="row">
                      {roleName(move.fromRoleId)} → {roleName(move.toRoleId)}
                    </Table.Th>
                    <Table.Td>{move.active}</Table.Td>
                    <Table.Td>{move.archived}</Table.Td>
                    {WEEK_BANDS.map((band) => (
                      <Table.Td key={band}>{move.weeksIn[band]}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Card withBorder padding="lg" component="section" aria-labelledby="load-title">
        <Title order={2} size="h4" id="load-title" mb="sm">
          Coaching load per manager
        </Title>
        {managers.length === 0 ? (
          <Text c="dimmed">No managers yet.</Text>
        ) : (
          <Table aria-labelledby="load-title" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Manager</Table.Th>
                <Table.Th>Active hires</Table.Th>
                <Table.Th>One-on-ones held, last 28 days</Table.Th>
                <Table.Th>Scheduled, next 14 days</Table.Th>
                <Table.Th>Overdue</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {managers.map((manager) => (
                <Table.Tr key={manager.managerId}>
                  <Table.Th scope="row">
                    {manager.displayName}
                    {manager.disabled ? ' (turned off)' : ''}
                  </Table.Th>
                  <Table.Td>{manager.activeHires}</Table.Td>
                  <Table.Td>{manager.heldLast28Days}</Table.Td>
                  <Table.Td>{manager.scheduledNext14Days}</Table.Td>
                  <Table.Td>{manager.overdue}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
