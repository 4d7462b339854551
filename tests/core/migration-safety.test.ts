// Migration safety: each migration runs on a database filled with data at the version before it and
// keeps that data; no migration drops or changes a column an earlier version relies on; and the
// bundled migrations still produce the schema recorded when each was released.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataFile } from '../../src/shared/data/schema';
import { applyMigrations, bundledMigrations } from '../../src/main/core/db/migrations';
import { dataTables, quoted } from '../../src/main/core/data/tables';
import { openTempCore, valueOf } from '../support/temp-core';
import { seedTeam } from '../support/seed';

const migrations = bundledMigrations();
const SNAPSHOT = join(import.meta.dirname, 'schema-snapshot.json');

type Schema = Record<string, Record<string, string>>;

function atVersion(version: number): Database.Database {
  const db = new Database(':memory:');
  applyMigrations(
    db,
    migrations.filter((m) => m.version <= version),
  );
  return db;
}

/** table → column → "TYPE NOT NULL PK" as SQLite reports it. */
function schemaOf(db: Database.Database): Schema {
  const schema: Schema = {};
  for (const table of dataTables(db)) {
    schema[table.name] = Object.fromEntries(
      table.columns.map((c) => [
        c.name,
        [c.type, c.notNull ? 'NOT NULL' : 'NULL', c.pk ? `PK${c.pk}` : ''].join(' ').trim(),
      ]),
    );
  }
  return schema;
}

let current: DataFile;
beforeAll(async () => {
  const env = await openTempCore({ now: () => new Date('2027-02-01T09:00:00Z'), dailyBackups: false });
  try {
    await seedTeam(env.core);
    current = valueOf(await env.core.call('data.export', {})).file;
  } finally {
    env.cleanup();
  }
});

describe('migration safety', () => {
  it('no migration drops or changes a column that an earlier version has', () => {
    let previous: Schema = {};
    for (const migration of migrations) {
      const db = atVersion(migration.version);
      const schema = schemaOf(db);
      db.close();
      for (const [table, columns] of Object.entries(previous)) {
        for (const [column, definition] of Object.entries(columns)) {
          expect(schema[table]?.[column], `migration ${migration.version} changed ${table}.${column}`).toBe(
            definition,
          );
        }
      }
      previous = schema;
    }
  });

  it('every released version still produces the schema recorded for it', () => {
    const recorded = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, Schema>;
    const produced: Record<string, Schema> = {};
    for (const migration of migrations) {
      const db = atVersion(migration.version);
      produced[migration.version] = schemaOf(db);
      db.close();
    }
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') {
      writeFileSync(SNAPSHOT, `${JSON.stringify(produced, null, 2)}\n`);
      return;
    }
    for (const [version, schema] of Object.entries(recorded)) {
      expect(
        produced[version],
        `schema version ${version} is not what was released; add a new migration instead of editing an old one`,
      ).toEqual(schema);
    }
    const unrecorded = Object.keys(produced).filter((version) => !(version in recorded));
    expect(
      unrecorded,
      'record new migrations with UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/core/migration-safety.test.ts',
    ).toEqual([]);
  });

  for (const migration of migrations.slice(1)) {
    it(`migration ${migration.version} (${migration.name}) keeps the data of a database filled at version ${migration.version - 1}`, () => {
      const db = atVersion(migration.version - 1);
      db.pragma('foreign_keys = OFF');
      const before: Record<string, unknown[]> = {};
      for (const table of dataTables(db)) {
        const names = table.columns.map((c) => c.name);
        const rows = current.tables[table.name] ?? [];
        const insert = db.prepare(
          `INSERT INTO ${quoted(table.name)} (${names.map(quoted).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
        );
        for (const row of rows) insert.run(names.map((name) => row[name] ?? null));
        before[table.name] = db
          .prepare(
            `SELECT ${names.map(quoted).join(', ')} FROM ${quoted(table.name)} ORDER BY ${table.primaryKey.map(quoted).join(', ')}`,
          )
          .all();
        expect(before[table.name]?.length, `${table.name} filled`).toBe(rows.length);
      }
      db.pragma('foreign_keys = ON');
      expect(db.pragma('foreign_key_check')).toEqual([]);

      applyMigrations(db, [migration]);

      expect(db.pragma('user_version', { simple: true })).toBe(migration.version);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      for (const [table, rows] of Object.entries(before)) {
        const columns = Object.keys((rows[0] as object | undefined) ?? {});
        if (columns.length === 0) continue;
        const info = dataTables(db).find((t) => t.name === table);
        const after = db
          .prepare(
            `SELECT ${columns.map(quoted).join(', ')} FROM ${quoted(table)} ORDER BY ${(info?.primaryKey ?? []).map(quoted).join(', ')}`,
          )
          .all();
        expect(after, `${table} after migration ${migration.version}`).toEqual(rows);
      }
      db.close();
    });
  }
});
