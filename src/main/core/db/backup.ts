// Copies of the database made with SQLite's online backup API, kept in the data folder's
// `backups` folder as `<kind>-<UTC time>.db`.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_FILE_NAME, type BackupEntry, type BackupKind } from '@shared/data/schema';
import type { Db } from './connection';
import { backupTime } from '../backups/retention';
import type { Job } from '../jobs';

/** A UTC time as it appears in backup and moved-aside file names: `20261128T031500Z`. */
export function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** Describes a backup file in `dir`, or null when the name is not one the app writes. */
export function backupEntry(dir: string, fileName: string): BackupEntry | null {
  const match = BACKUP_FILE_NAME.exec(fileName);
  const at = backupTime(fileName);
  if (!match || !at) return null;
  let bytes: number;
  try {
    bytes = statSync(join(dir, fileName)).size;
  } catch {
    return null;
  }
  return { fileName, kind: match[1] as BackupKind, createdAt: at.toISOString(), bytes };
}

/** Pages copied between two progress reports (SQLite's default step): 400 KB with 4 KB pages. */
const BACKUP_STEP_PAGES = 100;

/** Backups taken in the same second are numbered `-2`, `-3`…; the first has none. */
function counter(fileName: string): number {
  return Number(BACKUP_FILE_NAME.exec(fileName)?.[3] ?? 1);
}

/** Every backup in `dir`, newest first. */
export function listBackups(dir: string, kind?: BackupKind): BackupEntry[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => backupEntry(dir, name))
    .filter((entry): entry is BackupEntry => entry !== null && (kind === undefined || entry.kind === kind))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || counter(b.fileName) - counter(a.fileName));
}

/**
 * Backs the database up into `dir` as `<kind>-<UTC time>.db`; with `keep`, deletes all but the
 * newest `keep` backups of that kind. A copy that fails half-way is deleted. With `job`, reports the
 * pages copied and stops (deleting the part copied) when the job is cancelled.
 */
export async function backupDatabase(
  db: Db,
  dir: string,
  kind: BackupKind,
  options: { keep?: number; now?: Date; job?: Job } = {},
): Promise<BackupEntry> {
  mkdirSync(dir, { recursive: true });
  const taken = stamp(options.now ?? new Date());
  // Numbered after every backup already taken in the same second, so the newest always sorts last.
  const sameSecond = readdirSync(dir)
    .filter((name) => name.startsWith(`${kind}-${taken}`) && BACKUP_FILE_NAME.test(name))
    .map(counter);
  const fileName =
    sameSecond.length === 0 ? `${kind}-${taken}.db` : `${kind}-${taken}-${Math.max(...sameSecond) + 1}.db`;
  const file = join(dir, fileName);
  try {
    const { job } = options;
    if (!job) await db.backup(file);
    else {
      const { totalPages } = await db.backup(file, {
        progress: ({ totalPages, remainingPages }) => {
          job.report(totalPages - remainingPages, totalPages);
          job.throwIfStopped(); // the backup stops and the part copied is deleted below
          return BACKUP_STEP_PAGES;
        },
      });
      job.report(totalPages, totalPages);
    }
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
  if (options.keep !== undefined) {
    for (const old of listBackups(dir, kind).slice(options.keep))
      rmSync(join(dir, old.fileName), { force: true });
  }
  const entry = backupEntry(dir, fileName);
  if (!entry) throw new Error(`Backup ${fileName} was not written`);
  return entry;
}
