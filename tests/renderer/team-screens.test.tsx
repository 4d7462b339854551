// The team server's screens: sign-in (wrong password, rate limit, the notice after a session ended),
// the first start (the server's password rules, field errors), accepting an invitation, the account
// menu, and a session that ends mid-use bringing back the sign-in screen. /auth/… is a stubbed fetch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TeamState } from '../../src/renderer/src/api/transport';
import AccountMenu from '../../src/renderer/src/team/AccountMenu';
import { AcceptInvitationPage, FirstStartPage, SignInPage } from '../../src/renderer/src/team/AuthScreens';
import { TeamSessionContext, type TeamSession } from '../../src/renderer/src/team/session';
import { TeamApp } from '../../src/renderer/src/team/TeamApp';
import { PeoplePage } from '../../src/renderer/src/team/PeoplePage';
import { render } from '@testing-library/react';
import { ok, renderWithApp } from './render';

const RULES: TeamState['passwordRules'] = { minLength: 12, maxLength: 256 };
const MAX = { id: 'm1', email: 'max@example.com', displayName: 'Max Manager', role: 'manager' as const };
const SIGNED_IN = { account: MAX, csrfToken: 'csrf-1', expiresAt: '2030-01-08T09:00:00.000Z' };

/** Stubs fetch with one answer per call, in order; returns the mock to read what was sent. */
function serverAnswers(...answers: { status: number; body: unknown }[]) {
  const fetchMock = vi.fn(async () => {
    const next = answers.shift() ?? {
      status: 500,
      body: { ok: false, error: { code: 'INTERNAL', message: 'no answer scripted' } },
    };
    return new Response(JSON.stringify(next.body), { status: next.status });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function sent(fetchMock: ReturnType<typeof serverAnswers>, index = 0): { path: string; body: unknown } {
  const [path, init] = fetchMock.mock.calls[index] as unknown as [string, RequestInit];
  return { path, body: JSON.parse(String(init.body)) };
}

afterEach(() => vi.unstubAllGlobals());

describe('sign-in screen', () => {
  async function signIn(password = 'not the password at all') {
    await userEvent.type(screen.getByLabelText('Email', { exact: false }), 'max@example.com');
    await userEvent.type(screen.getByLabelText(/^Password/, { selector: 'input' }), password);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
  }

  it('signs in with the email and password and hands on the session', async () => {
    const fetchMock = serverAnswers({ status: 200, body: ok(SIGNED_IN) });
    const onSignedIn = vi.fn();
    renderWithApp(<SignInPage notice={null} onSignedIn={onSignedIn} />, () => ok(null));
    await signIn('harbour violet 2231 kite');
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(SIGNED_IN));
    expect(sent(fetchMock)).toEqual({
      path: '/auth/sign-in',
      body: { email: 'max@example.com', password: 'harbour violet 2231 kite' },
    });
  });

  it('says the email or password is wrong', async () => {
    serverAnswers({
      status: 401,
      body: { ok: false, error: { code: 'UNAUTHORIZED', message: 'Email or password is wrong' } },
    });
    const onSignedIn = vi.fn();
    renderWithApp(<SignInPage notice={null} onSignedIn={onSignedIn} />, () => ok(null));
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toContain('Email or password is wrong');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('says how long to wait when sign-in is rate limited', async () => {
    serverAnswers({
      status: 429,
      body: {
        ok: false,
        error: { code: 'RATE_LIMITED', message: 'Too many sign-in attempts. Try again in 15 minutes.' },
      },
    });
    renderWithApp(<SignInPage notice={null} onSignedIn={vi.fn()} />, () => ok(null));
    await signIn();
    expect((await screen.findByRole('alert')).textContent).toContain('Try again in 15 minutes');
  });

  it('shows why the person is back at sign-in', () => {
    renderWithApp(<SignInPage notice="Your session has ended; sign in again" onSignedIn={vi.fn()} />, () =>
      ok(null),
    );
    expect(screen.getByRole('status').textContent).toContain('Your session has ended; sign in again');
  });
});

describe('first-start screen', () => {
  it('shows the server’s password rules and the server’s field errors next to each field', async () => {
    const fetchMock = serverAnswers({
      status: 400,
      body: {
        ok: false,
        error: {
          code: 'VALIDATION',
          message: 'password: Use at least 12 characters',
          issues: [{ field: 'password', message: 'Use at least 12 characters' }],
        },
      },
    });
    renderWithApp(<FirstStartPage rules={RULES} onSignedIn={vi.fn()} />, () => ok(null));
    expect(screen.getByRole('heading', { name: 'Set up Rolebridge' })).toBeTruthy();
    expect(screen.getByText(/At least 12 characters \(up to 256\)/)).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Your name', { exact: false }), 'Ada Admin');
    await userEvent.type(screen.getByLabelText('Email', { exact: false }), 'ada@example.com');
    await userEvent.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Create administrator' }));
    const error = await screen.findByText('Use at least 12 characters');
    // Shown as the password field's error: the input names it in its description.
    const input = screen.getByLabelText(/^Password/, { selector: 'input' });
    expect(input.getAttribute('aria-describedby')).toContain(error.id);
    expect(sent(fetchMock)).toEqual({
      path: '/auth/setup',
      body: { displayName: 'Ada Admin', email: 'ada@example.com', password: 'short' },
    });
  });
});

describe('invitation screen', () => {
  it('sets the name and password with the link’s token and signs in', async () => {
    const fetchMock = serverAnswers({ status: 200, body: ok(SIGNED_IN) });
    const onSignedIn = vi.fn();
    renderWithApp(<AcceptInvitationPage token="tok_123" rules={RULES} onSignedIn={onSignedIn} />, () =>
      ok(null),
    );
    await userEvent.type(screen.getByLabelText('Your name', { exact: false }), 'Max Manager');
    await userEvent.type(
      screen.getByLabelText(/^Password/, { selector: 'input' }),
      'harbour violet 2231 kite',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(SIGNED_IN));
    expect(sent(fetchMock)).toEqual({
      path: '/auth/invitations/accept',
      body: { token: 'tok_123', displayName: 'Max Manager', password: 'harbour violet 2231 kite' },
    });
  });

  it('says when the link was used or expired', async () => {
    const message =
      'This invitation link has expired or was used already; ask your administrator for a new one';
    serverAnswers({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message } } });
    renderWithApp(<AcceptInvitationPage token="tok_123" rules={RULES} onSignedIn={vi.fn()} />, () =>
      ok(null),
    );
    await userEvent.type(screen.getByLabelText('Your name', { exact: false }), 'Max');
    await userEvent.type(
      screen.getByLabelText(/^Password/, { selector: 'input' }),
      'harbour violet 2231 kite',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('expired or was used already');
  });

  it('says the link is incomplete when it carries no token', () => {
    renderWithApp(<AcceptInvitationPage token={null} rules={RULES} onSignedIn={vi.fn()} />, () => ok(null));
    expect(screen.getByRole('alert').textContent).toContain('This link is incomplete');
    expect(screen.queryByRole('button', { name: 'Set password and sign in' })).toBeNull();
  });
});

describe('account menu', () => {
  function session(overrides: Partial<TeamSession> = {}): TeamSession {
    return {
      account: MAX,
      csrfToken: () => 'csrf-1',
      signOut: vi.fn(async () => {}),
      signOutEverywhere: vi.fn(async () => {}),
      sessionEnded: vi.fn(),
      ...overrides,
    };
  }

  it('names the person and their role, and signs out here or everywhere', async () => {
    const value = session();
    renderWithApp(
      <TeamSessionContext.Provider value={value}>
        <AccountMenu />
      </TeamSessionContext.Provider>,
      () => ok(null),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Account: Max Manager, Manager' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sign out', hidden: true }));
    expect(value.signOut).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Account: Max Manager, Manager' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Sign out everywhere', hidden: true }));
    expect(value.signOutEverywhere).toHaveBeenCalled();
  });

  it('is absent without a team session (desktop and single-user browser mode)', () => {
    renderWithApp(<AccountMenu />, () => ok(null));
    expect(screen.queryByRole('button', { name: /^Account:/ })).toBeNull();
  });
});

