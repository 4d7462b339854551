// The sign-in service: email and password in, a session cookie and a CSRF token out. It takes as
// long whether or not the email has an account (an unknown email is checked against a dummy hash),
// answers every wrong guess with the same words, and asks the limiter before looking at anything.
import { AppError, invalid } from '../../core/errors';
import { type Account, type AccountStore, emailIssues, normalizeEmail } from './accounts';
import { clientAddressKey } from './client-address';
import type { Clock } from './clock';
import { csrfTokenFor } from './csrf';
import { hashPassword, needsRehash, PASSWORD_MAX, verifyPassword } from './passwords';
import { type SessionStore, endSession, startSession } from './sessions';
import type { SignInLimiter } from './sign-in-limiter';

export const WRONG_CREDENTIALS = 'Email or password is wrong';

/** A refused sign-in attempt that may be tried again after `retryAfterSeconds` (HTTP 429 + Retry-After). */
export class TooManyAttempts extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    what = 'sign-in attempts',
  ) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    super('RATE_LIMITED', `Too many ${what}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
    this.name = 'TooManyAttempts';
  }
}

export interface SignInDeps {
  accounts: AccountStore;
  sessions: SessionStore;
  limiter: SignInLimiter;
  now: Clock;
  /** The server's CSRF secret (at least 32 random bytes, kept for the server's life). */
  csrfSecret: Buffer;
}

export interface SignInRequest {
  email: unknown;
  password: unknown;
  /** The client's address (the socket's, or a trusted proxy's X-Forwarded-For). */
  clientAddress: unknown;
  /** The session token the browser still holds, if any: it is ended, so sign-in always rotates. */
  previousToken?: unknown;
}

export interface SignedIn {
  account: Pick<Account, 'id' | 'email' | 'displayName' | 'role'>;
  /** The Set-Cookie header value. */
  cookie: string;
  /** For the page to send back in X-Rolebridge-CSRF on every write. */
  csrfToken: string;
  /** ISO-8601 UTC: the session's absolute end. */
  expiresAt: string;
}

let dummyHash: Promise<string> | undefined;

/** A hash of no one's password, made once with today's parameters, to verify unknown emails against. */
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`no account ${Math.random()}`);
  return dummyHash;
}

function checkInput(request: SignInRequest): { email: string; password: string } {
  const issues = emailIssues(request.email);
  if (typeof request.password !== 'string' || request.password === '')
    issues.push({ field: 'password', message: 'Enter your password' });
  // UTF-16 length is at most twice the characters: the cheap test first, then the exact count.
  else if (request.password.length > 2 * PASSWORD_MAX || [...request.password].length > PASSWORD_MAX)
    // No password this long can have been set, and hashing megabytes is a way to tie up the server.
    issues.push({ field: 'password', message: `Keep the password to ${PASSWORD_MAX} characters` });
  if (issues.length > 0) throw invalid(issues);
  return { email: normalizeEmail(request.email as string), password: request.password as string };
}

/** The account these credentials open, or undefined; always costs one scrypt verify. */
async function checkCredentials(
  accounts: AccountStore,
  email: string,
  password: string,
): Promise<Account | undefined> {
  const account = await accounts.findByEmail(email);
  const matches = await verifyPassword(password, account?.passwordHash ?? (await dummyPasswordHash()));
  return matches && account && !account.disabled ? account : undefined;
}

export async function signIn(deps: SignInDeps, request: SignInRequest): Promise<SignedIn> {
  const { email, password } = checkInput(request);
  const address = clientAddressKey(request.clientAddress);
  const attempt = deps.limiter.attempt(email, address);
  if (!attempt.allowed) throw new TooManyAttempts(attempt.retryAfterSeconds);

  const account = await checkCredentials(deps.accounts, email, password);
  if (!account) throw new AppError('UNAUTHORIZED', WRONG_CREDENTIALS);
  attempt.succeeded();
  if (needsRehash(account.passwordHash))
    await deps.accounts.updatePasswordHash(account.id, await hashPassword(password));

  const sessionDeps = { sessions: deps.sessions, now: deps.now };
  await endSession(sessionDeps, request.previousToken);
  const { session, cookie } = await startSession(sessionDeps, account.id);
  return {
    account: { id: account.id, email: account.email, displayName: account.displayName, role: account.role },
    cookie,
    csrfToken: csrfTokenFor(session.id, deps.csrfSecret),
    expiresAt: session.expiresAt,
  };
}
