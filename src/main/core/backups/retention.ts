// Which automatic daily backups to keep: every one from the last 14 days, and the newest of each
// month for the last 12 months.
import { BACKUP_FILE_NAME } from '@shared/data/schema';

export const DAILY_DAYS_KEPT = 14;
export const MONTHS_KEPT = 12;

/** `20261128T030000Z` → Date. */
export function stampDate(stamp: string): Date {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp) ?? [];
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

export function backupTime(fileName: string): Date | null {
  const stamp = BACKUP_FILE_NAME.exec(fileName)?.[2];
  return stamp ? stampDate(stamp) : null;
}

/** The daily backup files to delete, given all of them and the time now. */
export function dailyBackupsToPrune(fileNames: readonly string[], now: Date): string[] {
  const dated = fileNames
    .map((fileName) => ({ fileName, at: backupTime(fileName) }))
    .filter((entry): entry is { fileName: string; at: Date } => entry.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const recent = now.getTime() - DAILY_DAYS_KEPT * 24 * 60 * 60 * 1000;
  const oldestMonth = now.getUTCFullYear() * 12 + now.getUTCMonth() - (MONTHS_KEPT - 1);
  const monthsSeen = new Set<number>();
  for (const { fileName, at } of dated) {
    if (at.getTime() > recent) keep.add(fileName);
    const month = at.getUTCFullYear() * 12 + at.getUTCMonth();
    if (month >= oldestMonth && !monthsSeen.has(month)) {
      monthsSeen.add(month);
      keep.add(fileName);
    }
  }
  return dated.filter(({ fileName }) => !keep.has(fileName)).map(({ fileName }) => fileName);
}
