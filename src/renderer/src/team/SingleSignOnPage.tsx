// The team server's single sign-on screen: its proxy names the person, who is signed in without a
// password — at once on arrival, or after a sign-out only when they choose to continue.
import { useEffect, useRef } from 'react';
import { Alert, Anchor, Button, Loader, Stack, Text } from '@mantine/core';
import { authApi, type SignedIn } from './auth-api';
import { AuthFrame, Problem, useSubmit } from './AuthScreens';

/**
 * Single sign-on: the server's proxy says who the person is. On arrival (`automatic`) they are signed
 * in at once; after they signed out, they choose to continue — so signing out is not undone by the
 * next page load — or to use a password instead.
 */
export function ContinueAsPage({
  email,
  automatic,
  notice,
  onSignedIn,
  onUsePassword,
}: {
  email: string;
  automatic: boolean;
  notice: string | null;
  onSignedIn: (s: SignedIn) => void;
  onUsePassword: () => void;
}) {
  const { busy, fields, other, submit } = useSubmit(onSignedIn);
  // A malformed header comes back as an issue naming the header: shown like any other refusal.
  const problem = other ?? Object.values(fields)[0] ?? null;
  const started = useRef(false);
  useEffect(() => {
    // Once per arrival, also under StrictMode's second effect run: two sign-ins would race.
    if (!automatic || started.current) return;
    started.current = true;
    submit(null, () => authApi.singleSignOn());
  }, [automatic, submit]);
  const waiting = automatic && !problem;
  return (
    <AuthFrame title={automatic ? (waiting ? 'Signing in' : 'Not signed in') : 'Signed out'}>
      <Stack gap="sm">
        {notice && !problem && !waiting ? (
          <Alert color="blue" role="status">
            {notice}
          </Alert>
        ) : null}
        {waiting ? (
          <Text role="status">
            <Loader size="xs" mr="xs" aria-hidden />
            Signing you in as {email} through your company’s sign-in…
          </Text>
        ) : (
          <>
            <Text>Your company’s sign-in says you are {email}.</Text>
            <Problem title="Not signed in" message={problem} />
            <Button loading={busy} onClick={() => submit(null, () => authApi.singleSignOn())}>
              Continue as {email}
            </Button>
          </>
        )}
        <Anchor component="button" type="button" size="sm" onClick={onUsePassword}>
          Sign in with a password instead
        </Anchor>
      </Stack>
    </AuthFrame>
  );
}
