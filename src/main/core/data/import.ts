// Reads a data file back in. Every row is first held to the rules the services write by
// (row-rules.ts), then loaded into a private in-memory database at the schema version the file
// claims, where constraints and references are checked (row-references.ts adds those SQLite cannot
// see), and brought up to date with the same migrations the app runs. Only then are its rows written
// to the real database, inside the caller's transaction: all of them, or, on any problem, none.
import { dataFileSchema, type DataFile, type ImportMode } from '@shared/data/schema';
import type { FieldIssue } from '@shared/api/result';
import type { Db } from '../db/connection';
import { applyMigrations, type Migration } from '../db/migrations';
import { conflict, invalid, issuesFromZod, validationError } from '../errors';
import { exportData } from './export';
import { dataTables, quoted, type TableInfo } from './tables';
import { ROW_RULES, type RuledTable } from './row-rules';
import { checkLogicalReferences } from './row-references';
import { PROTOTYPE_KEYS } from '@shared/data/row-values';

const MAX_ISSUES = 50;

export interface ImportOptions {
  migrations: Migration[];
  /** A fresh empty database to stage the file in (`:memory:` with the app's SQLite build). */
  openStaging: () => Db;
}

class TooManyIssues extends Error {}

function collector() {
  const issues: FieldIssue[] = [];
  return {
    issues,
    add(field: string, message: string) {
      issues.push({ field, message });
      if (issues.length >= MAX_ISSUES) throw new TooManyIssues();
    },
  };
}

/** The column an SQLite constraint message is about, when it names one of the table's columns. */
function columnIn(message: string, table: TableInfo): string | undefined {
  const qualified = new RegExp(`\\b${table.name}\\.(\\w+)`).exec(message);
  if (qualified?.[1]) return qualified[1];
  const check = /CHECK constraint failed: (.*)$/.exec(message)?.[1] ?? '';
  return table.columns.find((column) => new RegExp(`\\b${column.name}\\b`).test(check))?.name;
}

function rowField(table: TableInfo, index: number, column?: string): string {
  return `tables.${table.name}[${index}]${column ? `.${column}` : ''}`;
}

function valueProblem(value: unknown, type: string): string | null {
  if (type === 'TEXT') return typeof value === 'string' ? null : 'must be text';
  if (type === 'INTEGER') return Number.isSafeInteger(value) ? null : 'must be a whole number';
  return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
}

