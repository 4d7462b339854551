// The team server's screens for each role: the HR/L&D lead's organisation overview and proposals,
// Settings on a team server (no backups, data folder, log file or sample team; export and moving in
// for a manager), a hire's hand-over and sharing, and the navigation each role gets. Channels go
// through a scripted team transport; the /team/… routes through a stubbed fetch routed by path.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { ChannelName } from '@shared/api/channels';
import { AppProviders, createQueryClient } from '../../src/renderer/src/AppProviders';
import { createApiClient } from '../../src/renderer/src/api/client';
import type { TeamAccount, Transport } from '../../src/renderer/src/api/transport';
import { formatCalendarDate } from '../../src/renderer/src/format';
import { NavRail } from '../../src/renderer/src/layout/NavRail';
import { SettingsPage } from '../../src/renderer/src/pages/SettingsPage';
import HireTeamActions from '../../src/renderer/src/team/HireTeamActions';
import { OverviewPage } from '../../src/renderer/src/team/OverviewPage';
import { ProposalsPage } from '../../src/renderer/src/team/ProposalsPage';
import { TeamSessionContext, type TeamSession } from '../../src/renderer/src/team/session';
import type { HireSharing, OrgOverview, Proposal } from '../../src/renderer/src/team/team-api';
import { HiresPage } from '../../src/renderer/src/hires/HiresPage';
import { RolesPage } from '../../src/renderer/src/framework/RolesPage';
import { framework, hire, roles } from './fixtures';
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

