// The account routes of the team server: first-run setup, sign-in and sign-out, invitations. Each
// route only adapts HTTP to the auth modules (src/main/server/auth), which decide. Writes made
// without a session (setup, sign-in, accepting an invitation) cannot carry a CSRF token — there is
// no session to derive it from — so they rest on the Origin/Sec-Fetch-Site check and on the JSON
// content type, which no cross-site form can send without a preflight this server never grants.
// The Origin/Sec-Fetch-Site check runs for every route in team-server.ts, before the body is read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../core/errors';
import { sendJson } from '../../web/http-answers';
import type { Account } from '../auth/accounts';
import type { Clock } from '../auth/clock';
import { clearedSessionCookie, parseCookieHeader, sessionTokenFromCookies } from '../auth/cookies';
import { csrfTokenFor } from '../auth/csrf';
import { acceptInvitation, inviteAccount } from '../auth/invitations';
import { createFirstAdministrator, postgresAuthStores } from '../auth/postgres-stores';
import { authenticateRequest, type Authenticated } from '../auth/request-guard';
import { endAllSessions, endSession, startSession } from '../auth/sessions';
import { PASSWORD_MAX, PASSWORD_MIN } from '../auth/passwords';
import { signIn, TooManyAttempts } from '../auth/sign-in';
import { clientAddressKey } from '../auth/client-address';
import {
  accountForSso,
  clearedPausedSsoCookie,
  pausedSsoCookie,
  SSO_PAUSED_COOKIE,
  ssoEmailOf,
} from '../auth/single-sign-on';
import type { SignInLimiter } from '../auth/sign-in-limiter';
import type { SqlClient } from '../db/sql-client';

export interface RouteContext {
  client: SqlClient;
  publicOrigin: string;
  csrfSecret: Buffer;
  now: Clock;
  trustProxy: boolean;
  /** One per server: the counts live in memory for the process's life. */
  limiter: SignInLimiter;
  /**
   * The trusted proxy's header naming the signed-in person by email (single sign-on), or undefined:
   * then the header is ignored wherever a client puts it.
   */
  ssoHeader: string | undefined;
}

export interface RouteRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** The JSON object a POST carried; empty for a GET. */
  body: Record<string, unknown>;
}

export type Handler = (context: RouteContext, request: RouteRequest) => Promise<void>;

/** Where an accepted invitation's page lives; the token rides in the fragment, which no server or proxy log sees. */
export const INVITATION_PATH = '/invitation';

type PublicAccount = Pick<Account, 'id' | 'email' | 'displayName' | 'role'>;

function publicAccount(account: PublicAccount): PublicAccount {
  return { id: account.id, email: account.email, displayName: account.displayName, role: account.role };
}

/** Refuses fields the route does not take, naming each: a typo must not pass as "not given". */
export function onlyFields(body: Record<string, unknown>, fields: readonly string[]): void {
  const extra = Object.keys(body).filter((key) => !fields.includes(key));
  if (extra.length > 0)
    throw new AppError(
      'VALIDATION',
      extra.map((key) => `${key}: Unknown field; remove it`).join('; '),
      extra.map((field) => ({ field, message: 'Unknown field; remove it' })),
    );
}

/** The client's address the sign-in limiter counts under. */
export function clientAddressOf(req: IncomingMessage, trustProxy: boolean): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    // The last entry is the one our own proxy appended; earlier ones are whatever the client wrote.
    const last = forwarded.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress;
}

/**
 * The signed-in caller (UNAUTHORIZED without a live session; FORBIDDEN for a write without its CSRF
 * token). With single sign-on, a session whose person is no longer the one the proxy names (someone
 * else signed in to the company's login in the same browser) is ended, not used.
 */
