// Cross-site request forgery. SameSite=Strict already keeps the session cookie off requests that
// start on another site; these checks are the second lock: every write carries a synchronizer token
// the page got at sign-in (a header another site's page cannot set), and a request whose Origin or
// Sec-Fetch-Site names another site is refused outright.
import { createHmac } from 'node:crypto';
import { AppError } from '../../core/errors';
import { sameSecret } from '../../web/server';

export const CSRF_HEADER = 'x-rolebridge-csrf';
/** Reads change nothing, so they need no token; every other method does. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);
const SECRET_MIN_BYTES = 32;

/**
 * The CSRF token for a session: HMAC-SHA256 of the session's id under the server's secret. Nothing
 * is stored; a token works for its own session only and ends with it.
 */
export function csrfTokenFor(sessionId: string, secret: Buffer): string {
  if (secret.length < SECRET_MIN_BYTES)
    throw new Error(`The CSRF secret must be at least ${SECRET_MIN_BYTES} random bytes`);
  return createHmac('sha256', secret).update(`csrf:${sessionId}`, 'utf8').digest('base64url');
}

export interface CsrfCheck {
  method: string;
  /** The X-Rolebridge-CSRF header as received (Node gives string | string[] | undefined). */
  header: unknown;
  sessionId: string;
  secret: Buffer;
}

/** Refuses a write without the session's CSRF token (FORBIDDEN); a read passes untouched. */
export function checkCsrf({ method, header, sessionId, secret }: CsrfCheck): void {
  if (SAFE_METHODS.has(method.toUpperCase())) return;
  if (typeof header !== 'string' || header === '')
    throw new AppError(
      'FORBIDDEN',
      'This change needs the page’s security token; reload the page and try again',
    );
  if (!sameSecret(header, csrfTokenFor(sessionId, secret)))
    throw new AppError(
      'FORBIDDEN',
      'The page’s security token does not match your session; reload the page and try again',
    );
}

export interface OriginCheck {
  method: string;
  /** The Origin header, when the browser sent one. */
  origin: unknown;
  /** The Sec-Fetch-Site header, when the browser sent one. */
  secFetchSite: unknown;
  /** The server's public origin, e.g. https://rolebridge.example.com (behind its TLS proxy). */
  expectedOrigin: string;
}

function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refuses a request another site started: an Origin that is not exactly ours (compared as parsed
 * origins, never with startsWith), or Sec-Fetch-Site `cross-site`/`same-site`. `none` (the person
 * typed the address or used a bookmark) is allowed for reads only. A browser too old to send either
 * header is left to the CSRF token.
 */
export function checkRequestOrigin({ method, origin, secFetchSite, expectedOrigin }: OriginCheck): void {
  const refuse = () => new AppError('FORBIDDEN', 'Requests from other sites are refused');
  const safe = SAFE_METHODS.has(method.toUpperCase());
  if (secFetchSite !== undefined) {
    const allowed = secFetchSite === 'same-origin' || (safe && secFetchSite === 'none');
    if (!allowed) throw refuse();
  }
  if (origin !== undefined) {
    const expected = originOf(expectedOrigin);
    if (expected === undefined) throw new Error(`Not an http(s) origin: ${expectedOrigin}`);
    // A browser sends the serialised origin exactly (scheme://host[:port]); anything else is not ours.
    if (origin !== expected) throw refuse();
  }
}
