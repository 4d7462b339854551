// Moving rows of the desktop's tables in and out of PostgreSQL in bulk: multi-row INSERTs within the
// parameter limit, lookups by a list of ids, the hire every row belongs to, and SQLite's row order.
import type { DataRow } from '@shared/data/schema';
import { AppError } from '../../core/errors';
import { quoted, type TableInfo } from '../../core/data/tables';
import { sqlState, type SqlClient, type SqlParam } from '../db/sql-client';

/** PostgreSQL's wire protocol counts a statement's parameters in 16 bits. */
export const PARAMETER_LIMIT = 65_535;
/** Ids per lookup: well inside the limit, and short enough to plan quickly. */
const IDS_PER_LOOKUP = 1_000;

/** `$1, $2…` for `count` values starting after `offset`. */
function placeholders(offset: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `$${offset + i + 1}`).join(', ');
}

/** How many rows of `columns` fit one statement. */
export function rowsPerStatement(columns: number): number {
  return Math.max(1, Math.floor(PARAMETER_LIMIT / Math.max(1, columns)));
}

export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let at = 0; at < items.length; at += size) batches.push(items.slice(at, at + size));
  return batches;
}

/**
 * A value the database refused (a constraint, or a text PostgreSQL cannot hold such as NUL) is the
 * file's fault or a clash with what is stored, never a fault of the server: say which table.
 */
function refusal(error: unknown, table: string): unknown {
  const state = sqlState(error) ?? '';
  const reason = error instanceof Error ? error.message : String(error);
  if (state === '23505') {
    return new AppError(
      'CONFLICT',
      `A row of ${table} in the file has the id of one already on the server (${reason}); nothing was moved in`,
    );
  }
  if (/^2[23]/.test(state)) {
    const field = `tables.${table}`;
    const message = `the server refused a row (${reason}); nothing was moved in`;
    return new AppError('VALIDATION', `${field}: ${message}`, [{ field, message }]);
  }
  return error;
}

/**
 * Inserts rows (each an array in `columns` order) in as few statements as the parameter limit
 * allows; with `ifAbsent`, rows whose key is already stored are left alone. Answers the rows written.
 */
export async function insertRows(
  sql: SqlClient,
  table: string,
  columns: readonly string[],
  rows: readonly SqlParam[][],
  how: { ifAbsent?: boolean } = {},
): Promise<number> {
  let written = 0;
  const head = `INSERT INTO ${quoted(table)} (${columns.map(quoted).join(', ')}) VALUES `;
  const tail = how.ifAbsent ? ' ON CONFLICT DO NOTHING RETURNING 1 AS written' : ' RETURNING 1 AS written';
  for (const batch of inBatches(rows, rowsPerStatement(columns.length))) {
    const values = batch.map((_, i) => `(${placeholders(i * columns.length, columns.length)})`);
    try {
      const result = await sql.query(head + values.join(', ') + tail, batch.flat());
      written += result.length;
    } catch (error) {
      throw refusal(error, table);
    }
  }
  return written;
}

/**
 * Sets columns that refer to rows of the same table (an assessment and its correction refer to
 * each other) after every row is in: PostgreSQL checks a foreign key at the end of each statement.
 */
export async function linkRows(
  sql: SqlClient,
  table: string,
  key: string,
  links: readonly string[],
  rows: readonly SqlParam[][],
): Promise<void> {
  const columns = [key, ...links];
  const set = links.map((name) => `${quoted(name)} = v.${quoted(name)}`).join(', ');
  for (const batch of inBatches(rows, rowsPerStatement(columns.length))) {
    const values = batch.map((_, i) => `(${placeholders(i * columns.length, columns.length)})`);
    try {
      await sql.query(
        `UPDATE ${quoted(table)} AS t SET ${set} FROM (VALUES ${values.join(', ')}) AS v (${columns.map(quoted).join(', ')})
         WHERE t.${quoted(key)} = v.${quoted(key)}`,
        batch.flat(),
      );
    } catch (error) {
      throw refusal(error, table);
    }
  }
}

/** The rows of `table` whose `column` is one of `ids`, in a few statements. */
export async function rowsWhereIn<Row extends object>(
  sql: SqlClient,
  select: string,
  column: string,
  ids: readonly string[],
): Promise<Row[]> {
  const found: Row[] = [];
  for (const batch of inBatches([...new Set(ids)], IDS_PER_LOOKUP)) {
    found.push(
      ...(await sql.query<Row>(`${select} WHERE ${column} IN (${placeholders(0, batch.length)})`, batch)),
    );
  }
  return found;
}

/**
 * The hire each row of each hire's table belongs to, following foreign keys from `hires` down
 * (plan_goals → plans → hires). Tables that reach no hire (the framework, settings) are absent.
 */
export function hireOfEachRow(tables: readonly TableInfo[], rowsOf: (table: string) => DataRow[]) {
  const owners = new Map<string, (string | undefined)[]>();
  const ownerById = new Map<string, Map<unknown, string>>();
  for (const table of tables) {
    const parents = [...table.foreignKeys].sort(
      (a, b) => Number(b.table === 'hires') - Number(a.table === 'hires'),
    );
    const reachesHire =
      table.name === 'hires' || parents.some((fk) => fk.table === 'hires' || ownerById.has(fk.table));
    if (!reachesHire) continue;
    const rows = rowsOf(table.name);
    const rowOwners = rows.map((row) => {
      if (table.name === 'hires') return String(row.id);
      for (const fk of parents) {
        const value = row[fk.from];
        if (value === null || value === undefined) continue;
        const owner = fk.table === 'hires' ? String(value) : ownerById.get(fk.table)?.get(value);
        if (owner !== undefined) return owner;
      }
      return undefined;
    });
    owners.set(table.name, rowOwners);
    if (table.primaryKey.length === 1) {
      const [key] = table.primaryKey;
      const byId = new Map<unknown, string>();
      rows.forEach((row, index) => {
        const owner = rowOwners[index];
        if (key !== undefined && owner !== undefined) byId.set(row[key], owner);
      });
      ownerById.set(table.name, byId);
    }
  }
  return owners;
}

/** SQLite's BINARY order: text by its UTF-8 bytes, numbers by value, NULL first. */
function compareValues(a: DataRow[string], b: DataRow[string]): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * Rows in primary-key order as the desktop writes them; sorted here rather than by ORDER BY, whose
 * text order follows the server's collation, not SQLite's bytes.
 */
export function inKeyOrder(table: TableInfo, rows: DataRow[]): DataRow[] {
  return rows.sort((a, b) => {
    for (const key of table.primaryKey) {
      const order = compareValues(a[key] ?? null, b[key] ?? null);
      if (order !== 0) return order;
    }
    return 0;
  });
}