export async function authenticate(context: RouteContext, req: IncomingMessage): Promise<Authenticated> {
  const { accounts, sessions } = postgresAuthStores(context.client);
  const signedIn = await authenticateRequest(
    {
      accounts,
      sessions,
      now: context.now,
      csrfSecret: context.csrfSecret,
      expectedOrigin: context.publicOrigin,
    },
    { method: req.method ?? '', headers: req.headers },
  );
  const ssoEmail = ssoEmailOrNone(context, req);
  if (ssoEmail !== undefined && ssoEmail !== signedIn.account.email) {
    await sessions.delete(signedIn.session.tokenHash);
    throw new AppError(
      'UNAUTHORIZED',
      `Your company sign-in is now ${ssoEmail}, not ${signedIn.account.email}; sign in again`,
    );
  }
  return signedIn;
}

/** The proxy's email when single sign-on is on; a malformed header counts as none here. */
function ssoEmailOrNone(context: RouteContext, req: IncomingMessage): string | undefined {
  try {
    return ssoEmailOf(req.headers, context.ssoHeader);
  } catch {
    return undefined;
  }
}

/**
 * Counts an attempt that names no account (setup, accepting an invitation) against the client's
 * address, as sign-in does: refused with 429 once the address has had its share of failures.
 */
async function limitedByAddress<T>(context: RouteContext, req: IncomingMessage, work: () => Promise<T>) {
  const address = clientAddressKey(clientAddressOf(req, context.trustProxy));
  const attempt = context.limiter.attemptFromAddress(address);
  if (!attempt.allowed) throw new TooManyAttempts(attempt.retryAfterSeconds, 'attempts from your address');
  const result = await work();
  attempt.succeeded();
  return result;
}

/** Whether the first administrator can still be made: no account and no completed setup. */
export async function setupNeeded(client: SqlClient): Promise<boolean> {
  const [row] = await client.query<{ needed: boolean }>(
    `SELECT NOT EXISTS (SELECT 1 FROM accounts) AND NOT EXISTS (SELECT 1 FROM server_setup) AS needed`,
  );
  return row?.needed === true;
}

/** Starts a session for an account that just proved itself, answering its cookie and CSRF token. */
async function signInAs(context: RouteContext, { req, res }: RouteRequest, account: PublicAccount) {
  const deps = { sessions: postgresAuthStores(context.client).sessions, now: context.now };
  await endSession(deps, sessionTokenFromCookies(req.headers.cookie));
  const { session, cookie } = await startSession(deps, account.id);
  res.setHeader('Set-Cookie', context.ssoHeader ? [cookie, clearedPausedSsoCookie()] : cookie);
  sendJson(res, 200, {
    ok: true,
    value: {
      account: publicAccount(account),
      csrfToken: csrfTokenFor(session.id, context.csrfSecret),
      expiresAt: session.expiresAt,
    },
  });
}

const state: Handler = async (context, { req, res }) => {
  const signedIn = await authenticate(context, req).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'UNAUTHORIZED') return undefined;
    throw error;
  });
  sendJson(res, 200, {
    ok: true,
    value: {
      setupNeeded: await setupNeeded(context.client),
      account: signedIn ? publicAccount(signedIn.account) : null,
      csrfToken: signedIn?.csrfToken ?? null,
      // The setup and invitation pages show these before the person types a password.
      passwordRules: { minLength: PASSWORD_MIN, maxLength: PASSWORD_MAX },
      singleSignOn: singleSignOnState(context, req),
    },
  });
};

/**
 * What the page needs to sign in through the proxy: the email it names, and whether the person
 * signed out in this browser (then the page asks before signing them back in). Null when single
 * sign-on is off or the proxy named nobody.
 */
function singleSignOnState(context: RouteContext, req: IncomingMessage) {
  const email = ssoEmailOrNone(context, req);
  if (email === undefined) return null;
  return { email, paused: parseCookieHeader(req.headers.cookie).get(SSO_PAUSED_COOKIE) === '1' };
}

/** POST /auth/sso: a session for the account the trusted proxy names, with no password asked. */
const singleSignOnRoute: Handler = async (context, request) => {
  if (!context.ssoHeader)
    throw new AppError('NOT_FOUND', 'Single sign-on is not turned on on this server (--sso-header)');
  onlyFields(request.body, []);
  const email = ssoEmailOf(request.req.headers, context.ssoHeader);
  if (email === undefined)
    throw new AppError(
      'FORBIDDEN',
      `The proxy did not say who you are (no ${context.ssoHeader} header); sign in with your password`,
    );
  const account = await accountForSso(postgresAuthStores(context.client).accounts, email);
  await signInAs(context, request, account);
};

