// Scale: a generated history of 10,000 hires (2,000 active, two years of assessments, plans and
// weekly check-ins), measured through openCore(...).call as the app uses it.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openCore, DATABASE_FILE, type Core } from '../src/main/core';
import { generatedDataDir } from './_generate';
import { median, report } from './report';
import { nextScheduled, recordCheckIn } from './_record';
import type { CheckIn } from '../src/shared/checkins/schema';

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function time(runs: number, run: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  return times;
}

const source = await generatedDataDir();
const stats = JSON.parse(readFileSync(join(source, 'complete'), 'utf8')) as { rows: number; seconds: number };
// Work on a copy: the write benchmarks must not change the cached history.
const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-scale-'));
cpSync(source, dataDir, { recursive: true });
try {
  // The first open brings the copy up to the current schema; the measured ones have nothing pending.
  (await openCore({ dataDir, dailyBackups: false, backgroundCheck: false })).close();
  const openTimes = await time(5, async () => (await openCore({ dataDir, dailyBackups: false })).close());
  const core: Core = await openCore({ dataDir, dailyBackups: false });
  const active = ok(await core.call('hires.list', { status: 'active' }));
  const all = ok(await core.call('hires.list', { status: 'all' }));

  // The copy has no dashboard facts yet (as after the upgrade that adds them): the first call works
  // them out for every active hire; later calls read them.
  const dashboardFirst = await time(1, () => core.call('progress.dashboard', {}));
  const dashboard = await time(10, () => core.call('progress.dashboard', {}));

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
  const afterWrite: number[] = [];
  for (const [i, hire] of active.slice(100, 110).entries()) {
    ok(await core.call('checkIns.add', { hireId: hire.id, scheduledOn: `2027-0${1 + (i % 9)}-15` }));
    afterWrite.push(...(await time(1, () => core.call('progress.dashboard', {}))));
  }

  // Dispatcher overhead: the same point query through a channel and straight on better-sqlite3.
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  const direct = db.prepare('SELECT * FROM hires WHERE id = ?');
  const ids = all.slice(0, 2000).map((h) => h.id);
  const rounds = 5;
  let viaCall = 0;
  let viaDb = 0;
  for (let round = 0; round < rounds; round += 1) {
    viaCall +=
      (
        await time(1, async () => {
          for (const id of ids) await core.call('hires.get', { id });
        })
      )[0] ?? 0;
    viaDb +=
      (
        await time(1, () => {
          for (const id of ids) direct.get(id);
        })
      )[0] ?? 0;
  }
  db.close();
  core.close();

  // After a restart the facts are in the table but not yet in memory: the first call reads them all.
  const reopened = await openCore({ dataDir, dailyBackups: false, backgroundCheck: false });
  const dashboardRestart = await time(1, () => reopened.call('progress.dashboard', {}));
  reopened.close();

  const met = report(`Scale: ${all.length} hires (${active.length} active), ${stats.rows} rows`, [
    {
      name: 'open + migrations, nothing pending (median of 5)',
      value: median(openTimes),
      unit: 'ms',
      target: 100,
    },
    {
      name: 'dashboard, first call: facts worked out for every active hire',
      value: dashboardFirst[0] ?? 0,
      unit: 'ms',
    },
    {
      name: 'dashboard, first call after a restart (facts read from the table)',
      value: dashboardRestart[0] ?? 0,
      unit: 'ms',
    },
    { name: 'dashboard summary (median of 10)', value: median(dashboard), unit: 'ms', target: 50 },
    {
      name: 'dashboard after a check-in is added (median of 10)',
      value: median(afterWrite),
      unit: 'ms',
      target: 50,
    },
    {
      name: "hire's page: hire, plan, assessments, check-ins",
      value: median(hirePage),
      unit: 'ms',
      target: 10,
    },
    { name: 'hires list with a search term', value: median(search), unit: 'ms', target: 30 },
    { name: 'record a check-in (one transaction)', value: median(record), unit: 'ms', target: 5 },
    { name: 'channel call, hires.get (per call)', value: (viaCall / rounds / ids.length) * 1000, unit: 'µs' },
    {
      name: 'same query on better-sqlite3 (per call)',
      value: (viaDb / rounds / ids.length) * 1000,
      unit: 'µs',
    },
    { name: 'dispatcher overhead ratio', value: viaCall / viaDb, unit: '×', target: 1.5 },
  ]);
  if (!met) process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
