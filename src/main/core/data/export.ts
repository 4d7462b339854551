// Writes the whole database as one data file: every app table, rows in primary-key order, so the
// same data always gives the same file.
import { DATA_FILE_FORMAT, DATA_FILE_FORMAT_VERSION, type DataFile, type DataRow } from '@shared/data/schema';
import type { Db } from '../db/connection';
import { schemaVersion } from '../db/migrations';
import { dataTables, quoted, type TableInfo } from './tables';

function selectAll(table: TableInfo): string {
  const columns = table.columns.map((column) => quoted(column.name)).join(', ');
  const order = table.primaryKey.map(quoted).join(', ');
  return `SELECT ${columns} FROM ${quoted(table.name)} ORDER BY ${order}`;
}

export function emptyDataFile(version: number): DataFile {
  return {
    format: DATA_FILE_FORMAT,
    formatVersion: DATA_FILE_FORMAT_VERSION,
    schemaVersion: version,
    tables: {},
  };
}

export function exportData(db: Db): DataFile {
  const file = emptyDataFile(schemaVersion(db));
  for (const table of dataTables(db)) {
    file.tables[table.name] = db.prepare<[], DataRow>(selectAll(table)).all();
  }
  return file;
}

/**
 * Reads what it can from a damaged database: each table whole when possible, otherwise the rows
 * before the damage. Never throws; lists what it could not read.
 */
export function exportReadable(db: Db): { file: DataFile; unreadable: string[] } {
  const unreadable: string[] = [];
  const file = emptyDataFile(0);
  const { tables } = file;
  try {
    file.schemaVersion = schemaVersion(db);
    for (const table of dataTables(db)) {
      const rows: DataRow[] = [];
      try {
        for (const row of db.prepare<[], DataRow>(selectAll(table)).iterate()) rows.push(row);
      } catch (error) {
        unreadable.push(`${table.name} (${rows.length} rows read): ${(error as Error).message}`);
      }
      tables[table.name] = rows;
    }
  } catch (error) {
    unreadable.push(`the list of tables: ${(error as Error).message}`);
  }
  return { file, unreadable };
}
