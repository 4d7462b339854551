// The team server's account routes (/auth/…) as the team screens call them: same-origin JSON with
// the session cookie, a write carrying the CSRF token. A refusal throws ApiError, so forms show
// field errors with fieldErrors() as they do for channel calls.
import type { Result } from '@shared/api/result';
import { ApiError } from '../api/errors';
import { CSRF_HEADER, type TeamAccount } from '../api/transport';

export interface SignedIn {
  account: TeamAccount;
  csrfToken: string;
  expiresAt: string;
}

export interface Invitation {
  link: string;
  email: string;
  role: 'manager' | 'hr';
  expiresAt: string;
}

export interface PersonAccount {
  id: string;
  email: string;
  displayName: string;
  role: TeamAccount['role'];
  createdAt: string;
  disabledAt: string | null;
}

export interface OpenInvitation {
  id: string;
  email: string;
  role: 'manager' | 'hr';
  createdAt: string;
  expiresAt: string;
  expired: boolean;
}

export interface People {
  accounts: PersonAccount[];
  invitations: OpenInvitation[];
}

/** A same-origin request to the team server's routes; a string body is sent as it is (a data file). */
export async function authRequest<T>(path: string, body?: unknown, csrfToken?: string | null): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      code: 'INTERNAL',
      message: 'The Rolebridge server is not answering; check your connection and try again.',
    });
  }
  let result: Result<T>;
  try {
    result = (await response.json()) as Result<T>;
  } catch {
    throw new ApiError({
      code: 'INTERNAL',
      message: `The Rolebridge server answered ${response.status} without a result`,
    });
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

export const authApi = {
  setUp: (input: { displayName: string; email: string; password: string }) =>
    authRequest<SignedIn>('/auth/setup', input),
  signIn: (input: { email: string; password: string }) => authRequest<SignedIn>('/auth/sign-in', input),
  /** A session for the person the server's trusted proxy names; no password. */
  singleSignOn: () => authRequest<SignedIn>('/auth/sso', {}),
  acceptInvitation: (input: { token: string; displayName: string; password: string }) =>
    authRequest<SignedIn>('/auth/invitations/accept', input),
  signOut: (csrfToken: string | null) => authRequest<unknown>('/auth/sign-out', {}, csrfToken),
  signOutEverywhere: (csrfToken: string | null) =>
    authRequest<unknown>('/auth/sign-out-everywhere', {}, csrfToken),
  people: () => authRequest<People>('/auth/accounts'),
  invite: (input: { email: string; role: 'manager' | 'hr' }, csrfToken: string | null) =>
    authRequest<Invitation>('/auth/invitations', input, csrfToken),
  turnOff: (accountId: string, csrfToken: string | null) =>
    authRequest<unknown>('/auth/accounts/disable', { accountId }, csrfToken),
  changeRole: (input: { accountId: string; role: 'manager' | 'hr' }, csrfToken: string | null) =>
    authRequest<unknown>('/auth/accounts/role', input, csrfToken),
};

/** The role as people say it. */
export const ROLE_LABELS: Record<TeamAccount['role'], string> = {
  admin: 'Administrator',
  manager: 'Manager',
  hr: 'HR/L&D lead',
};
