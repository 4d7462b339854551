// The automatic daily backup: checked soon after start, then every hour; a round that would overlap
// a backup or a restore is skipped, as the next comes within the hour.
import type { CoreLog } from '../log';
import type { WholeDatabaseGuard } from '../jobs';
import type { BackupService } from './service';

const HOUR = 60 * 60 * 1000;

export interface DailyBackupOptions {
  backups: BackupService;
  guard: WholeDatabaseGuard;
  log: CoreLog;
  /** Delay before the first check (then hourly); `false` turns them off. */
  when?: { firstAfterMs: number } | false;
}

/** Starts the checks; answers the function that stops them. */
export function startDailyBackups({ backups, guard, log, when }: DailyBackupOptions): () => void {
  if (when === false) return () => undefined;
  const daily = () => {
    if (guard.busy('backup')) return;
    guard.run('backup', () => backups.daily()).catch((error: unknown) => log.error('daily backup', error));
  };
  const timers = [setTimeout(daily, when?.firstAfterMs ?? 10_000).unref(), setInterval(daily, HOUR).unref()];
  return () => timers.forEach((timer) => clearTimeout(timer));
}
