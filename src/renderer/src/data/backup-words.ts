// A backup as the manager reads it: when it was taken, as the locale writes it, and why, in words;
// never its file name (the folder and names are for support, shown in Settings → Backups).
import type { BackupEntry, BackupKind } from '@shared/data/schema';
import { formatBytes, formatDateTime } from '../format';

export const BACKUP_KIND_LABELS: Record<BackupKind, string> = {
  daily: 'Daily',
  manual: 'Backed up by you',
  'pre-restore': 'Before a restore',
  'pre-import': 'Before an import',
  'pre-migration': 'Before an update',
};

/** The notice after "Back up now": "Backup saved — 29 Nov 2026, 10:34", then the kind and size. */
export function backupSavedNotice(entry: BackupEntry): { title: string; message: string } {
  return {
    title: `Backup saved — ${formatDateTime(entry.createdAt)}`,
    message: `${BACKUP_KIND_LABELS[entry.kind]} · ${formatBytes(entry.bytes)}`,
  };
}

/** Where the data from before a restore or an import went: "the backup of 29 Nov 2026, 10:34 (Before an import)". */
export function keptAs(entry: BackupEntry | null): string {
  if (!entry) return 'a backup';
  return `the backup of ${formatDateTime(entry.createdAt)} (${BACKUP_KIND_LABELS[entry.kind]}) in Settings → Backups`;
}
