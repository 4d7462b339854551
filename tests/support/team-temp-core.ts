// The core's channel tests on the team server's storage: a `Core` whose calls go through the team
// server's channels (src/main/server/team-core.ts) on PostgreSQL — the real server `npm test` starts
// (scripts/with-postgres.mjs), PGlite without one — as a signed-in manager. On a team the shared
// role framework is an HR/L&D lead's to change, so the framework's writes are made as the lead: the
// same calls the desktop's one user makes, split between the two people who make them on a server.
import { channelNames } from '../../src/shared/api/channels';
import type { Core, CoreOptions } from '../../src/main/core';
import type { Actor } from '../../src/main/server/auth/policy';
import { migratePostgres } from '../../src/main/server/db/migrations';
import { createTeamCalls, TEAM_CHANNELS } from '../../src/main/server/team-core';
import { postgresTargets, type TestDatabase } from './postgres';

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

// A real server when `npm test` started one, PGlite otherwise; one PGlite per test file (process).
const target = (() => {
  const [pglite, server] = postgresTargets();
  return server?.skipped === undefined ? server : pglite;
})();
/** PGlite holds one schema at a time: the previous test's cleanup finishes before the next opens. */
let closing: Promise<void> = Promise.resolve();

export async function openTeamTempCore(options: Partial<CoreOptions> = {}): Promise<{
  core: Core;
  dataDir: string;
  /** The test's database itself, to look behind the server's back (kept summaries, say). */
  database: TestDatabase;
  reopen(): Promise<Core>;
  cleanup(): void;
}> {
  if (!target) throw new Error('No PostgreSQL target');
  await closing;
  const db: TestDatabase = await target.open();
  const report = await migratePostgres(db);
  await db.exec(ACCOUNTS);
  const calls = createTeamCalls({
    client: db,
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
  return {
    core,
    dataDir: '',
    database: db,
    reopen: async () => core,
    cleanup() {
      closing = db.close();
    },
  };
}
