// Copies of the database made with SQLite's online backup API, kept in the data folder's
// `backups` folder as `<kind>-<UTC time>.db`. A copy is written under a temporary name and gets its
// real name only once it is complete, so a crash or a kill never leaves a half copy that looks real.
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
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

/** The 100-byte header every SQLite database starts with. */
const HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\0';

/**
 * Why a file cannot be a whole SQLite database, from its header and its length alone (reads 100
 * bytes); null when it can. Finds an empty file, one cut off while it was copied, and one that is
 * not a database at all; damage inside the pages is left to `integrity_check`.
 */
export function sqliteFileProblem(file: string): string | null {
  let size: number;
  const header = Buffer.alloc(HEADER_BYTES);
  try {
    size = statSync(file).size;
    const fd = openSync(file, 'r');
    try {
      readSync(fd, header, 0, HEADER_BYTES, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return `it cannot be read (${(error as Error).message})`;
  }
  if (size === 0) return 'it is empty (0 bytes)';
  if (size < HEADER_BYTES) return `it is shorter than a database header (${size} bytes)`;
  if (header.toString('latin1', 0, 16) !== MAGIC) return 'it is not a SQLite database';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return 'its header is damaged';
  // The page count in the header is only valid when the two change counters agree.
  const pages = header.readUInt32BE(28);
  const countValid = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  if (countValid && size < pages * pageSize) {
    return `it was cut off (${size.toLocaleString('en')} of ${(pages * pageSize).toLocaleString('en')} bytes)`;
  }
  if (size % pageSize !== 0) return `it was cut off (${size.toLocaleString('en')} bytes, not whole pages)`;
  return null;
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

/**
 * Every whole backup in `dir`, newest first. A file with a backup's name that is empty, cut off or
 * not a database (left by an older version killed mid-copy, or put there by hand) is not listed.
 */
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
    .filter((entry) => sqliteFileProblem(join(dir, entry.fileName)) === null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || counter(b.fileName) - counter(a.fileName));
}

/**
 * Names being written by this process. Two backups started in the same second (ten "Back up now"
 * at once, or a safety copy beside a manual one) must not pick the same name before either file exists.
 */
const reserved = new Set<string>();

/** `manual-20261128T031500Z.db` is written as `manual-20261128T031500Z.db.<pid>.partial`. */
const PARTIAL = /^(.+\.db)\.(\d+)\.partial(-journal)?$/;
const partialName = (fileName: string) => `${fileName}.${process.pid}.partial`;

/** The next free name for a backup of `kind` taken at `taken`, numbered after every one in that second. */
function freeName(dir: string, kind: BackupKind, taken: string): string {
  const prefix = `${kind}-${taken}`;
  const sameSecond = [
    ...readdirSync(dir),
    ...[...reserved]
      .filter((file) => file.startsWith(join(dir, prefix)))
      .map((file) => file.slice(dir.length + 1)),
  ]
    .map((name) => PARTIAL.exec(name)?.[1] ?? name)
    .filter((name) => name.startsWith(prefix) && BACKUP_FILE_NAME.test(name))
    .map(counter);
  return sameSecond.length === 0 ? `${prefix}.db` : `${prefix}-${Math.max(...sameSecond) + 1}.db`;
}

/** Makes a rename or link in `dir` survive a power cut (not possible on Windows, where it is skipped). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Gives a finished copy its real name without ever replacing another file: a hard link fails when
 * the name is taken. Where links are not supported (some USB and network drives) it renames, after
 * checking the name is free.
 */
function publish(partial: string, file: string): void {
  const taken = () => new Error(`Backup ${file} already exists; it was not replaced`);
  try {
    linkSync(partial, file);
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') throw taken();
    if (statSync(file, { throwIfNoEntry: false })) throw taken();
    renameSync(partial, file);
    return;
  }
  rmSync(partial);
}

/** Whether a process with this id is running (a temporary file of a live process is not a leftover). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * A backup is a WAL-mode database, so reading it leaves an empty `-wal` and a `-shm` file beside
 * it (a read-only connection cannot remove them). Only the app reads backups, so once its readers
 * have closed they are removed; a `-wal` with anything in it is left alone.
 */
export function removeReaderFiles(file: string): void {
  if (statSync(`${file}-wal`, { throwIfNoEntry: false })?.size === 0) {
    rmSync(`${file}-wal`, { force: true });
    rmSync(`${file}-shm`, { force: true });
  }
}

/**
 * Deletes what a backup cut off by a crash or a kill left in `dir`: temporary copies of processes
 * that are gone (or of this one, that it is not writing); a `-journal` beside a copy that is empty,
 * cut off or missing, with that copy (older versions wrote under the real name); and the empty
 * `-wal`/`-shm` left by a read of a backup killed before it closed. Answers the names deleted.
 */
export function removeUnfinishedBackups(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  const remove = (name: string) => {
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  };
  for (const name of names) {
    const partial = PARTIAL.exec(name);
    if (partial) {
      const pid = Number(partial[2]);
      const ours = pid === process.pid && reserved.has(join(dir, partial[1] ?? ''));
      if (!ours && (pid === process.pid || !running(pid))) remove(name);
      continue;
    }
    if (name.endsWith('.db-wal') && BACKUP_FILE_NAME.test(name.slice(0, -'-wal'.length))) {
      removeReaderFiles(join(dir, name.slice(0, -'-wal'.length)));
      continue;
    }
    if (!name.endsWith('.db-journal')) continue;
    const copy = name.slice(0, -'-journal'.length);
    if (!BACKUP_FILE_NAME.test(copy)) continue;
    const whole = names.includes(copy) && sqliteFileProblem(join(dir, copy)) === null;
    if (whole) continue;
    remove(name);
    if (names.includes(copy)) remove(copy);
  }
  return removed;
}

/**
 * Backs the database up into `dir` as `<kind>-<UTC time>.db`; with `keep`, deletes all but the
 * newest `keep` backups of that kind. The copy is written under a temporary name, checked, flushed
 * to disk and only then given its name, so a listed backup is always whole; a copy that fails or is
 * stopped half-way is deleted. With `job`, reports the pages copied and stops when it is cancelled.
 */
export async function backupDatabase(
  db: Db,
  dir: string,
  kind: BackupKind,
  options: { keep?: number; now?: Date; job?: Job } = {},
): Promise<BackupEntry> {
  mkdirSync(dir, { recursive: true });
  const fileName = freeName(dir, kind, stamp(options.now ?? new Date()));
  const file = join(dir, fileName);
  const partial = join(dir, partialName(fileName));
  reserved.add(file);
  try {
    await copyTo(db, partial, options.job);
    const problem = sqliteFileProblem(partial);
    if (problem) throw new Error(`The copy for backup ${fileName} is not whole: ${problem}`);
    syncFile(partial);
    publish(partial, file);
    syncFolder(dir);
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw error;
  } finally {
    reserved.delete(file);
  }
  if (options.keep !== undefined) {
    for (const old of listBackups(dir, kind).slice(options.keep))
      rmSync(join(dir, old.fileName), { force: true });
  }
  const entry = backupEntry(dir, fileName);
  if (!entry) throw new Error(`Backup ${fileName} was not written`);
  return entry;
}

async function copyTo(db: Db, file: string, job: Job | undefined): Promise<void> {
  if (!job) {
    await db.backup(file);
    return;
  }
  const { totalPages } = await db.backup(file, {
    progress: ({ totalPages, remainingPages }) => {
      job.report(totalPages - remainingPages, totalPages);
      job.throwIfStopped(); // the backup stops and the part copied is deleted by the caller
      return BACKUP_STEP_PAGES;
    },
  });
  job.report(totalPages, totalPages);
}
