// Scale: a generated history of 10,000 hires (2,000 active, two years of assessments, plans and
// weekly check-ins), measured through openCore(...).call as the app uses it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, DATABASE_FILE, type Core } from '../src/main/core';
import { openDatabase } from '../src/main/core/db/connection';
import { generatedDataDir } from './_generate';
import { median, report, type Figure } from './report';
import { threadCpuClock } from './_thread-cpu';
import { nextScheduled, recordCheckIn, weeklyOneOnOnes } from './_record';
import { addDays } from 'date-fns';
import { toCalendarDate } from '../src/shared/dates/calendar-date';
import type { CheckIn } from '../src/shared/checkins/schema';

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** This process's CPU time in ms, every thread's: the collector's helper threads included. */
function cpuNow(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * The main thread's CPU time in ms, where the system tells it (Linux), else the process's. The work
 * measured here runs on the main thread: on a quiet machine its CPU time is the wall clock, and on a
 * machine shared with other work it grows much less than the wall clock does. The process's CPU time
 * also counts V8's helper threads, which collect garbage beside the main thread: on two cores that
 * work runs at the same time as the call rather than after it, so it is shown but not judged.
 */
const mainCpuNow = threadCpuClock() ?? cpuNow;
const MAIN_THREAD_MEASURED = mainCpuNow !== cpuNow;

interface Times extends Array<number> {
  /** The process's CPU time of each run (every thread). */
  cpu: number[];
  /** The main thread's CPU time of each run (the process's where it cannot be told). */
  main: number[];
}

const noTimes = (): Times => Object.assign([] as number[], { cpu: [] as number[], main: [] as number[] });

/** Wall-clock times of each run, with the process's and the main thread's CPU times beside them. */
async function time(runs: number, run: (i: number) => Promise<unknown> | unknown): Promise<Times> {
  const times = noTimes();
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const cpuStarted = cpuNow();
    const mainStarted = mainCpuNow();
    await run(i);
    times.main.push(mainCpuNow() - mainStarted);
    times.cpu.push(cpuNow() - cpuStarted);
    times.push(performance.now() - started);
  }
  return times;
}

function append(to: Times, from: Times): void {
  to.push(...from);
  to.cpu.push(...from.cpu);
  to.main.push(...from.main);
}

/** A timed figure: judged on the main thread's median CPU time; the wall clock and the process's CPU time beside it. */
function figure(name: string, times: Times, target?: number): Figure {
  const processCpu = MAIN_THREAD_MEASURED ? `, process CPU ${median(times.cpu).toFixed(1)} ms` : '';
  return {
    name: `${name} [wall ${median(times).toFixed(1)} ms${processCpu}]`,
    value: median(times.main),
    unit: 'ms',
    ...(target === undefined ? {} : { target }),
  };
}

// Figures near their targets take more samples, so that their median moves less from run to run.
const RESTARTS = 9;
const RATIO_ROUNDS = 21;

