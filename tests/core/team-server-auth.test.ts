// The team server's account routes over real HTTP on loopback, on PostgreSQL (PGlite, and a real
// server when ROLEBRIDGE_TEST_POSTGRES_URL is set): first-run setup, sign-in and its cookie, the
// rate limit, session expiry, CSRF and Origin refusals, sign-out, invitations, and a fuzz of
// methods, paths, headers and bodies that must never produce a 500 or a stack trace.
import { randomBytes } from 'node:crypto';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { HOUR_MS, SECOND_MS } from '../../src/main/server/auth/clock';
import { SESSION_COOKIE } from '../../src/main/server/auth/cookies';
import { CSRF_HEADER } from '../../src/main/server/auth/csrf';
import { INVITATION_LIFETIME_MS } from '../../src/main/server/auth/invitations';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../src/main/server/auth/sessions';
import { ACCOUNT_FAILURES, ADDRESS_FAILURES } from '../../src/main/server/auth/sign-in-limiter';
import { migratePostgres } from '../../src/main/server/db/migrations';
import { clientAddressOf } from '../../src/main/server/http/auth-routes';
import { createTeamServer } from '../../src/main/server/http/team-server';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import { manualClock } from '../unit/auth-memory-stores';

const ORIGIN = 'https://rolebridge.example.com';
const ADMIN = { email: 'ada@example.com', displayName: 'Ada Admin', password: 'lantern orchard 1987 blue' };
const MANAGER_PASSWORD = 'harbour violet 2231 kite';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The parsed envelope (undefined when the body is not JSON). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whichever route's value it asked for
  json: { ok: boolean; value?: any; error?: { code: string; message: string; issues?: unknown[] } };
}

interface Send {
  method?: string;
  body?: unknown;
  /** Replaces the defaults (a same-origin JSON request) when given. */
  headers?: Record<string, string>;
  cookie?: string;
  csrf?: string;
}

