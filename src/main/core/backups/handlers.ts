// The backups.* channels: each copy or restore runs as a job the manager can follow and stop, and
// never beside another operation on the whole database.
import { Later } from '../dispatcher';
import type { AreaHandlers } from '../handlers';
import type { Jobs, WholeDatabaseGuard } from '../jobs';
import type { BackupService } from './service';

export interface BackupHandlerDeps {
  backups: BackupService;
  jobs: Jobs;
  guard: WholeDatabaseGuard;
  /** Told once the database file was replaced (or put back), so caches read it again. */
  onReplaced: () => void;
}

export function backupHandlers({
  backups,
  jobs,
  guard,
  onReplaced,
}: BackupHandlerDeps): AreaHandlers<'backups'> {
  return {
    'backups.list': () => backups.list(),
    'backups.create': ({ jobId }) =>
      new Later(() => jobs.run(jobId, (job) => guard.run('backup', () => backups.create(job)))),
    'backups.restore': ({ fileName, jobId }) =>
      new Later(() =>
        jobs.run(jobId, (job) =>
          guard.run('restore', async () => {
            try {
              return await backups.restore(fileName, job);
            } finally {
              onReplaced();
            }
          }),
        ),
      ),
  };
}
