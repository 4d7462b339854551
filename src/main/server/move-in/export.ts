// A manager's data out of the team server as the desktop app's data file: their hires and
// everything under them, the custom roles and competencies those use, and their settings, at the
// desktop's current schema version, so the desktop's "Import" takes it as it is. Only the SQLite
// tables' columns travel, never the server's own (owner, versions, proposals); another author's
// private notes are blanked, as on every channel.
import { DATA_FILE_FORMAT, DATA_FILE_FORMAT_VERSION, type DataFile, type DataRow } from '@shared/data/schema';
import { quoted, type TableInfo } from '../../core/data/tables';
import { AppError } from '../../core/errors';
import { isAllowed, type Actor } from '../auth/policy';
import { changeableHire } from '../repositories/scope';
import type { SqlClient } from '../db/sql-client';
import { desktopSchema, desktopTable } from './desktop-schema';
import { inKeyOrder, rowsWhereIn } from './rows';

/** Columns that name a custom role or competency, by table: what "the entries they use" means. */
const USES_ROLE: Record<string, readonly string[]> = {
  hires: ['current_role_id', 'target_role_id'],
  assessments: ['role_id'],
  plans: ['from_role_id', 'to_role_id'],
};
const USES_COMPETENCY: Record<string, readonly string[]> = {
  custom_role_expectations: ['competency_id'],
  assessment_ratings: ['competency_id'],
  plan_goals: ['competency_id'],
  plan_activities: ['competency_id'],
  check_in_pulses: ['competency_id'],
  evidence_entries: ['competency_id'],
};

/** The framework's tables: shared by everyone, under no hire (read by frameworkRows). */
const FRAMEWORK_TABLES = new Set([
  'custom_competencies',
  'custom_activities',
  'custom_roles',
  'custom_role_expectations',
]);

/** The desktop's columns as the server selects them; a check-in's private notes only for their author. */
function selectColumns(table: TableInfo): string {
  return table.columns
    .map((column) =>
      table.name === 'check_ins' && column.name === 'private_notes'
        ? `CASE WHEN t.private_notes_by = $1 THEN t.private_notes ELSE '' END AS private_notes`
        : `t.${quoted(column.name)}`,
    )
    .join(', ');
}

/**
 * A condition on `t` true for the rows under the actor's own hires, following the table's foreign
 * keys up to `hires` (plan_goals → plans → hires); undefined for a table that reaches no hire.
 */
function ownedBy(table: TableInfo, actor: Actor, depth = 0): string | undefined {
  const alias = depth === 0 ? 't' : `p${depth}`;
  if (table.name === 'hires') return changeableHire(actor, alias, 1);
  const direct = table.foreignKeys.find((fk) => fk.table === 'hires');
  if (direct) {
    return `${alias}.${quoted(direct.from)} IN (SELECT h.id FROM hires h WHERE ${changeableHire(actor, 'h', 1)})`;
  }
  // Through a column that is never NULL (plan_activities.plan_id, not goal_id), so no row is missed.
  const required = new Set(table.columns.filter((column) => column.notNull).map((column) => column.name));
  const parents = [...table.foreignKeys].sort(
    (a, b) => Number(required.has(b.from)) - Number(required.has(a.from)),
  );
  for (const fk of parents) {
    if (fk.table === table.name || FRAMEWORK_TABLES.has(fk.table) || fk.table === 'settings') continue;
    const parent = desktopTable(fk.table);
    const inner = ownedBy(parent, actor, depth + 1);
    if (inner === undefined) continue;
    const parentAlias = `p${depth + 1}`;
    return `${alias}.${quoted(fk.from)} IN (SELECT ${parentAlias}.${quoted(fk.to)} FROM ${quoted(parent.name)} ${parentAlias} WHERE ${inner})`;
  }
  return undefined;
}

/** Numbers as numbers whatever the driver hands back for a column SQLite types INTEGER or REAL. */
function asDesktopRow(table: TableInfo, row: Record<string, unknown>): DataRow {
  const out: DataRow = {};
  for (const column of table.columns) {
    const value = row[column.name];
    if (value === null || value === undefined) out[column.name] = null;
    else if (column.type === 'TEXT') out[column.name] = String(value);
    else out[column.name] = typeof value === 'number' ? value : Number(value);
  }
  return out;
}

async function readRows(
  sql: SqlClient,
  table: TableInfo,
  where: string,
  params: string[],
): Promise<DataRow[]> {
  const rows = await sql.query(
    `SELECT ${selectColumns(table)} FROM ${quoted(table.name)} t WHERE ${where}`,
    params,
  );
  return inKeyOrder(
    table,
    rows.map((row) => asDesktopRow(table, row)),
  );
}

/** Ids named by `columns` of the exported rows. */
function namedIn(tables: Record<string, DataRow[]>, uses: Record<string, readonly string[]>): Set<string> {
  const ids = new Set<string>();
  for (const [table, columns] of Object.entries(uses)) {
    for (const row of tables[table] ?? []) {
      for (const column of columns) if (typeof row[column] === 'string') ids.add(row[column]);
    }
  }
  return ids;
}