/** Every figure taken on one open core: it is closed, and all it held let go, when this returns. */
async function measureOpenCore(dataDir: string) {
  const core: Core = await openCore({ dataDir, dailyBackups: false });
  const active = ok(await core.call('hires.list', { status: 'active' }));
  const all = ok(await core.call('hires.list', { status: 'all' }));

  // The copy has no dashboard facts yet (as after the upgrade that adds them): the first call works
  // them out for every active hire; later calls read them.
  const dashboardFirst = await time(1, () => core.call('progress.dashboard', {}));
  // Thirty calls: the first few after the 2,000 facts above run colder code and a fuller heap.
  const dashboard = await time(30, () => core.call('progress.dashboard', {}));

  const hirePage = await time(30, async (i) => {
    const hireId = active[(i * 41) % active.length]?.id ?? '';
    await Promise.all([
      core.call('hires.get', { id: hireId }),
      core.call('plans.current', { hireId }),
      core.call('assessments.list', { hireId }),
      core.call('checkIns.history', { hireId }),
    ]);
  });

  const terms = ['ada', 'ørsted', 'żółć', 'grace 12', 'nakamura', 'x', 'sofia silva', 'łukasz'];
  const search = await time(40, (i) =>
    core.call('hires.list', { status: 'all', search: terms[i % terms.length] }),
  );

  const schedules = await nextScheduled(
    core,
    active.slice(0, 60).map((hire) => hire.id),
  );
  const record = await time(schedules.length, (i) => recordCheckIn(core, schedules[i] as CheckIn));

  // The everyday case: a check-in was just recorded, so one hire's facts are worked out again.
  const afterWrite = noTimes();
  for (const [i, hire] of active.slice(100, 110).entries()) {
    ok(await core.call('checkIns.add', { hireId: hire.id, scheduledOn: `2027-0${1 + (i % 9)}-15` }));
    append(afterWrite, await time(1, () => core.call('progress.dashboard', {})));
  }

  // A hire coached for two years: 104 weekly one-on-ones with ratings and action items.
  const longHire = ok(
    await core.call('hires.create', {
      name: 'Two Years Weekly',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: toCalendarDate(addDays(new Date(), -7 * 105)),
    }),
  );
  await weeklyOneOnOnes(core, longHire.id, 104, new Date());
  const history = await time(30, () => core.call('checkIns.history', { hireId: longHire.id }));

  // Dispatcher overhead: the same point query through a channel and straight on better-sqlite3, in
  // alternating rounds; the ratio is the median of the rounds' ratios (CPU time). The bare statement
  // runs on a connection opened as the core opens its own (read-write, WAL, the same pragmas), so the
  // ratio is what the channel adds; a read-only connection's figure is shown beside it (the app
  // writes, so it cannot read on one without a second connection and its own page cache).
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  const readonlyDb = openDatabase(join(dataDir, DATABASE_FILE), { readonly: true });
  const direct = db.prepare('SELECT * FROM hires WHERE id = ?');
  const directReadonly = readonlyDb.prepare('SELECT * FROM hires WHERE id = ?');
  const ids = all.slice(0, 2000).map((h) => h.id);
  const viaCall: number[] = [];
  const viaDb: number[] = [];
  const viaReadonly: number[] = [];
  for (let round = 0; round < RATIO_ROUNDS; round += 1) {
    const call = await time(1, async () => {
      for (const id of ids) await core.call('hires.get', { id });
    });
    const query = await time(1, () => {
      for (const id of ids) direct.get(id);
    });
    const readonlyQuery = await time(1, () => {
      for (const id of ids) directReadonly.get(id);
    });
    viaCall.push(call.main[0] ?? 0);
    viaDb.push(query.main[0] ?? 0);
    viaReadonly.push(readonlyQuery.main[0] ?? 0);
  }
  readonlyDb.close();
  db.close();
  core.close();
  return {
    hires: all.length,
    activeHires: active.length,
    calls: ids.length,
    dashboardFirst,
    dashboard,
    hirePage,
    search,
    record,
    afterWrite,
    history,
    viaCall,
    viaDb,
    viaReadonly,
  };
}

