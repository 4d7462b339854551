// Opens a core on a fresh temporary data folder and removes it afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore, type Core, type CoreOptions } from '../../src/main/core';
import { onTeamStorage, openTeamTempCore } from './team-temp-core';

export function tempDir(prefix = 'rolebridge-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export interface OtherConnection {
  /** Runs SQL (no parameters), committed at once. */
  exec(sql: string): Promise<void>;
  /** The rows of one SELECT (no parameters). */
  rows(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export interface TempCore {
  core: Core;
  dataDir: string;
  reopen(): Promise<Core>;
  /** Everything stored, as text: the same before and after a call that must write nothing. */
  storedState(): Promise<string>;
  /**
   * How many SQL statements the core has run so far (on SQLite, every connection's, counted from
   * the first time this is asked): compare two readings around a call.
   */
  statementsRun(): number;
  /** A connection of its own to the same database, as another process or a repair tool has. */
  otherConnection(): Promise<OtherConnection>;
  cleanup(): void;
}

let sqliteStatements: number | undefined;

/** Counts every statement better-sqlite3 runs from now on, by wrapping its Statement's methods once. */
function countSqliteStatements(): number {
  if (sqliteStatements !== undefined) return sqliteStatements;
  sqliteStatements = 0;
  const db = new Database(':memory:');
  const prototype = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, unknown>;
  db.close();
  for (const name of ['all', 'get', 'run', 'iterate']) {
    const original = prototype[name] as (...args: unknown[]) => unknown;
    prototype[name] = function (this: unknown, ...args: unknown[]) {
      sqliteStatements = (sqliteStatements ?? 0) + 1;
      return original.apply(this, args);
    };
  }
  return sqliteStatements;
}

export async function openTempCore(options: Partial<CoreOptions> = {}): Promise<TempCore> {
  // The team project (vitest.config.mts) runs the same tests on the team server's storage.
  if (onTeamStorage()) return openTeamTempCore(options);
  const dir = tempDir();
  // The background quick_check has its own tests (tests/core/backups.test.ts); elsewhere it only costs time.
  // A locale without a country: plans skip no public holidays unless a test sets a holiday country,
  // so dates do not depend on the machine's locale (tests/core/calendar.test.ts covers holidays).
  options = { backgroundCheck: false, locale: 'und', ...options };
  let core = await openCore({ dataDir: dir.path, ...options });
  return {
    get core() {
      return core;
    },
    dataDir: dir.path,
    async reopen() {
      core.close();
      core = await openCore({ dataDir: dir.path, ...options });
      return core;
    },
    // On the desktop the data file is the whole database: every table, the framework's too.
    storedState: async () => JSON.stringify(valueOf(await core.call('data.export', {})).file.tables),
    statementsRun: countSqliteStatements,
    async otherConnection() {
      const db = new Database(core.databaseFile);
      return {
        exec: async (sql) => void db.exec(sql),
        rows: async (sql) => db.prepare(sql).all() as Record<string, unknown>[],
        close: async () => void db.close(),
      };
    },
    cleanup() {
      core.close();
      dir.remove();
    },
  };
}

/** Unwraps an ok result or fails the test with the error. */
export function valueOf<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Adds a Project Manager moving to Product Manager, starting 4 January 2027. */
export async function addHire(core: Core, name: string) {
  return valueOf(
    await core.call('hires.create', {
      name,
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  );
}

/** Every hire's name, archived ones too, in order. */
export async function hireNames(core: Core): Promise<string[]> {
  return valueOf(await core.call('hires.list', { status: 'all' }))
    .map((h) => h.name)
    .sort();
}
