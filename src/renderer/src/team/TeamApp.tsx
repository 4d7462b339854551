// The app on a team server: the first-start, sign-in or invitation screen until someone is signed
// in, then the same app as the single-user modes with an account menu (and, for an administrator,
// the People page). Loaded only on a team server, so the single-user first screen does not carry it.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { RouterProvider, createHashRouter } from 'react-router';
import { AppProviders } from '../AppProviders';
import { LocaleGate } from '../LocaleGate';
import { RecoveryGate } from '../data/RecoveryScreen';
import { routes } from '../routes';
import { AcceptInvitationPage, FirstStartPage, SignInPage } from './AuthScreens';
import { ContinueAsPage } from './SingleSignOnPage';
import { authApi, type SignedIn } from './auth-api';
import { INVITATION_PATH, TeamConnection, type TeamState } from './connection';
import { TeamSessionContext, type TeamSession } from './session';

/** The invitation's token from `/invitation#token=…`, taken out of the address bar once read. */
export function takeInvitationToken(): string | null {
  if (window.location.pathname !== INVITATION_PATH) return null;
  const match = /^#token=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
  if (match?.[1]) window.history.replaceState(null, '', INVITATION_PATH);
  return match?.[1] ?? null;
}

/** Leaves the invitation page for the app's own address once signed in. */
function leaveInvitationPage(): void {
  if (window.location.pathname === INVITATION_PATH) window.history.replaceState(null, '', '/#/');
}

function SignedInApp({ session }: { session: TeamSession }) {
  // Made once, after the address is the app's: the hash router reads it when created.
  const router = useMemo(() => createHashRouter(routes), []);
  return (
    <TeamSessionContext.Provider value={session}>
      <LocaleGate>
        <RecoveryGate>
          <RouterProvider router={router} />
        </RecoveryGate>
      </LocaleGate>
    </TeamSessionContext.Provider>
  );
}

/** `invitationToken`: from takeInvitationToken(), read once before the first render. */
export function TeamApp({
  initial,
  invitationToken,
}: {
  initial: TeamState;
  invitationToken: string | null;
}) {
  const [state, setState] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [onInvitationPage, setOnInvitationPage] = useState(window.location.pathname === INVITATION_PATH);
  const [connection] = useState(() => new TeamConnection(initial.csrfToken));
  // With single sign-on: sign in at once on arrival, ask after a sign-out, or use a password.
  const [ssoStep, setSsoStep] = useState<'automatic' | 'ask' | 'password'>(
    initial.singleSignOn?.paused ? 'ask' : 'automatic',
  );

  const signedOut = useCallback(
    (message: string | null) => {
      connection.changeSession(null);
      setNotice(message);
      setSsoStep('ask');
      setState((current) => ({ ...current, account: null, csrfToken: null }));
    },
    [connection],
  );
  useEffect(() => connection.whenSessionEnds((message) => signedOut(message)), [connection, signedOut]);
  const signedIn = (value: SignedIn) => {
    connection.changeSession(value.csrfToken);
    leaveInvitationPage();
    setOnInvitationPage(false);
    setNotice(null);
    setState((current) => ({
      ...current,
      setupNeeded: false,
      account: value.account,
      csrfToken: value.csrfToken,
    }));
  };

  const session: TeamSession | null = state.account && {
    account: state.account,
    csrfToken: () => connection.csrfToken,
    sessionEnded: (message) => signedOut(message),
    signOut: async () => {
      await authApi.signOut(connection.csrfToken).catch(() => undefined);
      signedOut('You are signed out.');
    },
    signOutEverywhere: async () => {
      await authApi.signOutEverywhere(connection.csrfToken).catch(() => undefined);
      signedOut('You are signed out on every device.');
    },
  };

  let screen;
  if (onInvitationPage)
    screen = (
      <AcceptInvitationPage token={invitationToken} rules={state.passwordRules} onSignedIn={signedIn} />
    );
  else if (state.setupNeeded) screen = <FirstStartPage rules={state.passwordRules} onSignedIn={signedIn} />;
  else if (!session && state.singleSignOn && ssoStep !== 'password')
    screen = (
      <ContinueAsPage
        email={state.singleSignOn.email}
        automatic={ssoStep === 'automatic'}
        notice={notice}
        onSignedIn={signedIn}
        onUsePassword={() => setSsoStep('password')}
      />
    );
  else if (!session) screen = <SignInPage notice={notice} onSignedIn={signedIn} />;
  else screen = <SignedInApp session={session} />;

  return (
    <AppProviders api={connection.api} queryClient={connection.queryClient}>
      {screen}
    </AppProviders>
  );
}