/** Stubs fetch: each /team/… path (without its query) answers its value; writes are recorded. */
function teamRoutes(values: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const path = url.split('?')[0] as string;
    if (!(path in values))
      return new Response(JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: path } }), {
        status: 404,
      });
    void init;
    return new Response(JSON.stringify(ok(values[path])), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function posted(fetchMock: ReturnType<typeof teamRoutes>, path: string) {
  const call = fetchMock.mock.calls.find(([url, init]) => url === path && init?.method === 'POST');
  if (!call) return undefined;
  const init = call[1] as RequestInit;
  return { body: init.body as string, csrf: (init.headers as Record<string, string>)['X-Rolebridge-CSRF'] };
}

/** A screen on a team server, signed in as `role`; channels answer from `respond`. */
function renderOnTeam(
  ui: ReactNode,
  role: TeamAccount['role'],
  respond: (channel: ChannelName) => unknown = () => null,
) {
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

const OVERVIEW: OrgOverview = {
  asOf: '2028-02-29',
  transitions: [
    {
      fromRoleId: 'project-manager',
      toRoleId: 'product-manager',
      active: 3,
      archived: 1,
      weeksIn: { notStarted: 0, weeks1to4: 2, weeks5to8: 1, weeks9to13: 0, weeks14to26: 0, over26: 0 },
    },
  ],
  managers: [
    {
      managerId: 'm-ana',
      displayName: 'Ana Manager',
      disabled: false,
      activeHires: 3,
      heldLast28Days: 4,
      scheduledNext14Days: 2,
      overdue: 1,
    },
  ],
};

describe('organisation overview', () => {
  it('shows transitions by move with role names, and the coaching load per manager', async () => {
    teamRoutes({ '/team/overview': OVERVIEW });
    renderOnTeam(<OverviewPage />, 'hr', (channel) => (channel === 'framework.get' ? framework : null));
    const moves = await screen.findByRole('table', { name: 'Transitions by move' });
    const row = within(moves).getByRole('row', { name: /Project Manager → Product Manager/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3', '1', '0', '2', '1', '0', '0', '0']);
    const load = screen.getByRole('table', { name: 'Coaching load per manager' });
    expect(within(load).getByRole('row', { name: /Ana Manager/ }).textContent).toContain('Ana Manager3421');
    expect(screen.getByRole('heading', { name: 'Organisation overview' })).toBeTruthy();
  });

  it('says so when nobody is moving yet', async () => {
    teamRoutes({ '/team/overview': { asOf: '2028-02-29', transitions: [], managers: [] } });
    renderOnTeam(<OverviewPage />, 'hr', (channel) => (channel === 'framework.get' ? framework : null));
    expect(await screen.findByText('No one is moving between roles yet.')).toBeTruthy();
    expect(screen.getByText('No managers yet.')).toBeTruthy();
  });
});

const PROPOSAL: Proposal = {
  kind: 'role',
  id: 'role-dpo',
  name: 'Data Product Owner',
  proposedBy: { id: 'm-ana', displayName: 'Ana Manager' },
  proposedAt: '2028-02-20T10:00:00.000Z',
  hiresUsing: 2,
};

describe('proposals', () => {
  it('lists who proposed what and accepts one with the session’s CSRF token', async () => {
    const fetchMock = teamRoutes({
      '/team/proposals': [PROPOSAL],
      '/team/proposals/accept': { accepted: [{ kind: 'role', id: 'role-dpo', name: 'Data Product Owner' }] },
    });
    renderOnTeam(<ProposalsPage />, 'hr');
    const card = await screen.findByRole('region', { name: 'Role: Data Product Owner' });
    // Written as the rest of the app writes dates, not as ISO.
    expect(card.textContent).toContain(`Proposed by Ana Manager on ${formatCalendarDate('2028-02-20')}`);
    expect(card.textContent).toContain('2 hires use it');
    await userEvent.click(
      within(card).getByRole('button', { name: 'Accept Data Product Owner into the shared framework' }),
    );
    await waitFor(() => expect(posted(fetchMock, '/team/proposals/accept')).toBeTruthy());
    expect(posted(fetchMock, '/team/proposals/accept')).toEqual({
      body: JSON.stringify({ kind: 'role', id: 'role-dpo' }),
      csrf: 'csrf-1',
    });
  });

  it('says none are waiting', async () => {
    teamRoutes({ '/team/proposals': [] });
    renderOnTeam(<ProposalsPage />, 'hr');
    expect(await screen.findByText('No proposals are waiting.')).toBeTruthy();
  });
});

const APP_INFO = { version: '1.0.0', dataDir: '', databaseFile: '', schemaVersion: 7, recovery: null };
const SETTINGS = {
  checkInReminders: true,
  coachingBudgetHours: 5,
  checkInMinutes: 45,
  managerName: 'Ana Manager',
  holidayCountry: null,
  oneOnOneTimes: [],
};

describe('settings on a team server', () => {
  const respond = (channel: ChannelName) =>
    channel === 'app.info' ? APP_INFO : channel === 'settings.get' ? SETTINGS : null;

  it('says where the data is kept and offers no backups, data folder, log file, import or sample team', async () => {
    teamRoutes({});
    renderOnTeam(<SettingsPage />, 'manager', respond);
    await screen.findByRole('button', { name: 'Export my data' });
    expect(screen.getAllByText(/Team server: your data is kept on http/).length).toBe(2);
    for (const gone of [/Backups/, /Data folder/, /Log file/, /Import data/, /sample team/i]) {
      expect(screen.queryByText(gone)).toBeNull();
    }
  });

  it('moves in a desktop data file and shows the report', async () => {
    const fetchMock = teamRoutes({
      '/team/move-in': {
        rows: { hires: 2 },
        hires: [
          { id: 'h1', name: 'Grace Hopper' },
          { id: 'h2', name: 'Ada Lovelace' },
        ],
        sampleHiresSkipped: [{ id: 's1', name: 'Sam Sample' }],
        proposed: [{ kind: 'role', id: 'role-dpo', name: 'Data Product Owner' }],
        keptShared: [],
        settingsAlreadySet: [],
      },
    });
    renderOnTeam(<SettingsPage />, 'manager', respond);
    await screen.findByRole('button', { name: 'Move in from the desktop app…' });
    const text = '{"format":"rolebridge-data"}';
    await userEvent.upload(
      screen.getByLabelText('Desktop data file to move in'),
      new File([text], 'data.json', { type: 'application/json' }),
    );
    const report = await screen.findByRole('status', { name: 'Move-in report' });
    expect(report.textContent).toContain('Moved in: 2 hires (Grace Hopper, Ada Lovelace)');
    expect(report.textContent).toContain('Sample hires left behind: Sam Sample');
    expect(report.textContent).toContain('Data Product Owner (role)');
    expect(posted(fetchMock, '/team/move-in')).toEqual({ body: text, csrf: 'csrf-1' });
  });

  it('offers a lead neither moving in nor an export of hires', async () => {
    teamRoutes({});
    renderOnTeam(<SettingsPage />, 'hr', respond);
    const card = await screen.findByRole('region', { name: 'Your data on the team server' });
    expect(card.textContent).toContain('Team server: your data is kept on');
    expect(screen.queryByRole('button', { name: /Move in/ })).toBeNull();
  });
});

const HIRE = { id: 'h1', name: 'Grace Hopper' };
const ANA = { id: 'm-ana', displayName: 'Ana Manager' };
const COLLEAGUES = [
  { id: 'm-ben', displayName: 'Ben Manager', role: 'manager' },
  { id: 'lena', displayName: 'Lena Lead', role: 'hr' },
];

describe('hand-over and sharing on a hire’s page', () => {
  it('hands the hire over after saying what moves and that private notes stay', async () => {
    const fetchMock = teamRoutes({
      '/team/colleagues': COLLEAGUES,
      '/team/hires/sharing': {
        hireId: 'h1',
        manager: ANA,
        sharedWith: [],
        handovers: [],
      } satisfies HireSharing,
      '/team/hires/hand-over': { hireId: 'h1', toManagerId: 'm-ben' },
    });
    renderOnTeam(<HireTeamActions hire={HIRE} />, 'manager');
    await userEvent.click(screen.getByRole('button', { name: 'Hand over to another manager…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hand Grace Hopper over to another manager' });
    const pickManager = within(dialog).getByRole('combobox', { name: 'New manager' });
    await waitFor(() =>
      expect(within(pickManager).getByRole('option', { name: 'Ben Manager' })).toBeTruthy(),
    );
    // Leads are not offered as managers.
    expect(within(pickManager).queryByRole('option', { name: 'Lena Lead' })).toBeNull();
    expect((within(dialog).getByRole('button', { name: 'Hand over' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    await userEvent.selectOptions(pickManager, 'm-ben');
    expect(dialog.textContent).toContain('Grace Hopper and all their history');
    expect(dialog.textContent).toContain('move to Ben Manager');
    expect(dialog.textContent).toContain('Private notes stay with their author');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hand over' }));
    await waitFor(() => expect(posted(fetchMock, '/team/hires/hand-over')).toBeTruthy());
    expect(posted(fetchMock, '/team/hires/hand-over')?.body).toBe(
      JSON.stringify({ hireId: 'h1', toManagerId: 'm-ben' }),
    );
  });

  it('shows who the hire is shared with and stops sharing; shares with a lead', async () => {
    const fetchMock = teamRoutes({
      '/team/colleagues': [...COLLEAGUES, { id: 'lou', displayName: 'Lou Lead', role: 'hr' }],
      '/team/hires/sharing': {
        hireId: 'h1',
        manager: ANA,
        sharedWith: [
          { lead: { id: 'lena', displayName: 'Lena Lead' }, sharedAt: '2028-02-29T09:00:00.000Z' },
        ],
        handovers: [],
      } satisfies HireSharing,
      '/team/hires/share': { shared: true },
      '/team/hires/unshare': { shared: false },
    });
    renderOnTeam(<HireTeamActions hire={HIRE} />, 'manager');
    const sharing = await screen.findByRole('group', { name: 'Sharing' });
    await waitFor(() => expect(sharing.textContent).toContain('Shared with:Lena Lead'));
    await userEvent.click(within(sharing).getByRole('button', { name: 'Stop sharing with Lena Lead' }));
    await waitFor(() =>
      expect(posted(fetchMock, '/team/hires/unshare')?.body).toBe(
        JSON.stringify({ hireId: 'h1', leadId: 'lena' }),
      ),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Share with an HR/L&D lead…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Share Grace Hopper with an HR/L&D lead' });
    const pickLead = within(dialog).getByRole('combobox', { name: 'HR/L&D lead' });
    // Lena has it already: only Lou is offered.
    await waitFor(() => expect(within(pickLead).getByRole('option', { name: 'Lou Lead' })).toBeTruthy());
    expect(within(pickLead).queryByRole('option', { name: 'Lena Lead' })).toBeNull();
    await userEvent.selectOptions(pickLead, 'lou');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Share' }));
    await waitFor(() =>
      expect(posted(fetchMock, '/team/hires/share')?.body).toBe(
        JSON.stringify({ hireId: 'h1', leadId: 'lou' }),
      ),
    );
  });

  it('shows no sharing line for a hire shared with nobody', async () => {
    teamRoutes({
      '/team/hires/sharing': {
        hireId: 'h1',
        manager: ANA,
        sharedWith: [],
        handovers: [],
      } satisfies HireSharing,
    });
    renderOnTeam(<HireTeamActions hire={HIRE} />, 'manager');
    const sharing = await screen.findByRole('group', { name: 'Sharing' });
    expect(sharing.textContent).toBe('');
  });
});

describe('hires shared with a lead', () => {
  const respond = (hires: unknown[]) => (channel: ChannelName) =>
    channel === 'hires.list' ? hires : channel === 'roles.list' ? roles : null;

  it('lists them without adding, editing or archiving', async () => {
    renderOnTeam(<HiresPage />, 'hr', respond([hire({ id: 'h1', name: 'Grace Hopper' })]));
    expect(await screen.findByRole('link', { name: 'Grace Hopper' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Shared hires' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add hire' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit Grace Hopper' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive Grace Hopper' })).toBeNull();
  });

  it('says when no hire is shared yet, offering nothing to add', async () => {
    renderOnTeam(<HiresPage />, 'hr', respond([]));
    expect(await screen.findByText('No manager has shared a hire with you yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Add/ })).toBeNull();
  });
});

describe('the role framework per role', () => {
  const respond = (channel: ChannelName) =>
    channel === 'roles.list' ? roles : channel === 'framework.get' ? framework : null;

  it('lets a lead add roles and competencies', async () => {
    renderOnTeam(<RolesPage />, 'hr', respond);
    expect(await screen.findByRole('button', { name: 'New role' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New competency' })).toBeTruthy();
  });

  it('shows managers and administrators the framework to read, with nothing to change', async () => {
    for (const role of ['manager', 'admin'] as const) {
      const { unmount } = renderOnTeam(<RolesPage />, role, respond);
      expect(await screen.findByRole('link', { name: 'Compare roles' })).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'New role' })).toBeNull();
      expect(screen.queryByRole('link', { name: 'New competency' })).toBeNull();
      unmount();
    }
  });
});

describe('navigation per role', () => {
  const links = () => screen.getAllByRole('link').map((link) => link.textContent);

  it('gives a lead the overview, shared hires, roles, proposals and settings', () => {
    renderOnTeam(<NavRail narrow={false} />, 'hr');
    expect(links()).toEqual(['Organisation overview', 'Shared hires', 'Roles', 'Proposals', 'Settings']);
  });

  it('gives an administrator People, roles and settings; a manager the four areas', () => {
    const { unmount } = renderOnTeam(<NavRail narrow={false} />, 'admin');
    expect(links()).toEqual(['People', 'Roles', 'Settings']);
    unmount();
    renderOnTeam(<NavRail narrow={false} />, 'manager');
    expect(links()).toEqual(['Dashboard', 'Hires', 'Roles', 'Settings']);
  });
});
