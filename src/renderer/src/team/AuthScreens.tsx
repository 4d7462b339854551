// The team server's screens before the app: the first start (create the administrator), sign-in,
// and accepting an invitation (/invitation#token=…). Each ends in `onSignedIn` with the session the
// server started; refusals show the server's words next to the field they name.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { fieldErrors } from '../api/errors';
import { authApi, type SignedIn } from './auth-api';
import type { TeamState } from './connection';

type Rules = TeamState['passwordRules'];

interface Submitted {
  busy: boolean;
  fields: Record<string, string>;
  other: string | null;
}

/** Runs a sign-in-like request, keeping what the form needs to show: busy, field errors, the rest. */
export function useSubmit(onSignedIn: (signedIn: SignedIn) => void) {
  const [state, setState] = useState<Submitted>({ busy: false, fields: {}, other: null });
  const submit = (event: FormEvent | null, request: () => Promise<SignedIn>) => {
    event?.preventDefault();
    setState({ busy: true, fields: {}, other: null });
    request().then(onSignedIn, (error: unknown) => setState({ busy: false, ...fieldErrors(error) }));
  };
  return { ...state, submit };
}

export function AuthFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack maw={440} mx="auto" my={64} px="md" gap="md">
      <Text fw={700} size="lg" c="dimmed">
        Rolebridge
      </Text>
      <Title order={1}>{title}</Title>
      {intro}
      <Paper withBorder p="lg" radius="md">
        {children}
      </Paper>
    </Stack>
  );
}

export function passwordRulesText(rules: Rules): string {
  return `At least ${rules.minLength} characters (up to ${rules.maxLength}); not a common password and not your email address. A few unrelated words make a good one.`;
}

export function Problem({ message, title }: { message: string | null; title: string }) {
  if (!message) return null;
  return (
    <Alert color="red" title={title} role="alert">
      {message}
    </Alert>
  );
}

export function FirstStartPage({ rules, onSignedIn }: { rules: Rules; onSignedIn: (s: SignedIn) => void }) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, fields, other, submit } = useSubmit(onSignedIn);
  return (
    <AuthFrame
      title="Set up Rolebridge"
      intro={
        <Text>
          This server has no accounts yet. Create the administrator: the person who invites managers and
          HR/L&amp;D leads. An administrator manages accounts and sees no one’s hires.
        </Text>
      }
    >
      <form onSubmit={(event) => submit(event, () => authApi.setUp({ displayName, email, password }))}>
        <Stack gap="sm">
          <TextInput
            label="Your name"
            required
            value={displayName}
            error={fields.displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            autoComplete="name"
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            error={fields.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            autoComplete="email"
          />
          <PasswordInput
            label="Password"
            required
            value={password}
            error={fields.password}
            description={passwordRulesText(rules)}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
          />
          <Problem title="The administrator was not created" message={other} />
          <Button type="submit" loading={busy}>
            Create administrator
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

export function SignInPage({
  notice,
  onSignedIn,
}: {
  notice: string | null;
  onSignedIn: (s: SignedIn) => void;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, fields, other, submit } = useSubmit(onSignedIn);
  return (
    <AuthFrame title="Sign in">
      <form onSubmit={(event) => submit(event, () => authApi.signIn({ email, password }))}>
        <Stack gap="sm">
          {notice && !other ? (
            <Alert color="blue" role="status">
              {notice}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            required
            value={email}
            error={fields.email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            autoComplete="username"
          />
          <PasswordInput
            label="Password"
            required
            value={password}
            error={fields.password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
          />
          <Problem title="Not signed in" message={other} />
          <Button type="submit" loading={busy}>
            Sign in
          </Button>
          <Text size="sm" c="dimmed">
            No account yet? Ask your Rolebridge administrator for an invitation link.
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}

export function AcceptInvitationPage({
  token,
  rules,
  onSignedIn,
}: {
  token: string | null;
  rules: Rules;
  onSignedIn: (s: SignedIn) => void;
}) {
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const { busy, fields, other, submit } = useSubmit(onSignedIn);
  if (!token)
    return (
      <AuthFrame title="Join Rolebridge">
        <Alert color="red" title="This link is incomplete" role="alert">
          Open the whole invitation link you were sent, or ask your administrator for a new one.
        </Alert>
      </AuthFrame>
    );
  return (
    <AuthFrame
      title="Join Rolebridge"
      intro={<Text>You were invited. Choose the name colleagues see and a password.</Text>}
    >
      <form
        onSubmit={(event) => submit(event, () => authApi.acceptInvitation({ token, displayName, password }))}
      >
        <Stack gap="sm">
          <TextInput
            label="Your name"
            required
            value={displayName}
            error={fields.displayName}
            onChange={(e) => setDisplayName(e.currentTarget.value)}
            autoComplete="name"
          />
          <PasswordInput
            label="Password"
            required
            value={password}
            error={fields.password}
            description={passwordRulesText(rules)}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
          />
          <Problem title="Not signed in" message={other ?? fields.token ?? null} />
          <Button type="submit" loading={busy}>
            Set password and sign in
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
