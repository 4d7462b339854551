// What each role's screens offer on a team server beyond the journeys in team-roles.test.tsx: an
// HR/L&D lead reads a shared hire's tabs with no way to change them (and is told whose hire it is),
// Settings shows a lead and an administrator no coaching settings, the overview writes its date as
// the app does, single sign-on signs in on arrival but asks after a sign-out, and an administrator
// changes a manager into a lead (or is told why not).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { ChannelName } from '@shared/api/channels';
import { AppProviders, createQueryClient } from '../../src/renderer/src/AppProviders';
import { createApiClient } from '../../src/renderer/src/api/client';
import type { TeamAccount, Transport } from '../../src/renderer/src/api/transport';
import { LeaveSection } from '../../src/renderer/src/calendar/LeaveSection';
import { useActionOwners } from '../../src/renderer/src/checkins/owners';
import { UpcomingCheckIns } from '../../src/renderer/src/checkins/UpcomingCheckIns';
import { EvidenceTab } from '../../src/renderer/src/evidence/EvidenceTab';
import { formatCalendarDate } from '../../src/renderer/src/format';
import { SettingsPage } from '../../src/renderer/src/pages/SettingsPage';
import { SavedPlanTimeline } from '../../src/renderer/src/plans/SavedPlanTimeline';
import { SharedHireNote } from '../../src/renderer/src/team/HireTeamActions';
import { OverviewPage } from '../../src/renderer/src/team/OverviewPage';
import { PeoplePage } from '../../src/renderer/src/team/PeoplePage';
import { TeamApp } from '../../src/renderer/src/team/TeamApp';
import { ContinueAsPage } from '../../src/renderer/src/team/SingleSignOnPage';
import { TeamSessionContext, type TeamSession } from '../../src/renderer/src/team/session';
import { checkIn, framework, hire, savedPlan } from './fixtures';
import { ok } from './render';

const ACCOUNTS: Record<TeamAccount['role'], TeamAccount> = {
  manager: { id: 'm-ana', email: 'ana@example.com', displayName: 'Ana Manager', role: 'manager' },
  hr: { id: 'lena', email: 'lena@example.com', displayName: 'Lena Lead', role: 'hr' },
  admin: { id: 'ada', email: 'ada@example.com', displayName: 'Ada Admin', role: 'admin' },
};

function sessionAs(role: TeamAccount['role']): TeamSession {
  return {
    account: ACCOUNTS[role],
    csrfToken: () => 'csrf-1',
    signOut: vi.fn(async () => {}),
    signOutEverywhere: vi.fn(async () => {}),
    sessionEnded: vi.fn(),
  };
}