/** A full collection, when the bench runs with --expose-gc (npm run bench passes it). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const FIRST_CALL_CHILD = '--first-call-after-start';

/** Opens the core on `dataDir` in a new Node process and times its first dashboard call there. */
function firstCallInNewProcess(dataDir: string): Times {
  const child = spawnSync(process.execPath, [process.argv[1] ?? '', FIRST_CALL_CHILD, dataDir], {
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`The first call in a new process failed: ${child.stderr}`);
  const { wall, cpu, main } = JSON.parse(child.stdout) as { wall: number; cpu: number; main: number };
  return Object.assign([wall], { cpu: [cpu], main: [main] });
}

// In that new process: open the core as the app does, time the first call, print the figures.
if (process.argv[2] === FIRST_CALL_CHILD) {
  const core = await openCore({
    dataDir: process.argv[3] ?? '',
    dailyBackups: false,
    backgroundCheck: false,
  });
  const first = await time(1, () => core.call('progress.dashboard', {}));
  core.close();
  process.stdout.write(
    JSON.stringify({ wall: first[0] ?? 0, cpu: first.cpu[0] ?? 0, main: first.main[0] ?? 0 }),
  );
  process.exit(0);
}

const loadBefore = loadavg()[0]?.toFixed(1);
const source = await generatedDataDir();
const stats = JSON.parse(readFileSync(join(source, 'complete'), 'utf8')) as { rows: number; seconds: number };
// Work on a copy: the write benchmarks must not change the cached history.
const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-scale-'));
cpSync(source, dataDir, { recursive: true });
try {
  // The first open brings the copy up to the current schema; the measured ones have nothing pending.
  (await openCore({ dataDir, dailyBackups: false, backgroundCheck: false })).close();
  const openTimes = await time(5, async () => (await openCore({ dataDir, dailyBackups: false })).close());
  const measured = await measureOpenCore(dataDir);
  const { dashboardFirst, dashboard, hirePage, search, record, afterWrite, history } = measured;
  const { viaCall, viaDb, viaReadonly } = measured;

  // After a restart the facts are in the table but not yet in memory: the first call reads them all.
  // A restart leaves nothing of the core before it: what the figures above kept alive was let go
  // with measureOpenCore, and each restart begins after a full collection, so one restart's garbage
  // is not billed to the next (the bench runs with --expose-gc). The code is compiled already, as
  // when a data folder is reopened in the same process (a restore); a new process follows.
  const dashboardRestart = noTimes();
  for (let i = 0; i < RESTARTS; i += 1) {
    collectGarbage();
    const reopened = await openCore({ dataDir, dailyBackups: false, backgroundCheck: false });
    append(dashboardRestart, await time(1, () => reopened.call('progress.dashboard', {})));
    reopened.close();
  }
  // The same in a new process, as when the app is started again: V8 has compiled none of the code,
  // so the call also pays for interpreting and compiling it.
  const newProcess = noTimes();
  for (let i = 0; i < 5; i += 1) append(newProcess, firstCallInNewProcess(dataDir));

  const perCall = (times: number[]) => (median(times) / measured.calls) * 1000;
  const met = report(
    `Scale: ${measured.hires} hires (${measured.activeHires} active), ${stats.rows} rows; medians of ${
      MAIN_THREAD_MEASURED ? "the main thread's CPU time" : "the process's CPU time"
    } (wall clock in brackets); load average ${loadBefore} before, ${loadavg()[0]?.toFixed(1)} after`,
    [
      figure('open + migrations, nothing pending (median of 5)', openTimes, 100),
      figure('dashboard, first call: facts worked out for every active hire', dashboardFirst),
      figure(`dashboard, first call after a restart (median of ${RESTARTS})`, dashboardRestart, 40),
      figure('  the same in a new process, code not yet compiled (median of 5)', newProcess),
      figure('dashboard summary, 2,000 active hires (median of 30)', dashboard, 20),
      figure('dashboard after a check-in is added (median of 10)', afterWrite, 50),
      figure("hire's page: hire, plan, assessments, check-ins", hirePage, 10),
      figure("a hire's check-ins, 104 weekly one-on-ones (median of 30)", history, 2),
      figure('hires list with a search term', search, 30),
      // A write waits for the disk (fsync), which is not CPU time: judged on the wall clock.
      {
        name: 'record a check-in (one transaction), wall clock',
        value: median(record),
        unit: 'ms',
        target: 5,
      },
      { name: 'channel call, hires.get (per call)', value: perCall(viaCall), unit: 'µs' },
      { name: 'same query on better-sqlite3 (per call)', value: perCall(viaDb), unit: 'µs' },
      { name: 'same query, read-only connection (per call)', value: perCall(viaReadonly), unit: 'µs' },
      {
        name: `dispatcher overhead ratio (median of ${RATIO_ROUNDS} rounds)`,
        value: median(viaCall.map((t, i) => t / (viaDb[i] || 1))),
        unit: '×',
        target: 1.2,
      },
      {
        name: 'the same against the read-only connection',
        value: median(viaCall.map((t, i) => t / (viaReadonly[i] || 1))),
        unit: '×',
      },
    ],
  );
  if (!met) process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
