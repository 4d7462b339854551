// The team routes under /team/ over real HTTP on loopback, on PostgreSQL (PGlite, and a real server
// when ROLEBRIDGE_TEST_POSTGRES_URL is set), with the real channels (createTeamCalls): each route
// works for the role it is for, answers FORBIDDEN or NOT_FOUND for the others, refuses bad input
// naming the field, and a hand-over moves a hire with its history in one request. One database for
// the file, built once: an administrator, managers Ana and Ben, lead Lena, Ana's moved-in hires.
import { randomBytes } from 'node:crypto';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { DataFile } from '../../src/shared/data/schema';
import { CSRF_HEADER } from '../../src/main/server/auth/csrf';
import { migratePostgres } from '../../src/main/server/db/migrations';
import { createTeamServer } from '../../src/main/server/http/team-server';
import { createTeamCalls } from '../../src/main/server/team-core';
import { seedTeam } from '../support/seed';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import { openTempCore, valueOf } from '../support/temp-core';
import { manualClock } from '../unit/auth-memory-stores';

// A desktop core, a data file and a move-in: seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 180_000 });

const ORIGIN = 'https://rolebridge.example.com';
const ADMIN = { email: 'ada@example.com', displayName: 'Ada Admin', password: 'lantern orchard 1987 blue' };
const PASSWORD = 'harbour violet 2231 kite';

interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whichever route's value it asked for
  json: { ok: boolean; value?: any; error?: { code: string; message: string; issues?: { field: string }[] } };
}

interface Session {
  cookie: string;
  csrf: string;
  id: string;
}

/** A desktop manager's data file with a custom role and competency and three hires. */
async function desktopFile(): Promise<DataFile> {
  const desktop = await openTempCore({ now: () => new Date('2028-01-10T09:00:00Z'), dailyBackups: false });
  try {
    await seedTeam(desktop.core, ['Łukasz Żółć', 'Grace Hopper', 'Ada Lovelace']);
    return valueOf(await desktop.core.call('data.export', {})).file;
  } finally {
    desktop.cleanup();
  }
}

