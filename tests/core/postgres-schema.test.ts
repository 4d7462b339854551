// The desktop's SQLite migrations and the team server's PostgreSQL ones must give the same logical
// schema: every table, column (logical type, NULL, default), primary key, foreign key with its
// actions, UNIQUE set, number of CHECK constraints, index (columns and WHERE) and trigger. Both
// catalogs are read into one flat form ("table hires column name" -> "text NOT NULL") and compared;
// a difference names the SQLite migration that made it and the PostgreSQL file to add.
// Run on PGlite and, when one is given, on a real PostgreSQL server (tests/support/postgres.ts).
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, bundledMigrations, type Migration } from '../../src/main/core/db/migrations';
import {
  bundledPostgresMigrations,
  migratePostgres,
  SCHEMA_HISTORY_TABLE,
  SCHEMA_VERSION_TABLE,
} from '../../src/main/server/db/migrations';
import type { SqlClient } from '../../src/main/server/db/sql-client';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';

/** "table hires column name" -> "text NOT NULL DEFAULT ''": one fact of the schema per entry. */
type Facts = Map<string, string>;

interface Exception {
  /** Facts whose key is this, or starts with it and a space. */
  key: string;
  reason: string;
}

// Objects only the server has. Accounts, sessions and owner ids come with later work; each gets its
// line here with the reason when it arrives.
const SERVER_ONLY: Exception[] = [
  {
    key: `table ${SCHEMA_VERSION_TABLE}`,
    reason: 'the runner keeps its version here (SQLite: user_version)',
  },
  { key: `table ${SCHEMA_HISTORY_TABLE}`, reason: 'the runner records each migration it applied' },
  {
    key: 'table accounts',
    reason: 'team mode: the people who sign in (the desktop has one user, no accounts)',
  },
  { key: 'index accounts_email', reason: 'team mode: one account per email in any case' },
  { key: 'table sessions', reason: 'team mode: server-side sessions, kept by token hash' },
  { key: 'index sessions_account', reason: 'team mode: sign out everywhere ends one account’s sessions' },
  { key: 'index sessions_expires', reason: 'team mode: the purge of sessions past their absolute end' },
  { key: 'index sessions_last_seen', reason: 'team mode: the purge of idle sessions' },
  { key: 'table invitations', reason: 'team mode: one-time invitation links, kept by token hash' },
  { key: 'index invitations_expires', reason: 'team mode: the purge of expired invitation links' },
  { key: 'table server_setup', reason: 'team mode: the first administrator is made once' },
  ...['manager_id', 'updated_by'].map((column) => ({
    key: `table hires column ${column}`,
    reason: 'team mode: each hire is one manager’s, and each edit names who made it (0005)',
  })),
  { key: 'table hires foreign key (manager_id)', reason: 'team mode: the manager is an account' },
  { key: 'table hires foreign key (updated_by)', reason: 'team mode: who made the newest edit' },
  { key: 'index hires_manager_status_name', reason: 'team mode: a manager’s hires by status and name' },
  {
    key: 'table check_ins column updated_by',
    reason: 'team mode: each edit of a one-on-one names who made it (0005); the version is in both (0016)',
  },
  { key: 'table check_ins foreign key (updated_by)', reason: 'team mode: who made the newest edit' },
  {
    key: 'table check_ins column private_notes_by',
    reason: 'team mode: private notes are returned to their author alone',
  },
  { key: 'table check_ins foreign key (private_notes_by)', reason: 'team mode: the notes’ author' },
  { key: 'table hire_shares', reason: 'team mode: a hire a manager lets an HR/L&D lead see' },
  { key: 'index hire_shares_account', reason: 'team mode: the hires shared with one lead' },
  { key: 'table hire_handovers', reason: 'team mode: a hire handed from one manager to another' },
  { key: 'index hire_handovers_hire', reason: 'team mode: a hire’s handovers in order' },
  ...['action_items', 'hire_topics'].map((table) => ({
    key: `table ${table} column seq`,
    reason: 'team mode: ties at one instant in the order rows were added, as SQLite’s rowid (0007)',
  })),
  { key: 'table account_settings', reason: 'team mode: settings per account (the desktop: settings)' },
  ...['custom_competencies', 'custom_activities', 'custom_roles'].flatMap((table) => [
    ...['proposed_by', 'proposed_at'].map((column) => ({
      key: `table ${table} column ${column}`,
      reason: 'team mode: an entry a manager moved in waits as a proposal for the shared framework (0006)',
    })),
    { key: `table ${table} foreign key (proposed_by)`, reason: 'team mode: the proposer is an account' },
  ]),
];

