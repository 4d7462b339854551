// The core's channel tests on the team server's storage: a `Core` whose calls go through the team
// server's channels (src/main/server/team-core.ts) on PostgreSQL — the real server `npm test` starts
// (scripts/with-postgres.mjs), PGlite without one — as a signed-in manager. On a team the shared
// role framework is an HR/L&D lead's to change, so the framework's writes are made as the lead: the
// same calls the desktop's one user makes, split between the two people who make them on a server.
import { channelNames } from '../../src/shared/api/channels';
import type { Core, CoreOptions } from '../../src/main/core';
// temp-core.ts imports this file too; its tempDir is only called once both have loaded.
import { tempDir, type TempCore } from './temp-core';
import type { Actor } from '../../src/main/server/auth/policy';
import { migratePostgres } from '../../src/main/server/db/migrations';
import type { SqlClient, SqlParam } from '../../src/main/server/db/sql-client';
import { createTeamCalls, TEAM_CHANNELS } from '../../src/main/server/team-core';
import { postgresTargets, type PostgresTarget, type TestDatabase } from './postgres';

export const STORAGE_VARIABLE = 'ROLEBRIDGE_TEST_STORAGE';

/** True in the vitest project that runs the core's tests on the team server's storage. */
export const onTeamStorage = (): boolean => process.env[STORAGE_VARIABLE] === 'postgres';

export const TEST_MANAGER: Actor = { id: 'test-manager', role: 'manager' };
export const TEST_LEAD: Actor = { id: 'test-lead', role: 'hr' };

const FRAMEWORK_WRITES: ReadonlySet<string> = new Set([
  'roles.create',
  'roles.clone',
  'roles.update',
  'roles.delete',
  'roles.importCsv',
  'competencies.create',
  'competencies.update',
  'competencies.delete',
  'framework.import',
]);

const ACCOUNTS = `
INSERT INTO accounts (id, email, display_name, role, password_hash, created_at) VALUES
  ('test-manager', 'manager@example.com', 'Test Manager', 'manager', 'scrypt$x', '2026-01-01T00:00:00Z'),
  ('test-lead', 'lead@example.com', 'Test Lead', 'hr', 'scrypt$x', '2026-01-01T00:00:00Z');`;

// A real server when `npm test` started one (a schema per core, any number open at once), PGlite
// otherwise: one instance per test file (process), and another only while a test holds two cores
// at once (a second database to import into), since a PGlite instance holds one schema at a time.
const server = postgresTargets()[1];
const onServer = server?.skipped === undefined;

interface PgliteSlot {
  target: PostgresTarget;
  inUse: boolean;
  /** The previous core's cleanup on this instance, which the next core waits for. */
  closing: Promise<void>;
}
const pglites: PgliteSlot[] = [];

async function openDatabase(): Promise<{ db: TestDatabase; close(): Promise<void> }> {
  if (onServer && server) {
    const db = await server.open();
    return { db, close: () => db.close() };
  }
  let slot = pglites.find((candidate) => !candidate.inUse);
  if (!slot) {
    const [pglite] = postgresTargets();
    if (!pglite) throw new Error('No PostgreSQL target');
    slot = { target: pglite, inUse: false, closing: Promise.resolve() };
    pglites.push(slot);
  }
  const held = slot;
  held.inUse = true;
  await held.closing;
  const db = await held.target.open();
  return {
    db,
    close() {
      held.inUse = false;
      held.closing = db.close();
      return held.closing;
    },
  };
}

/** Every row of every table in the database's schema, in a fixed order, as text. */
/** Every row of every table (but `except`'s), to show a call wrote nothing. */
export async function everyRow(
  db: Pick<TestDatabase, 'query'>,
  except: readonly string[] = [],
): Promise<string> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const dump: Record<string, string[]> = {};
  for (const { name } of tables) {
    if (except.includes(name)) continue;
    const rows = await db.query(`SELECT * FROM "${name}"`);
    dump[name] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(dump);
}

/** `client`, counting each statement the calls run on it and in its transactions (BEGIN and COMMIT not). */
function counting(client: SqlClient, counter: { statements: number }): SqlClient {
  return {
    query<Row extends object>(sql: string, params?: readonly SqlParam[]) {
      counter.statements += 1;
      return client.query<Row>(sql, params);
    },
    exec(script) {
      counter.statements += 1;
      return client.exec(script);
    },
    transaction: (work) => client.transaction((tx) => work(counting(tx, counter))),
  };
}

/** The desktop's TempCore, with the test's database itself, to look behind the server's back (kept summaries, say). */
export async function openTeamTempCore(
  options: Partial<CoreOptions> = {},
): Promise<TempCore & { database: TestDatabase }> {
  const { db, close } = await openDatabase();
  const report = await migratePostgres(db);
  await db.exec(ACCOUNTS);
  const counter = { statements: 0 };
  const calls = createTeamCalls({
    client: counting(db, counter),
    schemaVersion: report.to,
    now: options.now,
    locale: options.locale ?? 'und',
    timeZone: options.timeZone,
  });
  const call = (channel: string, input?: unknown) =>
    calls.call(FRAMEWORK_WRITES.has(channel) ? TEST_LEAD : TEST_MANAGER, channel, input);
  const core = {
    call,
    channels: channelNames.filter((name) => TEAM_CHANNELS.has(name)),
    databaseFile: '',
    recovery: null,
    startupCheck: Promise.resolve(),
    close() {},
  } as unknown as Core;
  // A folder of its own, as the desktop's data folder, for the files a test writes beside the core.
  const dir = tempDir();
  let closed = false;
  return {
    core,
    dataDir: dir.path,
    database: db,
    reopen: async () => core,
    // The whole schema, since a manager's data.export leaves out the framework entries no hire uses.
    storedState: () => everyRow(db),
    statementsRun: () => counter.statements,
    async otherConnection() {
      const other = await db.connectAgain();
      // Closed with the database: on PGlite it is the core's own single connection.
      return { exec: (sql) => other.exec(sql), rows: (sql) => other.query(sql), close: async () => {} };
    },
    // Once, as the desktop's cleanup may be called twice (an afterEach after a test that opened none).
    cleanup() {
      if (closed) return;
      closed = true;
      dir.remove();
      void close();
    },
  };
}
