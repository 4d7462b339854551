// The request guard: origin, a live session of an account that is still on, and CSRF on writes,
// checked together in the order a team server runs them.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import { HOUR_MS } from '../../src/main/server/auth/clock';
import { csrfTokenFor } from '../../src/main/server/auth/csrf';
import { hashPassword } from '../../src/main/server/auth/passwords';
import { authenticateRequest, type GuardedRequest } from '../../src/main/server/auth/request-guard';
import { startSession } from '../../src/main/server/auth/sessions';
import { manualClock, MemoryAccounts, MemorySessions } from './auth-memory-stores';

const ORIGIN = 'https://rolebridge.example.com';
const csrfSecret = Buffer.alloc(32, 9);

async function setup() {
  const clock = manualClock();
  const accounts = new MemoryAccounts();
  const sessions = new MemorySessions();
  await accounts.create({
    id: 'hr-1',
    email: 'sam@example.com',
    displayName: 'Sam Okafor',
    role: 'hr',
    passwordHash: await hashPassword('lantern orchard 1987 blue', { ln: 10, r: 8, p: 1 }),
    createdAt: '2028-01-01T00:00:00.000Z',
  });
  const issued = await startSession({ sessions, now: clock.now }, 'hr-1');
  const cookie = `theme=dark; ${issued.cookie.split(';')[0]}`;
  const csrf = csrfTokenFor(issued.session.id, csrfSecret);
  const deps = { accounts, sessions, now: clock.now, csrfSecret, expectedOrigin: ORIGIN };
  return { clock, accounts, sessions, deps, cookie, csrf };
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

const post = (headers: GuardedRequest['headers']): GuardedRequest => ({ method: 'POST', headers });

describe('request guard', () => {
  it('lets a same-origin write with the session cookie and its CSRF token through, as the account', async () => {
    const { deps, cookie, csrf } = await setup();
    const result = await authenticateRequest(
      deps,
      post({ cookie, origin: ORIGIN, 'sec-fetch-site': 'same-origin', 'x-rolebridge-csrf': csrf }),
    );
    expect(result.actor).toEqual({ id: 'hr-1', role: 'hr' });
    expect(result.csrfToken).toBe(csrf);
  });

  it('lets a read through without a CSRF token', async () => {
    const { deps, cookie } = await setup();
    expect(await outcome(authenticateRequest(deps, { method: 'GET', headers: { cookie } }))).toBe('allowed');
  });

  it('answers UNAUTHORIZED without a session, with an unknown one and with an expired one', async () => {
    const { clock, deps, cookie, csrf } = await setup();
    const ended = 'UNAUTHORIZED: Your session has ended; sign in again';
    expect(await outcome(authenticateRequest(deps, post({ 'x-rolebridge-csrf': csrf })))).toBe(ended);
    const unknown = `__Host-rolebridge_session=${'A'.repeat(43)}`;
    expect(
      await outcome(authenticateRequest(deps, post({ cookie: unknown, 'x-rolebridge-csrf': csrf }))),
    ).toBe(ended);
    clock.advance(12 * HOUR_MS);
    expect(await outcome(authenticateRequest(deps, post({ cookie, 'x-rolebridge-csrf': csrf })))).toBe(ended);
  });

  it('ends the sessions of an account that was turned off', async () => {
    const { accounts, sessions, deps, cookie, csrf } = await setup();
    const row = accounts.rows.get('hr-1');
    if (row) row.disabled = true;
    expect(await outcome(authenticateRequest(deps, post({ cookie, 'x-rolebridge-csrf': csrf })))).toMatch(
      /^UNAUTHORIZED/,
    );
    expect(sessions.rows.size).toBe(0);
  });

  it('answers FORBIDDEN for a write without the token or with another session’s', async () => {
    const { deps, cookie } = await setup();
    expect(await outcome(authenticateRequest(deps, post({ cookie })))).toMatch(
      /^FORBIDDEN: This change needs/,
    );
    const other = csrfTokenFor('another-session', csrfSecret);
    expect(await outcome(authenticateRequest(deps, post({ cookie, 'x-rolebridge-csrf': other })))).toMatch(
      /^FORBIDDEN: The page’s security token does not match/,
    );
  });

  it('refuses another site before looking at the session', async () => {
    const { sessions, deps, cookie, csrf } = await setup();
    const found = sessions.findByTokenHash.bind(sessions);
    let lookups = 0;
    sessions.findByTokenHash = (hash) => {
      lookups += 1;
      return found(hash);
    };
    const request = post({ cookie, origin: 'https://evil.example', 'x-rolebridge-csrf': csrf });
    expect(await outcome(authenticateRequest(deps, request))).toBe(
      'FORBIDDEN: Requests from other sites are refused',
    );
    expect(lookups).toBe(0);
  });
});
