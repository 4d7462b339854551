// Single sign-on through a trusted proxy's header, and the rate limits on first-administrator setup
// and invitation acceptance, over real HTTP on PostgreSQL (PGlite, and a real server when
// ROLEBRIDGE_TEST_POSTGRES_URL is set).
import { randomBytes } from 'node:crypto';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { MINUTE_MS } from '../../src/main/server/auth/clock';
import { CSRF_HEADER } from '../../src/main/server/auth/csrf';
import { SSO_PAUSED_COOKIE } from '../../src/main/server/auth/single-sign-on';
import { ADDRESS_FAILURES, FAILURE_WINDOW_MS } from '../../src/main/server/auth/sign-in-limiter';
import { migratePostgres } from '../../src/main/server/db/migrations';
import { createTeamServer, type TeamServerOptions } from '../../src/main/server/http/team-server';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import { manualClock } from '../unit/auth-memory-stores';

const ORIGIN = 'https://rolebridge.example.com';
const ADMIN = { email: 'ada@example.com', displayName: 'Ada Admin', password: 'lantern orchard 1987 blue' };
const MANAGER = {
  email: 'max@example.com',
  displayName: 'Max Manager',
  password: 'harbour violet 2231 kite',
};
const SSO = 'X-Forwarded-Email';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whichever route's value it asked for
  json: { ok: boolean; value?: any; error?: { code: string; message: string; issues?: unknown[] } };
}

interface Send {
  body?: unknown;
  cookie?: string;
  csrf?: string;
  headers?: Record<string, string>;
}