/** Where a zod issue inside a row sits: `tables.plans[0].summary.horizon.startDate`. */
function issueField(table: string, index: number, path: PropertyKey[]): string {
  return path.reduce<string>(
    (at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${String(key)}`),
    `tables.${table}[${index}]`,
  );
}

/**
 * Refuses `__proto__`, `constructor` and `prototype` as table names or row keys before zod reads
 * the file: its records would drop them without a word.
 */
function refusePrototypeKeys(input: unknown, add: (f: string, m: string) => void): void {
  const tables = (input as { tables?: unknown } | null)?.tables;
  if (tables === null || typeof tables !== 'object' || Array.isArray(tables)) return;
  for (const [name, rows] of Object.entries(tables)) {
    if (PROTOTYPE_KEYS.has(name)) add(`tables.${name}`, 'is not a table name; remove it');
    if (!Array.isArray(rows)) continue;
    rows.forEach((row: unknown, index) => {
      if (row === null || typeof row !== 'object') return;
      for (const key of Object.keys(row)) {
        if (PROTOTYPE_KEYS.has(key)) add(`tables.${name}[${index}].${key}`, 'Unknown field; remove it');
      }
    });
  }
}

/** Holds every row to its table's rules (row-rules.ts); unknown tables are reported when staging. */
function checkRowRules(file: DataFile, add: (f: string, m: string) => void): void {
  for (const [table, rows] of Object.entries(file.tables)) {
    if (!Object.hasOwn(ROW_RULES, table)) continue;
    const rule = ROW_RULES[table as RuledTable];
    rows.forEach((row, index) => {
      const result = rule.safeParse(row);
      if (result.success) return;
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys)
            add(issueField(table, index, [...issue.path, key]), 'Unknown field; remove it');
        } else {
          add(issueField(table, index, issue.path), issue.message);
        }
      }
    });
  }
}

function stageRows(staging: Db, tables: TableInfo[], file: DataFile, add: (f: string, m: string) => void) {
  const known = new Set(tables.map((table) => table.name));
  for (const name of Object.keys(file.tables)) {
    if (!known.has(name)) add(`tables.${name}`, `is not a table of schema version ${file.schemaVersion}`);
  }
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  for (const table of tables) {
    const rows = file.tables[table.name] ?? [];
    const columns = new Map(table.columns.map((column) => [column.name, column]));
    rows.forEach((row, index) => {
      let ok = true;
      for (const key of Object.keys(row)) {
        if (!columns.has(key)) {
          add(rowField(table, index, key), 'Unknown field; remove it');
          ok = false;
        }
      }
      for (const column of table.columns) {
        const present = Object.hasOwn(row, column.name);
        const value = row[column.name];
        if (!present || value === null) {
          if (column.notNull && (value === null || !column.hasDefault)) {
            add(rowField(table, index, column.name), 'is required');
            ok = false;
          }
          continue;
        }
        const problem = valueProblem(value, column.type);
        if (problem) {
          add(rowField(table, index, column.name), problem);
          ok = false;
        }
      }
      if (!ok) return;
      const keys = Object.keys(row);
      const cacheKey = `${table.name}:${keys.join(',')}`;
      let insert = statements.get(cacheKey);
      if (!insert) {
        insert = staging.prepare(
          `INSERT INTO ${quoted(table.name)} (${keys.map(quoted).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`,
        );
        statements.set(cacheKey, insert);
      }
      try {
        insert.run(keys.map((key) => row[key]));
      } catch (error) {
        const message = (error as Error).message;
        const duplicate = /UNIQUE constraint failed/.test(message);
        add(
          rowField(table, index, columnIn(message, table)),
          duplicate ? `repeats a row that is already in the file (${message})` : message,
        );
      }
    });
  }
}

function checkReferences(
  staging: Db,
  tables: TableInfo[],
  file: DataFile,
  add: (f: string, m: string) => void,
) {
  for (const table of tables) {
    const rows = file.tables[table.name] ?? [];
    for (const key of table.foreignKeys) {
      const parents = new Set(
        staging
          .prepare<[], { v: unknown }>(`SELECT ${quoted(key.to)} AS v FROM ${quoted(key.table)}`)
          .all()
          .map((row) => row.v),
      );
      rows.forEach((row, index) => {
        const value = row[key.from];
        if (value !== null && value !== undefined && !parents.has(value)) {
          add(
            rowField(table, index, key.from),
            `refers to ${key.table} ${JSON.stringify(value)}, which is not in the file`,
          );
        }
      });
    }
  }
}

/**
 * Checks a data file by loading it into a staging database, and answers its rows at the app's
 * current schema. Throws a VALIDATION error naming each problem's table, row and column.
 */
export function stageDataFile(options: ImportOptions, input: unknown): DataFile {
  const keys = collector();
  try {
    refusePrototypeKeys(input, keys.add);
  } catch (error) {
    if (!(error instanceof TooManyIssues)) throw error;
  }
  if (keys.issues.length > 0) throw invalid(keys.issues);
  const parsed = dataFileSchema.safeParse(input);
  if (!parsed.success) throw invalid(issuesFromZod(parsed.error));
  const file = parsed.data as DataFile;
  const latest = options.migrations.at(-1)?.version ?? 0;
  if (file.schemaVersion > latest) {
    throw validationError(
      'schemaVersion',
      `is ${file.schemaVersion}, but this version of Rolebridge knows up to ${latest}; install the newer version to import this file`,
    );
  }
  const staging = options.openStaging();
  try {
    applyMigrations(
      staging,
      options.migrations.filter((migration) => migration.version <= file.schemaVersion),
    );
    staging.pragma('foreign_keys = OFF');
    const tables = dataTables(staging);
    const { issues, add } = collector();
    try {
      checkRowRules(file, add);
      if (issues.length === 0) stageRows(staging, tables, file, add);
      if (issues.length === 0) checkReferences(staging, tables, file, add);
      if (issues.length === 0) checkLogicalReferences(file, add);
    } catch (error) {
      if (!(error instanceof TooManyIssues)) throw error;
    }
    if (issues.length > 0) throw invalid(issues);
    staging.pragma('foreign_keys = ON');
    applyMigrations(
      staging,
      options.migrations.filter((migration) => migration.version > file.schemaVersion),
    );
    return exportData(staging);
  } finally {
    staging.close();
  }
}

export function rowCount(db: Db): number {
  return dataTables(db).reduce(
    (sum, table) =>
      sum + (db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${quoted(table.name)}`).get()?.n ?? 0),
    0,
  );
}

export function refuseUnlessEmpty(db: Db): void {
  const existing = rowCount(db);
  if (existing > 0) {
    throw conflict(
      `This database already holds data (${existing} rows); nothing was imported. Choose “merge by id” to add the file's rows to it.`,
    );
  }
}

/**
 * Writes staged rows into the database, adding new rows and replacing rows with the same id. Must
 * run inside a transaction: a problem anywhere throws and the caller's transaction rolls every row back.
 */
export function applyDataFile(db: Db, data: DataFile, mode: ImportMode): Record<string, number> {
  if (mode === 'empty-only') refuseUnlessEmpty(db);
  // Rows may refer to rows later in the same table (an assessment and its correction).
  db.pragma('defer_foreign_keys = ON');
  const counts: Record<string, number> = {};
  for (const table of dataTables(db)) {
    const rows = data.tables[table.name] ?? [];
    counts[table.name] = rows.length;
    if (rows.length === 0) continue;
    const names = table.columns.map((column) => column.name);
    const others = names.filter((name) => !table.primaryKey.includes(name));
    const upsert = db.prepare(
      `INSERT INTO ${quoted(table.name)} (${names.map(quoted).join(', ')})
       VALUES (${names.map(() => '?').join(', ')})
       ON CONFLICT (${table.primaryKey.map(quoted).join(', ')}) DO ${
         others.length === 0
           ? 'NOTHING'
           : `UPDATE SET ${others.map((name) => `${quoted(name)} = excluded.${quoted(name)}`).join(', ')}`
       }`,
    );
    for (const row of rows) {
      try {
        upsert.run(names.map((name) => row[name] ?? null));
      } catch (error) {
        const message = (error as Error).message;
        const column = columnIn(message, table);
        const key = table.primaryKey.map((name) => JSON.stringify(row[name])).join(', ');
        throw validationError(
          `tables.${table.name}${column ? `.${column}` : ''}`,
          `the row ${key} clashes with data already in this database (${message}); nothing was imported`,
        );
      }
    }
  }
  const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  if (broken.length > 0) {
    const first = broken[0];
    throw validationError(
      `tables.${first?.table ?? ''}`,
      `merging would leave ${broken.length} rows referring to missing ${first?.parent ?? ''} rows`,
    );
  }
  return counts;
}
