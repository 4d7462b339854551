// The administrator's People page on a team server: every account with its role and status, open
// invitations, inviting a manager or an HR/L&D lead (the one-time link to copy and when it expires),
// and turning an account off. The server's policy decides; a refusal shows its words.
import { useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { fieldErrors } from '../api/errors';
import { formatDateTime } from '../format';
import { ROLE_LABELS, type PersonAccount } from './auth-api';
import { InviteForm } from './InviteForm';
import { usePeople, useTurnOff } from './queries';
import { useTeamSession } from './session';

function TurnOffDialog({ person, onClose }: { person: PersonAccount | null; onClose: () => void }) {
  const turnOff = useTurnOff(onClose);
  return (
    <Modal
      opened={person !== null}
      onClose={onClose}
      title={`Turn off ${person?.displayName ?? ''}’s account?`}
    >
      <Stack gap="sm">
        <Text size="sm">
          They are signed out everywhere at once and cannot sign in again. Their hires and notes stay as they
          are.
        </Text>
        {turnOff.error ? (
          <Alert color="red" role="alert">
            {fieldErrors(turnOff.error).other}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={turnOff.isPending} onClick={() => person && turnOff.mutate(person.id)}>
            Turn off account
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AccountsTable({ accounts, selfId }: { accounts: PersonAccount[]; selfId: string | undefined }) {
  const [turningOff, setTurningOff] = useState<PersonAccount | null>(null);
  return (
    <>
      <Table aria-label="Accounts" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>{person.displayName}</Table.Td>
              <Table.Td>{person.email}</Table.Td>
              <Table.Td>{ROLE_LABELS[person.role]}</Table.Td>
              <Table.Td>
                {person.disabledAt ? (
                  <Badge color="gray" variant="light">
                    Turned off
                  </Badge>
                ) : (
                  <Badge color="green" variant="light">
                    Active
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {person.disabledAt || person.id === selfId ? null : (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setTurningOff(person)}
                    aria-label={`Turn off ${person.displayName}`}
                  >
                    Turn off
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <TurnOffDialog person={turningOff} onClose={() => setTurningOff(null)} />
    </>
  );
}

export function PeoplePage() {
  const session = useTeamSession();
  const people = usePeople();
  return (
    <Stack gap="lg">
      <Title order={1}>People</Title>
      <InviteForm />
      {people.isPending ? <Loader aria-label="Loading people" /> : null}
      {people.error ? (
        <Alert color="red" title="The list of people did not load" role="alert">
          {fieldErrors(people.error).other}
        </Alert>
      ) : null}
      {people.data ? (
        <>
          <section aria-labelledby="accounts-title">
            <Title order={2} size="h3" id="accounts-title" mb="sm">
              Accounts
            </Title>
            <AccountsTable accounts={people.data.accounts} selfId={session?.account.id} />
          </section>
          <section aria-labelledby="invitations-title">
            <Title order={2} size="h3" id="invitations-title" mb="sm">
              Open invitations
            </Title>
            {people.data.invitations.length === 0 ? (
              <Text c="dimmed">No invitations waiting to be accepted.</Text>
            ) : (
              <Table aria-label="Open invitations" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Email</Table.Th>
                    <Table.Th>Role</Table.Th>
                    <Table.Th>Link works until</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {people.data.invitations.map((invitation) => (
                    <Table.Tr key={invitation.id}>
                      <Table.Td>{invitation.email}</Table.Td>
                      <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
                      <Table.Td>
                        {invitation.expired ? 'Expired' : formatDateTime(invitation.expiresAt)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </section>
        </>
      ) : null}
    </Stack>
  );
}
