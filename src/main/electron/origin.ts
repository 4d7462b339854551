// Exact-origin checks for the desktop shell. Kept free of `electron` imports so unit tests run
// them under plain Node. `URL.origin` is "null" for custom schemes such as app://, so origins
// are compared as scheme + host + port.
export const APP_SCHEME = 'app';
export const APP_HOST = 'rolebridge';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Sites the app may open in the system browser; anything else is refused. */
export const EXTERNAL_ORIGINS: readonly string[] = [
  'https://scrumguides.org',
  'https://www.scrumguides.org',
  'https://www.pmi.org',
  'https://www.ccl.org',
];

function originOf(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  return `${url.protocol}//${url.host}`;
}

/** True when `url` belongs to exactly `origin` (scheme, host and port all equal). */
export function isSameOrigin(url: string | undefined | null, origin: string): boolean {
  if (!url) return false;
  const actual = originOf(url);
  const expected = originOf(origin);
  return actual !== null && actual === expected;
}

/** True when `url` is http(s) and its origin is on the allowlist exactly. */
export function isAllowedExternal(url: string, allowlist: readonly string[] = EXTERNAL_ORIGINS): boolean {
  const origin = originOf(url);
  if (origin === null || !/^https?:\/\//.test(origin)) return false;
  return allowlist.includes(origin);
}
