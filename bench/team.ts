// Team server: 500 managers × 20 hires with two years of history on a local PostgreSQL; a manager's
// dashboard and a hire's page through createTeamCalls, then 100 simulated users over HTTP on loopback
// against createTeamServer (bounded: a fixed number of requests each, then it stops).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSRF_HEADER } from '../src/main/server/auth/csrf';
import { hashPassword } from '../src/main/server/auth/passwords';
import { migratePostgres } from '../src/main/server/db/migrations';
import { openPgClient } from '../src/main/server/db/pg-client';
import { createTeamServer } from '../src/main/server/http/team-server';
import { createTeamCalls } from '../src/main/server/team-core';
import type * as WithPostgresModule from '../scripts/with-postgres.mjs';
import {
  HIRES_PER_MANAGER,
  MANAGERS,
  TODAY,
  cloneFirstManager,
  coachFirstManager,
  insertManagers,
  managerActor,
  managerEmail,
} from './_team-data';
import { median, percentile, report, type Figure } from './report';
import { profileChannels, recordingClient, type Recording } from './_team-profile';

const ORIGIN = 'https://rolebridge.bench.example.com';
const PASSWORD = 'lantern orchard 1987 blue';
const DATABASE = 'rolebridge_bench_team';
const USERS = 100;
const REQUESTS_PER_USER = 20;
const now = () => TODAY;

// Loaded at run time, not bundled: the script runs its own main when it is the process's entry.
const withPostgres = (await import(
  /* @vite-ignore */ pathToFileURL(join(process.cwd(), 'scripts', 'with-postgres.mjs')).href
)) as typeof WithPostgresModule;

/** Runs this bench again under scripts/with-postgres.mjs, which starts and removes a throwaway server. */
function underThrowawayServer(): never {
  const bin = withPostgres.findBinaries(process.env[withPostgres.ROOT_VARIABLE] || withPostgres.DEFAULT_ROOT);
  if (!bin) {
    console.log(
      `Team server bench skipped: no PostgreSQL binaries and ${withPostgres.URL_VARIABLE} unset (apt-get install postgresql)`,
    );
    process.exit(0);
  }
  const script = join(process.cwd(), 'scripts', 'with-postgres.mjs');
  const run = spawnSync(process.execPath, [script, process.execPath, '--expose-gc', process.argv[1] ?? ''], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}

const serverUrl = process.env[withPostgres.URL_VARIABLE];
if (!serverUrl) underThrowawayServer();

function cpuNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

async function time(
  runs: number,
  run: (i: number) => Promise<unknown>,
): Promise<number[] & { cpu: number[] }> {
  const times = Object.assign([] as number[], { cpu: [] as number[] });
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const cpuStarted = cpuNow();
    await run(i);
    times.push(performance.now() - started);
    times.cpu.push(cpuNow() - cpuStarted);
  }
  return times;
}

/**
 * Judged on the wall clock, the CPU time of this process beside it: most of the work is in the
 * PostgreSQL server's processes, which this process's CPU time does not count.
 */
function figure(name: string, times: number[] & { cpu: number[] }, target: number): Figure {
  return {
    name: `${name} [cpu ${median(times.cpu).toFixed(1)} ms]`,
    value: median(times),
    unit: 'ms',
    target,
  };
}

/** A fresh database for the bench on the server, dropped first if an earlier run left one. */
async function freshDatabase(url: string): Promise<string> {
  const admin = openPgClient({ connectionString: url, max: 1 });
  await admin.exec(`DROP DATABASE IF EXISTS ${DATABASE}`);
  await admin.exec(`CREATE DATABASE ${DATABASE}`);
  await admin.close();
  const target = new URL(url);
  target.pathname = `/${DATABASE}`;
  return target.toString();
}

function unwrap(channel: string, result: { ok: boolean; error?: { message: string } }) {
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  return (result as unknown as { value: unknown }).value;
}

const HIRE_PAGE = [
  'hires.get',
  'plans.current',
  'assessments.list',
  'checkIns.history',
  'progress.hire',
] as const;

// ---- set up ---------------------------------------------------------------------------------

const loadBefore = loadavg()[0]?.toFixed(1);
const url = await freshDatabase(serverUrl as string);
const client = openPgClient({ connectionString: url });
const schemaVersion = (await migratePostgres(client)).to;
const calls = createTeamCalls({ client, schemaVersion, now, locale: 'en-GB', timeZone: 'Europe/London' });

const generateStarted = performance.now();
await insertManagers(client, await hashPassword(PASSWORD));
const channelCalls = await coachFirstManager(calls);
const coachedSeconds = (performance.now() - generateStarted) / 1000;
const clonedRows = await cloneFirstManager(client);
const generateSeconds = (performance.now() - generateStarted) / 1000;
const [{ rows: totalRows = 0 } = {}] = await client.query<{ rows: number }>(
  `SELECT sum(n_live_tup)::int AS rows FROM pg_stat_user_tables`,
);
console.log(
  `Team bench data: ${channelCalls} channel calls for manager 1 in ${coachedSeconds.toFixed(0)} s, ` +
    `${clonedRows} rows copied for ${MANAGERS - 1} more; ${generateSeconds.toFixed(0)} s in all`,
);