describe('the team app', () => {
  const SIGNED_IN_STATE: TeamState = {
    setupNeeded: false,
    account: MAX,
    csrfToken: 'csrf-1',
    passwordRules: RULES,
  };

  it('asks for the administrator on a new server, and for sign-in when nobody is signed in', () => {
    serverAnswers();
    const first = render(
      <TeamApp initial={{ ...SIGNED_IN_STATE, setupNeeded: true, account: null }} invitationToken={null} />,
    );
    expect(screen.getByRole('heading', { name: 'Set up Rolebridge' })).toBeTruthy();
    first.unmount();
    render(
      <TeamApp initial={{ ...SIGNED_IN_STATE, account: null, csrfToken: null }} invitationToken={null} />,
    );
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
  });

  it('brings back the sign-in screen with a message when the session ends mid-use', async () => {
    const fetchMock = vi.fn(async (path: string) =>
      path.startsWith('/api/')
        ? new Response(
            JSON.stringify({
              ok: false,
              error: { code: 'UNAUTHORIZED', message: 'Your session has ended; sign in again' },
            }),
            { status: 401 },
          )
        : new Response('{}', { status: 404 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    window.history.replaceState(null, '', '/#/');
    render(<TeamApp initial={SIGNED_IN_STATE} invitationToken={null} />);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Your session has ended; sign in again');
    // The app's calls carried the session's CSRF token and the cookie (same-origin credentials).
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['X-Rolebridge-CSRF']).toBe('csrf-1');
    expect(init.credentials).toBe('same-origin');
  });
});

describe('People page', () => {
  const ADA = { id: 'a1', email: 'ada@example.com', displayName: 'Ada Admin', role: 'admin' as const };
  const PEOPLE = {
    accounts: [
      { ...ADA, createdAt: '2026-01-01T09:00:00.000Z', disabledAt: null },
      { ...MAX, createdAt: '2026-01-02T09:00:00.000Z', disabledAt: null },
    ],
    invitations: [],
  };

  function asAdministrator(sessionEnded = vi.fn()): TeamSession {
    return {
      account: ADA,
      csrfToken: () => 'csrf-a',
      signOut: vi.fn(async () => {}),
      signOutEverywhere: vi.fn(async () => {}),
      sessionEnded,
    };
  }

  it('lists the accounts and shows a new invitation’s link to copy', async () => {
    const link = 'https://rolebridge.example.com/invitation#token=abc';
    const fetchMock = serverAnswers(
      { status: 200, body: ok(PEOPLE) },
      {
        status: 200,
        body: ok({ link, email: 'hana@example.com', role: 'hr', expiresAt: '2026-01-09T09:00:00.000Z' }),
      },
      { status: 200, body: ok(PEOPLE) },
    );
    renderWithApp(
      <TeamSessionContext.Provider value={asAdministrator()}>
        <PeoplePage />
      </TeamSessionContext.Provider>,
      () => ok(null),
    );
    const accounts = await screen.findByRole('table', { name: 'Accounts' });
    expect(within(accounts).getByText('Max Manager')).toBeTruthy();
    // Nobody turns their own account off; others can be.
    expect(within(accounts).queryByRole('button', { name: 'Turn off Ada Admin' })).toBeNull();
    expect(within(accounts).getByRole('button', { name: 'Turn off Max Manager' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Email', { exact: false }), 'hana@example.com');
    await userEvent.click(screen.getByRole('radio', { name: 'HR/L&D lead' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create invitation link' }));
    const box = await screen.findByRole('textbox', { name: 'Invitation link' });
    expect((box as HTMLInputElement).value).toBe(link);
    const [, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({ email: 'hana@example.com', role: 'hr' });
    expect((init.headers as Record<string, string>)['X-Rolebridge-CSRF']).toBe('csrf-a');
  });

  it('brings back the sign-in screen when the session ended', async () => {
    serverAnswers({
      status: 401,
      body: { ok: false, error: { code: 'UNAUTHORIZED', message: 'Your session has ended; sign in again' } },
    });
    const sessionEnded = vi.fn();
    renderWithApp(
      <TeamSessionContext.Provider value={asAdministrator(sessionEnded)}>
        <PeoplePage />
      </TeamSessionContext.Provider>,
      () => ok(null),
    );
    await waitFor(() => expect(sessionEnded).toHaveBeenCalledWith('Your session has ended; sign in again'));
  });
});
