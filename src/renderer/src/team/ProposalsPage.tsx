// Proposals for the shared role framework: custom roles and competencies managers brought in with
// their desktop data. An HR/L&D lead sees who proposed what and how many hires use it, and accepts
// one into the shared framework.
import { toCalendarDate } from '@shared/dates/calendar-date';
import { Alert, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatCalendarDate } from '../format';
import { useAcceptProposal, useProposals } from './team-queries';

const KIND_LABELS = { role: 'Role', competency: 'Competency' } as const;

export function ProposalsPage() {
  const proposals = useProposals();
  const accept = useAcceptProposal();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Proposals</Title>
        <Text c="dimmed">
          Roles and competencies managers brought with them when they moved in. Accepting one makes it part of
          the shared framework; a role brings the proposed competencies it expects.
        </Text>
      </div>
      {proposals.isPending && <Loader aria-label="Loading proposals" />}
      {proposals.isError && <Alert color="red">{proposals.error.message}</Alert>}
      {accept.isError && (
        <Alert color="red" title="Not accepted">
          {accept.error.message}
        </Alert>
      )}
      {proposals.data?.length === 0 && <Text c="dimmed">No proposals are waiting.</Text>}
      {proposals.data?.map((proposal) => (
        <Card
          key={`${proposal.kind}:${proposal.id}`}
          withBorder
          padding="lg"
          component="section"
          aria-label={`${KIND_LABELS[proposal.kind]}: ${proposal.name}`}
        >
          <Group justify="space-between" align="flex-start">
            <div>
              <Group gap="xs">
                <Badge variant="light">{KIND_LABELS[proposal.kind]}</Badge>
                <Text fw={600}>{proposal.name}</Text>
              </Group>
              <Text size="sm" c="dimmed" mt={4}>
                Proposed by {proposal.proposedBy.displayName} on{' '}
                {formatCalendarDate(toCalendarDate(new Date(proposal.proposedAt)))} ·{' '}
                {proposal.hiresUsing === 1 ? '1 hire uses it' : `${proposal.hiresUsing} hires use it`}
              </Text>
            </div>
            <Button
              aria-label={`Accept ${proposal.name} into the shared framework`}
              loading={accept.isPending && accept.variables?.id === proposal.id}
              onClick={() =>
                accept.mutate(
                  { kind: proposal.kind, id: proposal.id },
                  {
                    onSuccess: (result) =>
                      notifications.show({
                        title: 'Accepted',
                        message: result.accepted.map((entry) => entry.name).join(', '),
                      }),
                  },
                )
              }
            >
              Accept
            </Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
