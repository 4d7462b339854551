// Runs a PostgreSQL test file on both implementations: PGlite always, and a real PostgreSQL server
// (through pg-client.ts) when ROLEBRIDGE_TEST_POSTGRES_URL names one — `npm test` starts one with
// scripts/with-postgres.mjs where Debian's postgresql package is installed. Without it the server's
// tests are skipped, and their title says why.
import { randomUUID } from 'node:crypto';
import { afterAll, describe } from 'vitest';
import { URL_VARIABLE } from '../../scripts/with-postgres.mjs';
import { openPgClient } from '../../src/main/server/db/pg-client';
import { openPgliteClient } from '../../src/main/server/db/pglite-client';
import type { ClosableSqlClient } from '../../src/main/server/db/sql-client';

/** A database of a test's own: a new schema, which close() drops with everything in it. */
export interface TestDatabase extends ClosableSqlClient {
  readonly schema: string;
  /**
   * Another connection to the same schema, as a second server process would have: its own pool on
   * a server; on PGlite, which has one connection, the same one. Closed with the database.
   */
  connectAgain(): Promise<ClosableSqlClient>;
}

export interface PostgresTarget {
  name: 'PGlite' | 'PostgreSQL server';
  /** Why this target does not run here; undefined when it does. */
  skipped?: string;
  open(): Promise<TestDatabase>;
  /** Releases what the target shares between the tests of a file (the PGlite instance). */
  release(): Promise<void>;
}

/** A schema name no other test, file or run uses (test files run in parallel on one server). */
function newSchemaName(): string {
  return `rbtest_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
}

/** close() that may be called twice (by the test and by the database that handed it out). */
function closingOnce(client: ClosableSqlClient): ClosableSqlClient {
  let closed: Promise<void> | undefined;
  return { ...client, close: () => (closed ??= client.close()) };
}

// One PGlite instance per test file (a few seconds to start), one schema per open(). PGlite has a
// single connection, so the search_path is the instance's: one database may be open at a time.
function pgliteTarget(): PostgresTarget {
  let instance: Promise<ClosableSqlClient> | undefined;
  let openSchema: string | undefined;
  return {
    name: 'PGlite',
    async open() {
      if (openSchema)
        throw new Error(`PGlite has one connection: close ${openSchema} before opening another`);
      instance ??= openPgliteClient();
      const client = await instance;
      const schema = newSchemaName();
      await client.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
      openSchema = schema;
      const sameConnection = { ...client, close: async () => {} };
      return {
        ...sameConnection,
        schema,
        connectAgain: async () => sameConnection,
        close: async () => {
          await client.exec(`SET search_path TO public; DROP SCHEMA ${schema} CASCADE`);
          openSchema = undefined;
        },
      };
    },
    async release() {
      const opened = instance;
      instance = undefined;
      if (opened) await (await opened).close();
    },
  };
}

// A pool per open() whose every connection starts in the test's schema (`-c search_path`), since a
// SET would reach only the one pooled connection it ran on.
function serverTarget(url: string | undefined): PostgresTarget {
  return {
    name: 'PostgreSQL server',
    skipped: url ? undefined : `${URL_VARIABLE} not set`,
    async open() {
      if (!url) throw new Error(`${URL_VARIABLE} is not set`);
      const schema = newSchemaName();
      const connect = () =>
        closingOnce(openPgClient({ connectionString: url, options: `-c search_path=${schema}`, max: 4 }));
      const client = connect();
      await client.exec(`CREATE SCHEMA ${schema}`);
      const others: ClosableSqlClient[] = [];
      return {
        ...client,
        schema,
        connectAgain: async () => {
          const other = connect();
          others.push(other);
          return other;
        },
        close: async () => {
          await Promise.all(others.map((other) => other.close()));
          try {
            await client.exec(`DROP SCHEMA ${schema} CASCADE`);
          } finally {
            await client.close();
          }
        },
      };
    },
    release: async () => {},
  };
}

/** PGlite, then the server named by ROLEBRIDGE_TEST_POSTGRES_URL (skipped, saying so, without it). */
export function postgresTargets(): PostgresTarget[] {
  return [pgliteTarget(), serverTarget(process.env[URL_VARIABLE] || undefined)];
}

/**
 * `describe(title)` once per target, its title naming the target ("… on PGlite", "… on a
 * PostgreSQL server (skipped: ROLEBRIDGE_TEST_POSTGRES_URL not set)"); the target is released after.
 */
export function describeOnPostgres(title: string, body: (target: PostgresTarget) => void): void {
  for (const target of postgresTargets()) {
    const on = target.name === 'PGlite' ? 'PGlite' : 'a PostgreSQL server';
    const label = `${title} on ${on}${target.skipped ? ` (skipped: ${target.skipped})` : ''}`;
    describe.skipIf(target.skipped !== undefined)(label, () => {
      afterAll(() => target.release());
      body(target);
    });
  }
}
