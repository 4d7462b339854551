// Opening the app's database: the checks that cost nothing on a large file (the header, the schema,
// a file shorter than its pages, an empty file beside backups), then pending migrations, with a
// backup first. A file that fails is reported as damaged, and recovery opens instead.
import { existsSync, statSync } from 'node:fs';
import type { Db } from './connection';
import { backupDatabase, listBackups } from './backup';
import { applyMigrations, pendingMigrations, schemaVersion, type Migration } from './migrations';

export const PRE_MIGRATION_PREFIX = 'pre-migration';
export const PRE_MIGRATION_BACKUPS_KEPT = 5;

/** SQLite error codes that mean the file is damaged rather than the call wrong. */
export const DAMAGE_CODES: ReadonlySet<string> = new Set([
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_CANTOPEN',
]);

/** The database file cannot be read as a database: not one at all, truncated, or corrupted. */
export class DamagedDatabaseError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'DamagedDatabaseError';
  }
}

export interface OpenChecks {
  databaseFile: string;
  backupFolder: string;
  migrations: Migration[];
  open: (file: string) => Db;
}

/** Opens, checks and migrates the database; throws DamagedDatabaseError when it cannot be read. */
export async function openCheckedDatabase({
  databaseFile,
  backupFolder,
  migrations,
  open,
}: OpenChecks): Promise<Db> {
  refuseEmptyBesideBackups(databaseFile, backupFolder);
  let db: Db | undefined;
  try {
    db = open(databaseFile);
    refuseCutOff(db, databaseFile);
  } catch (error) {
    db?.close();
    if (error instanceof DamagedDatabaseError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && DAMAGE_CODES.has(code)) {
      throw new DamagedDatabaseError((error as Error).message);
    }
    throw error;
  }
  try {
    await migrate(db, migrations, backupFolder);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Reads the schema (a file that is not a database fails here) and compares the size with the pages. */
function refuseCutOff(db: Db, databaseFile: string): void {
  db.prepare('SELECT count(*) FROM sqlite_schema').get();
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  if (existsSync(`${databaseFile}-wal`) && statSync(`${databaseFile}-wal`).size > 0) return;
  const size = statSync(databaseFile).size;
  if (size < pageSize * pages) {
    throw new DamagedDatabaseError(
      `the file is shorter than its ${pages} pages (${size} of ${pageSize * pages} bytes): it was cut off`,
    );
  }
}

/**
 * SQLite takes an empty file for a new database, so a database file emptied by a failing disk or a
 * bad copy would open as an empty app and take writes. When backups lie beside it (or its `-wal`
 * holds something), data existed: the recovery screen opens instead and the file is left alone. An
 * empty file with nothing beside it (a first start killed before it wrote anything) starts fresh:
 * there is nothing to lose. A file shorter than a header is never a database.
 */
function refuseEmptyBesideBackups(databaseFile: string, backupFolder: string): void {
  const size = statSync(databaseFile, { throwIfNoEntry: false })?.size;
  if (size === undefined || size >= 100) return;
  const wal = statSync(`${databaseFile}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  const backups = listBackups(backupFolder).length;
  if (size === 0 && wal === 0 && backups === 0) return;
  const why =
    size === 0
      ? 'the database file is empty (0 bytes)'
      : `the database file is ${size} bytes, shorter than a database header`;
  throw new DamagedDatabaseError(
    backups > 0
      ? `${why}, but the backups folder holds ${backups} backup${backups === 1 ? '' : 's'} of your data`
      : why,
  );
}

async function migrate(db: Db, migrations: Migration[], backupDir: string): Promise<void> {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return;
  if (schemaVersion(db) > 0) {
    await backupDatabase(db, backupDir, PRE_MIGRATION_PREFIX, { keep: PRE_MIGRATION_BACKUPS_KEPT });
  }
  applyMigrations(db, pending);
}
