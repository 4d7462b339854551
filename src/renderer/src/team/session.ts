// The signed-in person on a team server, for the layout's account menu and the People page. Absent
// (null) in the desktop app and the single-user browser mode, which have no accounts.
import { createContext, useContext } from 'react';
import type { TeamAccount } from '../api/transport';

export interface TeamSession {
  account: TeamAccount;
  /** The current CSRF token, for the account routes' writes. */
  csrfToken(): string | null;
  signOut(): Promise<void>;
  signOutEverywhere(): Promise<void>;
  /** The server answered UNAUTHORIZED: back to the sign-in screen with this message. */
  sessionEnded(message: string): void;
}

export const TeamSessionContext = createContext<TeamSession | null>(null);

export function useTeamSession(): TeamSession | null {
  return useContext(TeamSessionContext);
}

/**
 * Whether this person may change the role framework: anyone in the single-user modes; on a team
 * server only an HR/L&D lead, who keeps the shared framework (managers and administrators read it).
 */
export function useMayEditFramework(): boolean {
  const session = useTeamSession();
  return !session || session.account.role === 'hr';
}

/**
 * Whether this person may change the hires they see: anyone in the single-user modes; on a team
 * server a manager (who sees only their own). An HR/L&D lead sees the hires shared with them, to
 * read: the server refuses their writes, so the hire's screens offer none.
 */
export function useMayChangeHires(): boolean {
  const session = useTeamSession();
  return !session || session.account.role === 'manager';
}
