// The team server's channel route and administrator routes over real HTTP on loopback, on PostgreSQL
// (PGlite, and a real server when ROLEBRIDGE_TEST_POSTGRES_URL is set): POST /api/<channel> reaches
// the injected TeamCalls only with a live session and its CSRF token; the account list and turning
// an account off are for administrators; the built renderer is served with its security headers.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { HOUR_MS } from '../../src/main/server/auth/clock';
import { CSRF_HEADER } from '../../src/main/server/auth/csrf';
import { SESSION_IDLE_MS } from '../../src/main/server/auth/sessions';
import { migratePostgres } from '../../src/main/server/db/migrations';
import { notAvailableYet, type TeamCalls } from '../../src/main/server/http/team-calls';
import { createPostgresHireRepository } from '../../src/main/server/repositories/hires';
import { createTeamServer } from '../../src/main/server/http/team-server';
import { MAX_BODY_BYTES } from '../../src/main/web/server';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import { manualClock } from '../unit/auth-memory-stores';

const ORIGIN = 'https://rolebridge.example.com';
const ADMIN = { email: 'ada@example.com', displayName: 'Ada Admin', password: 'lantern orchard 1987 blue' };
const MANAGER = { displayName: 'Max Manager', password: 'harbour violet 2231 kite' };

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whichever route's value it asked for
  json: { ok: boolean; value?: any; error?: { code: string; message: string } };
  text: string;
}

interface Session {
  cookie: string;
  csrf: string;
}

