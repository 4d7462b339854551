// What the PostgreSQL repository tests share: a migrated team database with two managers, an HR/L&D
// lead, a second lead and an administrator; a scope per account; and the SQLite database the same
// fixture is written to, so each test can compare the two repositories' answers.
import Database from 'better-sqlite3';
import type { Hire } from '@shared/hires/schema';
import { applyMigrations, bundledMigrations } from '../../src/main/core/db/migrations';
import type { Db } from '../../src/main/core/db/connection';
import type { Actor } from '../../src/main/server/auth/policy';
import { migratePostgres } from '../../src/main/server/db/migrations';
import type { SqlClient } from '../../src/main/server/db/sql-client';
import type { RepositoryScope } from '../../src/main/server/repositories/scope';
import type { PostgresTarget, TestDatabase } from './postgres';

export const MANAGER_A: Actor = { id: 'manager-a', role: 'manager' };
export const MANAGER_B: Actor = { id: 'manager-b', role: 'manager' };
export const LEAD: Actor = { id: 'lead-1', role: 'hr' };
export const OTHER_LEAD: Actor = { id: 'lead-2', role: 'hr' };
export const ADMIN: Actor = { id: 'admin-1', role: 'admin' };
/** A manager account that was turned off: nothing may be handed to it. */
export const DISABLED_MANAGER: Actor = { id: 'manager-off', role: 'manager' };

const ACCOUNTS = [MANAGER_A, MANAGER_B, LEAD, OTHER_LEAD, ADMIN, DISABLED_MANAGER];

/** A fresh schema per call on the target (the previous one closed first: PGlite holds one at a time). */
export function teamDatabases(target: PostgresTarget) {
  let current: TestDatabase | undefined;
  return {
    async open(): Promise<TestDatabase> {
      await current?.close();
      current = await target.open();
      await migratePostgres(current);
      await current.query(
        `INSERT INTO accounts (id, email, display_name, role, password_hash, created_at, disabled_at)
         SELECT a.id, a.id || '@example.com', a.id, a.role, 'scrypt$test', '2028-02-01T09:00:00.000Z',
           CASE WHEN a.id = $1 THEN '2028-02-02T09:00:00.000Z' END
         FROM json_to_recordset($2::json) AS a (id text, role text)`,
        [DISABLED_MANAGER.id, JSON.stringify(ACCOUNTS)],
      );
      return current;
    },
    async close(): Promise<void> {
      await current?.close();
      current = undefined;
    },
  };
}

export function scopeOf(db: TestDatabase, actor: Actor): RepositoryScope {
  return { sql: db, actor };
}

/** An in-memory SQLite database built by the bundled migrations, as the desktop opens one. */
export function sqliteDatabase(): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, bundledMigrations());
  return db;
}

/** A hire with fixed dates; `name` and `id` as the test needs them. */
export function hireNamed(id: string, name: string, changes: Partial<Hire> = {}): Hire {
  return {
    id,
    name,
    currentRoleId: 'project-manager',
    targetRoleId: 'product-manager',
    startDate: '2028-02-29',
    notes: '',
    status: 'active',
    createdAt: '2028-02-01T09:00:00.000Z',
    updatedAt: '2028-02-01T09:00:00.000Z',
    archivedAt: null,
    version: 1,
    ...changes,
  };
}

/** Inserts hires straight into PostgreSQL under their manager (for the areas below a hire). */
export async function insertHires(db: TestDatabase, managerId: string, hires: Hire[]): Promise<void> {
  for (const hire of hires) {
    await db.query(
      `INSERT INTO hires (id, name, current_role_id, target_role_id, start_date, notes, status, created_at,
         updated_at, archived_at, manager_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        hire.id,
        hire.name,
        hire.currentRoleId,
        hire.targetRoleId,
        hire.startDate,
        hire.notes,
        hire.status,
        hire.createdAt,
        hire.updatedAt,
        hire.archivedAt,
        managerId,
      ],
    );
  }
}

export async function shareHire(db: TestDatabase, hireId: string, leadId: string): Promise<void> {
  await db.query(
    `INSERT INTO hire_shares (hire_id, account_id, shared_by, shared_at)
     SELECT id, $2::text, manager_id, '2028-02-03T09:00:00.000Z' FROM hires WHERE id = $1`,
    [hireId, leadId],
  );
}

/** Every row of `table` as JSON text, in a stable order: to show a refused write changed nothing. */
export async function tableText(db: TestDatabase, table: string): Promise<string> {
  const rows = await db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${table} t`);
  return rows
    .map((r) => r.row)
    .sort()
    .join('\n');
}

/** A's hire shared with LEAD, A's unshared hire and B's hire: the fixture of the isolation tests. */
export const SHARED_A = hireNamed('hire-a-shared', 'Ada Shared');
export const PRIVATE_A = hireNamed('hire-a-private', 'Alan Private');
export const HIRE_B = hireNamed('hire-b', 'Bea Other');

/** Writes the three hires, and the share, to PostgreSQL and (when given) the same hires to SQLite. */
export async function seedTeam(db: TestDatabase, sqlite?: Db): Promise<void> {
  await insertHires(db, MANAGER_A.id, [SHARED_A, PRIVATE_A]);
  await insertHires(db, MANAGER_B.id, [HIRE_B]);
  await shareHire(db, SHARED_A.id, LEAD.id);
  if (sqlite) {
    const insert = sqlite.prepare(
      `INSERT INTO hires (id, name, current_role_id, target_role_id, start_date, notes, status, created_at, updated_at)
       VALUES (@id, @name, @currentRoleId, @targetRoleId, @startDate, @notes, @status, @createdAt, @updatedAt)`,
    );
    for (const hire of [SHARED_A, PRIVATE_A, HIRE_B]) insert.run(hire);
  }
}

/** Every row of each table, to show that refused writes changed nothing. */
export function tablesText(db: TestDatabase, tables: readonly string[]): Promise<string[]> {
  return Promise.all(tables.map((table) => tableText(db, table)));
}

/** A scope whose client counts the statements run through it: a read costs a fixed number, never one per row. */
export function countingScope(
  db: TestDatabase,
  actor: Actor,
): { scope: RepositoryScope; statements: () => number } {
  let statements = 0;
  const sql: SqlClient = {
    query: (text, params) => {
      statements += 1;
      return db.query(text, params);
    },
    exec: (script) => {
      statements += 1;
      return db.exec(script);
    },
    transaction: (work) => db.transaction(work),
  };
  return { scope: { sql, actor }, statements: () => statements };
}
