// Kills a process with SIGKILL in the middle of "Back up now", of a data import and of a restore,
// on a database of about 5 MB, at 20 spread moments each; after each kill the core is opened again
// and must list no unfinished backup, list every backup it acknowledged (and restore it), and hold
// every write it reported as committed, in a database that opens normally. CRASH_DEBUG=1 prints
// each kill's lines; CRASH_KEEP=1 keeps the data folders for a look afterwards.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForNode } from '../../scripts/node-build.mjs';
import { BACKUP_FOLDER, DATABASE_FILE, openCore } from '../../src/main/core';
import { listBackups } from '../../src/main/core/db/backup';
import { SAFETY_BACKUPS_KEPT } from '../../src/main/core/backups/service';
import { valueOf } from '../support/temp-core';

/** The safety copies named by the child's `imported NAME …` or `restored NAME` lines, oldest first. */
function acknowledgedSafetyCopies(lines: string[], kind: 'imported' | 'restored'): string[] {
  return lines.flatMap((line) => {
    const [said, name] = line.split(' ');
    return said === kind && name && name !== '-' ? [name] : [];
  });
}

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'out', 'reliability-operations');
const MOMENTS = 20;
const HIRES = 2500;

type Mode = 'backup' | 'import' | 'restore';

const work = mkdtempSync(join(tmpdir(), 'rolebridge-operations-'));
const seedDir = join(work, 'seed');
let seedBackup = '';
let seedHires: string[] = [];

/** What the rounds found, for the closing figures. */
const figures: Record<string, number | string>[] = [];

/** A data folder holding HIRES hires with long notes (about 5 MB), and one manual backup of it. */
async function seed(): Promise<void> {
  const core = await openCore({ dataDir: seedDir, dailyBackups: false, backgroundCheck: false });
  try {
    const empty = valueOf(await core.call('data.export', {})).file;
    const at = '2026-11-01T09:00:00.000Z';
    const hires = Array.from({ length: HIRES }, (_, n) => ({
      id: randomUUID(),
      name: `Seed ${n}`,
      current_role_id: 'project-manager',
      target_role_id: 'product-manager',
      start_date: '2027-01-04',
      notes: `Notes ${n} `.padEnd(1500, 'n'),
      status: 'active',
      created_at: at,
      updated_at: at,
      archived_at: null,
    }));
    valueOf(await core.call('data.import', { file: { ...empty, tables: { hires } }, mode: 'empty-only' }));
    seedBackup = valueOf(await core.call('backups.create', {})).fileName;
    seedHires = hires.map((hire) => hire.id);
  } finally {
    core.close();
  }
}

/**
 * Starts the child and kills it `delay` ms after it is ready (odd runs) or after it acknowledged its
 * first operation (even runs, so every mode has acknowledged backups to check); answers the lines
 * it completed.
 */
function runAndKill(dataDir: string, mode: Mode, run: number, delay: number): Promise<string[]> {
  const start = run % 2 === 1 ? /^ready\n/ : /^(backup|imported|restored) .*\n/m;
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [join(outDir, 'operations.js'), dataDir, mode, String(run), seedBackup],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && start.test(out)) timer = setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        fail(new Error(`${mode} run ${run}: the child stopped by itself (code ${code}):\n${err}`));
        return;
      }
      // Only whole lines count: a line cut by the kill was not fully reported.
      done(out.split('\n').slice(0, -1).slice(1));
    });
  });
}

const ids = (db: Database.Database): Set<string> =>
  new Set(db.prepare('SELECT id FROM hires').pluck().all() as string[]);

function idsIn(file: string): Set<string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return ids(db);
  } finally {
    db.close();
  }
}

/** A backup file opens, verifies, and is a Rolebridge database with its hires. */
function wholeBackup(file: string): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (
      db.pragma('integrity_check', { simple: true }) === 'ok' &&
      (db.prepare('SELECT count(*) FROM hires').pluck().get() as number) > 0
    );
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * Runs MOMENTS kills of `mode` in one data folder, checking after each. Kill delays are spread
 * evenly up to `spanMs` (after the child is ready, or after its first acknowledged operation), so
 * they land in every part of the operation.
 */
