// Kills a writing process with SIGKILL at random moments (50 seeds) and checks, after each kill,
// that the database is intact and holds every write the core reported as committed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildForNode } from '../../scripts/node-build.mjs';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'out', 'reliability');
const SEEDS = 50;

/** A small seeded generator, so a failing seed can be run again. */
function random(seed: number): () => number {
  let state = seed * 0x9e3779b9;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the writer until a random moment after it is ready, kills it, answers the committed lines. */
function runAndKill(dataDir: string, seed: number): Promise<{ lines: string[]; killedAfterMs: number }> {
  const delay = Math.floor(10 + random(seed)() * 400);
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(outDir, 'writer.js'), dataDir, String(seed)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delay);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        fail(new Error(`seed ${seed}: the writer stopped by itself (code ${code}):\n${err}`));
        return;
      }
      // Only whole lines count: a line cut by the kill was not fully reported.
      const lines = out.split('\n').slice(0, -1).slice(1);
      done({ lines, killedAfterMs: delay });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'rolebridge-crash-'));
beforeAll(async () => {
  await buildForNode({ writer: join(root, 'tests/reliability/writer.ts') }, outDir);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety', () => {
  it(`keeps the database intact and every committed write across ${SEEDS} SIGKILLs`, async () => {
    const reported: string[] = [];
    let lastNotes = new Map<string, string>();
    for (let seed = 1; seed <= SEEDS; seed += 1) {
      const { lines, killedAfterMs } = await runAndKill(dir, seed);
      reported.push(...lines);
      const db = new Database(join(dir, 'rolebridge.db'));
      try {
        const where = `seed ${seed}, killed after ${killedAfterMs} ms`;
        expect(db.pragma('integrity_check', { simple: true }), where).toBe('ok');
        expect(db.pragma('foreign_key_check'), where).toEqual([]);
        const has = (table: string, id: string) =>
          db.prepare(`SELECT count(*) FROM ${table} WHERE id = ?`).pluck().get(id) === 1;
        lastNotes = new Map(lastNotes);
        for (const line of reported) {
          const [kind = '', id = '', extra = ''] = line.split(' ');
          if (kind === 'hire') expect(has('hires', id), `${where}: ${line}`).toBe(true);
          if (kind === 'assessment') expect(has('assessments', id), `${where}: ${line}`).toBe(true);
          if (kind === 'plan') {
            expect(has('plans', id), `${where}: ${line}`).toBe(true);
            const activities = db
              .prepare('SELECT count(*) FROM plan_activities WHERE plan_id = ?')
              .pluck()
              .get(id);
            expect(activities, `${where}: ${line}`).toBeGreaterThan(0);
          }
          if (kind === 'checkin') {
            const status = db.prepare('SELECT status FROM check_ins WHERE id = ?').pluck().get(id);
            expect(status, `${where}: ${line}`).toBe('done');
          }
          if (kind === 'notes') lastNotes.set(id, extra.replace('_', ' '));
        }
        for (const [id, notes] of lastNotes) {
          expect(db.prepare('SELECT notes FROM hires WHERE id = ?').pluck().get(id), where).toBe(notes);
        }
      } finally {
        db.close();
      }
    }
    expect(reported.filter((line) => line.startsWith('plan ')).length).toBeGreaterThan(SEEDS / 2);
  }, 280_000);
});
