// The desktop app's data file as the team server sees it: the same bundled SQLite migrations, the
// same staging check, the same tables and columns. Moving in and exporting read the desktop's own
// definitions from an in-memory SQLite database instead of keeping a second list that could drift.
import { openDatabase } from '../../core/db/connection';
import { applyMigrations, bundledMigrations, schemaVersion } from '../../core/db/migrations';
import type { ImportOptions } from '../../core/data/import';
import { dataTables, type TableInfo } from '../../core/data/tables';

export interface DesktopSchema {
  /** The SQLite schema version a data file written now carries. */
  version: number;
  /** The data tables in fill order (parents first), with the SQLite columns and keys. */
  tables: TableInfo[];
  byName: ReadonlyMap<string, TableInfo>;
}

let cached: DesktopSchema | undefined;

/** Read once per process: the bundled migrations cannot change while it runs. */
export function desktopSchema(): DesktopSchema {
  if (cached) return cached;
  const db = openDatabase(':memory:');
  try {
    applyMigrations(db, bundledMigrations());
    const tables = dataTables(db);
    cached = { version: schemaVersion(db), tables, byName: new Map(tables.map((t) => [t.name, t])) };
    return cached;
  } finally {
    db.close();
  }
}

/** What stageDataFile needs: the desktop's migrations and a scratch database per file. */
export function desktopStaging(): ImportOptions {
  return { migrations: bundledMigrations(), openStaging: () => openDatabase(':memory:') };
}

/** The table's info, or a fault: every name asked for is one of TABLE_ORDER. */
export function desktopTable(name: string): TableInfo {
  const table = desktopSchema().byName.get(name);
  if (!table) throw new Error(`The desktop schema has no table ${name}`);
  return table;
}