/** Rows of a framework table named by `ids` or proposed by the actor, once each, in key order. */
async function readEntries(
  sql: SqlClient,
  actor: Actor,
  table: TableInfo,
  column: string,
  ids: Iterable<string>,
): Promise<DataRow[]> {
  const select = `SELECT ${selectColumns(table)} FROM ${quoted(table.name)} t`;
  const named = await rowsWhereIn<Record<string, unknown>>(sql, select, `t.${quoted(column)}`, [...ids]);
  const proposed =
    table.name === 'custom_competencies' || table.name === 'custom_roles'
      ? await sql.query(`${select} WHERE t.proposed_by = $1`, [actor.id])
      : [];
  const byKey = new Map<string, DataRow>();
  for (const row of [...named, ...proposed]) {
    const desktopRow = asDesktopRow(table, row);
    byKey.set(JSON.stringify(table.primaryKey.map((key) => desktopRow[key])), desktopRow);
  }
  return inKeyOrder(table, [...byKey.values()]);
}

/**
 * The custom entries the actor's rows use, and the actor's own proposals: roles first, since a
 * role's expectations name the competencies it needs.
 */
async function frameworkRows(sql: SqlClient, actor: Actor, tables: Record<string, DataRow[]>): Promise<void> {
  const ids = (table: string) => (tables[table] ?? []).map((row) => String(row.id));
  tables.custom_roles = await readEntries(
    sql,
    actor,
    desktopTable('custom_roles'),
    'id',
    namedIn(tables, USES_ROLE),
  );
  tables.custom_role_expectations = await readEntries(
    sql,
    actor,
    desktopTable('custom_role_expectations'),
    'role_id',
    ids('custom_roles'),
  );
  tables.custom_competencies = await readEntries(
    sql,
    actor,
    desktopTable('custom_competencies'),
    'id',
    namedIn(tables, USES_COMPETENCY),
  );
  tables.custom_activities = await readEntries(
    sql,
    actor,
    desktopTable('custom_activities'),
    'competency_id',
    ids('custom_competencies'),
  );
}

/**
 * A draft has no author column, and may hold private notes: one saved before the hire was last
 * handed to the actor is the previous manager's, so its private notes are left out.
 */
async function withoutOthersDraftNotes(sql: SqlClient, actor: Actor, tables: Record<string, DataRow[]>) {
  const handovers = await sql.query<{ hire_id: string; handed_at: string }>(
    `SELECT x.hire_id, max(x.handed_at) AS handed_at FROM hire_handovers x
     WHERE x.hire_id IN (SELECT h.id FROM hires h WHERE ${changeableHire(actor, 'h', 1)}) GROUP BY x.hire_id`,
    [actor.id],
  );
  if (handovers.length === 0) return;
  const handedAt = new Map(handovers.map((row) => [row.hire_id, row.handed_at]));
  const hireOf = new Map((tables.check_ins ?? []).map((row) => [row.id, String(row.hire_id)]));
  for (const draft of tables.check_in_drafts ?? []) {
    const handed = handedAt.get(hireOf.get(draft.check_in_id ?? null) ?? '');
    if (handed === undefined || String(draft.updated_at) >= handed) continue;
    const content = JSON.parse(String(draft.draft)) as Record<string, unknown>;
    if (!('privateNotes' in content)) continue;
    delete content.privateNotes;
    draft.draft = JSON.stringify(content);
  }
}

/** Only a manager's account holds hires to export. */
function assertMayExport(actor: Actor): void {
  if (isAllowed(actor, { kind: 'hire', managerId: actor.id, sharedWith: [] }, 'read')) return;
  throw new AppError(
    'FORBIDDEN',
    `Your account (${actor.role}) holds no hires to export; only a manager's account does`,
  );
}

/** The actor's data as a desktop data file (tables in fill order, rows in primary-key order). */
export async function exportAccountData(sql: SqlClient, actor: Actor): Promise<DataFile> {
  assertMayExport(actor);
  const schema = desktopSchema();
  const tables: Record<string, DataRow[]> = {};
  for (const table of schema.tables) {
    if (table.name === 'sample_hires') {
      // The sample team stays on the desktop it was loaded on; a moved-in account has none.
      tables[table.name] = [];
      continue;
    }
    const where = ownedBy(table, actor);
    if (where !== undefined) tables[table.name] = await readRows(sql, table, where, [actor.id]);
  }
  await withoutOthersDraftNotes(sql, actor, tables);
  await frameworkRows(sql, actor, tables);
  const settings = desktopTable('settings');
  tables.settings = inKeyOrder(
    settings,
    (
      await sql.query('SELECT key, value, updated_at FROM account_settings WHERE account_id = $1', [actor.id])
    ).map((row) => asDesktopRow(settings, row)),
  );
  return {
    format: DATA_FILE_FORMAT,
    formatVersion: DATA_FILE_FORMAT_VERSION,
    schemaVersion: schema.version,
    // In the desktop's fill order, as its export writes them.
    tables: Object.fromEntries(schema.tables.map((table) => [table.name, tables[table.name] ?? []])),
  };
}