let staticDir: string;
beforeAll(() => {
  staticDir = mkdtempSync(join(tmpdir(), 'rolebridge-team-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Rolebridge</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
});
afterAll(() => rmSync(staticDir, { recursive: true, force: true }));

describeOnPostgres('the team server’s channel and administrator routes over HTTP', (target) => {
  let db: TestDatabase;
  let server: Server;
  let port: number;
  let clock: ReturnType<typeof manualClock>;
  let calls: { call: ReturnType<typeof vi.fn<TeamCalls['call']>> };

  beforeEach(async () => {
    db = await target.open();
    await migratePostgres(db);
    clock = manualClock();
    calls = { call: vi.fn<TeamCalls['call']>(async (_actor, channel) => ({ ok: true, value: { channel } })) };
    server = createTeamServer({
      client: db,
      publicOrigin: ORIGIN,
      csrfSecret: randomBytes(32),
      now: clock.now,
      calls,
      staticDir,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }, 120_000);

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
  });

  function raw(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
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
          resolve({ status: res.statusCode ?? 0, headers: res.headers, json, text });
        });
      });
      // The server may answer and close before an oversized body is written: that is its answer.
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
      });
      req.end(body);
    });
  }

  /**
   * A same-origin request as the app's pages make it: JSON, with the session's cookie and CSRF token
   * when given. `text` sends a body as it is, for bodies that are not JSON.
   */
  function send(
    path: string,
    options: { body?: unknown; text?: string; session?: Partial<Session>; method?: string } = {},
  ) {
    const text = options.text ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const headers: Record<string, string> = { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' };
    if (text !== undefined) headers['Content-Type'] = 'application/json';
    if (options.session?.cookie) headers.Cookie = options.session.cookie;
    if (options.session?.csrf) headers[CSRF_HEADER] = options.session.csrf;
    return raw(options.method ?? (text === undefined ? 'GET' : 'POST'), path, headers, text);
  }

  async function signedIn(reply: Reply): Promise<Session> {
    expect(reply.status).toBe(200);
    const setCookie = reply.headers['set-cookie'];
    const first = (Array.isArray(setCookie) ? setCookie[0] : setCookie) as string;
    return { cookie: first.split(';')[0] as string, csrf: reply.json.value.csrfToken as string };
  }

  const setUpAdmin = async () => signedIn(await send('/auth/setup', { body: ADMIN }));

  async function addManager(admin: Session, email = 'max@example.com'): Promise<Session> {
    const invited = await send('/auth/invitations', { body: { email, role: 'manager' }, session: admin });
    const token = new URL(invited.json.value.link as string).hash.replace('#token=', '');
    return signedIn(await send('/auth/invitations/accept', { body: { token, ...MANAGER } }));
  }

  // ---- POST /api/<channel> ----------------------------------------------------------------------

  it('hands a signed-in call to TeamCalls with the actor, channel and input', async () => {
    const admin = await setUpAdmin();
    const manager = await addManager(admin);
    const reply = await send('/api/hires.list', { body: { status: 'active' }, session: manager });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ ok: true, value: { channel: 'hires.list' } });
    const [actor, channel, input] = calls.call.mock.calls[0] ?? [];
    expect(actor).toMatchObject({ role: 'manager' });
    expect(channel).toBe('hires.list');
    expect(input).toEqual({ status: 'active' });
  });

  it('answers a TeamCalls failure with its status', async () => {
    const admin = await setUpAdmin();
    calls.call.mockResolvedValueOnce({ ok: false, error: { code: 'CONFLICT', message: 'Changed by Bo' } });
    const reply = await send('/api/hires.update', { body: {}, session: admin });
    expect(reply.status).toBe(409);
    expect(reply.json.error).toEqual({ code: 'CONFLICT', message: 'Changed by Bo' });
  });

  it('refuses a call without a session: 401 UNAUTHORIZED, TeamCalls never asked', async () => {
    await setUpAdmin();
    const reply = await send('/api/hires.list', { body: {} });
    expect(reply.status).toBe(401);
    expect(reply.json.error?.code).toBe('UNAUTHORIZED');
    expect(calls.call).not.toHaveBeenCalled();
  });

  it('refuses a write without the CSRF token, or with another session’s: 403 FORBIDDEN', async () => {
    const admin = await setUpAdmin();
    const manager = await addManager(admin);
    const without = await send('/api/hires.list', { body: {}, session: { cookie: manager.cookie } });
    expect(without.status).toBe(403);
    expect(without.json.error?.code).toBe('FORBIDDEN');
    const wrong = await send('/api/hires.list', {
      body: {},
      session: { cookie: manager.cookie, csrf: admin.csrf },
    });
    expect(wrong.status).toBe(403);
    expect(calls.call).not.toHaveBeenCalled();
  });

  it('refuses a call with an expired session: 401 UNAUTHORIZED', async () => {
    const admin = await setUpAdmin();
    clock.advance(SESSION_IDLE_MS + HOUR_MS);
    const reply = await send('/api/hires.list', { body: {}, session: admin });
    expect(reply.status).toBe(401);
    expect(reply.json.error?.code).toBe('UNAUTHORIZED');
    expect(calls.call).not.toHaveBeenCalled();
  });

  it('refuses another site’s call, a GET and a body that is not JSON, without a 500', async () => {
    const admin = await setUpAdmin();
    const cross = await raw(
      'POST',
      '/api/hires.list',
      {
        Origin: 'https://evil.example',
        'Content-Type': 'application/json',
        Cookie: admin.cookie,
        [CSRF_HEADER]: admin.csrf,
      },
      '{}',
    );
    expect(cross.status).toBe(403);
    expect((await send('/api/hires.list', { session: admin })).status).toBe(405);
    expect((await send('/api/hires.list', { text: '{nope', session: admin })).status).toBe(400);
    const badPath = await send('/api/%zz', { body: {}, session: admin });
    expect(badPath.status).toBe(400);
    expect(calls.call).not.toHaveBeenCalled();
  });

  it('keeps the body limit for a channel named after an Object member (__proto__)', async () => {
    const admin = await setUpAdmin();
    const big = JSON.stringify({ text: 'x'.repeat(MAX_BODY_BYTES + 10) });
    const headers = {
      Origin: ORIGIN,
      'Content-Type': 'application/json',
      Cookie: admin.cookie,
      [CSRF_HEADER]: admin.csrf,
    };
    const reply = await raw('POST', '/api/__proto__', headers, big);
    expect(reply.status).toBe(413);
    expect(calls.call).not.toHaveBeenCalled();
  });

  // ---- POST /api/batch --------------------------------------------------------------------------

  it('answers a batch of reads with each call’s own result, in order, from one session check', async () => {
    const admin = await setUpAdmin();
    const manager = await addManager(admin);
    calls.call.mockImplementation(async (_actor, channel) =>
      channel === 'plans.current'
        ? { ok: false, error: { code: 'NOT_FOUND', message: 'No plan yet' } }
        : { ok: true, value: { channel } },
    );
    const reply = await send('/api/batch', {
      body: {
        calls: [
          { channel: 'hires.get', input: { id: 'h1' } },
          { channel: 'plans.current', input: { hireId: 'h1' } },
          { channel: 'progress.dashboard' },
        ],
      },
      session: manager,
    });
    expect(reply.status).toBe(200);
    expect(reply.json.value.results).toEqual([
      { ok: true, value: { channel: 'hires.get' } },
      { ok: false, error: { code: 'NOT_FOUND', message: 'No plan yet' } },
      { ok: true, value: { channel: 'progress.dashboard' } },
    ]);
    expect(calls.call.mock.calls.map(([actor, channel, input]) => [actor.role, channel, input])).toEqual([
      ['manager', 'hires.get', { id: 'h1' }],
      ['manager', 'plans.current', { hireId: 'h1' }],
      ['manager', 'progress.dashboard', undefined],
    ]);
  });

  it('hands a batch to TeamCalls.batch when it has one', async () => {
    const admin = await setUpAdmin();
    const batch = vi.fn<NonNullable<TeamCalls['batch']>>(async (_actor, list) =>
      list.map((c) => ({ ok: true as const, value: c.channel })),
    );
    Object.assign(calls, { batch });
    const reply = await send('/api/batch', {
      body: { calls: [{ channel: 'hires.list', input: {} }, { channel: 'settings.get' }] },
      session: admin,
    });
    expect(reply.json.value.results).toEqual([
      { ok: true, value: 'hires.list' },
      { ok: true, value: 'settings.get' },
    ]);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(calls.call).not.toHaveBeenCalled();
  });

  it('refuses a batch that is not a list of reads, naming the field, before any call runs', async () => {
    const admin = await setUpAdmin();
    const refused = async (body: unknown, field: string, words: RegExp) => {
      const reply = await send('/api/batch', { body, session: admin });
      expect(reply.status).toBe(400);
      expect(reply.json.error?.code).toBe('VALIDATION');
      expect(reply.json.error?.message).toMatch(words);
      expect((reply.json.error as { issues?: { field: string }[] }).issues?.[0]?.field).toBe(field);
    };
    await refused(
      { calls: [{ channel: 'hires.get' }, { channel: 'topics.add', input: {} }] },
      'calls.1.channel',
      /Only reads/,
    );
    await refused({ calls: [{ channel: 'hires.nope' }] }, 'calls.0.channel', /no channel/);
    await refused({ calls: [] }, 'calls', /at least one/);
    await refused(
      { calls: Array.from({ length: 21 }, () => ({ channel: 'hires.list' })) },
      'calls',
      /at most 20/,
    );
    await refused({ calls: [{ channel: 'hires.get', extra: 1 }] }, 'calls.0.extra', /Unknown field/);
    await refused([], 'body', /object/i);
    await refused({ calls: 'hires.get' }, 'calls', /array/i);
    expect(calls.call).not.toHaveBeenCalled();
  });

  it('refuses a batch without a session or its CSRF token, and a GET, without a 500', async () => {
    const admin = await setUpAdmin();
    const body = { calls: [{ channel: 'hires.list' }] };
    expect((await send('/api/batch', { body })).status).toBe(401);
    expect((await send('/api/batch', { body, session: { cookie: admin.cookie } })).status).toBe(403);
    expect((await send('/api/batch', { session: admin })).status).toBe(405);
    expect((await send('/api/batch', { text: '{nope', session: admin })).status).toBe(400);
    expect(calls.call).not.toHaveBeenCalled();
  });

  it('says a channel is not available yet until the services are wired', async () => {
    const result = await notAvailableYet.call({ id: 'a', role: 'manager' }, 'hires.list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'hires.list is not available on the team server yet' },
    });
    const unknown = await notAvailableYet.call({ id: 'a', role: 'manager' }, 'nope', {});
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('no channel') },
    });
  });

  // ---- administrator routes --------------------------------------------------------------------

  it('lists accounts and open invitations for an administrator', async () => {
    const admin = await setUpAdmin();
    await addManager(admin);
    await send('/auth/invitations', { body: { email: 'hana@example.com', role: 'hr' }, session: admin });
    const reply = await send('/auth/accounts', { session: admin });
    expect(reply.status).toBe(200);
    expect(reply.json.value.accounts.map((a: { email: string; role: string }) => [a.email, a.role])).toEqual([
      ['ada@example.com', 'admin'],
      ['max@example.com', 'manager'],
    ]);
    expect(reply.json.value.invitations).toEqual([
      expect.objectContaining({ email: 'hana@example.com', role: 'hr', expired: false }),
    ]);
    expect(reply.text).not.toContain('scrypt');
  });

  it('refuses the account list and turning accounts off to a manager (FORBIDDEN), changing nothing', async () => {
    const admin = await setUpAdmin();
    const manager = await addManager(admin);
    const list = await send('/auth/accounts', { session: manager });
    expect(list.status).toBe(403);
    expect(list.json.error?.code).toBe('FORBIDDEN');
    const [adminRow] = await db.query<{ id: string }>(`SELECT id FROM accounts WHERE role = 'admin'`);
    const off = await send('/auth/accounts/disable', { body: { accountId: adminRow?.id }, session: manager });
    expect(off.status).toBe(403);
    const [after] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM accounts WHERE disabled_at IS NOT NULL',
    );
    expect(after?.n).toBe(0);
  });

  it('turns an account off: its session ends at once and it cannot sign in', async () => {
    const admin = await setUpAdmin();
    const manager = await addManager(admin);
    const [row] = await db.query<{ id: string }>(`SELECT id FROM accounts WHERE role = 'manager'`);
    const off = await send('/auth/accounts/disable', { body: { accountId: row?.id }, session: admin });
    expect(off.status).toBe(200);
    expect(off.json.value).toMatchObject({ disabled: true, sessionsEnded: 1 });
    expect((await send('/api/hires.list', { body: {}, session: manager })).status).toBe(401);
    const again = await send('/auth/sign-in', {
      body: { email: 'max@example.com', password: MANAGER.password },
    });
    expect(again.status).toBe(401);
    const listed = await send('/auth/accounts', { session: admin });
    const max = listed.json.value.accounts.find((a: { email: string }) => a.email === 'max@example.com');
    expect(max.disabledAt).toBe(clock.now().toISOString());
  });

  it('refuses an administrator turning their own account off, and names a missing or unknown id', async () => {
    const admin = await setUpAdmin();
    const [row] = await db.query<{ id: string }>(`SELECT id FROM accounts WHERE role = 'admin'`);
    const self = await send('/auth/accounts/disable', { body: { accountId: row?.id }, session: admin });
    expect(self.status).toBe(403);
    const missing = await send('/auth/accounts/disable', { body: {}, session: admin });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('accountId');
    const unknown = await send('/auth/accounts/disable', {
      body: { accountId: 'no-such-id' },
      session: admin,
    });
    expect(unknown.status).toBe(404);
    const extra = await send('/auth/accounts/disable', {
      body: { accountId: 'x', force: true },
      session: admin,
    });
    expect(extra.status).toBe(400);
    expect(extra.text).toContain('force');
  });

  /** Gives the manager with this email a hire, as their own repository would. */
  async function giveHire(email: string): Promise<void> {
    const [row] = await db.query<{ id: string }>('SELECT id FROM accounts WHERE email = $1', [email]);
    const at = clock.now().toISOString();
    await createPostgresHireRepository({ sql: db, actor: { id: row?.id as string, role: 'manager' } }).insert(
      {
        id: 'hire-grace',
        name: 'Grace Hopper',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2028-03-06',
        notes: '',
        status: 'active',
        createdAt: at,
        updatedAt: at,
        archivedAt: null,
        version: 1,
      },
    );
  }

  it('refuses to turn off a manager who still manages hires, saying to hand them over first', async () => {
    const admin = await setUpAdmin();
    const manager = await addManager(admin);
    await giveHire('max@example.com');
    const [row] = await db.query<{ id: string }>(`SELECT id FROM accounts WHERE role = 'manager'`);
    const off = await send('/auth/accounts/disable', { body: { accountId: row?.id }, session: admin });
    expect(off.status).toBe(409);
    expect(off.json.error?.message).toMatch(
      /still manages 1 hire\. .*hand each hire over to another manager/,
    );
    const [after] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM accounts WHERE disabled_at IS NOT NULL',
    );
    expect(after?.n).toBe(0);
    expect((await send('/auth/state', { session: manager })).json.value.account).not.toBeNull();
  });

  it('changes a lead into a manager and back: their sessions end at once, their shares as a lead go', async () => {
    const admin = await setUpAdmin();
    await addManager(admin);
    const invited = await send('/auth/invitations', {
      body: { email: 'hana@example.com', role: 'hr' },
      session: admin,
    });
    const token = new URL(invited.json.value.link as string).hash.replace('#token=', '');
    const lead = await signedIn(await send('/auth/invitations/accept', { body: { token, ...MANAGER } }));
    await giveHire('max@example.com');
    const [hana] = await db.query<{ id: string }>(`SELECT id FROM accounts WHERE email = 'hana@example.com'`);
    const [max] = await db.query<{ id: string }>(`SELECT id FROM accounts WHERE email = 'max@example.com'`);
    await db.query(
      `INSERT INTO hire_shares (hire_id, account_id, shared_by, shared_at) VALUES ('hire-grace', $1, $2, $3)`,
      [hana?.id as string, max?.id as string, clock.now().toISOString()],
    );

    const toManager = await send('/auth/accounts/role', {
      body: { accountId: hana?.id, role: 'manager' },
      session: admin,
    });
    expect(toManager.status).toBe(200);
    expect(toManager.json.value).toEqual({ accountId: hana?.id, role: 'manager', sessionsEnded: 1 });
    expect((await send('/auth/state', { session: lead })).json.value.account).toBeNull();
    const [shares] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM hire_shares WHERE account_id = $1',
      [hana?.id as string],
    );
    expect(shares?.n).toBe(0);
    const listed = await send('/auth/accounts', { session: admin });
    expect(listed.json.value.accounts.find((a: { id: string }) => a.id === hana?.id).role).toBe('manager');

    const back = await send('/auth/accounts/role', {
      body: { accountId: hana?.id, role: 'hr' },
      session: admin,
    });
    expect(back.status).toBe(200);
    // A manager with hires stays a manager until they are handed over.
    const refused = await send('/auth/accounts/role', {
      body: { accountId: max?.id, role: 'hr' },
      session: admin,
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error?.message).toMatch(/still manages 1 hire/);
  });

  it('refuses a role change to anyone but an administrator, to an administrator’s account, and to a bad role', async () => {
    const admin = await setUpAdmin();
    const manager = await addManager(admin);
    const [adminRow] = await db.query<{ id: string }>(`SELECT id FROM accounts WHERE role = 'admin'`);
    const [max] = await db.query<{ id: string }>(`SELECT id FROM accounts WHERE role = 'manager'`);
    const byManager = await send('/auth/accounts/role', {
      body: { accountId: max?.id, role: 'hr' },
      session: manager,
    });
    expect(byManager.status).toBe(403);
    const self = await send('/auth/accounts/role', {
      body: { accountId: adminRow?.id, role: 'manager' },
      session: admin,
    });
    expect(self.status).toBe(403);
    const bad = await send('/auth/accounts/role', {
      body: { accountId: max?.id, role: 'admin' },
      session: admin,
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('"field":"role"');
    const unknown = await send('/auth/accounts/role', {
      body: { accountId: 'no-such-id', role: 'hr' },
      session: admin,
    });
    expect(unknown.status).toBe(404);
    const [roles] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM accounts WHERE role = 'manager'`,
    );
    expect(roles?.n).toBe(1);
  });

  // ---- the renderer --------------------------------------------------------------------------------

  it('serves the app at / and /invitation with its security headers, also to a link from another site', async () => {
    for (const path of ['/', '/invitation']) {
      const reply = await raw('GET', path, { 'Sec-Fetch-Site': 'cross-site' });
      expect(reply.status).toBe(200);
      expect(reply.text).toContain('<title>Rolebridge</title>');
      expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
      expect(reply.headers['cache-control']).toBe('no-store');
    }
    expect((await raw('GET', '/assets/app.js', {})).status).toBe(200);
    expect((await raw('GET', '/assets/missing.js', {})).status).toBe(404);
    expect((await raw('GET', '/..%2f..%2fetc%2fpasswd', {})).status).toBe(404);
  });
});