describeOnPostgres('the team routes over HTTP', (target) => {
  let db: TestDatabase;
  let server: Server;
  let port: number;
  let file: DataFile;
  let admin: Session;
  let ana: Session;
  let ben: Session;
  let lena: Session;

  function send(path: string, options: { body?: unknown; text?: string; session?: Partial<Session> } = {}) {
    const text = options.text ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const headers: Record<string, string> = { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' };
    if (text !== undefined) headers['Content-Type'] = 'application/json';
    if (options.session?.cookie) headers.Cookie = options.session.cookie;
    if (options.session?.csrf) headers[CSRF_HEADER] = options.session.csrf;
    return new Promise<Reply>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method: text === undefined ? 'GET' : 'POST', path, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(body) as Reply['json'] });
          });
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  }

  async function signedIn(reply: Reply & { cookie?: string }): Promise<Session> {
    expect(reply.status).toBe(200);
    return { cookie: reply.cookie ?? '', csrf: reply.json.value.csrfToken, id: reply.json.value.account.id };
  }

  /** Like send, keeping the session cookie the answer set. */
  function sendKeepingCookie(path: string, body: unknown) {
    const text = JSON.stringify(body);
    return new Promise<Reply & { cookie: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path,
          headers: { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin', 'Content-Type': 'application/json' },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const setCookie = res.headers['set-cookie']?.[0] ?? '';
            resolve({
              status: res.statusCode ?? 0,
              json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['json'],
              cookie: setCookie.split(';')[0] ?? '',
            });
          });
        },
      );
      req.on('error', reject);
      req.end(text);
    });
  }

  async function invite(email: string, role: 'manager' | 'hr', displayName: string): Promise<Session> {
    const invited = await send('/auth/invitations', { body: { email, role }, session: admin });
    const token = new URL(invited.json.value.link as string).hash.replace('#token=', '');
    return signedIn(
      await sendKeepingCookie('/auth/invitations/accept', { token, displayName, password: PASSWORD }),
    );
  }

  const call = (session: Session, channel: string, body: unknown) =>
    send(`/api/${channel}`, { body, session });
  const hireNames = async (session: Session): Promise<string[]> =>
    ((await call(session, 'hires.list', { status: 'all' })).json.value as { name: string }[])
      .map((hire) => hire.name)
      .sort();

  beforeAll(async () => {
    file = await desktopFile();
    db = await target.open();
    const { to: version } = await migratePostgres(db);
    const clock = manualClock('2028-02-29T09:00:00.000Z');
    server = createTeamServer({
      client: db,
      publicOrigin: ORIGIN,
      csrfSecret: randomBytes(32),
      now: clock.now,
      calls: createTeamCalls({
        client: db,
        schemaVersion: version,
        now: clock.now,
        locale: 'und',
        timeZone: 'UTC',
      }),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    admin = await signedIn(await sendKeepingCookie('/auth/setup', ADMIN));
    ana = await invite('ana@example.com', 'manager', 'Ana Manager');
    ben = await invite('ben@example.com', 'manager', 'Ben Manager');
    lena = await invite('lena@example.com', 'hr', 'Lena Lead');
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await db?.close();
  });

  // ---- moving in ----------------------------------------------------------------------------------

  it('moves a desktop data file into a manager’s account and answers the report', async () => {
    const reply = await send('/team/move-in', { text: JSON.stringify(file), session: ana });
    expect(reply.status).toBe(200);
    const report = reply.json.value;
    expect(report.hires.map((hire: { name: string }) => hire.name).sort()).toEqual([
      'Ada Lovelace',
      'Grace Hopper',
      'Łukasz Żółć',
    ]);
    expect(
      report.proposed.map((entry: { kind: string; name: string }) => `${entry.kind}:${entry.name}`),
    ).toEqual(['competency:Facilitation', 'role:Data Product Owner']);
    expect(await hireNames(ana)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Łukasz Żółć']);
    expect(await hireNames(ben)).toEqual([]);
  });

  it('refuses moving in for a lead or an administrator (FORBIDDEN), a second time (CONFLICT), and a bad file naming the field', async () => {
    for (const session of [lena, admin]) {
      const reply = await send('/team/move-in', { text: JSON.stringify(file), session });
      expect(reply.status).toBe(403);
      expect(reply.json.error?.code).toBe('FORBIDDEN');
    }
    const again = await send('/team/move-in', { text: JSON.stringify(file), session: ben });
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe('CONFLICT');
    expect(await hireNames(ben)).toEqual([]);
    const notJson = await send('/team/move-in', { text: '{nope', session: ben });
    expect(notJson.status).toBe(400);
    expect(notJson.json.error?.issues?.[0]?.field).toBe('body');
    const wrongFormat = await send('/team/move-in', { body: { ...file, format: 'other' }, session: ben });
    expect(wrongFormat.status).toBe(400);
    expect(wrongFormat.json.error?.issues?.map((issue) => issue.field)).toContain('format');
  });

  it('refuses every route without a session (401) and every POST without the CSRF token (403)', async () => {
    for (const path of [
      '/team/overview',
      '/team/proposals',
      '/team/colleagues',
      '/team/hires/sharing?hireId=x',
    ]) {
      expect((await send(path)).status).toBe(401);
    }
    for (const path of [
      '/team/move-in',
      '/team/proposals/accept',
      '/team/hires/hand-over',
      '/team/hires/share',
      '/team/hires/unshare',
    ]) {
      expect((await send(path, { body: {} })).status).toBe(401);
      const noToken = await send(path, { body: {}, session: { cookie: ana.cookie } });
      expect(noToken.status).toBe(403);
      expect(noToken.json.error?.code).toBe('FORBIDDEN');
    }
  });

  // ---- overview and proposals ---------------------------------------------------------------------

  it('answers the organisation overview to a lead only: counts by move and load per manager, no names of hires', async () => {
    const reply = await send('/team/overview', { session: lena });
    expect(reply.status).toBe(200);
    const overview = reply.json.value;
    expect(overview.asOf).toBe('2028-02-29');
    const active = overview.transitions.reduce(
      (sum: number, move: { active: number }) => sum + move.active,
      0,
    );
    const archived = overview.transitions.reduce(
      (sum: number, move: { archived: number }) => sum + move.archived,
      0,
    );
    expect(active + archived).toBe(3);
    expect(overview.managers.map((manager: { displayName: string }) => manager.displayName)).toEqual([
      'Ana Manager',
      'Ben Manager',
    ]);
    expect(JSON.stringify(overview)).not.toMatch(/Grace|Lovelace|Łukasz/);
    for (const session of [ana, admin]) {
      const refused = await send('/team/overview', { session });
      expect(refused.status).toBe(403);
      expect(refused.json.error?.code).toBe('FORBIDDEN');
    }
    const extra = await send('/team/overview?asOf=2020-01-01', { session: lena });
    expect(extra.status).toBe(400);
    expect(extra.json.error?.issues?.[0]?.field).toBe('asOf');
  });

  it('lists proposals and accepts one for a lead; refuses managers and administrators; names bad fields', async () => {
    const listed = await send('/team/proposals', { session: lena });
    expect(listed.status).toBe(200);
    const role = (
      listed.json.value as { kind: string; id: string; proposedBy: { displayName: string } }[]
    ).find((entry) => entry.kind === 'role');
    expect(role?.proposedBy.displayName).toBe('Ana Manager');
    for (const session of [ana, admin]) {
      expect((await send('/team/proposals', { session })).json.error?.code).toBe('FORBIDDEN');
      const accept = await send('/team/proposals/accept', { body: { kind: 'role', id: role?.id }, session });
      expect(accept.json.error?.code).toBe('FORBIDDEN');
    }
    const badKind = await send('/team/proposals/accept', {
      body: { kind: 'team', id: role?.id },
      session: lena,
    });
    expect(badKind.status).toBe(400);
    expect(badKind.json.error?.issues?.[0]?.field).toBe('kind');
    const extra = await send('/team/proposals/accept', {
      body: { kind: 'role', id: role?.id, why: 'x' },
      session: lena,
    });
    expect(extra.status).toBe(400);
    expect(extra.json.error?.issues?.[0]?.field).toBe('why');
    const missing = await send('/team/proposals/accept', {
      body: { kind: 'role', id: 'no-such-role' },
      session: lena,
    });
    expect(missing.status).toBe(404);
    const accepted = await send('/team/proposals/accept', {
      body: { kind: 'role', id: role?.id },
      session: lena,
    });
    expect(accepted.status).toBe(200);
    // The role brings the proposed competency its expectations name.
    expect(accepted.json.value.accepted.map((entry: { kind: string }) => entry.kind)).toEqual([
      'role',
      'competency',
    ]);
    expect((await send('/team/proposals', { session: lena })).json.value).toEqual([]);
  });

  // ---- colleagues, sharing, hand-over ---------------------------------------------------------------

  it('lists active colleagues to a manager: ids, names and roles only, not the caller', async () => {
    const reply = await send('/team/colleagues', { session: ana });
    expect(reply.status).toBe(200);
    expect(reply.json.value).toEqual([
      { id: ben.id, displayName: 'Ben Manager', role: 'manager' },
      { id: lena.id, displayName: 'Lena Lead', role: 'hr' },
    ]);
    for (const session of [lena, admin]) {
      expect((await send('/team/colleagues', { session })).json.error?.code).toBe('FORBIDDEN');
    }
  });

  it('shares a hire with a lead, who then reads it and not the others; stops sharing', async () => {
    const hires = (await call(ana, 'hires.list', { status: 'all' })).json.value as {
      id: string;
      name: string;
    }[];
    const grace = hires.find((hire) => hire.name === 'Grace Hopper') as { id: string };
    expect(
      (await send('/team/hires/share', { body: { hireId: grace.id, leadId: ben.id }, session: ana })).json
        .error?.issues?.[0]?.field,
    ).toBe('leadId');
    expect(
      (await send('/team/hires/share', { body: { hireId: grace.id }, session: ana })).json.error?.issues?.[0]
        ?.field,
    ).toBe('leadId');
    expect(
      (await send('/team/hires/share', { body: { hireId: grace.id, leadId: lena.id }, session: ben })).status,
    ).toBe(404);
    expect(
      (await send('/team/hires/share', { body: { hireId: grace.id, leadId: lena.id }, session: lena })).json
        .error?.code,
    ).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect(await hireNames(lena)).toEqual([]);

    const shared = await send('/team/hires/share', {
      body: { hireId: grace.id, leadId: lena.id },
      session: ana,
    });
    expect(shared.status).toBe(200);
    expect(await hireNames(lena)).toEqual(['Grace Hopper']);
    const sharing = await send(`/team/hires/sharing?hireId=${grace.id}`, { session: ana });
    expect(sharing.json.value.sharedWith).toEqual([
      { lead: { id: lena.id, displayName: 'Lena Lead' }, sharedAt: '2028-02-29T09:00:00.000Z' },
    ]);
    // The lead reads the hire and whose it is, not who else it is shared with; Ben not at all.
    const asLead = (await send(`/team/hires/sharing?hireId=${grace.id}`, { session: lena })).json.value;
    expect(asLead.sharedWith).toEqual([]);
    expect(asLead.manager).toEqual({ id: ana.id, displayName: 'Ana Manager' });
    expect((await send(`/team/hires/sharing?hireId=${grace.id}`, { session: ben })).status).toBe(404);
    const noId = await send('/team/hires/sharing', { session: ana });
    expect(noId.json.error?.issues?.[0]?.field).toBe('hireId');

    const stopped = await send('/team/hires/unshare', {
      body: { hireId: grace.id, leadId: lena.id },
      session: ana,
    });
    expect(stopped.status).toBe(200);
    expect(await hireNames(lena)).toEqual([]);
  });

  it('hands a hire over in one request: Ana no longer sees it, Ben does, with its history', async () => {
    const hires = (await call(ana, 'hires.list', { status: 'all' })).json.value as {
      id: string;
      name: string;
    }[];
    const lukasz = hires.find((hire) => hire.name === 'Łukasz Żółć') as { id: string };
    const before = (await call(ana, 'checkIns.history', { hireId: lukasz.id })).json.value as unknown[];
    expect(before.length).toBeGreaterThan(0);

    const toLead = await send('/team/hires/hand-over', {
      body: { hireId: lukasz.id, toManagerId: lena.id },
      session: ana,
    });
    expect(toLead.status).toBe(400);
    expect(toLead.json.error?.issues?.[0]?.field).toBe('toManagerId');
    const extra = await send('/team/hires/hand-over', {
      body: { hireId: lukasz.id, toManagerId: ben.id, note: 'x' },
      session: ana,
    });
    expect(extra.json.error?.issues?.[0]?.field).toBe('note');
    expect(
      (
        await send('/team/hires/hand-over', {
          body: { hireId: lukasz.id, toManagerId: ana.id },
          session: ben,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await send('/team/hires/hand-over', {
          body: { hireId: lukasz.id, toManagerId: ben.id },
          session: admin,
        })
      ).json.error?.code,
    ).toMatch(/NOT_FOUND|FORBIDDEN/);

    const handed = await send('/team/hires/hand-over', {
      body: { hireId: lukasz.id, toManagerId: ben.id },
      session: ana,
    });
    expect(handed.status).toBe(200);
    expect(await hireNames(ana)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await hireNames(ben)).toEqual(['Łukasz Żółć']);
    const after = (await call(ben, 'checkIns.history', { hireId: lukasz.id })).json.value as unknown[];
    expect(after.length).toBe(before.length);
    const history = await send(`/team/hires/sharing?hireId=${lukasz.id}`, { session: ben });
    expect(history.json.value.handovers).toEqual([
      {
        from: { id: ana.id, displayName: 'Ana Manager' },
        to: { id: ben.id, displayName: 'Ben Manager' },
        handedAt: '2028-02-29T09:00:00.000Z',
      },
    ]);
    expect((await call(ana, 'hires.get', { id: lukasz.id })).json.error?.code).toBe('NOT_FOUND');
  });
});
