// The team bench's 100 simulated users, over HTTP on loopback, in a process of their own (forked
// from the bench): the server's event loop serves requests only, as it would with users on other
// machines, and the users' own work (building requests, reading answers) is counted apart.
import { fork } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { BATCH_PATH } from '../src/shared/api/batch';
import { CSRF_HEADER } from '../src/main/server/auth/csrf';

/** Set in the forked process: it runs the users it is sent, then answers their figures. */
export const USERS_CHILD = 'ROLEBRIDGE_BENCH_TEAM_USERS';
const REQUESTS_PER_USER = 20;
/** Every user has started by then. */
export const RAMP_UP_MS = 10_000;

interface Session {
  cookie: string;
  csrf: string;
}

export interface User extends Session {
  hireIds: string[];
  nextCheckIns: string[];
}

interface Reply {
  status: number;
  json: { ok?: boolean; value?: { csrfToken?: string; results?: { ok: boolean }[] } } | null;
  cookie?: string;
}

type ActionKind = 'dashboard' | 'hire page' | 'draft' | 'topic';

interface LoadFigures {
  reads: number[];
  writes: number[];
  /** When each action started, from the load's start (ms), beside its time. */
  actionsAt: { at: number; ms: number; kind: ActionKind }[];
  errors: number;
  seconds: number;
  /** The users' process's CPU time over the load (ms). */
  cpuMs: number;
}

interface LoadOrder {
  port: number;
  origin: string;
  users: User[];
}

/** A page's reads as the app sends them (src/shared/api/batch.ts). */
type PageCalls = (hireId: string) => { channel: string; input: unknown }[];

export function httpClient(port: number, origin: string, maxSockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets });
  function post(path: string, body: unknown, session?: Session): Promise<Reply> {
    const text = JSON.stringify(body);
    const headers: Record<string, string> = {
      Origin: origin,
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
  return { post, close: () => agent.destroy() };
}

/** Deterministic: the same mix and pauses on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function cpuNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * Every user makes REQUESTS_PER_USER actions with a pause of 0.5–1.5 s between them, as a person
 * clicks: 40 % a dashboard, 40 % a hire's page (one batch), 10 % a draft, 10 % a topic. The users
 * start one after another over RAMP_UP_MS.
 */
export async function simulateUsers(order: LoadOrder, pageCalls: PageCalls): Promise<LoadFigures> {
  const { post, close } = httpClient(order.port, order.origin, order.users.length);
  const figures: LoadFigures = { reads: [], writes: [], actionsAt: [], errors: 0, seconds: 0, cpuMs: 0 };
  const api = async (user: User, channel: string, input: unknown) => {
    const reply = await post(`/api/${channel}`, input, user);
    if (reply.status !== 200 || reply.json?.ok !== true) figures.errors += 1;
  };
  const batchApi = async (user: User, calls: { channel: string; input: unknown }[]) => {
    const reply = await post(BATCH_PATH, { calls }, user);
    const results = reply.json?.value?.results;
    if (reply.status !== 200 || results?.length !== calls.length || !results.every((r) => r.ok))
      figures.errors += 1;
  };
  const loadStarted = performance.now();
  const cpuStarted = cpuNow();
  async function simulate(user: User, index: number): Promise<void> {
    const random = seeded(index + 1);
    // Users arrive over the first RAMP_UP_MS (one every 100 ms), as people start their day, not all
    // in the same second; the bench still reports the actions of the arrival apart.
    await new Promise((resolve) => setTimeout(resolve, (index * RAMP_UP_MS) / order.users.length));
    for (let r = 0; r < REQUESTS_PER_USER; r += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500 + random() * 1000));
      const pick = random();
      const hireId = user.hireIds[Math.floor(random() * user.hireIds.length)] ?? '';
      const started = performance.now();
      const timed = (list: number[], kind: ActionKind) => {
        const ms = performance.now() - started;
        list.push(ms);
        figures.actionsAt.push({ at: started - loadStarted, ms, kind });
      };
      if (pick < 0.4) {
        await api(user, 'progress.dashboard', {});
        timed(figures.reads, 'dashboard');
      } else if (pick < 0.8) {
        await batchApi(user, pageCalls(hireId));
        timed(figures.reads, 'hire page');
      } else if (pick < 0.9) {
        const id = user.nextCheckIns[r % user.nextCheckIns.length] ?? '';
        await api(user, 'checkIns.saveDraft', { id, draft: { sharedNotes: `Half written, request ${r}` } });
        timed(figures.writes, 'draft');
      } else {
        await api(user, 'topics.add', { hireId, text: `Ask about request ${r}` });
        timed(figures.writes, 'topic');
      }
    }
  }
  await Promise.all(order.users.map((user, index) => simulate(user, index)));
  figures.seconds = (performance.now() - loadStarted) / 1000;
  figures.cpuMs = cpuNow() - cpuStarted;
  close();
  return figures;
}

/** In the forked process: waits for its order, runs it, answers the figures and exits. */
export function runUsersChild(pageCalls: PageCalls): Promise<never> {
  return new Promise(() => {
    process.once('message', (order: LoadOrder) => {
      void simulateUsers(order, pageCalls).then((figures) => process.send?.(figures, () => process.exit(0)));
    });
  });
}

/** Forks this bench's own script as the users' process and hands it the signed-in users. */
export function usersInChild(script: string, order: LoadOrder): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { env: { ...process.env, [USERS_CHILD]: '1' }, stdio: 'inherit' });
    child.once('message', (figures: LoadFigures) => resolve(figures));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the users' process stopped with ${code}`));
    });
    child.send(order);
  });
}