/** Each manager's hires, found once through the channel (not timed). */
async function hiresOf(n: number): Promise<string[]> {
  const list = unwrap('hires.list', await calls.call(managerActor(n), 'hires.list', { status: 'active' }));
  return (list as { id: string }[]).map((hire) => hire.id);
}

// ---- through createTeamCalls ----------------------------------------------------------------

const manager = (i: number) => 1 + ((i * 37) % MANAGERS);
for (let i = 0; i < 5; i += 1)
  unwrap('progress.dashboard', await calls.call(managerActor(manager(i)), 'progress.dashboard', {}));
// A manager's first dashboard works out every hire's facts and keeps them (hire_summaries); later
// ones read what was kept until a write forgets a hire's row. Both are timed, on 30 managers each.
const dashboardWorkedOut = await time(30, async (i) =>
  unwrap('progress.dashboard', await calls.call(managerActor(manager(i + 5)), 'progress.dashboard', {})),
);
const dashboard = await time(30, async (i) =>
  unwrap('progress.dashboard', await calls.call(managerActor(manager(i + 5)), 'progress.dashboard', {})),
);

const pageHires = await Promise.all(Array.from({ length: 30 }, (_, i) => hiresOf(manager(i + 40))));
const hirePage = await time(30, async (i) => {
  const actor = managerActor(manager(i + 40));
  const hireId = pageHires[i]?.[(i * 7) % HIRES_PER_MANAGER] ?? '';
  const results = await Promise.all(
    HIRE_PAGE.map((channel) =>
      calls.call(actor, channel, channel === 'hires.get' ? { id: hireId } : { hireId }),
    ),
  );
  results.forEach((result, k) => unwrap(HIRE_PAGE[k] ?? '', result));
});

// ---- where the time goes: statements per channel, the plan of each one's slowest ------------------

let recording: Recording | undefined;
const profiled = createTeamCalls({
  client: recordingClient(client, () => recording),
  schemaVersion,
  now,
  locale: 'en-GB',
  timeZone: 'Europe/London',
});
const profiledHire = pageHires[0]?.[0] ?? '';
const profile = await profileChannels(
  profiled,
  client,
  (next) => (recording = next),
  managerActor(manager(40)),
  [
    // The first works out and keeps the hires' facts; the second reads them kept.
    ['progress.dashboard', {}],
    ['progress.dashboard', {}],
    ...HIRE_PAGE.map((channel): [string, unknown] => [
      channel,
      channel === 'hires.get' ? { id: profiledHire } : { hireId: profiledHire },
    ]),
  ],
);

// ---- 100 simulated users over HTTP ----------------------------------------------------------

const server: Server = createTeamServer({
  client,
  publicOrigin: ORIGIN,
  csrfSecret: randomBytes(32),
  now,
  calls,
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
const agent = new Agent({ keepAlive: true, maxSockets: USERS });

interface Session {
  cookie: string;
  csrf: string;
}

interface Reply {
  status: number;
  json: { ok?: boolean; value?: { csrfToken?: string } } | null;
  cookie?: string;
}

function post(path: string, body: unknown, session?: Session): Promise<Reply> {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = {
    Origin: ORIGIN,
    'Sec-Fetch-Site': 'same-origin',
    'Content-Type': 'application/json',
  };
  if (session) Object.assign(headers, { Cookie: session.cookie, [CSRF_HEADER]: session.csrf });
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const setCookie = res.headers['set-cookie']?.[0];
        let json: Reply['json'];
        try {
          json = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Reply['json'];
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, json, cookie: setCookie?.split(';')[0] });
      });
    });
    req.on('error', reject);
    req.end(text);
  });
}

/** Deterministic: the same mix and pauses on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

interface User extends Session {
  hireIds: string[];
  nextCheckIns: string[];
}

async function signIn(n: number): Promise<User> {
  const reply = await post('/auth/sign-in', { email: managerEmail(n), password: PASSWORD });
  if (reply.status !== 200 || !reply.cookie) throw new Error(`sign-in of manager ${n}: ${reply.status}`);
  const hireIds = await hiresOf(n);
  const nextCheckIns: string[] = [];
  for (const hireId of hireIds.slice(0, 3)) {
    const schedule = unwrap(
      'checkIns.schedule',
      await calls.call(managerActor(n), 'checkIns.schedule', { hireId }),
    );
    const next = (schedule as { id: string; status: string }[]).find((c) => c.status === 'scheduled');
    if (next) nextCheckIns.push(next.id);
  }
  return { cookie: reply.cookie, csrf: reply.json?.value?.csrfToken ?? '', hireIds, nextCheckIns };
}

const users: User[] = [];
for (let i = 0; i < USERS; i += 1) users.push(await signIn(1 + ((i * 5) % MANAGERS)));

const reads: number[] = [];
const writes: number[] = [];
/** When each action started, from the load's start (ms), beside its time: is the tail the start's burst? */
const actionsAt: { at: number; ms: number }[] = [];
let errors = 0;
async function api(user: User, channel: string, input: unknown): Promise<void> {
  const reply = await post(`/api/${channel}`, input, user);
  if (reply.status !== 200 || reply.json?.ok !== true) errors += 1;
}