/** Stubs fetch for the /auth and /team routes: each path answers its value. */
function routes(values: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: string) => {
    const path = url.split('?')[0] as string;
    if (!(path in values))
      return new Response(JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: path } }), {
        status: 404,
      });
    return new Response(JSON.stringify(ok(values[path])), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderOnTeam(ui: ReactNode, role: TeamAccount['role'], respond: (channel: ChannelName) => unknown) {
  const transport: Transport = {
    kind: 'team',
    call: vi.fn(async (channel: ChannelName) => ok(respond(channel))),
  };
  return render(
    <AppProviders api={createApiClient(transport)} queryClient={createQueryClient()}>
      <TeamSessionContext.Provider value={sessionAs(role)}>
        <MemoryRouter>{ui}</MemoryRouter>
      </TeamSessionContext.Provider>
    </AppProviders>,
  );
}

afterEach(() => vi.unstubAllGlobals());

const GRACE = hire({ id: 'hire-1', name: 'Grace Hopper' });
const EVIDENCE = [
  {
    id: 'e1',
    hireId: 'hire-1',
    competencyId: framework.competencies[0]?.id ?? '',
    notedOn: '2026-04-01',
    source: 'manager',
    sourceName: '',
    text: 'Ran the discovery interviews',
    createdAt: '2026-04-01T10:00:00.000Z',
  },
];
const LEAVE = [
  {
    id: 'l1',
    hireId: 'hire-1',
    startOn: '2026-05-04',
    endOn: '2026-05-08',
    note: 'Holiday',
    createdAt: '2026-04-01T10:00:00.000Z',
  },
];
const respond = (channel: ChannelName) =>
  channel === 'evidence.list' ? EVIDENCE : channel === 'leave.list' ? LEAVE : null;

describe('a hire shared with an HR/L&D lead', () => {
  it('says whose hire it is and that it is shared for reading', async () => {
    routes({
      '/team/hires/sharing': {
        hireId: 'hire-1',
        manager: { id: 'm-ana', displayName: 'Ana Manager' },
        sharedWith: [],
        handovers: [],
      },
    });
    renderOnTeam(<SharedHireNote hire={GRACE} />, 'hr', respond);
    expect((await screen.findByText(/Shared with you by Ana Manager for reading/)).textContent).toContain(
      'change nothing',
    );
  });

  it('names the manager’s action items by the manager, not as the lead’s own (“you”)', async () => {
    routes({
      '/team/hires/sharing': {
        hireId: 'hire-1',
        manager: { id: 'm-ana', displayName: 'Ana Manager' },
        sharedWith: [],
        handovers: [],
      },
    });
    function Owners() {
      const owners = useActionOwners(GRACE);
      return <p>{`${owners.hire} and ${owners.manager}`}</p>;
    }
    renderOnTeam(<Owners />, 'hr', respond);
    expect(await screen.findByText('Grace and Ana Manager')).toBeTruthy();
    renderOnTeam(<Owners />, 'manager', respond);
    expect(await screen.findByText('Grace and you')).toBeTruthy();
  });

  it('shows the plan’s activities with nothing to add, remove or reschedule', () => {
    const plan = savedPlan('current');
    renderOnTeam(<SavedPlanTimeline plan={plan} />, 'hr', respond);
    const title = plan.phases[0]?.goals[0]?.activities[0]?.title as string;
    expect(screen.getAllByText(title).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /Add activity/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove:/ })).toBeNull();
    expect(screen.queryByLabelText(/^Due date:/)).toBeNull();
    for (const box of screen.getAllByRole('checkbox', { name: /^Done:/ }))
      expect((box as HTMLInputElement).disabled).toBe(true);
  });

  it('lets the manager change the same plan (the control the lead does not get)', () => {
    renderOnTeam(<SavedPlanTimeline plan={savedPlan('current')} />, 'manager', respond);
    expect(screen.getAllByRole('button', { name: /Add activity/ }).length).toBeGreaterThan(0);
  });

  it('lists the check-ins to open, without adding, moving, cancelling or a calendar export', () => {
    renderOnTeam(
      <UpcomingCheckIns
        hire={GRACE}
        schedule={[checkIn({ hireId: 'hire-1' })]}
        plan={null}
        names={new Map()}
        today="2027-01-04"
      />,
      'hr',
      respond,
    );
    expect(screen.getByRole('link', { name: /Open the check-in/ })).toBeTruthy();
    for (const name of [/Add check-in/, /Export to calendar/, /Move/, /Cancel the check-in/])
      expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByLabelText('Date of a new check-in')).toBeNull();
  });

  it('shows the evidence log with no form and nothing to remove', async () => {
    const role = framework.roles.find((r) => r.id === GRACE.targetRoleId);
    if (!role) throw new Error('the fixture hire’s target role is built in');
    renderOnTeam(<EvidenceTab hire={GRACE} framework={framework} targetRole={role} />, 'hr', respond);
    expect(await screen.findByText('Ran the discovery interviews')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove the entry/ })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('shows the leave with no form and nothing to remove', async () => {
    renderOnTeam(<LeaveSection hire={GRACE} />, 'hr', respond);
    expect(await screen.findByText('Holiday')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove leave/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add leave' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add leave' })).toBeNull();
  });
});

describe('Settings per role on a team server', () => {
  const settingsRespond = (channel: ChannelName) =>
    channel === 'app.info'
      ? { version: '1.0.0', dataDir: '', databaseFile: '', schemaVersion: 8, recovery: null }
      : null;

  it.each(['hr', 'admin'] as const)(
    'shows a %s no coaching settings, only what applies to them',
    async (role) => {
      routes({});
      renderOnTeam(<SettingsPage />, role, settingsRespond);
      await screen.findByRole('region', { name: 'Your data on the team server' });
      for (const gone of ['Reminders', 'Coaching time', /public holidays/i, /one-on-ones start/i])
        expect(screen.queryByText(gone)).toBeNull();
      expect(screen.queryByLabelText(/Your name|Manager name/)).toBeNull();
      expect(screen.getByText('Appearance')).toBeTruthy();
    },
  );

  it('shows a manager the coaching settings', async () => {
    routes({});
    renderOnTeam(<SettingsPage />, 'manager', settingsRespond);
    await screen.findByRole('region', { name: 'Your data on the team server' });
    expect(screen.getByText('Reminders')).toBeTruthy();
    expect(screen.getByText('Coaching time')).toBeTruthy();
  });
});

describe('organisation overview', () => {
  it('writes its date as the rest of the app does, not as ISO', async () => {
    routes({ '/team/overview': { asOf: '2028-02-29', transitions: [], managers: [] } });
    renderOnTeam(<OverviewPage />, 'hr', (channel) => (channel === 'framework.get' ? framework : null));
    const line = await screen.findByText(/^Counts on/);
    expect(line.textContent).toContain(`Counts on ${formatCalendarDate('2028-02-29')}.`);
    expect(line.textContent).not.toContain('2028-02-29');
  });
});

