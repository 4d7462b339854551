// The team routes (/team/…) as the team screens call them, with the shapes the server answers:
// the organisation overview, moving in, proposals, colleagues, handing over and sharing a hire.
import { authRequest } from './auth-api';

export const WEEK_BANDS = [
  'notStarted',
  'weeks1to4',
  'weeks5to8',
  'weeks9to13',
  'weeks14to26',
  'over26',
] as const;
export type WeekBand = (typeof WEEK_BANDS)[number];

export const WEEK_BAND_LABELS: Record<WeekBand, string> = {
  notStarted: 'Not started',
  weeks1to4: 'Weeks 1–4',
  weeks5to8: 'Weeks 5–8',
  weeks9to13: 'Weeks 9–13',
  weeks14to26: 'Weeks 14–26',
  over26: 'Over 26 weeks',
};

export interface OrgOverview {
  asOf: string;
  transitions: {
    fromRoleId: string;
    toRoleId: string;
    active: number;
    archived: number;
    weeksIn: Record<WeekBand, number>;
  }[];
  managers: {
    managerId: string;
    displayName: string;
    disabled: boolean;
    activeHires: number;
    heldLast28Days: number;
    scheduledNext14Days: number;
    overdue: number;
  }[];
}

export interface FrameworkEntry {
  kind: 'competency' | 'role';
  id: string;
  name: string;
}

export interface MoveInReport {
  rows: Record<string, number>;
  hires: { id: string; name: string }[];
  sampleHiresSkipped: { id: string; name: string }[];
  proposed: FrameworkEntry[];
  keptShared: (FrameworkEntry & { serverName: string; proposal: boolean })[];
  settingsAlreadySet: string[];
}

export interface Proposal extends FrameworkEntry {
  proposedBy: { id: string; displayName: string };
  proposedAt: string;
  hiresUsing: number;
}

export interface Colleague {
  id: string;
  displayName: string;
  role: 'manager' | 'hr';
}

export interface NamedAccount {
  id: string;
  displayName: string;
}

export interface HireSharing {
  hireId: string;
  /** The hire's manager: whose hire a lead it is shared with is reading. */
  manager: NamedAccount;
  sharedWith: { lead: NamedAccount; sharedAt: string }[];
  handovers: { from: NamedAccount; to: NamedAccount; handedAt: string }[];
}

type Csrf = string | null;

export const teamApi = {
  overview: () => authRequest<OrgOverview>('/team/overview'),
  /** `fileText`: the desktop's exported JSON, sent as it is. */
  moveIn: (fileText: string, csrf: Csrf) => authRequest<MoveInReport>('/team/move-in', fileText, csrf),
  proposals: () => authRequest<Proposal[]>('/team/proposals'),
  acceptProposal: (entry: Pick<FrameworkEntry, 'kind' | 'id'>, csrf: Csrf) =>
    authRequest<{ accepted: FrameworkEntry[] }>('/team/proposals/accept', entry, csrf),
  colleagues: () => authRequest<Colleague[]>('/team/colleagues'),
  sharing: (hireId: string) =>
    authRequest<HireSharing>(`/team/hires/sharing?hireId=${encodeURIComponent(hireId)}`),
  handOver: (input: { hireId: string; toManagerId: string }, csrf: Csrf) =>
    authRequest<unknown>('/team/hires/hand-over', input, csrf),
  share: (input: { hireId: string; leadId: string }, csrf: Csrf) =>
    authRequest<unknown>('/team/hires/share', input, csrf),
  unshare: (input: { hireId: string; leadId: string }, csrf: Csrf) =>
    authRequest<unknown>('/team/hires/unshare', input, csrf),
};
