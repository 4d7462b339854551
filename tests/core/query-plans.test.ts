// Every statement the core prepares, for every service, is checked with EXPLAIN QUERY PLAN: none may
// read a whole table that grows with the manager's history. The few that must (a name search with a
// leading wildcard, the export of everything) are named here with the reason.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, bundledMigrations } from '../../src/main/core/db/migrations';
import { ACTIVE_HIRES_SQL, ACTIVE_HIRES_WITH_FACTS_SQL } from '../../src/main/core/progress/summaries';
import { openTempCore } from '../support/temp-core';
import { seedTeam } from '../support/seed';

const seen = new Set<string>();
const original = Database.prototype.prepare;
let env: Awaited<ReturnType<typeof openTempCore>>;

/** Tables whose size does not grow with history: the custom framework and the settings. */
const SMALL = new Set([
  'custom_competencies',
  'custom_activities',
  'custom_roles',
  'custom_role_expectations',
  'settings',
  // At most the three hires of the sample team.
  'sample_hires',
  'sqlite_schema',
  'sqlite_master',
  // The list of ids a statement is given (a JSON array): the rows for those ids are found by index.
  'json_each',
  // `SCAN CONSTANT ROW`: a SELECT without FROM (the connection's change count) reads no table.
  'CONSTANT',
]);

/** Whole-table reads that are the point of the statement. */
const ALLOWED: [RegExp, string][] = [
  [/FROM hires WHERE (status = \? AND )?name LIKE/, 'a search for any part of a name cannot use an index'],
  [/^SELECT .* FROM "\w+" ORDER BY/s, 'the data export reads every row of every table'],
  [/SELECT count\(\*\) AS n FROM "\w+"/, 'counting rows before an import into an empty database'],
  [/FROM pragma_/, 'schema introspection'],
  [/SELECT "\w+" AS v FROM "\w+"/, 'checking references inside a staged import file'],
];

beforeAll(async () => {
  Database.prototype.prepare = function (this: Database.Database, source: string) {
    seen.add(source);
    return original.call(this, source) as Database.Statement;
  } as typeof Database.prototype.prepare;
  env = await openTempCore({ now: () => new Date('2027-02-01T09:00:00Z') });
  await seedTeam(env.core);
  // Exercise the read paths too, so statements prepared on first use are seen.
  const hires = await env.core.call('hires.list', { status: 'all', search: 'a' });
  for (const hire of hires.ok ? hires.value : []) {
    await env.core.call('progress.hire', { hireId: hire.id });
    await env.core.call('checkIns.history', { hireId: hire.id, search: 'interviews' });
  }
  await env.core.call('progress.dashboard', {});
  await env.core.call('checkIns.due', {});
  await env.core.call('data.export', {});
});
afterAll(() => {
  Database.prototype.prepare = original;
  env.cleanup();
});

function plan(db: Database.Database, sql: string): string[] {
  const anonymous = (sql.replace(/'[^']*'/g, '').match(/\?/g) ?? []).length;
  const named = [...new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1] ?? ''))];
  const args: unknown[] = Array.from({ length: anonymous }, () => 'x');
  if (named.length > 0) args.push(Object.fromEntries(named.map((name) => [name, 'x'])));
  const statement = original.call(db, `EXPLAIN QUERY PLAN ${sql}`) as Database.Statement<unknown[]>;
  const rows = statement.all(...args) as { detail: string }[];
  return rows.map((row) => row.detail);
}

describe('query plans', () => {
  it('sees the statements of every service', () => {
    expect(seen.size).toBeGreaterThan(80);
  });

  it('no statement scans a table that grows with history', () => {
    const db = new Database(env.core.databaseFile, { readonly: true });
    const scans: string[] = [];
    let checked = 0;
    try {
      for (const sql of seen) {
        if (!/\b(SELECT|UPDATE|DELETE)\b/i.test(sql)) continue;
        checked += 1;
        if (ALLOWED.some(([pattern]) => pattern.test(sql))) continue;
        let details: string[];
        try {
          details = plan(db, sql);
        } catch {
          continue; // Statements for tables this database version does not have (staging, tests).
        }
        for (const detail of details) {
          const match = /^SCAN (\w+)/.exec(detail);
          const table = match?.[1];
          if (!table || SMALL.has(table) || /USING (COVERING )?INDEX/.test(detail)) continue;
          // `SCAN c` uses the alias; find the table it names.
          const aliased = new RegExp(`(\\w+)\\s+(?:AS\\s+)?${table}\\b`, 'i').exec(sql)?.[1];
          if (aliased && SMALL.has(aliased)) continue;
          scans.push(`${detail}\n    in: ${sql.replace(/\s+/g, ' ').slice(0, 240)}`);
        }
      }
    } finally {
      db.close();
    }
    expect(scans).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('would catch a lookup that lost its index', () => {
    const copy = new Database(':memory:');
    applyMigrations(copy, bundledMigrations());
    copy.exec('DROP INDEX action_items_check_in');
    const details = plan(copy, 'SELECT * FROM action_items WHERE check_in_id = ? ORDER BY created_at, rowid');
    copy.close();
    expect(details.some((d) => /^SCAN action_items/.test(d) && !/USING/.test(d))).toBe(true);
  });

  describe("the dashboard's read of the active hires", () => {
    /** A database at `upTo` (every migration by default), analysed as the bench's database is. */
    function migrated(upTo = Infinity): Database.Database {
      const db = new Database(':memory:');
      applyMigrations(
        db,
        bundledMigrations().filter((m) => m.version <= upTo),
      );
      db.exec('ANALYZE');
      return db;
    }

    it.each([
      ['after a restart', ACTIVE_HIRES_WITH_FACTS_SQL],
      ['after a write', ACTIVE_HIRES_SQL],
    ])('%s reads only the partial index of active hires, in its order', (_, sql) => {
      const db = migrated();
      const details = plan(db, sql);
      db.close();
      expect(details[0]).toBe('SCAN h USING COVERING INDEX hires_active_by_name');
      expect(details.filter((d) => /TEMP B-TREE/.test(d))).toEqual([]);
    });

    it('cannot run on a database without the index (migration 0014)', () => {
      const db = migrated(13);
      expect(() => plan(db, ACTIVE_HIRES_WITH_FACTS_SQL)).toThrow(/no such index: hires_active_by_name/);
      db.close();
    });
  });
});