describeOnPostgres('the team server’s account routes over HTTP', (target) => {
  let db: TestDatabase;
  let server: Server;
  let port: number;
  let clock: ReturnType<typeof manualClock>;

  beforeEach(async () => {
    db = await target.open();
    await migratePostgres(db);
    clock = manualClock();
    server = createTeamServer({
      client: db,
      publicOrigin: ORIGIN,
      csrfSecret: randomBytes(32),
      now: clock.now,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }, 120_000);

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  });

  function send(path: string, options: Send = {}): Promise<Reply> {
    const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
    const text = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = options.headers ?? {
      Origin: ORIGIN,
      'Sec-Fetch-Site': 'same-origin',
      ...(text === undefined ? {} : { 'Content-Type': 'application/json' }),
    };
    if (options.cookie) headers.Cookie = options.cookie;
    if (options.csrf) headers[CSRF_HEADER] = options.csrf;
    return rawRequest(method, path, headers, text);
  }

  function rawRequest(
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: Reply['json'];
          try {
            json = JSON.parse(text) as Reply['json'];
          } catch {
            json = { ok: false };
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  /** The `name=value` part of the response's session cookie, as a browser would send it back. */
  function cookieFrom(reply: Reply): string {
    const setCookie = reply.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    expect(first).toBeDefined();
    return (first as string).split(';')[0] as string;
  }

  async function setUpAdmin(): Promise<{ cookie: string; csrf: string }> {
    const reply = await send('/auth/setup', { body: ADMIN });
    expect(reply.status).toBe(200);
    return { cookie: cookieFrom(reply), csrf: reply.json.value.csrfToken as string };
  }

  async function signInAs(email: string, password: string): Promise<{ cookie: string; csrf: string }> {
    const reply = await send('/auth/sign-in', { body: { email, password } });
    expect(reply.status).toBe(200);
    return { cookie: cookieFrom(reply), csrf: reply.json.value.csrfToken as string };
  }

  async function signedInAccount(cookie: string): Promise<unknown> {
    const reply = await send('/auth/state', { cookie });
    expect(reply.status).toBe(200);
    return reply.json.value.account;
  }

  async function invitationCount(): Promise<number> {
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM invitations');
    return row?.n ?? -1;
  }

  async function inviteManager(admin: { cookie: string; csrf: string }, email = 'max@example.com') {
    const reply = await send('/auth/invitations', { body: { email, role: 'manager' }, ...admin });
    expect(reply.status).toBe(200);
    const link = reply.json.value.link as string;
    return { link, token: new URL(link).hash.replace('#token=', '') };
  }

  it('sets up the first administrator once, signed in; a second setup is CONFLICT', async () => {
    const before = await send('/auth/state');
    expect(before.json.value).toEqual({
      setupNeeded: true,
      account: null,
      csrfToken: null,
      passwordRules: { minLength: 12, maxLength: 256 },
      singleSignOn: null,
    });
    const admin = await setUpAdmin();
    const after = await send('/auth/state', { cookie: admin.cookie });
    expect(after.json.value).toMatchObject({
      setupNeeded: false,
      account: { email: ADMIN.email, displayName: ADMIN.displayName, role: 'admin' },
      csrfToken: admin.csrf,
    });
    const again = await send('/auth/setup', { body: { ...ADMIN, email: 'eve@example.com' } });
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe('CONFLICT');
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
    expect(row?.n).toBe(1);
  });

  it('refuses a setup with bad input naming each field, and unknown fields by name', async () => {
    const reply = await send('/auth/setup', { body: { email: 'nope', displayName: '', password: 'short' } });
    expect(reply.status).toBe(400);
    const fields = (reply.json.error?.issues as { field: string }[]).map((issue) => issue.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'displayName', 'password']));
    const extra = await send('/auth/setup', { body: { ...ADMIN, isAdmin: true } });
    expect(extra.json.error?.issues).toEqual([{ field: 'isAdmin', message: 'Unknown field; remove it' }]);
    expect((await send('/auth/state')).json.value.setupNeeded).toBe(true);
  });

  it('signs in with an HttpOnly, Secure, SameSite=Strict __Host- cookie and a CSRF token', async () => {
    await setUpAdmin();
    const reply = await send('/auth/sign-in', {
      body: { email: 'ADA@example.com', password: ADMIN.password },
    });
    expect(reply.status).toBe(200);
    const setCookie = String(reply.headers['set-cookie']);
    expect(setCookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
    expect(SESSION_COOKIE.startsWith('__Host-')).toBe(true);
    for (const attribute of ['Path=/', 'HttpOnly', 'Secure', 'SameSite=Strict'])
      expect(setCookie.split('; ')).toContain(attribute);
    expect(setCookie).not.toMatch(/Domain=/i);
    expect(reply.json.value.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(await signedInAccount(cookieFrom(reply))).toMatchObject({ email: ADMIN.email });
  });

  it('answers a wrong password and an unknown email with the same words', async () => {
    await setUpAdmin();
    const wrong = await send('/auth/sign-in', {
      body: { email: ADMIN.email, password: 'not the password at all' },
    });
    const unknown = await send('/auth/sign-in', {
      body: { email: 'nobody@example.com', password: ADMIN.password },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json.error).toEqual({ code: 'UNAUTHORIZED', message: 'Email or password is wrong' });
    expect(unknown.json.error).toEqual(wrong.json.error);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('locks an account after 5 wrong passwords: 429 + Retry-After, even for the right one, until the time passes', async () => {
    await setUpAdmin();
    for (let i = 0; i < ACCOUNT_FAILURES; i++) {
      const reply = await send('/auth/sign-in', {
        body: { email: ADMIN.email, password: `wrong guess number ${i}` },
      });
      expect(reply.status).toBe(401);
    }
    const sixth = await send('/auth/sign-in', {
      body: { email: ADMIN.email, password: 'wrong guess number 6' },
    });
    expect(sixth.status).toBe(429);
    expect(sixth.json.error?.code).toBe('RATE_LIMITED');
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    const right = await send('/auth/sign-in', { body: { email: ADMIN.email, password: ADMIN.password } });
    expect(right.status).toBe(429);
    expect(right.headers['set-cookie']).toBeUndefined();
    clock.advance(retryAfter * SECOND_MS - SECOND_MS);
    expect(
      (await send('/auth/sign-in', { body: { email: ADMIN.email, password: ADMIN.password } })).status,
    ).toBe(429);
    clock.advance(SECOND_MS);
    await signInAs(ADMIN.email, ADMIN.password);
  });

  it('counts the socket’s address, not a client’s X-Forwarded-For, unless told to trust the proxy', async () => {
    await setUpAdmin();
    // Each failure names another email and another forwarded address: only the socket's counts.
    const attempt = (i: number, password: string) =>
      send('/auth/sign-in', {
        body: { email: i < ADDRESS_FAILURES ? `guess${i}@example.com` : ADMIN.email, password },
        headers: { Origin: ORIGIN, 'Content-Type': 'application/json', 'X-Forwarded-For': `198.51.100.${i}` },
      });
    for (let i = 0; i < ADDRESS_FAILURES; i++)
      expect((await attempt(i, 'not the password at all')).status).toBe(401);
    expect((await attempt(ADDRESS_FAILURES, ADMIN.password)).status).toBe(429);

    const fake = (forwarded: string) =>
      ({ headers: { 'x-forwarded-for': forwarded }, socket: { remoteAddress: '10.0.0.7' } }) as never;
    expect(clientAddressOf(fake('203.0.113.9'), false)).toBe('10.0.0.7');
    expect(clientAddressOf(fake('198.51.100.1, 203.0.113.9'), true)).toBe('203.0.113.9');
  }, 60_000);

  it('ends a session after 12 idle hours', async () => {
    await setUpAdmin();
    const { cookie } = await signInAs(ADMIN.email, ADMIN.password);
    clock.advance(SESSION_IDLE_MS - HOUR_MS);
    expect(await signedInAccount(cookie)).not.toBeNull();
    clock.advance(SESSION_IDLE_MS);
    expect(await signedInAccount(cookie)).toBeNull();
    // Gone for good: coming back sooner after would not revive it.
    expect(await signedInAccount(cookie)).toBeNull();
  });

  it('ends a busy session 7 days after sign-in', async () => {
    await setUpAdmin();
    const { cookie } = await signInAs(ADMIN.email, ADMIN.password);
    const step = 10 * HOUR_MS;
    let elapsed = 0;
    while (elapsed + step < SESSION_ABSOLUTE_MS) {
      clock.advance(step);
      elapsed += step;
      expect(await signedInAccount(cookie)).not.toBeNull();
    }
    clock.advance(SESSION_ABSOLUTE_MS - elapsed);
    expect(await signedInAccount(cookie)).toBeNull();
  });

  it('refuses a write without the CSRF token, with a wrong one, and from another site: 403, nothing changed', async () => {
    const admin = await setUpAdmin();
    const body = { email: 'max@example.com', role: 'manager' };
    const other = await signInAs(ADMIN.email, ADMIN.password);
    const json = { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin', Origin: ORIGIN };
    const attempts: Send[] = [
      { body, cookie: admin.cookie },
      { body, cookie: admin.cookie, csrf: 'x'.repeat(43) },
      { body, cookie: admin.cookie, csrf: other.csrf },
      { body, ...admin, headers: { ...json, Origin: 'https://evil.example' } },
      { body, ...admin, headers: { ...json, Origin: 'http://rolebridge.example.com' } },
      { body, ...admin, headers: { ...json, 'Sec-Fetch-Site': 'cross-site' } },
      { body, ...admin, headers: { ...json, 'Sec-Fetch-Site': 'same-site' } },
    ];
    for (const attempt of attempts) {
      const reply = await send('/auth/invitations', attempt);
      expect(reply.status, JSON.stringify(attempt.headers ?? attempt.csrf ?? 'no token')).toBe(403);
      expect(reply.json.error?.code).toBe('FORBIDDEN');
    }
    expect(await invitationCount()).toBe(0);
    const signOut = await send('/auth/sign-out', { body: {}, cookie: admin.cookie });
    expect(signOut.status).toBe(403);
    expect(await signedInAccount(admin.cookie)).not.toBeNull();
    const crossSiteSignIn = await send('/auth/sign-in', {
      body: { email: ADMIN.email, password: ADMIN.password },
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    });
    expect(crossSiteSignIn.status).toBe(403);
    expect(crossSiteSignIn.headers['set-cookie']).toBeUndefined();
  });

  it('signs out: the old cookie no longer works and the browser is told to forget it', async () => {
    await setUpAdmin();
    const session = await signInAs(ADMIN.email, ADMIN.password);
    const reply = await send('/auth/sign-out', { body: {}, ...session });
    expect(reply.status).toBe(200);
    expect(String(reply.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    expect(await signedInAccount(session.cookie)).toBeNull();
    expect((await send('/auth/sign-out', { body: {}, ...session })).status).toBe(401);
  });

  it('signs out everywhere: every session of the account ends', async () => {
    const first = await setUpAdmin();
    const second = await signInAs(ADMIN.email, ADMIN.password);
    const third = await signInAs(ADMIN.email, ADMIN.password);
    const reply = await send('/auth/sign-out-everywhere', { body: {}, ...second });
    expect(reply.status).toBe(200);
    expect(reply.json.value.sessionsEnded).toBe(3);
    for (const session of [first, second, third]) expect(await signedInAccount(session.cookie)).toBeNull();
  });

  it('an invitation link works once; a second accept is NOT_FOUND', async () => {
    const admin = await setUpAdmin();
    const { link, token } = await inviteManager(admin);
    expect(link.startsWith(`${ORIGIN}/invitation#token=`)).toBe(true);
    const accepted = await send('/auth/invitations/accept', {
      body: { token, displayName: 'Max Manager', password: MANAGER_PASSWORD },
    });
    expect(accepted.status).toBe(200);
    expect(await signedInAccount(cookieFrom(accepted))).toMatchObject({
      email: 'max@example.com',
      role: 'manager',
    });
    const again = await send('/auth/invitations/accept', {
      body: { token, displayName: 'Mallory', password: 'another long passphrase 77' },
    });
    expect(again.status).toBe(404);
    expect(again.json.error?.code).toBe('NOT_FOUND');
    await signInAs('max@example.com', MANAGER_PASSWORD);
  });

  it('refuses an expired invitation', async () => {
    const admin = await setUpAdmin();
    const { token } = await inviteManager(admin);
    clock.advance(INVITATION_LIFETIME_MS);
    const reply = await send('/auth/invitations/accept', {
      body: { token, displayName: 'Max Manager', password: MANAGER_PASSWORD },
    });
    expect(reply.status).toBe(404);
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
    expect(row?.n).toBe(1);
  });

  it('a manager cannot invite (FORBIDDEN), nor can someone signed out (UNAUTHORIZED)', async () => {
    const admin = await setUpAdmin();
    const { token } = await inviteManager(admin);
    await send('/auth/invitations/accept', {
      body: { token, displayName: 'Max', password: MANAGER_PASSWORD },
    });
    const manager = await signInAs('max@example.com', MANAGER_PASSWORD);
    const reply = await send('/auth/invitations', {
      body: { email: 'zoe@example.com', role: 'hr' },
      ...manager,
    });
    expect(reply.status).toBe(403);
    expect(reply.json.error?.code).toBe('FORBIDDEN');
    const signedOut = await send('/auth/invitations', { body: { email: 'zoe@example.com', role: 'hr' } });
    expect(signedOut.status).toBe(401);
    expect(await invitationCount()).toBe(1);
  });

  it('refuses to start with a public origin that is not one, or a short CSRF secret', () => {
    const options = { client: db, publicOrigin: ORIGIN, csrfSecret: randomBytes(32), now: clock.now };
    for (const publicOrigin of ['rolebridge.example.com', `${ORIGIN}/`, `${ORIGIN}/app`, 'ftp://example.com'])
      expect(() => createTeamServer({ ...options, publicOrigin })).toThrow(/publicOrigin/);
    expect(() => createTeamServer({ ...options, csrfSecret: randomBytes(16) })).toThrow(/csrfSecret/);
    expect(() => createTeamServer(options)).not.toThrow();
  });

  it('never answers 500 or a stack trace, whatever the method, path, headers, cookie or body', async () => {
    const admin = await setUpAdmin();
    const paths = fc.oneof(
      fc.constantFrom('/auth/state', '/auth/setup', '/auth/sign-in', '/auth/sign-out', '/auth/invitations'),
      fc.constantFrom(
        '/auth/invitations/accept',
        '/auth/sign-out-everywhere',
        '/',
        '/auth',
        '/%zz',
        '/auth/state?x=%',
      ),
      fc.constantFrom('/__proto__', '/constructor', '/auth/state/../setup', '//auth/state', '*'),
      fc.webPath(),
    );
    const headerText = fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));
    const bodies = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 200 }),
      fc.json().map(String),
      fc
        .record({ email: fc.oneof(fc.emailAddress(), fc.anything()), password: fc.anything() })
        .map((v) => JSON.stringify(v) ?? ''),
      fc.constant('{"__proto__":{"role":"admin"},"email":"a@b.c","role":"manager"}'),
      fc.constant('x'.repeat(20_000)),
    );
    const headerSets = fc.record(
      {
        'Content-Type': fc.constantFrom(
          'application/json',
          'text/plain',
          'application/json; charset=utf-8',
          '',
        ),
        Origin: fc.oneof(fc.constant(ORIGIN), fc.constant('null'), headerText),
        'Sec-Fetch-Site': fc.constantFrom('same-origin', 'none', 'cross-site', 'same-site', 'garbage'),
        Cookie: fc.oneof(
          fc.constant(admin.cookie),
          headerText,
          headerText.map((s) => `${SESSION_COOKIE}=${s}`),
        ),
        [CSRF_HEADER]: fc.oneof(fc.constant(admin.csrf), headerText),
        'X-Forwarded-For': headerText,
      },
      { requiredKeys: [] },
    );
    const methods = fc.constantFrom(
      'GET',
      'POST',
      'PUT',
      'DELETE',
      'PATCH',
      'OPTIONS',
      'HEAD',
      'TRACE',
      'FOO',
    );
    const checkReply = (method: string, reply: Reply) => {
      expect(reply.status).toBeLessThan(500);
      expect(reply.text).not.toMatch(/\bat .+:\d+:\d+|node:internal|Error:/);
      if (method !== 'HEAD' && reply.text !== '') expect(reply.json).toHaveProperty('ok');
    };
    await fc.assert(
      fc.asyncProperty(methods, paths, headerSets, bodies, async (method, path, headers, body) => {
        const clean = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
        const url = path.startsWith('/') || path === '*' ? path : `/${path}`;
        checkReply(method, await rawRequest(method, url, clean, body));
      }),
      { numRuns: 150 },
    );
    // Past the guards: a signed-in administrator's own page sends field-shaped bodies of any content
    // (sign-out is left out so the session lives through the run).
    const fields = ['email', 'password', 'displayName', 'role', 'token', '__proto__', 'constructor'];
    const fieldBodies = fc.oneof(
      bodies,
      fc.dictionary(fc.constantFrom(...fields), fc.anything()).map((v) => JSON.stringify(v) ?? '{}'),
    );
    const routes = fc.constantFrom(
      '/auth/state',
      '/auth/setup',
      '/auth/sign-in',
      '/auth/invitations',
      '/auth/invitations/accept',
    );
    const sameOrigin = {
      Origin: ORIGIN,
      'Sec-Fetch-Site': 'same-origin',
      'Content-Type': 'application/json',
      Cookie: admin.cookie,
      [CSRF_HEADER]: admin.csrf,
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT'),
        routes,
        fieldBodies,
        async (method, path, body) => {
          checkReply(method, await rawRequest(method, path, sameOrigin, body));
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