describeOnPostgres('single sign-on and the setup and invitation rate limits over HTTP', (target) => {
  let db: TestDatabase;
  let servers: Server[];
  let clock: ReturnType<typeof manualClock>;

  beforeEach(async () => {
    db = await target.open();
    await migratePostgres(db);
    clock = manualClock();
    servers = [];
  }, 120_000);

  afterEach(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    await db.close();
  });

  /** A server on its own port; `extra` adds the options under test (trustProxy, ssoHeader). */
  async function start(extra: Partial<TeamServerOptions> = {}) {
    const server = createTeamServer({
      client: db,
      publicOrigin: ORIGIN,
      csrfSecret: randomBytes(32),
      now: clock.now,
      ...extra,
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    return (path: string, options: Send = {}) => send(port, path, options);
  }

  function send(port: number, path: string, options: Send): Promise<Reply> {
    const text = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = {
      Origin: ORIGIN,
      'Sec-Fetch-Site': 'same-origin',
      ...(text === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...options.headers,
    };
    if (options.cookie) headers.Cookie = options.cookie;
    if (options.csrf) headers[CSRF_HEADER] = options.csrf;
    const method = text === undefined ? 'GET' : 'POST';
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          let json: Reply['json'];
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['json'];
          } catch {
            json = { ok: false };
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json });
        });
      });
      req.on('error', reject);
      req.end(text);
    });
  }

  function setCookies(reply: Reply): string[] {
    const value = reply.headers['set-cookie'];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  }

  /** The `name=value` pair of the named cookie the reply set, as a browser sends it back. */
  function cookieNamed(reply: Reply, prefix: string): string | undefined {
    return setCookies(reply)
      .map((cookie) => cookie.split(';')[0] as string)
      .find((pair) => pair.startsWith(`${prefix}=`));
  }

  const sessionOf = (reply: Reply) => cookieNamed(reply, '__Host-rolebridge_session') as string;

  type Sender = Awaited<ReturnType<typeof start>>;

  /** The administrator, and a manager invited by them, made through the routes. */
  async function adminAndManager(call: Sender) {
    const setup = await call('/auth/setup', { body: ADMIN });
    expect(setup.status).toBe(200);
    const admin = { cookie: sessionOf(setup), csrf: setup.json.value.csrfToken as string };
    const invite = await call('/auth/invitations', {
      body: { email: MANAGER.email, role: 'manager' },
      ...admin,
    });
    const token = new URL(invite.json.value.link as string).hash.replace('#token=', '');
    const accepted = await call('/auth/invitations/accept', {
      body: { token, displayName: MANAGER.displayName, password: MANAGER.password },
    });
    expect(accepted.status).toBe(200);
    return admin;
  }

  async function sessionCount(): Promise<number> {
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions');
    return row?.n ?? -1;
  }

  async function accountCount(): Promise<number> {
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
    return row?.n ?? -1;
  }

  it('ignores a client’s email header when single sign-on is off (the default)', async () => {
    const call = await start({ trustProxy: true });
    await adminAndManager(call);
    const sessions = await sessionCount();
    const forged = {
      [SSO]: MANAGER.email,
      'X-Remote-User': MANAGER.email,
      'X-Forwarded-User': MANAGER.email,
    };
    const state = await call('/auth/state', { headers: forged });
    expect(state.json.value).toMatchObject({ account: null, csrfToken: null, singleSignOn: null });
    const sso = await call('/auth/sso', { body: {}, headers: forged });
    expect(sso.status).toBe(404);
    expect(setCookies(sso)).toEqual([]);
    const channel = await call('/api/hires.list', { body: {}, headers: forged });
    expect(channel.status).toBe(401);
    expect(await sessionCount()).toBe(sessions);
  });

  it('refuses to start with an SSO header unless the proxy is trusted, or with a header browsers set', () => {
    const base = { client: db, publicOrigin: ORIGIN, csrfSecret: randomBytes(32), now: clock.now };
    expect(() => createTeamServer({ ...base, ssoHeader: SSO })).toThrow(/trustProxy/);
    expect(() => createTeamServer({ ...base, trustProxy: true, ssoHeader: 'Cookie' })).toThrow(/Cookie/);
    expect(() => createTeamServer({ ...base, trustProxy: true, ssoHeader: 'X Email' })).toThrow(
      /header name/,
    );
  });

  it('signs the person the proxy names in: the same session and CSRF token as a password sign-in, no password', async () => {
    const call = await start({ trustProxy: true, ssoHeader: SSO });
    await adminAndManager(call);
    const headers = { [SSO]: '  Max@Example.com ' };
    const state = await call('/auth/state', { headers });
    expect(state.json.value).toMatchObject({
      account: null,
      singleSignOn: { email: MANAGER.email, paused: false },
    });
    const signedIn = await call('/auth/sso', { body: {}, headers });
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.value.account).toMatchObject({ email: MANAGER.email, role: 'manager' });
    const cookie = sessionOf(signedIn);
    expect(setCookies(signedIn)[0]?.split('; ')).toEqual(
      expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Strict']),
    );
    const after = await call('/auth/state', { headers, cookie });
    expect(after.json.value.account).toMatchObject({ email: MANAGER.email });
    expect(after.json.value.csrfToken).toBe(signedIn.json.value.csrfToken);
    // A write works with the token, and is refused without it, as for any session.
    const csrf = signedIn.json.value.csrfToken as string;
    expect((await call('/auth/sign-out', { body: {}, headers, cookie })).status).toBe(403);
    expect((await call('/auth/sign-out', { body: {}, headers, cookie, csrf })).status).toBe(200);
  });

  it('answers 403 naming the address when no account has it, and creates none', async () => {
    const call = await start({ trustProxy: true, ssoHeader: SSO });
    await adminAndManager(call);
    const before = await accountCount();
    const reply = await call('/auth/sso', { body: {}, headers: { [SSO]: 'newcomer@example.com' } });
    expect(reply.status).toBe(403);
    expect(reply.json.error?.message).toMatch(/no Rolebridge account for newcomer@example\.com.*invitation/);
    expect(setCookies(reply)).toEqual([]);
    expect(await accountCount()).toBe(before);
  });

  it('refuses a turned-off account, a missing header and a header that is not one email', async () => {
    const call = await start({ trustProxy: true, ssoHeader: SSO });
    await adminAndManager(call);
    const sessions = await sessionCount();
    await db.query(`UPDATE accounts SET disabled_at = $2 WHERE email = $1`, [
      MANAGER.email,
      clock.now().toISOString(),
    ]);
    const off = await call('/auth/sso', { body: {}, headers: { [SSO]: MANAGER.email } });
    expect(off.status).toBe(403);
    expect(off.json.error?.message).toMatch(/turned off/);
    const none = await call('/auth/sso', { body: {} });
    expect(none.status).toBe(403);
    expect(none.json.error?.message).toMatch(/X-Forwarded-Email/);
    const two = await call('/auth/sso', { body: {}, headers: { [SSO]: 'a@example.com, b@example.com' } });
    expect(two.status).toBe(400);
    expect(two.json.error?.issues).toEqual([expect.objectContaining({ field: SSO })]);
    expect(await sessionCount()).toBe(sessions);
  });

  it('after sign-out the page is told to ask before signing back in; continuing clears that', async () => {
    const call = await start({ trustProxy: true, ssoHeader: SSO });
    await adminAndManager(call);
    const headers = { [SSO]: MANAGER.email };
    const signedIn = await call('/auth/sso', { body: {}, headers });
    const out = await call('/auth/sign-out', {
      body: {},
      headers,
      cookie: sessionOf(signedIn),
      csrf: signedIn.json.value.csrfToken as string,
    });
    const paused = cookieNamed(out, SSO_PAUSED_COOKIE);
    expect(paused).toBe(`${SSO_PAUSED_COOKIE}=1`);
    const state = await call('/auth/state', { headers, cookie: `${sessionOf(signedIn)}; ${paused}` });
    expect(state.json.value).toMatchObject({
      account: null,
      singleSignOn: { email: MANAGER.email, paused: true },
    });
    const again = await call('/auth/sso', { body: {}, headers, cookie: paused });
    expect(again.status).toBe(200);
    expect(setCookies(again).some((c) => c.startsWith(`${SSO_PAUSED_COOKIE}=;`) && /Max-Age=0/.test(c))).toBe(
      true,
    );
  });

  it('ends a session when the proxy names someone else (another person signed in to the company login)', async () => {
    const call = await start({ trustProxy: true, ssoHeader: SSO });
    await adminAndManager(call);
    const signedIn = await call('/auth/sso', { body: {}, headers: { [SSO]: MANAGER.email } });
    const cookie = sessionOf(signedIn);
    const other = await call('/auth/accounts', { headers: { [SSO]: ADMIN.email }, cookie });
    expect(other.status).toBe(401);
    expect(other.json.error?.message).toMatch(/ada@example\.com/);
    // The session is gone, also for the person it belonged to.
    const back = await call('/auth/state', { headers: { [SSO]: MANAGER.email }, cookie });
    expect(back.json.value.account).toBeNull();
  });

  it('cuts off first-administrator setup attempts from one address after the sign-in limit', async () => {
    const call = await start();
    for (let i = 0; i < ADDRESS_FAILURES; i++)
      expect((await call('/auth/setup', { body: { ...ADMIN, email: `not an email ${i}` } })).status).toBe(
        400,
      );
    const refused = await call('/auth/setup', { body: ADMIN });
    expect(refused.status).toBe(429);
    expect(refused.json.error?.message).toMatch(/Too many attempts from your address/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await accountCount()).toBe(0);
    clock.advance(FAILURE_WINDOW_MS);
    expect((await call('/auth/setup', { body: ADMIN })).status).toBe(200);
  }, 60_000);

  it('cuts off guessed invitation tokens from one address, also for the right link, until the window passes', async () => {
    const call = await start();
    const setup = await call('/auth/setup', { body: ADMIN });
    const admin = { cookie: sessionOf(setup), csrf: setup.json.value.csrfToken as string };
    const invite = await call('/auth/invitations', {
      body: { email: MANAGER.email, role: 'manager' },
      ...admin,
    });
    const token = new URL(invite.json.value.link as string).hash.replace('#token=', '');
    const accept = (guess: string) =>
      call('/auth/invitations/accept', {
        body: { token: guess, displayName: MANAGER.displayName, password: MANAGER.password },
      });
    for (let i = 0; i < ADDRESS_FAILURES; i++)
      expect((await accept(randomBytes(32).toString('base64url'))).status).toBe(404);
    const refused = await accept(token);
    expect(refused.status).toBe(429);
    expect(await accountCount()).toBe(1);
    // The address's count is shared with sign-in: moving to another door earns no fresh allowance.
    const signIn = await call('/auth/sign-in', { body: { email: ADMIN.email, password: ADMIN.password } });
    expect(signIn.status).toBe(429);
    clock.advance(FAILURE_WINDOW_MS + MINUTE_MS);
    expect((await accept(token)).status).toBe(200);
    expect(await accountCount()).toBe(2);
  }, 60_000);

  it('a successful acceptance does not count against the address', async () => {
    const call = await start();
    const setup = await call('/auth/setup', { body: ADMIN });
    const admin = { cookie: sessionOf(setup), csrf: setup.json.value.csrfToken as string };
    const links = [];
    for (const email of ['hana@example.com', 'ivo@example.com']) {
      const invite = await call('/auth/invitations', { body: { email, role: 'hr' }, ...admin });
      links.push(new URL(invite.json.value.link as string).hash.replace('#token=', ''));
    }
    const accept = (token: string) =>
      call('/auth/invitations/accept', {
        body: { token, displayName: 'A Lead', password: MANAGER.password },
      });
    for (let i = 0; i < ADDRESS_FAILURES - 1; i++)
      expect((await accept(randomBytes(32).toString('base64url'))).status).toBe(404);
    // One short of the limit: the first acceptance would reach it if it were counted.
    expect((await accept(links[0] as string)).status).toBe(200);
    expect((await accept(links[1] as string)).status).toBe(200);
    expect((await accept(randomBytes(32).toString('base64url'))).status).toBe(404);
    expect((await accept(randomBytes(32).toString('base64url'))).status).toBe(429);
  }, 60_000);
});