// Objects only the desktop has.
const SUMMARY_TRIGGERS = [
  'plans',
  'activities',
  'assessments',
  'ratings',
  'check_ins',
  'action_items',
].flatMap((source) =>
  ['insert', 'update', 'delete'].map((event) => `trigger hire_summaries_${source}_${event}`),
);
const SQLITE_ONLY: Exception[] = SUMMARY_TRIGGERS.map((key) => ({
  key,
  reason: 'the server deletes a hire_summaries row in the same transaction as the write (docs/team.md)',
}));

// ---- reading SQLite ----------------------------------------------------------------------------

const SQLITE_TYPES: Record<string, string> = { TEXT: 'text', INTEGER: 'integer', REAL: 'real' };
const PG_TYPES: Record<string, string> = {
  text: 'text',
  integer: 'integer',
  bigint: 'integer',
  smallint: 'integer',
  'double precision': 'real',
};
const PG_ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/**
 * An expression as both catalogs can agree on it: no casts, no outer brackets, single spaces, and
 * no quotes around plain names (PostgreSQL quotes keywords such as "position").
 */
function expression(sql: string): string {
  let text = sql
    .replace(/"([a-z_][a-z0-9_]*)"/g, '$1')
    .replace(/::[a-z]+( precision| varying)?(\[\])?/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  while (text.startsWith('(') && text.endsWith(')') && balanced(text.slice(1, -1)))
    text = text.slice(1, -1).trim();
  return text;
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function withoutComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, '');
}

function column(type: string, nullable: boolean, fallback: string | null): string {
  return [type, nullable ? 'NULL' : 'NOT NULL', fallback === null ? '' : `DEFAULT ${fallback}`]
    .join(' ')
    .trim();
}

