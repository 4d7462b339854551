// Copies of the database made with SQLite's online backup API, kept in the data folder.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './connection';

export interface BackupInfo {
  file: string;
  fileName: string;
}

function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** Backs the database up into `dir` as `<prefix>-<UTC time>.db` and keeps the newest `keep` of that prefix. */
export async function backupDatabase(
  db: Db,
  dir: string,
  prefix: string,
  keep: number,
  now: Date = new Date(),
): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  let fileName = `${prefix}-${stamp(now)}.db`;
  for (let n = 2; readdirSync(dir).includes(fileName); n += 1) {
    fileName = `${prefix}-${stamp(now)}-${n}.db`;
  }
  const file = join(dir, fileName);
  await db.backup(file);
  pruneBackups(dir, prefix, keep);
  return { file, fileName };
}

export function listBackups(dir: string, prefix: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  // Stamps sort as text in time order; a `-2` suffix sorts after the same second.
  return names.filter((name) => name.startsWith(`${prefix}-`) && name.endsWith('.db')).sort();
}

function pruneBackups(dir: string, prefix: string, keep: number): void {
  const names = listBackups(dir, prefix);
  for (const name of names.slice(0, Math.max(0, names.length - keep))) {
    rmSync(join(dir, name), { force: true });
  }
}
