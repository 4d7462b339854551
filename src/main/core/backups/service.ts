// Backups the manager can see and restore: an automatic one each day (kept 14 days, then one a
// month for a year), "Back up now", and restore, which first backs up what is there now.
import { join } from 'node:path';
import { mkdirSync, rmSync } from 'node:fs';
import type { BackupEntry, BackupList, RestoreResult } from '@shared/data/schema';
import type { Db } from '../db/connection';
import { backupDatabase, backupEntry, listBackups } from '../db/backup';
import { applyMigrations, pendingMigrations, schemaVersion, type Migration } from '../db/migrations';
import { AppError, conflict, notFound } from '../errors';
import { dailyBackupsToPrune } from './retention';

export const SAFETY_BACKUPS_KEPT = 10;

export interface BackupServiceOptions {
  db: Db;
  databaseFile: string;
  folder: string;
  migrations: Migration[];
  now: () => Date;
  /** Opens another database file with the app's SQLite build. */
  open: (file: string, options?: { readonly?: boolean }) => Db;
}

export function checkIntegrity(
  db: Db,
  pragma: 'integrity_check' | 'quick_check' = 'integrity_check',
): string[] {
  const rows = db.pragma(pragma) as Record<string, string>[];
  const messages = rows.map((row) => Object.values(row)[0] ?? '');
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

export function createBackupService(options: BackupServiceOptions) {
  const { db, folder, now } = options;

  function entry(fileName: string): BackupEntry {
    const found = backupEntry(folder, fileName);
    if (!found) throw notFound('backup', fileName);
    return found;
  }

  /** Opens a backup, checks it can be restored, and answers its schema version. */
  function inspect(fileName: string): number {
    let source: Db;
    try {
      source = options.open(join(folder, fileName), { readonly: true });
    } catch (error) {
      throw conflict(
        `Backup ${fileName} cannot be opened (${(error as Error).message}); nothing was changed.`,
      );
    }
    try {
      const problems = checkIntegrity(source);
      if (problems.length > 0) {
        throw conflict(`Backup ${fileName} is damaged (${problems[0] ?? ''}); nothing was changed.`);
      }
      const version = schemaVersion(source);
      const latest = options.migrations.at(-1)?.version ?? 0;
      if (version > latest) {
        throw conflict(
          `Backup ${fileName} was made by a newer version of Rolebridge (schema ${version}); nothing was changed.`,
        );
      }
      return version;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw conflict(`Backup ${fileName} cannot be read (${(error as Error).message}); nothing was changed.`);
    } finally {
      source.close();
    }
  }

  async function copyInto(fileName: string): Promise<void> {
    const source = options.open(join(folder, fileName), { readonly: true });
    try {
      // All pages in one step: the app's own connection cannot write half-way through.
      await source.backup(options.databaseFile, { progress: () => 2 ** 30 });
    } finally {
      source.close();
    }
  }

  return {
    list(): BackupList {
      // The folder exists from the start so the manager can open it before the first backup.
      mkdirSync(folder, { recursive: true });
      return { folder, backups: listBackups(folder) };
    },

    create(): Promise<BackupEntry> {
      return backupDatabase(db, folder, 'manual', { now: now() });
    },

    backupBefore(kind: 'pre-import' | 'pre-restore'): Promise<BackupEntry> {
      return backupDatabase(db, folder, kind, { now: now(), keep: SAFETY_BACKUPS_KEPT });
    },

    /** Takes today's automatic backup unless there is one already; prunes old ones. */
    async daily(): Promise<BackupEntry | null> {
      const today = now().toISOString().slice(0, 10);
      const dailies = listBackups(folder, 'daily');
      let taken: BackupEntry | null = null;
      if (!dailies.some((backup) => backup.createdAt.slice(0, 10) === today)) {
        taken = await backupDatabase(db, folder, 'daily', { now: now() });
      }
      const names = listBackups(folder, 'daily').map((backup) => backup.fileName);
      for (const name of dailyBackupsToPrune(names, now())) rmSync(join(folder, name), { force: true });
      return taken;
    },

    /**
     * Replaces the database with a backup: checks the backup, backs up the current database, copies
     * the backup in, verifies the result with `integrity_check`, and brings an older backup up to
     * the current schema. If the result does not verify, the current data is put back.
     */
    async restore(fileName: string): Promise<RestoreResult> {
      const restored = entry(fileName);
      inspect(fileName);
      const safetyBackup = await backupDatabase(db, folder, 'pre-restore', {
        now: now(),
        keep: SAFETY_BACKUPS_KEPT,
      });
      await copyInto(fileName);
      try {
        const problems = checkIntegrity(db);
        if (problems.length > 0) throw new Error(`integrity_check: ${problems.slice(0, 3).join('; ')}`);
        applyMigrations(db, pendingMigrations(db, options.migrations));
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`${broken.length} rows refer to missing rows`);
      } catch (error) {
        await copyInto(safetyBackup.fileName);
        throw conflict(
          `Restoring ${fileName} did not verify (${(error as Error).message}); your data was put back as it was.`,
        );
      }
      return { restored, safetyBackup, schemaVersion: schemaVersion(db) };
    },
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