async function killRounds(mode: Mode, spanMs: number) {
  const dataDir = join(work, mode);
  cpSync(seedDir, dataDir, { recursive: true });
  const folder = join(dataDir, BACKUP_FOLDER);
  const committed = new Set<string>(seedHires); // hires the database must hold
  const checked = new Set<string>(); // backups already verified whole
  const seen = new Set<string>(seedHires); // hires found after an earlier kill
  const tally = {
    mode,
    moments: 0,
    inOperation: 0,
    writesLost: 0,
    unfinishedListed: 0,
    acknowledgedMissing: 0,
    recovery: 0,
  };
  let lastAcknowledged = '';
  let acknowledgedTotal = 0;
  /** After a restore, what was committed before it must be in its safety copy; the seed is what remains. */
  const restoredOver = (safetyCopy: string) => {
    const kept = idsIn(safetyCopy);
    for (const id of committed) if (!kept.has(id)) tally.writesLost += 1;
    committed.clear();
    seedHires.forEach((id) => committed.add(id));
  };
  for (let run = 1; run <= MOMENTS; run += 1) {
    const delay = Math.round((Math.ceil(run / 2) / Math.ceil(MOMENTS / 2)) * spanMs);
    const started = performance.now();
    const lines = await runAndKill(dataDir, mode, run, delay);
    if (process.env.CRASH_DEBUG)
      console.log(mode, run, delay, Math.round(performance.now() - started), lines.join(' | '));
    tally.moments += 1;
    const last = lines.at(-1) ?? '';
    const midOperation = /^(hire|importing|restoring)\b/.test(last);
    if (midOperation) tally.inOperation += 1;
    const where = `${mode}, kill ${run} after ${delay} ms (last line: ${last || 'none'})`;

    // Opening the core again cleans up what the kill left, and must not need the recovery screen.
    const core = await openCore({ dataDir, dailyBackups: false, backgroundCheck: false });
    let listed: string[];
    try {
      if (core.recovery) tally.recovery += 1;
      expect(core.recovery, where).toBeNull();
      listed = valueOf(await core.call('backups.list', {})).backups.map((b) => b.fileName);
    } finally {
      core.close();
    }
    // Nothing but listed backups is left in the folder, and each listed one is whole.
    expect(readdirSync(folder).sort(), where).toEqual([...listed].sort());
    for (const name of listed.filter((n) => !checked.has(n))) {
      if (!wholeBackup(join(folder, name))) tally.unfinishedListed += 1;
      checked.add(name);
    }
    // Every backup the child was told about is listed.
    const acknowledged = lines.flatMap((line) => {
      const [kind, name] = line.split(' ');
      return (kind === 'backup' || kind === 'imported' || kind === 'restored') && name && name !== '-'
        ? [name]
        : [];
    });
    // Safety copies beyond the newest SAFETY_BACKUPS_KEPT of their kind are pruned by design, and a fast
    // machine acknowledges more imports or restores than that in one run: those older ones may go.
    const kept = new Set([
      ...lines.filter((line) => line.startsWith('backup ')).map((line) => line.split(' ')[1]),
      ...acknowledgedSafetyCopies(lines, 'imported').slice(-SAFETY_BACKUPS_KEPT),
      ...acknowledgedSafetyCopies(lines, 'restored').slice(-SAFETY_BACKUPS_KEPT),
    ]);
    for (const name of acknowledged)
      if (kept.has(name) && !listed.includes(name)) tally.acknowledgedMissing += 1;
    lastAcknowledged = acknowledged.at(-1) ?? lastAcknowledged;
    acknowledgedTotal += acknowledged.length;

    // Every committed write is there, except what an acknowledged or in-flight restore replaced.
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    let present: Set<string>;
    try {
      expect(db.pragma('quick_check', { simple: true }), where).toBe('ok');
      present = ids(db);
    } finally {
      db.close();
    }
    for (const line of lines) {
      const [kind, ...rest] = line.split(' ');
      if (kind === 'hire') committed.add(rest[0] ?? '');
      if (kind === 'imported') rest.slice(1).forEach((id) => committed.add(id));
      // A restore of the seed backup puts the seed's hires back: the writes since are in its safety copy.
      if (kind === 'restored') restoredOver(join(folder, rest[0] ?? ''));
    }
    const restoreLanded = mode === 'restore' && last === 'restoring' && present.size === seedHires.length;
    if (restoreLanded) restoredOver(join(folder, listBackups(folder, 'pre-restore')[0]?.fileName ?? ''));
    for (const id of committed) if (!present.has(id)) tally.writesLost += 1;
    expect(tally.writesLost, where).toBe(0);
    expect(tally.unfinishedListed, where).toBe(0);
    expect(tally.acknowledgedMissing, where).toBe(0);
    // Beyond the hires reported, only what was being written when killed is new (the hire, or an import's three).
    const unreported = [...present].filter((id) => !committed.has(id) && !seen.has(id));
    expect(unreported.length, where).toBeLessThanOrEqual(mode === 'import' ? 3 : 1);
    present.forEach((id) => seen.add(id));
    // Keep the folder small: backups verified in earlier rounds are no longer needed.
    for (const name of listed) {
      if (name !== seedBackup && name !== lastAcknowledged) rmSync(join(folder, name), { force: true });
    }
  }
  // The last backup acknowledged restores through the core.
  const core = await openCore({ dataDir, dailyBackups: false, backgroundCheck: false });
  try {
    const fileName = lastAcknowledged || seedBackup;
    const restored = valueOf(await core.call('backups.restore', { fileName }));
    expect(restored.restored.fileName).toBe(fileName);
    expect(valueOf(await core.call('hires.list', { status: 'all' })).length).toBeGreaterThanOrEqual(HIRES);
  } finally {
    core.close();
  }
  figures.push({ ...tally, acknowledged: acknowledgedTotal });
  return tally;
}

beforeAll(async () => {
  await buildForNode({ operations: join(root, 'tests/reliability/operations.ts') }, outDir);
  await seed();
}, 60_000);
afterAll(() => {
  console.log(JSON.stringify(figures));
  if (!process.env.CRASH_KEEP) rmSync(work, { recursive: true, force: true });
});

// The three run side by side: each kill round waits mostly on a process starting and on the disk.
describe.concurrent('crash safety of backups, imports and restores', () => {
  it(`survives ${MOMENTS} kills during "Back up now"`, async () => {
    const tally = await killRounds('backup', 800);
    expect(tally.inOperation).toBeGreaterThanOrEqual(MOMENTS / 2);
  }, 280_000);

  it(`survives ${MOMENTS} kills during a data import`, async () => {
    const tally = await killRounds('import', 1200);
    expect(tally.inOperation).toBeGreaterThanOrEqual(MOMENTS / 2);
  }, 280_000);

  it(`survives ${MOMENTS} kills during a restore`, async () => {
    const tally = await killRounds('restore', 1500);
    expect(tally.inOperation).toBeGreaterThanOrEqual(MOMENTS / 2);
  }, 280_000);
});
