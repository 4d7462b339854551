// Single sign-on through a reverse proxy (docs/team.md): when the server is started with
// --sso-header NAME, a proxy that authenticated the person (oauth2-proxy, nginx auth_request…) names
// them by email in that header, and an existing, active account with that email gets a session
// without a password. Off by default, and only with --trust-proxy: any client can write any header,
// so the header is worth something only when the proxy removes it from every client's request.
import { AppError, validationError } from '../../core/errors';
import { type Account, type AccountStore, emailIssues, normalizeEmail } from './accounts';

/**
 * Headers a browser or this server's own protocol sets: naming one of them would let any page (or
 * the browser itself) name the person, whatever the proxy does.
 */
const RESERVED_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'content-length',
  'content-type',
  'cookie',
  'forwarded',
  'host',
  'origin',
  'referer',
  'user-agent',
  'x-forwarded-for',
  'x-rolebridge-csrf',
]);

/** What is wrong with a header name given to --sso-header, or null when it can be used. */
export function ssoHeaderProblem(name: string): string | null {
  if (!/^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/.test(name))
    return `--sso-header must be a header name such as X-Forwarded-Email (letters, digits and -), not ${JSON.stringify(name.slice(0, 100))}`;
  const lower = name.toLowerCase();
  if (RESERVED_HEADERS.has(lower) || lower.startsWith('sec-'))
    return `--sso-header cannot be ${name}: browsers or Rolebridge itself set that header; use the one your proxy sets, such as X-Forwarded-Email`;
  return null;
}

/** The cookie a sign-out leaves, so the next page load offers "continue as …" instead of signing straight back in. */
export const SSO_PAUSED_COOKIE = '__Host-rolebridge_sso_paused';
const PAUSED_ATTRIBUTES = 'Path=/; HttpOnly; Secure; SameSite=Strict';

/** Set on sign-out; a browser session cookie, gone when the browser closes. */
export function pausedSsoCookie(): string {
  return `${SSO_PAUSED_COOKIE}=1; ${PAUSED_ATTRIBUTES}`;
}

/** Set when the person chooses to continue (or signs in with a password). */
export function clearedPausedSsoCookie(): string {
  return `${SSO_PAUSED_COOKIE}=; ${PAUSED_ATTRIBUTES}; Max-Age=0`;
}

export type SsoHeaders = Record<string, string | string[] | undefined>;

/**
 * The email the proxy's header names, normalised; undefined when SSO is off or the header is absent
 * or empty. A value that is not one email (two addresses, a name) is VALIDATION naming the header.
 */
export function ssoEmailOf(headers: SsoHeaders, headerName: string | undefined): string | undefined {
  if (!headerName) return undefined;
  const value = headers[headerName.toLowerCase()];
  // Node joins repeated custom headers with ", ", so two values arrive as one that is no email.
  const text = Array.isArray(value) ? value.join(', ') : value;
  if (text === undefined || text.trim() === '') return undefined;
  const [issue] = emailIssues(text, headerName);
  if (issue) throw validationError(headerName, `The proxy sent no single email address (${issue.message})`);
  return normalizeEmail(text);
}

export function noAccountFor(email: string): AppError {
  return new AppError(
    'FORBIDDEN',
    `There is no Rolebridge account for ${email}. Ask your Rolebridge administrator for an invitation; signing in through your company does not create one.`,
  );
}

/** The account the proxy's email opens: FORBIDDEN when there is none or it was turned off. */
export async function accountForSso(accounts: AccountStore, email: string): Promise<Account> {
  const account = await accounts.findByEmail(email);
  if (!account) throw noAccountFor(email);
  if (account.disabled)
    throw new AppError(
      'FORBIDDEN',
      `The Rolebridge account for ${email} is turned off. Ask your Rolebridge administrator.`,
    );
  return account;
}
