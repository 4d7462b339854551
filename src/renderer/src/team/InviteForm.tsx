// Inviting a manager or an HR/L&D lead on a team server: the email and role, then the one-time link
// to copy and send, with when it stops working (the server keeps only the link's hash).
import { useState, type FormEvent } from 'react';
import { Alert, Button, CopyButton, Group, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { fieldErrors } from '../api/errors';
import { formatDateTime } from '../format';
import type { Invitation } from './auth-api';
import { useInvite } from './queries';

export function InviteForm() {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'manager' | 'hr'>('manager');
  const invite = useInvite(() => setEmail(''));
  const errors = invite.error
    ? fieldErrors(invite.error)
    : { fields: {} as Record<string, string>, other: null };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email, role });
  };
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="invite-title">
      <Title order={2} size="h3" id="invite-title" mb="sm">
        Invite someone
      </Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            error={errors.fields.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Radio.Group
            label="Role"
            value={role}
            onChange={(value) => setRole(value as 'manager' | 'hr')}
            error={errors.fields.role}
          >
            <Group mt="xs">
              <Radio value="manager" label="Manager" />
              <Radio value="hr" label="HR/L&D lead" />
            </Group>
          </Radio.Group>
          {errors.other ? (
            <Alert color="red" title="No invitation was made" role="alert">
              {errors.other}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={invite.isPending}>
              Create invitation link
            </Button>
          </Group>
          {invite.data ? <InvitationLink invitation={invite.data} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}

function InvitationLink({ invitation }: { invitation: Invitation }) {
  return (
    <Alert color="green" title={`Invitation for ${invitation.email}`} role="status">
      <Stack gap="xs">
        <Text size="sm">
          Send this link to {invitation.email} yourself; it works once, until{' '}
          {formatDateTime(invitation.expiresAt)}. Rolebridge does not show it again.
        </Text>
        <Group wrap="nowrap" align="end">
          <TextInput
            label="Invitation link"
            readOnly
            value={invitation.link}
            style={{ flex: 1 }}
            onFocus={(e) => e.currentTarget.select()}
          />
          <CopyButton value={invitation.link}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? 'Copied' : 'Copy link'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
