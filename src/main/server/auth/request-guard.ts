// What every API request on a team server passes before it reaches a service: it came from our own
// pages (Origin, Sec-Fetch-Site), it carries a live session of an account that is still on, and a
// write carries that session's CSRF token. The answer is the actor the policy decides for.
import { AppError } from '../../core/errors';
import type { Account, AccountStore } from './accounts';
import type { Clock } from './clock';
import { sessionTokenFromCookies } from './cookies';
import { CSRF_HEADER, checkCsrf, checkRequestOrigin, csrfTokenFor } from './csrf';
import type { Actor } from './policy';
import { type SessionRecord, type SessionStore, resolveSession } from './sessions';

export interface GuardDeps {
  accounts: AccountStore;
  sessions: SessionStore;
  now: Clock;
  csrfSecret: Buffer;
  /** The server's public origin, e.g. https://rolebridge.example.com. */
  expectedOrigin: string;
}

/** A request as Node's http module gives it: the method and lower-cased headers. */
export interface GuardedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface Authenticated {
  actor: Actor;
  account: Account;
  session: SessionRecord;
  /** The session's CSRF token, for a page that needs it again (after a reload). */
  csrfToken: string;
}

const SIGN_IN_AGAIN = 'Your session has ended; sign in again';

export async function authenticateRequest(deps: GuardDeps, request: GuardedRequest): Promise<Authenticated> {
  const { method, headers } = request;
  checkRequestOrigin({
    method,
    origin: headers.origin,
    secFetchSite: headers['sec-fetch-site'],
    expectedOrigin: deps.expectedOrigin,
  });
  const sessionDeps = { sessions: deps.sessions, now: deps.now };
  const session = await resolveSession(sessionDeps, sessionTokenFromCookies(headers.cookie));
  if (!session) throw new AppError('UNAUTHORIZED', SIGN_IN_AGAIN);
  const account =
    session.account === undefined ? await deps.accounts.findById(session.userId) : session.account;
  if (!account || account.disabled) {
    // Turning an account off ends its sessions; this catches one that slipped past (or a deleted account).
    await deps.sessions.deleteAllForUser(session.userId);
    throw new AppError('UNAUTHORIZED', SIGN_IN_AGAIN);
  }
  checkCsrf({ method, header: headers[CSRF_HEADER], sessionId: session.id, secret: deps.csrfSecret });
  return {
    actor: { id: account.id, role: account.role },
    account,
    session,
    csrfToken: csrfTokenFor(session.id, deps.csrfSecret),
  };
}
