// The team server's schema migrations: `migrations/postgres/NNNN_description.sql`, bundled at build
// time like the SQLite ones (src/main/core/db/migrations.ts), applied in order on start. Each runs
// in its own transaction together with the version it moves to, so a failed one leaves nothing.
//
// Two servers starting at once: every step first locks the one row of rolebridge_schema_version
// with SELECT … FOR UPDATE, then reads the version under that lock and applies the next migration
// only if it is still pending. The second server waits on the row and then finds the work done.
// A row lock, not pg_advisory_lock, because CockroachDB has no advisory locks (docs/team.md).
import { DatabaseTooNewError, parseMigrations, type Migration } from '../../core/db/migrations';
import { sqlState, type SqlClient } from './sql-client';

const bundled = import.meta.glob('../../../../migrations/postgres/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export function bundledPostgresMigrations(): Migration[] {
  return parseMigrations(bundled);
}

/** The runner's own tables: never part of a migration, so the schema test leaves them out. */
export const SCHEMA_VERSION_TABLE = 'rolebridge_schema_version';
export const SCHEMA_HISTORY_TABLE = 'rolebridge_schema_history';

const BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS ${SCHEMA_VERSION_TABLE} (
  id integer PRIMARY KEY CHECK (id = 1),
  version integer NOT NULL CHECK (version >= 0)
);
CREATE TABLE IF NOT EXISTS ${SCHEMA_HISTORY_TABLE} (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at text NOT NULL
);
INSERT INTO ${SCHEMA_VERSION_TABLE} (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
`;

// Two servers creating the bookkeeping tables at the same moment: PostgreSQL's CREATE TABLE IF NOT
// EXISTS can still fail in the loser with a duplicate catalog entry. Trying again then finds them.
const CREATE_RACE = new Set(['23505', '42P07', '42710']);
// CockroachDB runs SERIALIZABLE and may ask a transaction that waited on the lock to run again.
const RETRY_TRANSACTION = '40001';
const ATTEMPTS = 5;

export interface MigrationReport {
  /** The version the database was at before this start. */
  from: number;
  /** The version it is at now (the last bundled one). */
  to: number;
  /** Versions this process applied, in order (empty when another process did the work). */
  applied: number[];
}

export interface MigrateOptions {
  /** The moment recorded in the history; defaults to the clock. */
  now?: () => Date;
}

async function withRetry<T>(codes: ReadonlySet<string>, attempt: () => Promise<T>): Promise<T> {
  for (let tried = 1; ; tried += 1) {
    try {
      return await attempt();
    } catch (error) {
      const code = sqlState(error);
      if (tried >= ATTEMPTS || code === undefined || !codes.has(code)) throw error;
    }
  }
}

/** The database's schema version, or 0 when the runner has never run on it. */
export async function postgresSchemaVersion(client: SqlClient): Promise<number> {
  const [table] = await client.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [
    SCHEMA_VERSION_TABLE,
  ]);
  if (!table?.found) return 0;
  const [row] = await client.query<{ version: number }>(
    `SELECT version FROM ${SCHEMA_VERSION_TABLE} WHERE id = 1`,
  );
  return row?.version ?? 0;
}

interface Step {
  before: number;
  applied?: Migration;
}

/** One locked transaction: read the version, refuse a newer database, apply the next pending one. */
async function applyNext(client: SqlClient, migrations: Migration[], now: () => Date): Promise<Step> {
  return client.transaction(async (tx) => {
    const [row] = await tx.query<{ version: number }>(
      `SELECT version FROM ${SCHEMA_VERSION_TABLE} WHERE id = 1 FOR UPDATE`,
    );
    const before = row?.version ?? 0;
    const latest = migrations.at(-1)?.version ?? 0;
    if (before > latest) throw new DatabaseTooNewError(before, latest);
    const next = migrations.find((migration) => migration.version === before + 1);
    if (!next) return { before };
    try {
      await tx.exec(next.sql);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Migration ${next.version} (${next.name}) failed: ${reason}`, { cause: error });
    }
    await tx.query(`UPDATE ${SCHEMA_VERSION_TABLE} SET version = $1 WHERE id = 1`, [next.version]);
    await tx.query(`INSERT INTO ${SCHEMA_HISTORY_TABLE} (version, name, applied_at) VALUES ($1, $2, $3)`, [
      next.version,
      next.name,
      now().toISOString(),
    ]);
    return { before, applied: next };
  });
}

/**
 * Brings the database up to the last of `migrations` (the bundled ones by default), one migration
 * per transaction. Refuses, changing nothing, a database whose version is newer than the last.
 */
export async function migratePostgres(
  client: SqlClient,
  migrations: Migration[] = bundledPostgresMigrations(),
  options: MigrateOptions = {},
): Promise<MigrationReport> {
  const now = options.now ?? (() => new Date());
  await withRetry(CREATE_RACE, () => client.exec(BOOKKEEPING));
  const applied: number[] = [];
  let from: number | undefined;
  for (;;) {
    const step = await withRetry(new Set([RETRY_TRANSACTION]), () => applyNext(client, migrations, now));
    from ??= step.before;
    if (!step.applied) return { from, to: step.before, applied };
    applied.push(step.applied.version);
  }
}
