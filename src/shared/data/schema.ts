// The "everything" file (all hires, assessments, plans, check-ins, action items, custom framework
// and settings) and the backups the app keeps. docs/data-file.schema.json describes the file.
import { z } from 'zod';
import { withJob } from '../jobs/schema';

export const DATA_FILE_FORMAT = 'rolebridge-data';
export const DATA_FILE_FORMAT_VERSION = 1;

/** One stored row: column name → value, exactly as SQLite holds it. */
export type DataRow = Record<string, string | number | null>;

export interface DataFile {
  format: typeof DATA_FILE_FORMAT;
  formatVersion: typeof DATA_FILE_FORMAT_VERSION;
  /** The database schema the rows follow (migrations applied). */
  schemaVersion: number;
  /** Every table, parents before children, rows in primary-key order. */
  tables: Record<string, DataRow[]>;
}

/** The file's outer shape; rows are checked column by column against the schema they claim. */
export const dataFileSchema = z.strictObject({
  format: z.literal(DATA_FILE_FORMAT, { error: `must be "${DATA_FILE_FORMAT}"` }),
  formatVersion: z.literal(DATA_FILE_FORMAT_VERSION, {
    error: `must be ${DATA_FILE_FORMAT_VERSION}; this file was written by a different version of Rolebridge`,
  }),
  schemaVersion: z.number().int().min(1).max(10_000),
  tables: z.record(z.string().max(64), z.array(z.record(z.string().max(64), z.unknown())).max(5_000_000)),
});

export const IMPORT_MODES = ['empty-only', 'merge'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const dataImportInput = z.strictObject({
  // Checked in the core against the database schema, so each problem names its table, row and column.
  file: z.unknown(),
  /** `empty-only` refuses a database that already holds data; `merge` adds and replaces rows by id. */
  mode: z.enum(IMPORT_MODES),
  ...withJob,
});

export interface DataImportResult {
  mode: ImportMode;
  /** Rows read from the file, per table. */
  rows: Record<string, number>;
  total: number;
  /** The copy of the database taken just before the import. */
  backup: BackupEntry | null;
}

export const BACKUP_KINDS = ['daily', 'manual', 'pre-restore', 'pre-import', 'pre-migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupEntry {
  fileName: string;
  kind: BackupKind;
  /** When the copy was taken (UTC, from the file name). */
  createdAt: string;
  bytes: number;
}

export interface BackupList {
  folder: string;
  backups: BackupEntry[];
}

/** Backup file names the app writes: `<kind>-YYYYMMDDTHHMMSSZ[-n].db`. Nothing else can be restored. */
export const BACKUP_FILE_NAME = new RegExp(
  `^(${BACKUP_KINDS.join('|')})-(\\d{8}T\\d{6}Z)(?:-(\\d{1,3}))?\\.db$`,
);

export const backupRestoreInput = z.strictObject({
  fileName: z.string().max(80).regex(BACKUP_FILE_NAME, 'is not the name of a Rolebridge backup'),
  ...withJob,
});

export interface RestoreResult {
  restored: BackupEntry;
  /** The current database as it was just before the restore. */
  safetyBackup: BackupEntry | null;
  schemaVersion: number;
}

/** Why the database could not be opened, when the app starts in recovery. */
export interface RecoveryState {
  reason: string;
  databaseFile: string;
}

export interface ReadableExport {
  fileName: string;
  file: DataFile;
  /** Tables (or parts of them) that could not be read from the damaged file. */
  unreadable: string[];
}
