// The administrator's People page on a team server: every account with its role and status, open
// invitations, inviting a manager or an HR/L&D lead (the one-time link to copy and when it expires),
// changing a manager into an HR/L&D lead or back, and turning an account off. The server's policy
// decides; a refusal (a manager who still manages hires) shows its words.
import { useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { fieldErrors } from '../api/errors';
import { formatDateTime } from '../format';
import { ROLE_LABELS, type PersonAccount } from './auth-api';
import { InviteForm } from './InviteForm';
import { useChangeRole, usePeople, useTurnOff } from './queries';
import { useTeamSession } from './session';

function TurnOffDialog({ person, onClose }: { person: PersonAccount | null; onClose: () => void }) {
  const turnOff = useTurnOff(onClose);
  // The next person's dialog must not open on this one's refusal.
  const close = () => {
    turnOff.reset();
    onClose();
  };
  return (
    <Modal
      opened={person !== null}
      onClose={close}
      title={`Turn off ${person?.displayName ?? ''}’s account?`}
    >
      <Stack gap="sm">
        <Text size="sm">
          They are signed out everywhere at once and cannot sign in again; nothing of theirs is deleted. A
          manager who still manages hires hands them over to another manager first.
        </Text>
        {turnOff.error ? (
          <Alert color="red" role="alert">
            {fieldErrors(turnOff.error).other}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
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

type RoleChange = { person: PersonAccount; role: 'manager' | 'hr' };

function ChangeRoleDialog({ change, onClose }: { change: RoleChange | null; onClose: () => void }) {
  const changeRole = useChangeRole(onClose);
  const toLead = change?.role === 'hr';
  // The next person's dialog must not open on this one's refusal.
  const close = () => {
    changeRole.reset();
    onClose();
  };
  return (
    <Modal
      opened={change !== null}
      onClose={close}
      title={`Make ${change?.person.displayName ?? ''} ${toLead ? 'an HR/L&D lead' : 'a manager'}?`}
    >
      <Stack gap="sm">
        <Text size="sm">
          {toLead
            ? 'They will keep the shared role framework and see the organisation overview, and hold no hires. A manager who still manages hires hands them over first.'
            : 'They will hold hires of their own; hires shared with them as a lead are no longer shared.'}{' '}
          They are signed out everywhere at once and sign in again with the new role.
        </Text>
        {changeRole.error ? (
          <Alert color="red" role="alert" title="Role not changed">
            {fieldErrors(changeRole.error).other}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            loading={changeRole.isPending}
            onClick={() => change && changeRole.mutate({ accountId: change.person.id, role: change.role })}
          >
            {toLead ? 'Make HR/L&D lead' : 'Make manager'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AccountsTable({ accounts, selfId }: { accounts: PersonAccount[]; selfId: string | undefined }) {
  const [turningOff, setTurningOff] = useState<PersonAccount | null>(null);
  const [changing, setChanging] = useState<RoleChange | null>(null);
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
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {person.role !== 'admin' && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() =>
                          setChanging({ person, role: person.role === 'manager' ? 'hr' : 'manager' })
                        }
                        aria-label={`Make ${person.displayName} ${person.role === 'manager' ? 'an HR/L&D lead' : 'a manager'}`}
                      >
                        {person.role === 'manager' ? 'Make lead' : 'Make manager'}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => setTurningOff(person)}
                      aria-label={`Turn off ${person.displayName}`}
                    >
                      Turn off
                    </Button>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <TurnOffDialog person={turningOff} onClose={() => setTurningOff(null)} />
      <ChangeRoleDialog change={changing} onClose={() => setChanging(null)} />
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
