// The rows the PostgreSQL repository tests share: two managers (A and B), an HR/L&D lead with one of
// A's hires shared, an administrator, and the same hires in an in-memory SQLite database built by the
// bundled migrations (with `plans`, each hire with a bare current plan), so each test can ask both repositories the same thing and compare the answers.
import Database from 'better-sqlite3';
import { applyMigrations, bundledMigrations } from '../../src/main/core/db/migrations';
import type { Db } from '../../src/main/core/db/connection';
import type { Actor } from '../../src/main/server/auth/policy';
import { migratePostgres } from '../../src/main/server/db/migrations';
import type { SqlClient } from '../../src/main/server/db/sql-client';
import type { RepositoryScope } from '../../src/main/server/repositories/scope';
import type { Hire } from '../../src/shared/hires/schema';

export const MANAGER_A: Actor = { id: 'manager-a', role: 'manager' };
export const MANAGER_B: Actor = { id: 'manager-b', role: 'manager' };
export const LEAD: Actor = { id: 'lead-h', role: 'hr' };
export const ADMIN: Actor = { id: 'admin-1', role: 'admin' };
const ACCOUNTS = [MANAGER_A, MANAGER_B, LEAD, ADMIN];

const hire = (id: string, name: string): Hire => ({
  id,
  name,
  currentRoleId: 'project-manager',
  targetRoleId: 'product-manager',
  startDate: '2027-01-04',
  notes: '',
  status: 'active',
  createdAt: '2027-01-01T09:00:00.000Z',
  updatedAt: '2027-01-01T09:00:00.000Z',
  archivedAt: null,
  version: 1,
});

/** A's hire the lead may read, A's unshared one, and B's. */
export const SHARED_HIRE = hire('hire-a1', 'Grace Hopper');
export const A_HIRE = hire('hire-a2', 'alan turing');
export const B_HIRE = hire('hire-b1', 'Barbara Liskov');
const OWNERS: [Hire, Actor][] = [
  [SHARED_HIRE, MANAGER_A],
  [A_HIRE, MANAGER_A],
  [B_HIRE, MANAGER_B],
];

const HIRE_COLUMNS = `id, name, current_role_id, target_role_id, start_date, notes, status, created_at, updated_at, archived_at`;
const hireValues = (h: Hire) => [
  h.id,
  h.name,
  h.currentRoleId,
  h.targetRoleId,
  h.startDate,
  h.notes,
  h.status,
  h.createdAt,
  h.updatedAt,
  h.archivedAt,
];

/** A desktop database in memory with the three hires (no owners: the desktop has one user). */
export function openSqliteTwin(options: { plans?: boolean } = {}): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  applyMigrations(db, bundledMigrations());
  const insert = db.prepare(`INSERT INTO hires (${HIRE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const plan = db.prepare(`INSERT INTO plans (${PLAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const [h] of OWNERS) {
    insert.run(...hireValues(h));
    if (options.plans) plan.run(...planValues(h));
  }
  return db;
}

/** Migrates a fresh schema and adds the accounts, the hires with their managers and the one share. */
export async function seedPostgres(sql: SqlClient, options: { plans?: boolean } = {}): Promise<void> {
  await migratePostgres(sql);
  for (const account of ACCOUNTS) {
    await sql.query(
      `INSERT INTO accounts (id, email, display_name, role, password_hash, created_at)
       VALUES ($1, $2, $3, $4, 'scrypt$test', '2027-01-01T09:00:00.000Z')`,
      [account.id, `${account.id}@example.com`, account.id, account.role],
    );
  }
  for (const [h, owner] of OWNERS) {
    await sql.query(
      `INSERT INTO hires (${HIRE_COLUMNS}, manager_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [...hireValues(h), owner.id],
    );
    if (!options.plans) continue;
    await sql.query(
      `INSERT INTO plans (${PLAN_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      planValues(h),
    );
  }
  await sql.query(
    `INSERT INTO hire_shares (hire_id, account_id, shared_by, shared_at) VALUES ($1, $2, $3, '2027-01-02')`,
    [SHARED_HIRE.id, LEAD.id, MANAGER_A.id],
  );
}

/** Each hire's current plan, a bare row, for the check-ins that point at it. */
export const planOf = (h: Hire) => `plan-${h.id}`;
const PLAN_COLUMNS = `id, hire_id, version, status, from_role_id, to_role_id, start_date, end_date, summary, created_at`;
const planValues = (h: Hire) => [
  planOf(h),
  h.id,
  1,
  'current',
  h.currentRoleId,
  h.targetRoleId,
  h.startDate,
  '2027-07-02',
  '{}',
  h.createdAt,
];

export const scopeOf = (sql: SqlClient, actor: Actor): RepositoryScope => ({ sql, actor });