/** One user: REQUESTS_PER_USER actions with a pause of 0.5–1.5 s between them, as a person clicks. */
async function simulate(user: User, index: number): Promise<void> {
  const random = seeded(index + 1);
  for (let r = 0; r < REQUESTS_PER_USER; r += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500 + random() * 1000));
    const pick = random();
    const hireId = user.hireIds[Math.floor(random() * user.hireIds.length)] ?? '';
    const started = performance.now();
    const timed = (list: number[]) => {
      const ms = performance.now() - started;
      list.push(ms);
      actionsAt.push({ at: started - loadStarted, ms });
    };
    if (pick < 0.4) {
      await api(user, 'progress.dashboard', {});
      timed(reads);
    } else if (pick < 0.8) {
      await Promise.all(
        HIRE_PAGE.map((channel) => api(user, channel, channel === 'hires.get' ? { id: hireId } : { hireId })),
      );
      timed(reads);
    } else if (pick < 0.9) {
      const id = user.nextCheckIns[r % user.nextCheckIns.length] ?? '';
      await api(user, 'checkIns.saveDraft', { id, draft: { sharedNotes: `Half written, request ${r}` } });
      timed(writes);
    } else {
      await api(user, 'topics.add', { hireId, text: `Ask about request ${r}` });
      timed(writes);
    }
  }
}

const loadStarted = performance.now();
const loadCpuStarted = cpuNow();
await Promise.all(users.map((user, index) => simulate(user, index)));
const loadSeconds = (performance.now() - loadStarted) / 1000;
// What bounds the users: this one process serves every request and runs the load generator too.
const loadCpuMs = cpuNow() - loadCpuStarted;
const actions = reads.length + writes.length;
agent.destroy();
server.closeAllConnections();
await new Promise<void>((resolve) => server.close(() => resolve()));
await client.close();

const met = report(
  `Team server: ${MANAGERS} managers × ${HIRES_PER_MANAGER} hires, ${totalRows} rows on PostgreSQL; medians of ` +
    `wall-clock time (this process's CPU in brackets); ${USERS} users for ${loadSeconds.toFixed(0)} s; ` +
    `load average ${loadBefore} before, ${loadavg()[0]?.toFixed(1)} after`,
  [
    figure(`a manager's dashboard, ${HIRES_PER_MANAGER} hires, facts kept (median of 30)`, dashboard, 50),
    figure(
      `a manager's first dashboard, ${HIRES_PER_MANAGER} hires' facts worked out (median of 30)`,
      dashboardWorkedOut,
      50,
    ),
    figure("a hire's page: hire, plan, assessments, check-ins, progress", hirePage, 15),
    {
      name: `${USERS} users, reads (dashboard, hire page): p95 of ${reads.length}`,
      value: percentile(reads, 95),
      unit: 'ms',
      target: 200,
    },
    {
      name: `${USERS} users, writes (draft, topic): p95 of ${writes.length}`,
      value: percentile(writes, 95),
      unit: 'ms',
      target: 200,
    },
    { name: `${USERS} users: median read`, value: median(reads), unit: 'ms' },
    { name: `${USERS} users: median write`, value: median(writes), unit: 'ms' },
    {
      // All users start at once: their first actions land together, the later ones spread out.
      name: `${USERS} users: p95 of actions started in the first 3 s`,
      value: percentile(
        actionsAt.filter((a) => a.at < 3000).map((a) => a.ms),
        95,
      ),
      unit: 'ms',
    },
    {
      name: `${USERS} users: p95 of actions started after the first 3 s`,
      value: percentile(
        actionsAt.filter((a) => a.at >= 3000).map((a) => a.ms),
        95,
      ),
      unit: 'ms',
    },
    { name: `${USERS} users: failed requests`, value: errors, unit: '', target: 0 },
    { name: `${USERS} users: actions a second`, value: actions / loadSeconds, unit: '' },
    {
      name: `${USERS} users: this process's CPU an action (server and load generator)`,
      value: loadCpuMs / actions,
      unit: 'ms',
    },
    {
      name: `${USERS} users: this process's CPU, share of one core`,
      value: (100 * loadCpuMs) / (loadSeconds * 1000),
      unit: '%',
    },
  ],
);
console.log(
  `\nWhere the time goes (one manager's dashboard, worked out then kept, and one hire's page):\n${profile.join('\n')}`,
);
if (!met) process.exitCode = 1;
