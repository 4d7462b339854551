// Recovery mode: while the database cannot be opened, the manager can restore a backup, save what can
// still be read, or start empty. The damaged file is never overwritten: it is moved aside, and only
// after a checked backup has been copied in beside it and flushed to disk.
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadableExport, RestoreResult } from '@shared/data/schema';
import type { Db } from '../db/connection';
import { stamp, sqliteFileProblem } from '../db/backup';
import type { Migration } from '../db/migrations';
import type { BackgroundCheck } from '../db/integrity-worker';
import { emptyDataFile, exportReadable } from '../data/export';
import { checkBackupFile, copyDatabase, findBackup } from '../backups/service';
import type { Job } from '../jobs';

/** The suffix of the copy a restore writes beside the damaged file before swapping it in. */
const RESTORING = '.restoring';

export interface RecoveryDeps {
  databaseFile: string;
  backupFolder: string;
  migrations: Migration[];
  now: () => Date;
  open: (file: string, how?: { readonly?: boolean }) => Db;
  checkFile: (file: string) => BackgroundCheck;
  /** Opens the database again and returns to normal service (it throws if it still cannot). */
  reopen: () => Promise<void>;
}

/**
 * The recovery screen's restore copies the backup to `rolebridge.db.restoring` and only then swaps
 * it in. A copy cut off by a crash is deleted (the damaged file is still in place, so recovery
 * opens again); a whole copy whose swap was cut off between its two renames is finished.
 */
export function finishOrDropRestore(databaseFile: string): void {
  const copy = `${databaseFile}${RESTORING}`;
  if (!existsSync(copy)) return;
  const unfinished = existsSync(`${copy}-journal`) || sqliteFileProblem(copy) !== null;
  if (!unfinished && !existsSync(databaseFile)) {
    renameSync(copy, databaseFile);
    return;
  }
  rmSync(copy, { force: true });
  rmSync(`${copy}-journal`, { force: true });
}

function flushToDisk(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function createRecoveryService(deps: RecoveryDeps) {
  const { databaseFile, backupFolder, now, open, reopen } = deps;

  /** Renames the damaged file (and its -wal and -shm) aside, under the time it was moved. */
  function moveAside(): string {
    const movedTo = `${databaseFile}.damaged-${stamp(now())}`;
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, movedTo + suffix);
    }
    if (existsSync(databaseFile)) renameSync(databaseFile, movedTo);
    return movedTo;
  }

  /**
   * Copies a checked backup beside the damaged file, flushes it to disk, and only then moves the
   * damaged file aside and the copy into its place: a crash part-way leaves the damaged file where
   * it was (see `finishOrDropRestore`), never a half-copied database.
   */
  async function copyBackupIn(file: string, job: Job): Promise<void> {
    const copy = `${databaseFile}${RESTORING}`;
    rmSync(copy, { force: true });
    try {
      await copyDatabase(file, copy, deps, job);
      flushToDisk(copy);
    } catch (error) {
      rmSync(copy, { force: true });
      rmSync(`${copy}-journal`, { force: true });
      throw error;
    }
    moveAside();
    renameSync(copy, databaseFile);
  }

  return {
    /** Every record that can still be read, as a data file; the whole file unreadable if it cannot be opened. */
    exportReadable(): ReadableExport {
      const fileName = `rolebridge-readable-data-${now().toISOString().slice(0, 10)}.json`;
      let db: Db | undefined;
      try {
        db = open(databaseFile, { readonly: true });
        return { fileName, ...exportReadable(db) };
      } catch (error) {
        return {
          fileName,
          file: emptyDataFile(0),
          unreadable: [`the whole file: ${(error as Error).message}`],
        };
      } finally {
        db?.close();
      }
    },

    /** Checks a backup as a normal restore does, copies it in, and opens it. */
    async restore(fileName: string, job: Job): Promise<RestoreResult> {
      const restored = findBackup(backupFolder, fileName);
      job.step('Checking the backup', { cancellable: true });
      await checkBackupFile(backupFolder, fileName, job, deps);
      job.step('Copying the backup in', { cancellable: false });
      await copyBackupIn(join(backupFolder, fileName), job);
      job.step('Opening your data', { cancellable: false });
      await reopen();
      return { restored, safetyBackup: null, schemaVersion: deps.migrations.at(-1)?.version ?? 0 };
    },

    /** Moves the damaged file aside and opens a new, empty database. */
    async startEmpty(): Promise<{ movedTo: string }> {
      const movedTo = moveAside();
      await reopen();
      return { movedTo };
    },
  };
}

export type RecoveryService = ReturnType<typeof createRecoveryService>;