/** After a sign-out with single sign-on on, the page offers "continue as …" instead of signing straight back in. */
function signedOutCookies(context: RouteContext): string | string[] {
  return context.ssoHeader ? [clearedSessionCookie(), pausedSsoCookie()] : clearedSessionCookie();
}

const setup: Handler = async (context, request) => {
  onlyFields(request.body, ['email', 'displayName', 'password']);
  const { email, displayName, password } = request.body;
  const account = await limitedByAddress(context, request.req, () =>
    createFirstAdministrator(context.client, { email, displayName, password }, context.now),
  );
  await signInAs(context, request, account);
};

const signInRoute: Handler = async (context, { req, res, body }) => {
  onlyFields(body, ['email', 'password']);
  const { accounts, sessions } = postgresAuthStores(context.client);
  const signedIn = await signIn(
    { accounts, sessions, limiter: context.limiter, now: context.now, csrfSecret: context.csrfSecret },
    {
      email: body.email,
      password: body.password,
      clientAddress: clientAddressOf(req, context.trustProxy),
      previousToken: sessionTokenFromCookies(req.headers.cookie),
    },
  );
  res.setHeader('Set-Cookie', signedIn.cookie);
  sendJson(res, 200, {
    ok: true,
    value: { account: signedIn.account, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt },
  });
};

const signOut: Handler = async (context, { req, res, body }) => {
  await authenticate(context, req);
  onlyFields(body, []);
  const deps = { sessions: postgresAuthStores(context.client).sessions, now: context.now };
  await endSession(deps, sessionTokenFromCookies(req.headers.cookie));
  res.setHeader('Set-Cookie', signedOutCookies(context));
  sendJson(res, 200, { ok: true, value: { signedOut: true } });
};

const signOutEverywhere: Handler = async (context, { req, res, body }) => {
  const { account } = await authenticate(context, req);
  onlyFields(body, []);
  const deps = { sessions: postgresAuthStores(context.client).sessions, now: context.now };
  const ended = await endAllSessions(deps, account.id);
  res.setHeader('Set-Cookie', signedOutCookies(context));
  sendJson(res, 200, { ok: true, value: { sessionsEnded: ended } });
};

const invite: Handler = async (context, { req, res, body }) => {
  const { actor } = await authenticate(context, req);
  onlyFields(body, ['email', 'role']);
  const { accounts, invitations } = postgresAuthStores(context.client);
  const { invitation, token } = await inviteAccount({ accounts, invitations, now: context.now }, actor, {
    email: body.email,
    role: body.role,
  });
  const link = `${new URL(context.publicOrigin).origin}${INVITATION_PATH}#token=${token}`;
  sendJson(res, 200, {
    ok: true,
    value: { link, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt },
  });
};

const accept: Handler = async (context, request) => {
  onlyFields(request.body, ['token', 'displayName', 'password']);
  const { accounts, invitations } = postgresAuthStores(context.client);
  const { token, displayName, password } = request.body;
  const account = await limitedByAddress(context, request.req, () =>
    acceptInvitation({ accounts, invitations, now: context.now }, { token, displayName, password }),
  );
  await signInAs(context, request, account);
};

/** Path → method → handler. Anything else is NOT_FOUND (unknown path) or 405 (known path, other method). */
export const AUTH_ROUTES: Record<string, Partial<Record<'GET' | 'POST', Handler>>> = {
  '/auth/state': { GET: state },
  '/auth/setup': { POST: setup },
  '/auth/sign-in': { POST: signInRoute },
  '/auth/sso': { POST: singleSignOnRoute },
  '/auth/sign-out': { POST: signOut },
  '/auth/sign-out-everywhere': { POST: signOutEverywhere },
  '/auth/invitations': { POST: invite },
  '/auth/invitations/accept': { POST: accept },
};