interface SqliteColumn {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

function sqliteTableFacts(db: Database.Database, table: string, sql: string, facts: Facts): void {
  const columns = db.pragma(`table_info(${JSON.stringify(table)})`) as SqliteColumn[];
  const keyColumns = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  // A lone INTEGER PRIMARY KEY is the rowid: never NULL though table_info says it may be.
  const rowid = keyColumns.length === 1 && keyColumns[0]?.type === 'INTEGER' && !/WITHOUT ROWID/i.test(sql);
  for (const c of columns) {
    const generated = rowid && c.pk === 1 && /\bAUTOINCREMENT\b/i.test(sql);
    const fallback = generated
      ? 'generated, never reused'
      : c.dflt_value === null
        ? null
        : expression(c.dflt_value);
    const nullable = c.notnull === 0 && !(rowid && c.pk === 1);
    facts.set(`table ${table} column ${c.name}`, column(SQLITE_TYPES[c.type] ?? c.type, nullable, fallback));
  }
  if (keyColumns.length > 0)
    facts.set(`table ${table} primary key`, `(${keyColumns.map((c) => c.name).join(', ')})`);
  const checks = withoutComments(sql).match(/\bCHECK\s*\(/gi)?.length ?? 0;
  if (checks > 0) facts.set(`table ${table} checks`, `${checks} CHECK constraints`);
  sqliteForeignKeys(db, table, facts);
}

interface SqliteForeignKey {
  id: number;
  table: string;
  from: string;
  to: string | null;
  on_update: string;
  on_delete: string;
}

function sqliteForeignKeys(db: Database.Database, table: string, facts: Facts): void {
  const rows = db.pragma(`foreign_key_list(${JSON.stringify(table)})`) as SqliteForeignKey[];
  const byId = new Map<number, SqliteForeignKey[]>();
  for (const row of rows) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  for (const parts of byId.values()) {
    const [first] = parts;
    if (!first) continue;
    const from = parts.map((p) => p.from).join(', ');
    const to = parts.map((p) => p.to ?? '(primary key)').join(', ');
    setOnce(
      facts,
      `table ${table} foreign key (${from})`,
      `REFERENCES ${first.table} (${to}) ON DELETE ${first.on_delete} ON UPDATE ${first.on_update}`,
    );
  }
}

interface SqliteIndexColumn {
  cid: number;
  name: string | null;
  desc: number;
  coll: string;
  key: number;
}

function sqliteIndexColumns(db: Database.Database, index: string): string[] {
  const rows = db.pragma(`index_xinfo(${JSON.stringify(index)})`) as SqliteIndexColumn[];
  return rows
    .filter((row) => row.key === 1)
    .map((row) => {
      // NOCASE has no PostgreSQL twin; the server indexes lower(column) instead (docs/team.md).
      const name =
        row.cid === -2 ? '<expression>' : row.coll === 'NOCASE' ? `lower(${row.name})` : `${row.name}`;
      return row.desc ? `${name} DESC` : name;
    });
}

function sqliteIndexFacts(db: Database.Database, table: string, facts: Facts): void {
  const list = db.pragma(`index_list(${JSON.stringify(table)})`) as {
    name: string;
    unique: number;
    origin: string;
  }[];
  const named = new Map(
    (
      db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?`).all(table) as {
        name: string;
        sql: string | null;
      }[]
    ).map((row) => [row.name, row.sql]),
  );
  for (const index of list) {
    const columns = sqliteIndexColumns(db, index.name);
    if (index.origin === 'u') facts.set(`table ${table} unique (${columns.join(', ')})`, 'UNIQUE');
    if (index.origin !== 'c') continue;
    const where = /\bWHERE\b([\s\S]*)$/i.exec(withoutComments(named.get(index.name) ?? ''))?.[1];
    facts.set(`index ${index.name}`, indexFact(table, index.unique === 1, columns, where ?? null));
  }
}

function indexFact(table: string, unique: boolean, columns: string[], where: string | null): string {
  const head = `${unique ? 'UNIQUE ' : ''}ON ${table} (${columns.join(', ')})`;
  return where === null ? head : `${head} WHERE ${expression(where.replace(/;\s*$/, ''))}`;
}

function sqliteFacts(db: Database.Database): Facts {
  const facts: Facts = new Map();
  const objects = db
    .prepare(
      `SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name`,
    )
    .all() as { type: string; name: string; tbl_name: string; sql: string }[];
  for (const object of objects) {
    if (object.type === 'table') {
      sqliteTableFacts(db, object.name, object.sql, facts);
      sqliteIndexFacts(db, object.name, facts);
    }
    if (object.type === 'trigger') facts.set(`trigger ${object.name}`, `ON ${object.tbl_name}`);
    if (object.type === 'view') facts.set(`view ${object.name}`, 'VIEW');
  }
  return facts;
}

// ---- reading PostgreSQL ------------------------------------------------------------------------

async function pgColumnFacts(client: SqlClient, facts: Facts): Promise<void> {
  const columns = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    is_nullable: string;
    column_default: string | null;
    is_identity: string;
  }>(
    `SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default, c.is_identity
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
  );
  for (const c of columns) {
    const fallback =
      c.is_identity === 'YES'
        ? 'generated, never reused'
        : c.column_default === null
          ? null
          : expression(c.column_default);
    facts.set(
      `table ${c.table_name} column ${c.column_name}`,
      column(PG_TYPES[c.data_type] ?? c.data_type, c.is_nullable === 'YES', fallback),
    );
  }
}

interface PgConstraint {
  table_name: string;
  contype: string;
  columns: string[];
  target: string | null;
  target_columns: string[] | null;
  on_delete: string;
  on_update: string;
}

async function pgConstraintFacts(client: SqlClient, facts: Facts): Promise<void> {
  const constraints = await client.query<PgConstraint>(
    `SELECT t.relname AS table_name, c.contype::text AS contype,
            ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
            r.relname::text AS target,
            ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS target_columns,
            c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update
       FROM pg_constraint c
       JOIN pg_class t ON t.oid = c.conrelid
       LEFT JOIN pg_class r ON r.oid = c.confrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND c.contype IN ('p', 'u', 'f', 'c')`,
  );
  const checks = new Map<string, number>();
  for (const c of constraints) {
    const on = `table ${c.table_name}`;
    const columns = c.columns.join(', ');
    if (c.contype === 'p') facts.set(`${on} primary key`, `(${columns})`);
    if (c.contype === 'u') facts.set(`${on} unique (${columns})`, 'UNIQUE');
    if (c.contype === 'c') checks.set(c.table_name, (checks.get(c.table_name) ?? 0) + 1);
    if (c.contype === 'f') {
      const actions = `ON DELETE ${PG_ACTIONS[c.on_delete]} ON UPDATE ${PG_ACTIONS[c.on_update]}`;
      setOnce(
        facts,
        `${on} foreign key (${columns})`,
        `REFERENCES ${c.target} (${c.target_columns?.join(', ')}) ${actions}`,
      );
    }
  }
  for (const [table, count] of checks) facts.set(`table ${table} checks`, `${count} CHECK constraints`);
}

async function pgIndexFacts(client: SqlClient, facts: Facts): Promise<void> {
  // Indexes a constraint made (primary keys, UNIQUE) are facts of their table, as in SQLite.
  const indexes = await client.query<{
    index_name: string;
    table_name: string;
    unique: boolean;
    columns: string[];
    predicate: string | null;
  }>(
    `SELECT ic.relname AS index_name, t.relname AS table_name, i.indisunique AS unique,
            ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k) AS columns,
            pg_get_expr(i.indpred, i.indrelid, true) AS predicate
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relnamespace = current_schema()::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  );
  for (const index of indexes) {
    facts.set(
      `index ${index.index_name}`,
      indexFact(index.table_name, index.unique, index.columns.map(expression), index.predicate),
    );
  }
}

async function pgFacts(client: SqlClient): Promise<Facts> {
  const facts: Facts = new Map();
  await pgColumnFacts(client, facts);
  await pgConstraintFacts(client, facts);
  await pgIndexFacts(client, facts);
  const triggers = await client.query<{ name: string; table_name: string }>(
    `SELECT g.tgname AS name, t.relname AS table_name FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND NOT g.tgisinternal`,
  );
  for (const trigger of triggers) facts.set(`trigger ${trigger.name}`, `ON ${trigger.table_name}`);
  const views = await client.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.views WHERE table_schema = current_schema()`,
  );
  for (const view of views) facts.set(`view ${view.table_name}`, 'VIEW');
  return facts;
}

function setOnce(facts: Facts, key: string, value: string): void {
  if (facts.has(key)) throw new Error(`Two facts for "${key}": the comparison cannot tell them apart`);
  facts.set(key, value);
}

// ---- comparing ---------------------------------------------------------------------------------

function covers(exception: Exception, key: string): boolean {
  return key === exception.key || key.startsWith(`${exception.key} `);
}

/** The SQLite migration that last changed `key` (facts after each version, oldest first). */
function madeBy(history: { migration: Migration; facts: Facts }[], key: string): string {
  const final = history.at(-1)?.facts.get(key);
  let index = history.length - 1;
  while (index > 0 && history[index - 1]?.facts.get(key) === final) index -= 1;
  const migration = history[index]?.migration;
  return migration ? `migrations/${String(migration.version).padStart(4, '0')}_${migration.name}.sql` : '?';
}

interface Comparison {
  differences: string[];
  unusedExceptions: string[];
}

function compare(
  sqlite: Facts,
  postgres: Facts,
  history: { migration: Migration; facts: Facts }[],
): Comparison {
  const differences: string[] = [];
  const used = new Set<Exception>();
  const excepted = (list: Exception[], key: string) => {
    const found = list.find((exception) => covers(exception, key));
    if (found) used.add(found);
    return found !== undefined;
  };
  const keys = [...new Set([...sqlite.keys(), ...postgres.keys()])].sort();
  for (const key of keys) {
    const mine = sqlite.get(key);
    const theirs = postgres.get(key);
    if (mine === theirs) continue;
    if (theirs === undefined && excepted(SQLITE_ONLY, key)) continue;
    if (mine === undefined && excepted(SERVER_ONLY, key)) continue;
    if (mine === undefined) differences.push(`${key}: only in PostgreSQL (${theirs})`);
    else if (theirs === undefined)
      differences.push(`${key}: only in SQLite (${mine}), from ${madeBy(history, key)}`);
    else
      differences.push(
        `${key}: SQLite ${mine}, PostgreSQL ${theirs} (SQLite's from ${madeBy(history, key)})`,
      );
  }
  const unusedExceptions = [...SERVER_ONLY, ...SQLITE_ONLY]
    .filter((exception) => !used.has(exception))
    .map((exception) => exception.key);
  return { differences, unusedExceptions };
}

function report(differences: string[], postgresLatest: number): string {
  const next = String(postgresLatest + 1).padStart(4, '0');
  return [
    `The PostgreSQL migrations (migrations/postgres) give a different schema from the SQLite ones:`,
    ...differences.map((line) => `  - ${line}`),
    `A new SQLite migration needs its twin: migrations/postgres/${next}_<name>.sql doing the same in`,
    `PostgreSQL (docs/team.md, "Database"); a server-only or desktop-only object needs its line, with`,
    `the reason, in SERVER_ONLY or SQLITE_ONLY in this test.`,
  ].join('\n');
}

// ---- the test ----------------------------------------------------------------------------------

/** Facts of the SQLite schema after each migration, the last entry being the current schema. */
function sqliteHistory(migrations: Migration[]): { migration: Migration; facts: Facts }[] {
  const db = new Database(':memory:');
  try {
    return migrations.map((migration) => {
      applyMigrations(db, [migration]);
      return { migration, facts: sqliteFacts(db) };
    });
  } finally {
    db.close();
  }
}

const sqliteMigrations = bundledMigrations();
const postgresMigrations = bundledPostgresMigrations();
let history: { migration: Migration; facts: Facts }[];
// The database of the target whose tests run now (PGlite, then a server), migrated once, and its facts.
let client: SqlClient;
let postgres: Facts;

beforeAll(() => {
  history = sqliteHistory(sqliteMigrations);
});

/**
 * What a deliberate change adds to the differences already there, so these checks of the comparison
 * keep passing while a SQLite migration merged without its twin fails only the first test.
 */
function newDifferences({ differences }: Comparison): string[] {
  const known = new Set(compare(history.at(-1)?.facts ?? new Map(), postgres, history).differences);
  return differences.filter((line) => !known.has(line));
}

function schemaTests(): void {
  it('is the same logical schema as the SQLite one', () => {
    const sqlite = history.at(-1)?.facts ?? new Map();
    const { differences } = compare(sqlite, postgres, history);
    expect(differences, report(differences, postgresMigrations.length)).toEqual([]);
  });

  it('reads enough of both catalogs to mean something', () => {
    const sqlite = history.at(-1)?.facts ?? new Map<string, string>();
    expect(sqlite.get('table hires column name')).toBe('text NOT NULL');
    expect(postgres.get('table hires column notes')).toBe("text NOT NULL DEFAULT ''");
    expect(postgres.get('table hire_summaries column id')).toBe(
      'integer NOT NULL DEFAULT generated, never reused',
    );
    expect(sqlite.get('index plans_one_current')).toBe("UNIQUE ON plans (hire_id) WHERE status = 'current'");
    expect(postgres.get('index hires_status_name')).toBe('ON hires (status, lower(name))');
    expect(postgres.get('table plan_goals foreign key (phase_id)')).toBe(
      'REFERENCES plan_phases (id) ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    expect(sqlite.get('table hire_summaries unique (hire_id)')).toBe('UNIQUE');
    expect(postgres.get('table check_ins checks')).toBe('8 CHECK constraints');
    expect([...postgres.keys()].filter((key) => key.startsWith('index ')).length).toBeGreaterThan(25);
  });

  it('keeps no exception that no longer matches anything', () => {
    const sqlite = history.at(-1)?.facts ?? new Map();
    expect(compare(sqlite, postgres, history).unusedExceptions).toEqual([]);
  });

  it('catches a SQLite change without its PostgreSQL twin, naming the migration', () => {
    const extra: Migration = { version: sqliteMigrations.length + 1, name: 'hire_pronouns', sql: '' };
    extra.sql = `ALTER TABLE hires ADD COLUMN pronouns TEXT NOT NULL DEFAULT '';
      CREATE INDEX hires_archived ON hires (archived_at) WHERE archived_at IS NOT NULL;`;
    const longer = sqliteHistory([...sqliteMigrations, extra]);
    const differences = newDifferences(compare(longer.at(-1)?.facts ?? new Map(), postgres, longer));
    const file = `migrations/${String(extra.version).padStart(4, '0')}_hire_pronouns.sql`;
    expect(differences).toEqual([
      `index hires_archived: only in SQLite (ON hires (archived_at) WHERE archived_at IS NOT NULL), from ${file}`,
      `table hires column pronouns: only in SQLite (text NOT NULL DEFAULT ''), from ${file}`,
    ]);
    expect(report(differences, postgresMigrations.length)).toContain(
      `migrations/postgres/${String(postgresMigrations.length + 1).padStart(4, '0')}_<name>.sql`,
    );
  });

  it('catches a PostgreSQL column, default or ON DELETE that SQLite does not have', async () => {
    // Changed inside a transaction that is then undone, so the shared database stays as migrated.
    class Undo extends Error {}
    let differences: string[] = [];
    const changing = client.transaction(async (tx) => {
      await tx.exec(`ALTER TABLE hires ADD COLUMN pronouns text;
        ALTER TABLE hires ALTER COLUMN notes SET DEFAULT 'none';
        ALTER TABLE hire_packets DROP CONSTRAINT hire_packets_hire_id_fkey;
        ALTER TABLE hire_packets ADD FOREIGN KEY (hire_id) REFERENCES hires (id);`);
      differences = newDifferences(compare(history.at(-1)?.facts ?? new Map(), await pgFacts(tx), history));
      throw new Undo();
    });
    await expect(changing).rejects.toBeInstanceOf(Undo);
    expect(differences).toEqual([
      'table hire_packets foreign key (hire_id): SQLite REFERENCES hires (id) ON DELETE CASCADE ON UPDATE NO ACTION, ' +
        "PostgreSQL REFERENCES hires (id) ON DELETE NO ACTION ON UPDATE NO ACTION (SQLite's from migrations/0012_hire_packets.sql)",
      "table hires column notes: SQLite text NOT NULL DEFAULT '', PostgreSQL text NOT NULL DEFAULT 'none' (SQLite's from migrations/0001_hires.sql)",
      'table hires column pronouns: only in PostgreSQL (text NULL)',
    ]);
    expect(await pgFacts(client)).toEqual(postgres);
  });
}

// ---- the same rows refused -----------------------------------------------------------------------
// The catalogs only count CHECK constraints; these rows show the rules mean the same in both
// dialects (GLOB against regular expressions, json_valid against a cast, length in characters).

type Row = Record<string, string | number | null>;

const PARENTS = `
INSERT INTO hires (id, name, current_role_id, target_role_id, start_date, created_at, updated_at)
  VALUES ('h1', 'Grace', 'project-manager', 'product-manager', '2026-01-05', 't', 't');
INSERT INTO plans (id, hire_id, version, status, from_role_id, to_role_id, start_date, end_date, summary, created_at)
  VALUES ('p1', 'h1', 1, 'current', 'project-manager', 'product-manager', '2026-01-05', '2026-04-03', '{}', 't');
`;

// Team mode: every hire on the server is one manager's (0005), so the server's parents name one.
const POSTGRES_PARENTS = `
INSERT INTO accounts (id, email, display_name, role, password_hash, created_at)
  VALUES ('m1', 'm1@example.com', 'Manager', 'manager', 'scrypt$x', 't');
${PARENTS.replace('created_at, updated_at)', 'created_at, updated_at, manager_id)').replace("'t', 't');", "'t', 't', 'm1');")}`;

/** The probe row as the server stores it: a hire names its manager. */
function onServer(table: string, row: Row): Row {
  return table === 'hires' ? { ...row, manager_id: 'm1' } : row;
}

const BASE: Record<string, Row> = {
  hires: {
    id: 'h2',
    name: 'Ada',
    current_role_id: 'a',
    target_role_id: 'b',
    start_date: '2026-01-05',
    created_at: 't',
    updated_at: 't',
  },
  custom_competencies: {
    id: 'k1',
    area_id: 'a',
    name: 'Writing',
    summary: 's',
    levels: '["1","2","3","4","5"]',
    created_at: 't',
    updated_at: 't',
  },
  check_ins: {
    id: 'c1',
    hire_id: 'h1',
    scheduled_on: '2026-01-12',
    origin: 'manager',
    created_at: 't',
    updated_at: 't',
  },
  plan_activities: {
    id: 'a1',
    plan_id: 'p1',
    position: 0,
    competency_id: 'x',
    title: 'Shadow a PM',
    kind: 'people',
    effort_hours: 2,
    start_date: '2026-01-05',
    due_date: '2026-01-09',
    origin: 'manager',
    updated_at: 't',
  },
  hire_summaries: {
    hire_id: 'h1',
    planned_due: '',
    planned_kinds: '',
    done_due: '',
    scheduled: '',
    action_due: '',
  },
  hire_topics: { id: 't1', hire_id: 'h1', text: 'Roadmaps', added_by: 'hire', created_at: 't' },
  hire_leave: { id: 'l1', hire_id: 'h1', start_on: '2026-02-02', end_on: '2026-02-06', created_at: 't' },
  settings: { key: 'locale', value: '{}', updated_at: 't' },
  plans: {
    id: 'p2',
    hire_id: 'h1',
    version: 2,
    status: 'superseded',
    from_role_id: 'a',
    to_role_id: 'b',
    start_date: '2026-01-05',
    end_date: '2026-04-03',
    summary: '{}',
    created_at: 't',
  },
  assessments: {
    id: 's1',
    hire_id: 'h1',
    role_id: 'r',
    assessed_on: '2026-01-05',
    assessor: 'manager',
    created_at: 't',
  },
};

type Verdict = 'kept' | 'refused';
const probes: [table: string, change: Row, expected: Verdict][] = [
  ...Object.keys(BASE).map((table): [string, Row, Verdict] => [table, {}, 'kept']),
  ['hires', { name: '' }, 'refused'],
  ['hires', { name: 'x'.repeat(121) }, 'refused'],
  ['hires', { name: 'É'.repeat(120) }, 'kept'],
  ['hires', { start_date: '2026-1-05' }, 'refused'],
  ['hires', { start_date: '2026-01-05 ' }, 'refused'],
  ['hires', { start_date: '2026-01-0a' }, 'refused'],
  ['hires', { status: 'paused' }, 'refused'],
  ['hires', { notes: null }, 'refused'],
  ['custom_competencies', { levels: '[1,2,3,4,5]' }, 'kept'],
  ['custom_competencies', { levels: '[1,2,3,4]' }, 'refused'],
  ['custom_competencies', { levels: '{"a":1}' }, 'refused'],
  ['custom_competencies', { levels: 'five levels' }, 'refused'],
  ['check_ins', { start_time: '09:30', minutes: 240 }, 'kept'],
  ['check_ins', { start_time: '9:30' }, 'refused'],
  ['check_ins', { start_time: '09:60' }, 'refused'],
  ['check_ins', { minutes: 9 }, 'refused'],
  ['check_ins', { minutes: 30.5 }, 'refused'],
  ['check_ins', { status: 'done' }, 'refused'],
  ['check_ins', { status: 'done', held_on: '2026-01-12' }, 'kept'],
  ['check_ins', { topics: '[' }, 'refused'],
  ['check_ins', { plan_id: 'nowhere' }, 'refused'],
  ['plan_activities', { effort_hours: 0 }, 'refused'],
  ['plan_activities', { effort_hours: 40 }, 'kept'],
  ['plan_activities', { effort_hours: 40.5 }, 'refused'],
  ['plan_activities', { move_purpose: 'letGo' }, 'kept'],
  ['plan_activities', { move_purpose: 'other' }, 'refused'],
  ['plan_activities', { check_in_topic: 'x'.repeat(501) }, 'refused'],
  ['plan_activities', { status: 'done' }, 'refused'],
  ['hire_summaries', { planned_due: '2026-01-05', planned_kinds: 'e' }, 'kept'],
  ['hire_summaries', { planned_due: '2026-01-05' }, 'refused'],
  ['hire_summaries', { latest_levels: '{"writing":2}' }, 'kept'],
  ['hire_summaries', { latest_levels: 'nope' }, 'refused'],
  ['hire_topics', { closed_on: '2026-01-05' }, 'refused'],
  ['hire_topics', { status: 'discussed', closed_on: '2026-01-05' }, 'kept'],
  ['hire_leave', { end_on: '2026-02-01' }, 'refused'],
  ['hire_leave', { note: 'n'.repeat(201) }, 'refused'],
  ['settings', { value: '' }, 'refused'],
  ['plans', { status: 'current' }, 'refused'],
  ['plans', { version: 1 }, 'refused'],
  ['assessments', { hire_id: 'nobody' }, 'refused'],
  ['assessments', { corrects_id: 's0' }, 'refused'],
];

function insert(table: string, row: Row, placeholder: (index: number) => string) {
  const columns = Object.keys(row);
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => placeholder(i)).join(', ')})`;
}

class Undo extends Error {}

function sqliteVerdict(db: Database.Database, table: string, row: Row): Verdict {
  try {
    db.transaction(() => {
      db.exec(PARENTS);
      db.prepare(insert(table, row, () => '?')).run(...Object.values(row));
      throw new Undo();
    })();
  } catch (error) {
    if (error instanceof Undo) return 'kept';
    // Only a broken rule counts as refused; anything else is a mistake in the probe.
    if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) return 'refused';
    throw error;
  }
  throw new Error('unreachable');
}

async function postgresVerdict(table: string, row: Row): Promise<Verdict> {
  try {
    await client.transaction(async (tx) => {
      await tx.exec(POSTGRES_PARENTS);
      const stored = onServer(table, row);
      await tx.query(
        insert(table, stored, (i) => `$${i + 1}`),
        Object.values(stored),
      );
      throw new Undo();
    });
  } catch (error) {
    if (error instanceof Undo) return 'kept';
    // 23: a constraint; 22: a value the column's type or a cast in a CHECK refuses (JSON, 30.5).
    if (/^2[23]/.test((error as { code?: string }).code ?? '')) return 'refused';
    throw error;
  }
  throw new Error('unreachable');
}

function ruleTests(): void {
  it('keep and refuse the same rows as SQLite', async () => {
    const db = new Database(':memory:');
    try {
      applyMigrations(db, sqliteMigrations);
      const outcomes: string[] = [];
      for (const [table, change, expected] of probes) {
        const row = { ...BASE[table], ...change };
        const verdicts = {
          sqlite: sqliteVerdict(db, table, row),
          postgres: await postgresVerdict(table, row),
        };
        if (verdicts.sqlite !== expected || verdicts.postgres !== expected) {
          outcomes.push(
            `${table} ${JSON.stringify(change)}: expected ${expected}, SQLite ${verdicts.sqlite}, PostgreSQL ${verdicts.postgres}`,
          );
        }
      }
      expect(outcomes).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('differ on NUL: PostgreSQL text cannot hold it, so validation refuses control characters first', async () => {
    const db = new Database(':memory:');
    try {
      applyMigrations(db, sqliteMigrations);
      const row = { ...BASE.hires, name: 'Ada\u0000' };
      expect(sqliteVerdict(db, 'hires', row)).toBe('kept');
      await expect(postgresVerdict('hires', row)).resolves.toBe('refused');
    } finally {
      db.close();
    }
  });
}

describeOnPostgres('PostgreSQL', (target) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await target.open();
    client = db;
    await migratePostgres(db, postgresMigrations);
    postgres = await pgFacts(db);
  }, 120_000);
  afterAll(() => db.close());

  describe('the schema', schemaTests);
  describe('the rules', ruleTests);
});
