// Opens the SQLite database with the settings the whole app relies on.
import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to a better-sqlite3 `.node` build for a runtime other than plain Node (Electron). */
  nativeBinding?: string;
  readonly?: boolean;
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const db = new Database(file, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    timeout: 5000,
  });
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