describe('single sign-on', () => {
  const SIGNED_IN = { account: ACCOUNTS.manager, csrfToken: 'csrf-9', expiresAt: '2028-03-07T09:00:00.000Z' };

  it('signs in through the proxy on arrival, without a password', async () => {
    const fetchMock = routes({ '/auth/sso': SIGNED_IN });
    const onSignedIn = vi.fn();
    render(
      <AppProviders api={createApiClient({ kind: 'team', call: vi.fn() })} queryClient={createQueryClient()}>
        <ContinueAsPage
          email="ana@example.com"
          automatic
          notice={null}
          onSignedIn={onSignedIn}
          onUsePassword={vi.fn()}
        />
      </AppProviders>,
    );
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(SIGNED_IN));
    expect(fetchMock.mock.calls.filter(([url]) => url === '/auth/sso')).toHaveLength(1);
  });

  it('after a sign-out asks before continuing, and says why when there is no account', async () => {
    const fetchMock = vi.fn(async () =>
      Response.json(
        {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'There is no Rolebridge account for ana@example.com.' },
        },
        { status: 403 },
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    render(
      <TeamApp
        initial={{
          setupNeeded: false,
          account: null,
          csrfToken: null,
          passwordRules: { minLength: 12, maxLength: 256 },
          singleSignOn: { email: 'ana@example.com', paused: true },
        }}
        invitationToken={null}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Signed out' })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Continue as ana@example.com' }));
    expect((await screen.findByRole('alert')).textContent).toContain('no Rolebridge account');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in with a password instead' }));
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeTruthy();
  });
});

describe('People page: changing a role', () => {
  const PEOPLE = {
    accounts: [
      { ...ACCOUNTS.admin, createdAt: '2028-02-01T09:00:00.000Z', disabledAt: null },
      { ...ACCOUNTS.manager, createdAt: '2028-02-02T09:00:00.000Z', disabledAt: null },
      { ...ACCOUNTS.hr, createdAt: '2028-02-03T09:00:00.000Z', disabledAt: null },
    ],
    invitations: [],
  };
  const REFUSAL =
    'Ana Manager still manages 2 hires. Before you make them an HR/L&D lead, they hand each hire over to another manager (on the hire’s page: Hand over to another manager).';

  function stubPeople(roleAnswer: (body: string) => Response) {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/auth/accounts/role') return roleAnswer(init?.body as string);
      return Response.json(ok(PEOPLE));
    });
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  }

  it('makes a lead a manager with the session’s CSRF token', async () => {
    const fetchMock = stubPeople(() =>
      Response.json(ok({ accountId: 'lena', role: 'manager', sessionsEnded: 1 })),
    );
    renderOnTeam(<PeoplePage />, 'admin', () => null);
    await userEvent.click(await screen.findByRole('button', { name: 'Make Lena Lead a manager' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make Lena Lead a manager?' });
    expect(dialog.textContent).toContain('signed out everywhere at once');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make manager' }));
    await waitFor(() =>
      expect(fetchMock.mock.calls.find(([url]) => url === '/auth/accounts/role')?.[1]).toMatchObject({
        method: 'POST',
        body: JSON.stringify({ accountId: 'lena', role: 'manager' }),
        headers: expect.objectContaining({ 'X-Rolebridge-CSRF': 'csrf-1' }),
      }),
    );
    // The administrator's own account offers no role change.
    expect(screen.queryByRole('button', { name: /Make Ada Admin/ })).toBeNull();
  });

  it('shows why a manager who still manages hires is not made a lead', async () => {
    stubPeople(() =>
      Response.json({ ok: false, error: { code: 'CONFLICT', message: REFUSAL } }, { status: 409 }),
    );
    renderOnTeam(<PeoplePage />, 'admin', () => null);
    await userEvent.click(await screen.findByRole('button', { name: 'Make Ana Manager an HR/L&D lead' }));
    const dialog = await screen.findByRole('dialog', { name: 'Make Ana Manager an HR/L&D lead?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make HR/L&D lead' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('hand each hire over');
  });

  it('opens the next person’s turn-off dialog without the last one’s refusal', async () => {
    const refusal = 'Ana Manager still manages 2 hires: hand each one over to another manager first.';
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === '/auth/accounts/disable'
          ? Response.json({ ok: false, error: { code: 'CONFLICT', message: refusal } }, { status: 409 })
          : Response.json(ok(PEOPLE)),
      ),
    );
    renderOnTeam(<PeoplePage />, 'admin', () => null);
    await userEvent.click(await screen.findByRole('button', { name: 'Turn off Ana Manager' }));
    const first = await screen.findByRole('dialog', { name: 'Turn off Ana Manager’s account?' });
    await userEvent.click(within(first).getByRole('button', { name: 'Turn off account' }));
    expect((await within(first).findByRole('alert')).textContent).toContain('hand each one over');
    await userEvent.click(within(first).getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Turn off Lena Lead' }));
    const next = await screen.findByRole('dialog', { name: 'Turn off Lena Lead’s account?' });
    expect(within(next).queryByRole('alert')).toBeNull();
  });
});
