// The session cookie: how it is written (Set-Cookie) and read back from a Cookie header.
//
// The `__Host-` prefix makes the browser refuse the cookie unless it is Secure, set from an https
// page, has Path=/ and no Domain: so no other host (a sibling subdomain, a plain-http page on the
// same name) can plant or overwrite a session cookie for Rolebridge ("cookie tossing").
import { isWellFormedToken } from './tokens';

export const SESSION_COOKIE = '__Host-rolebridge_session';

const ATTRIBUTES = 'Path=/; HttpOnly; Secure; SameSite=Strict';

/** The Set-Cookie value that hands the browser a session token for `maxAgeSeconds`. */
export function sessionCookie(token: string, maxAgeSeconds: number): string {
  if (!isWellFormedToken(token)) throw new Error('A session cookie carries a token made by newSecretToken');
  const maxAge = Math.max(0, Math.floor(maxAgeSeconds));
  return `${SESSION_COOKIE}=${token}; ${ATTRIBUTES}; Max-Age=${maxAge}`;
}

/** The Set-Cookie value that makes the browser forget the session (sign-out). */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; ${ATTRIBUTES}; Max-Age=0`;
}

/** A header longer than this is not a browser's: only the first part is read (browsers send ≤ 8 KiB). */
const HEADER_MAX = 16 * 1024;
const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * The cookies in a Cookie header, first occurrence of each name kept. Never throws: a malformed pair
 * (no `=`, an empty or invalid name, stray quotes, non-ASCII) is skipped, not an error, so nothing a
 * client sends here can become a 500. Values are returned as sent (no percent-decoding): the only
 * cookie read is a base64url token.
 */
export function parseCookieHeader(header: unknown): Map<string, string> {
  const cookies = new Map<string, string>();
  if (typeof header !== 'string') return cookies;
  for (const pair of header.slice(0, HEADER_MAX).split(';')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const name = pair.slice(0, equals).trim();
    let value = pair.slice(equals + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (!NAME.test(name) || cookies.has(name)) continue;
    cookies.set(name, value);
  }
  return cookies;
}

/** The session token in a Cookie header, or undefined when there is none of the right shape. */
export function sessionTokenFromCookies(header: unknown): string | undefined {
  const token = parseCookieHeader(header).get(SESSION_COOKIE);
  return isWellFormedToken(token) ? token : undefined;
}
