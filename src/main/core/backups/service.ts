// Backups the manager can see and restore: an automatic one each day (kept 14 days, then one a
// month for a year), "Back up now", and restore, which first backs up what is there now.
import { join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import type { BackupEntry, BackupList, RestoreResult } from '@shared/data/schema';
import type { Db } from '../db/connection';
import { backupDatabase, backupEntry, listBackups, removeReaderFiles, sqliteFileProblem } from '../db/backup';
import { applyMigrations, pendingMigrations, schemaVersion, type Migration } from '../db/migrations';
import { AppError, conflict, notFound, validationError } from '../errors';
import { dailyBackupsToPrune } from './retention';
import type { BackgroundCheck } from '../db/integrity-worker';
import { Job } from '../jobs';

export const SAFETY_BACKUPS_KEPT = 10;

/** A copy taken before an operation, kept or deleted depending on whether the operation goes ahead. */
export interface SafetyBackup {
  entry: BackupEntry;
  keep(): void;
  discard(): void;
}

export interface BackupServiceOptions {
  db: Db;
  databaseFile: string;
  folder: string;
  migrations: Migration[];
  now: () => Date;
  /** Opens another database file with the app's SQLite build. */
  open: (file: string, options?: { readonly?: boolean }) => Db;
  /**
   * Runs `integrity_check` on a file without holding up the app (a worker thread); without it the
   * check runs on this thread.
   */
  checkFile?: (file: string) => BackgroundCheck;
  /**
   * Holds the app's connection while `work` runs (db/queue.ts), so no call's transaction is open on
   * it while a backup copies it or a restore replaces it; without it (no calls run), `work` just runs.
   */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
}

export function checkIntegrity(
  db: Db,
  pragma: 'integrity_check' | 'quick_check' = 'integrity_check',
): string[] {
  const rows = db.pragma(pragma) as Record<string, string>[];
  const messages = rows.map((row) => Object.values(row)[0] ?? '');
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/**
 * What `integrity_check` finds wrong in a database file (none: an empty list), in a worker thread
 * when `checkFile` is given; a stop asked of `job` stops the check and throws CANCELLED.
 */
export async function problemsInFile(
  file: string,
  job: Job,
  how: Pick<BackupServiceOptions, 'open' | 'checkFile'>,
): Promise<string[]> {
  if (!how.checkFile) {
    const source = how.open(file, { readonly: true });
    try {
      return checkIntegrity(source);
    } finally {
      source.close();
    }
  }
  const check = how.checkFile(file);
  const stopped = job.whenStopped().then(() => check.stop());
  const report = await Promise.race([check.report, stopped.then(() => null)]);
  job.throwIfStopped();
  if (!report) throw new Error('The check stopped before it finished');
  if (report.error) throw new Error(report.error.message);
  return report.problems;
}

/** The tables the migrations up to `version` create: what a Rolebridge database at that version holds. */
function tablesAt(migrations: Migration[], version: number, open: BackupServiceOptions['open']): string[] {
  const scratch = open(':memory:');
  try {
    applyMigrations(
      scratch,
      migrations.filter((migration) => migration.version <= version),
    );
    return tableNames(scratch);
  } finally {
    scratch.close();
  }
}

function tableNames(db: Db): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
}

/**
 * Checks a backup fully before anything is replaced: a whole SQLite file (not empty, not cut off),
 * `integrity_check`, a schema version this app knows, and the tables of a Rolebridge database at
 * that version. Answers its schema version; a backup that fails is refused with VALIDATION naming
 * `fileName`, and nothing is changed. Used by restore and by the recovery screen's restore.
 */
export async function checkBackupFile(
  folder: string,
  fileName: string,
  job: Job,
  how: Pick<BackupServiceOptions, 'open' | 'checkFile' | 'migrations'>,
): Promise<number> {
  const file = join(folder, fileName);
  const refuse = (why: string) =>
    validationError('fileName', `backup ${fileName} cannot be restored: ${why}. Nothing was changed.`);
  const problem = sqliteFileProblem(file);
  if (problem) throw refuse(problem);
  let source: Db;
  try {
    source = how.open(file, { readonly: true });
  } catch (error) {
    throw refuse(`it cannot be opened (${(error as Error).message})`);
  }
  try {
    const problems = await problemsInFile(file, job, how);
    if (problems.length > 0) throw refuse(`it is damaged (${problems[0] ?? ''})`);
    const version = schemaVersion(source);
    const latest = how.migrations.at(-1)?.version ?? 0;
    if (version > latest) {
      throw refuse(
        `it was made by a newer version of Rolebridge (schema ${version}; this app knows up to ${latest})`,
      );
    }
    const present = new Set(tableNames(source));
    const missing =
      version < 1 ? ['hires'] : tablesAt(how.migrations, version, how.open).filter((t) => !present.has(t));
    if (missing.length > 0) {
      throw refuse(`it is not a Rolebridge database (no ${missing.slice(0, 3).join(', ')} table)`);
    }
    return version;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(`it cannot be read (${(error as Error).message})`);
  } finally {
    source.close();
    removeReaderFiles(file);
  }
}

/** The backup `fileName` in `folder`, or NOT_FOUND. */
export function findBackup(folder: string, fileName: string): BackupEntry {
  const found = backupEntry(folder, fileName);
  if (!found) throw notFound('backup', fileName);
  return found;
}

/**
 * Copies a database file onto `target` with SQLite's backup API. With a job, a hundred pages at a
 * time, reporting how far it is; without one, all pages in one step, so a connection open on
 * `target` never sees it half-copied.
 */
export async function copyDatabase(
  file: string,
  target: string,
  how: Pick<BackupServiceOptions, 'open'>,
  job?: Job,
): Promise<void> {
  const source = how.open(file, { readonly: true });
  try {
    const { totalPages } = await source.backup(target, {
      progress: ({ totalPages: total, remainingPages }) => {
        if (!job) return 2 ** 30;
        job.report(total - remainingPages, total);
        return 100;
      },
    });
    job?.report(totalPages, totalPages);
  } finally {
    source.close();
    removeReaderFiles(file);
  }
}

export function createBackupService(options: BackupServiceOptions) {
  const { db, folder, now } = options;
  const exclusive = options.exclusive ?? (<T>(work: () => Promise<T>) => work());

  /** Opens a backup, checks it can be restored, and answers its schema version. */
  const inspect = (fileName: string, job: Job) => checkBackupFile(folder, fileName, job, options);

  // All pages in one step (no job): the app's own connection cannot write half-way through.
  const copyInto = (fileName: string) => copyDatabase(join(folder, fileName), options.databaseFile, options);

  /**
   * The copy taken before an import or a restore; stopping it deletes the part copied. It is kept
   * (and the oldest beyond ten of its kind deleted) only once the operation goes past the point
   * where it can be stopped: see `goAhead`.
   */
  async function safetyBackup(kind: 'pre-import' | 'pre-restore', job: Job): Promise<SafetyBackup> {
    job.step('Backing up your current data', { cancellable: true });
    const taken = await exclusive(() => backupDatabase(db, folder, kind, { now: now(), job }));
    return {
      entry: taken,
      keep: () => {
        for (const old of listBackups(folder, kind).slice(SAFETY_BACKUPS_KEPT))
          rmSync(join(folder, old.fileName), { force: true });
      },
      discard: () => rmSync(join(folder, taken.fileName), { force: true }),
    };
  }

  /**
   * Moves a stoppable operation on to `step`, which cannot be stopped. A stop asked before it
   * ends the operation here, with nothing changed and the safety backup deleted; otherwise the
   * safety backup is kept.
   */
  function goAhead(job: Job, step: string, safety: SafetyBackup | null): void {
    try {
      job.step(step, { cancellable: false });
    } catch (error) {
      safety?.discard();
      throw error;
    }
    safety?.keep();
  }

  /**
   * Copies the backup in over the database, checks it and brings it up to this version; if it does
   * not verify, copies the safety backup back.
   */
  async function replaceWith(fileName: string, safety: SafetyBackup, job: Job): Promise<number> {
    await copyInto(fileName);
    try {
      job.step('Checking the restored data', { cancellable: false });
      const problems = checkIntegrity(db);
      if (problems.length > 0) throw new Error(`integrity_check: ${problems.slice(0, 3).join('; ')}`);
      job.step('Bringing it up to this version', { cancellable: false });
      applyMigrations(db, pendingMigrations(db, options.migrations));
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`${broken.length} rows refer to missing rows`);
    } catch (error) {
      job.step('Putting your data back', { cancellable: false });
      await copyInto(safety.entry.fileName);
      throw conflict(
        `Restoring ${fileName} did not verify (${(error as Error).message}); your data was put back as it was.`,
      );
    }
    return schemaVersion(db);
  }

  return {
    list(): BackupList {
      // The folder exists from the start so the manager can open it before the first backup.
      mkdirSync(folder, { recursive: true });
      return { folder, backups: listBackups(folder) };
    },

    /** "Back up now": can be stopped until the copy is complete (the part copied is deleted). */
    create(job = new Job('backup')): Promise<BackupEntry> {
      job.step('Copying your data', { cancellable: true });
      return exclusive(() => backupDatabase(db, folder, 'manual', { now: now(), job }));
    },

    safetyBackup,
    goAhead,

    /** Takes today's automatic backup unless there is one already; prunes old ones. */
    async daily(): Promise<BackupEntry | null> {
      const today = now().toISOString().slice(0, 10);
      const dailies = listBackups(folder, 'daily');
      let taken: BackupEntry | null = null;
      if (!dailies.some((backup) => backup.createdAt.slice(0, 10) === today)) {
        taken = await exclusive(() => backupDatabase(db, folder, 'daily', { now: now() }));
      }
      const names = listBackups(folder, 'daily').map((backup) => backup.fileName);
      for (const name of dailyBackupsToPrune(names, now())) rmSync(join(folder, name), { force: true });
      return taken;
    },

    /**
     * Replaces the database with a backup: checks the backup, backs up the current database, copies
     * the backup in, verifies the result with `integrity_check`, and brings an older backup up to
     * the current schema. If the result does not verify, the current data is put back. It can be
     * stopped, changing nothing, until the backup starts being copied in.
     */
    async restore(fileName: string, job = new Job('restore')): Promise<RestoreResult> {
      const restored = findBackup(folder, fileName);
      job.step('Checking the backup', { cancellable: true });
      await inspect(fileName, job);
      const safety = await safetyBackup('pre-restore', job);
      goAhead(job, 'Copying the backup in', safety);
      const version = await exclusive(() => replaceWith(fileName, safety, job));
      return { restored, safetyBackup: safety.entry, schemaVersion: version };
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
