// What the database holds, read from SQLite itself: tables in the order a copy must fill them
// (parents before children) and each table's columns and keys.
import type { Db } from '../db/connection';

/**
 * Every table the app stores data in, parents before the children that refer to them.
 * tests/core/data-file.test.ts fails when a migration adds a table that is not listed here.
 */
export const TABLE_ORDER = [
  'custom_competencies',
  'custom_activities',
  'custom_roles',
  'custom_role_expectations',
  'hires',
  'sample_hires',
  'hire_leave',
  'hire_topics',
  'evidence_entries',
  'hire_packets',
  'assessments',
  'assessment_ratings',
  'plans',
  'plan_phases',
  'plan_goals',
  'plan_activities',
  'plan_check_ins',
  'plan_reassessments',
  'check_ins',
  'check_in_pulses',
  'action_items',
  'check_in_drafts',
  'check_in_exports',
  'cancelled_check_ins',
  'settings',
] as const;

/**
 * Tables worked out from the others (caches the app rebuilds when they are missing). They are not
 * exported, imported or counted as data; tests/core/data-file.test.ts checks each is one or the other.
 */
export const DERIVED_TABLES = ['hire_summaries'] as const;

export type ColumnType = 'TEXT' | 'INTEGER' | 'REAL';

export interface Column {
  name: string;
  type: ColumnType;
  notNull: boolean;
  hasDefault: boolean;
  /** Position in the primary key (1-based), 0 when not part of it. */
  pk: number;
}

export interface ForeignKey {
  from: string;
  table: string;
  to: string;
}

export interface TableInfo {
  name: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

export function storedTables(db: Db): string[] {
  const rows = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all();
  return rows.map((row) => row.name);
}

/** The app's tables present in this database, in fill order. */
export function dataTables(db: Db): TableInfo[] {
  const present = new Set(storedTables(db));
  return TABLE_ORDER.filter((name) => present.has(name)).map((name) => tableInfo(db, name));
}

export function tableInfo(db: Db, table: string): TableInfo {
  const columns = db
    .prepare<[], { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>(
      `SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info('${table}')`,
    )
    .all()
    .map((row): Column => ({
      name: row.name,
      type: row.type.toUpperCase() as ColumnType,
      notNull: row.notnull === 1,
      hasDefault: row.dflt_value !== null,
      pk: row.pk,
    }));
  const foreignKeys = db
    .prepare<[], ForeignKey>(`SELECT "from", "table", "to" FROM pragma_foreign_key_list('${table}')`)
    .all();
  const primaryKey = columns
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name);
  return { name: table, columns, primaryKey, foreignKeys };
}

export function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
