// The team server's PostgreSQL migration runner, on PGlite and (when one is given) a real server:
// applies every migration once, is a no-op on the next start, refuses a newer database, leaves
// nothing of a failed migration, records what it applied, and lets two starts at once share the
// work. Each test gets its own schema (tests/support/postgres.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError, parseMigrations, type Migration } from '../../src/main/core/db/migrations';
import {
  bundledPostgresMigrations,
  migratePostgres,
  postgresSchemaVersion,
  SCHEMA_HISTORY_TABLE,
  SCHEMA_VERSION_TABLE,
} from '../../src/main/server/db/migrations';
import { NestedTransactionError, type SqlClient } from '../../src/main/server/db/sql-client';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';

const real = bundledPostgresMigrations();
const latest = real.at(-1)?.version ?? 0;
const clock = () => new Date('2026-02-28T09:30:00Z');

function throwaway(files: Record<string, string>): Migration[] {
  return parseMigrations(files);
}

async function tablesHere(client: SqlClient): Promise<string[]> {
  const rows = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

async function history(client: SqlClient): Promise<{ version: number; name: string; applied_at: string }[]> {
  return client.query(`SELECT version, name, applied_at FROM ${SCHEMA_HISTORY_TABLE} ORDER BY version`);
}

describeOnPostgres('PostgreSQL', (target) => {
  let client: TestDatabase;
  beforeEach(async () => {
    client = await target.open();
  }, 120_000);
  afterEach(() => client.close());

  describe('migrations', () => {
    it('are bundled from migrations/postgres, numbered from 1 without gaps', () => {
      expect(real.length).toBeGreaterThan(0);
      expect(real.map((migration) => migration.version)).toEqual(real.map((_, index) => index + 1));
      expect(real[0]?.name).toBe('base');
    });

    it('apply every bundled migration to a new database and record each version', async () => {
      const report = await migratePostgres(client, real, { now: clock });
      expect(report).toEqual({ from: 0, to: latest, applied: real.map((m) => m.version) });
      expect(await postgresSchemaVersion(client)).toBe(latest);
      expect(await history(client)).toEqual(
        real.map((m) => ({ version: m.version, name: m.name, applied_at: '2026-02-28T09:30:00.000Z' })),
      );
      expect(await tablesHere(client)).toEqual(
        expect.arrayContaining(['hires', 'plans', 'check_ins', 'hire_packets']),
      );
    });

    it('change nothing on the next start', async () => {
      await migratePostgres(client, real, { now: clock });
      const tables = await tablesHere(client);
      const before = await history(client);
      const report = await migratePostgres(client, real, { now: () => new Date('2027-01-01T00:00:00Z') });
      expect(report).toEqual({ from: latest, to: latest, applied: [] });
      expect(await history(client)).toEqual(before);
      expect(await tablesHere(client)).toEqual(tables);
    });

    it('apply only the new ones to a database at an older version', async () => {
      const first = { '0001_first.sql': 'CREATE TABLE first_table (id text PRIMARY KEY);' };
      await migratePostgres(client, throwaway(first), { now: clock });
      const second = { ...first, '0002_second.sql': 'ALTER TABLE first_table ADD COLUMN note text;' };
      expect(await migratePostgres(client, throwaway(second), { now: clock })).toEqual({
        from: 1,
        to: 2,
        applied: [2],
      });
      expect((await history(client)).map((row) => row.name)).toEqual(['first', 'second']);
    });

    it('refuse a database from a newer version of the app, changing nothing', async () => {
      await migratePostgres(client, real, { now: clock });
      await client.query(`UPDATE ${SCHEMA_VERSION_TABLE} SET version = $1`, [latest + 1]);
      const tables = await tablesHere(client);
      const before = await history(client);

      const refused = migratePostgres(client, real, { now: clock });
      await expect(refused).rejects.toBeInstanceOf(DatabaseTooNewError);
      await expect(refused).rejects.toThrow(
        `saved by a newer version of Rolebridge (schema ${latest + 1}; this app knows up to ${latest})`,
      );
      await expect(refused).rejects.toThrow('Nothing was changed.');
      expect(await postgresSchemaVersion(client)).toBe(latest + 1);
      expect(await history(client)).toEqual(before);
      expect(await tablesHere(client)).toEqual(tables);
    });

    it('roll back a failing migration whole, keep the ones before it, and apply it once it is fixed', async () => {
      const good = { '0001_people.sql': 'CREATE TABLE people (id text PRIMARY KEY);' };
      // Half of it would land without a transaction: a table, an index and a row before the error.
      const failing = `CREATE TABLE teams (id text PRIMARY KEY);
      CREATE INDEX people_id_again ON people (id);
      INSERT INTO people (id) VALUES ('grace');
      SELECT 1 / 0;`;
      const refused = migratePostgres(client, throwaway({ ...good, '0002_teams.sql': failing }), {
        now: clock,
      });
      await expect(refused).rejects.toThrow(/^Migration 2 \(teams\) failed: division by zero/);

      expect(await postgresSchemaVersion(client)).toBe(1);
      expect((await history(client)).map((row) => row.version)).toEqual([1]);
      expect(await tablesHere(client)).not.toContain('teams');
      expect(await client.query('SELECT id FROM people')).toEqual([]);
      const indexes = await client.query(
        `SELECT indexname FROM pg_indexes WHERE indexname = 'people_id_again'`,
      );
      expect(indexes).toEqual([]);

      const fixed = failing.replace('SELECT 1 / 0;', '');
      const report = await migratePostgres(client, throwaway({ ...good, '0002_teams.sql': fixed }), {
        now: clock,
      });
      expect(report).toEqual({ from: 1, to: 2, applied: [2] });
      expect(await client.query('SELECT id FROM people')).toEqual([{ id: 'grace' }]);
    });

    it('let two starts at once apply each migration exactly once', async () => {
      // On a server, two pools: the starts truly race for the bookkeeping tables and the lock row.
      const other = await client.connectAgain();
      const [one, two] = await Promise.all([
        migratePostgres(client, real, { now: clock }),
        migratePostgres(other, real, { now: clock }),
      ]);
      expect([...one.applied, ...two.applied].sort((a, b) => a - b)).toEqual(real.map((m) => m.version));
      expect(one.to).toBe(latest);
      expect(two.to).toBe(latest);
      expect((await history(client)).map((row) => row.version)).toEqual(real.map((m) => m.version));
    });

    it('run a step again when the database asks for a retry (CockroachDB under contention)', async () => {
      let refusals = 1;
      const contended: SqlClient = {
        query: (sql, params) => client.query(sql, params),
        exec: (script) => client.exec(script),
        transaction: (work) => {
          if (refusals > 0) {
            refusals -= 1;
            return Promise.reject(Object.assign(new Error('restart transaction'), { code: '40001' }));
          }
          return client.transaction(work);
        },
      };
      const report = await migratePostgres(contended, real, { now: clock });
      expect(refusals).toBe(0);
      expect(report.applied).toEqual(real.map((m) => m.version));
    });
  });

  describe('the SqlClient', () => {
    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await client.exec('CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL)');
      await client.transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id, body) VALUES ($1, $2)', [1, 'kept']);
      });
      const failed = client.transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id, body) VALUES ($1, $2)', [2, 'dropped']);
        throw new Error('stop');
      });
      await expect(failed).rejects.toThrow('stop');
      expect(await client.query('SELECT id, body FROM notes ORDER BY id')).toEqual([{ id: 1, body: 'kept' }]);
    });

    it('refuses a nested transaction', async () => {
      const nested = client.transaction((tx) => tx.transaction(async () => 1));
      await expect(nested).rejects.toBeInstanceOf(NestedTransactionError);
    });

    it('reads 64-bit integers as numbers and refuses one it cannot hold exactly', async () => {
      expect(
        await client.query('SELECT 9007199254740991::bigint AS n, count(*) AS c FROM (VALUES (1)) v'),
      ).toEqual([{ n: 9007199254740991, c: 1 }]);
      await expect(client.query('SELECT 9007199254740993::bigint AS n')).rejects.toThrow(
        /too large to read exactly/,
      );
    });
  });
});
