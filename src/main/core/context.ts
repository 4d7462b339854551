// What the core is opened with, and what outlives a switch between normal service and recovery:
// the files, the clock, the log, long operations and the guard that keeps them from overlapping.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { JobProgress } from '@shared/jobs/schema';
import { openDatabase, type Db } from './db/connection';
import { checkInBackground, type BackgroundCheck } from './db/integrity-worker';
import { bundledMigrations, type Migration } from './db/migrations';
import type { CallLog } from './dispatcher';
import { createJobs, createWholeDatabaseGuard, type Jobs, type WholeDatabaseGuard } from './jobs';
import { openLog, type CoreLog } from './log';

export const DATABASE_FILE = 'rolebridge.db';
export const BACKUP_FOLDER = 'backups';

export interface CoreOptions {
  dataDir: string;
  /** better-sqlite3 binding built for the running runtime; only the Electron shell passes one. */
  nativeBinding?: string;
  /** Overrides the bundled migrations (tests). */
  migrations?: Migration[];
  now?: () => Date;
  onCall?: (entry: CallLog) => void;
  /** Delay before the first automatic daily backup check (then hourly); `false` turns them off. */
  dailyBackups?: { firstAfterMs: number } | false;
  /** `false` skips the background `quick_check` after opening (benchmarks of opening alone). */
  backgroundCheck?: boolean;
  /** Told each change of a long operation's progress, as it happens (tests). */
  onJobProgress?: (progress: JobProgress) => void;
  /**
   * The system's locale (BCP 47); its region is the holiday country until the manager picks one.
   * Intl's default (the process's locale, the same the app's dates follow) when absent.
   */
  locale?: string;
  /** The manager's IANA time zone, for calendar exports; the system's (Intl's) when absent. */
  timeZone?: string;
  /** Where faults are written; the data folder's `rolebridge.log` (electron-log/node) when absent. */
  log?: CoreLog;
}

export interface CoreContext {
  options: CoreOptions;
  databaseFile: string;
  backupFolder: string;
  migrations: Migration[];
  now: () => Date;
  locale: string;
  timeZone: string;
  open: (file: string, how?: { readonly?: boolean }) => Db;
  /** Long operations, kept across a switch between recovery and normal service. */
  jobs: Jobs;
  /** Backups, imports and restores running now, so one that would overlap another is refused. */
  guard: WholeDatabaseGuard;
  /** `integrity_check` of another database file in a worker thread. */
  checkFile: (file: string) => BackgroundCheck;
  log: CoreLog;
}

export function createContext(options: CoreOptions): CoreContext {
  mkdirSync(options.dataDir, { recursive: true });
  return {
    options,
    databaseFile: join(options.dataDir, DATABASE_FILE),
    backupFolder: join(options.dataDir, BACKUP_FOLDER),
    migrations: options.migrations ?? bundledMigrations(),
    now: options.now ?? (() => new Date()),
    locale: options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    open: (file, how = {}) =>
      openDatabase(file, { nativeBinding: options.nativeBinding, readonly: how.readonly }),
    jobs: createJobs({ onChange: options.onJobProgress }),
    guard: createWholeDatabaseGuard(),
    checkFile: (file) => checkInBackground(file, 'integrity_check', options.nativeBinding),
    log: options.log ?? openLog(options.dataDir),
  };
}
