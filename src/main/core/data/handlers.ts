// The data.* channels: the whole data file out, and in as a job that backs up what is there first.
import { Later } from '../dispatcher';
import type { AreaHandlers } from '../handlers';
import type { Jobs, WholeDatabaseGuard } from '../jobs';
import type { BackupService } from '../backups/service';
import type { DataRepository } from './repository';

export interface DataHandlerDeps {
  data: DataRepository;
  backups: BackupService;
  jobs: Jobs;
  guard: WholeDatabaseGuard;
  now: () => Date;
  /** Told once rows were written, so caches (custom roles) read them again. */
  onReplaced: () => void;
}

export function dataHandlers(deps: DataHandlerDeps): AreaHandlers<'data'> {
  const { data, backups, jobs, guard, now, onReplaced } = deps;
  return {
    'data.export': () => ({
      fileName: `rolebridge-data-${now().toISOString().slice(0, 10)}.json`,
      file: data.exportFile(),
    }),
    // The file is checked in full before the job starts, so a bad file is refused at once.
    'data.import': ({ file, mode, jobId }) => {
      const staged = data.stage(file);
      if (mode === 'empty-only') data.refuseUnlessEmpty();
      return new Later(() =>
        jobs.run(jobId, (job) =>
          guard.run('import', async () => {
            const safety = (await data.isEmpty()) ? null : await backups.safetyBackup('pre-import', job);
            const total = Object.values(staged.tables).reduce((sum, rows) => sum + rows.length, 0);
            backups.goAhead(job, `Writing ${total.toLocaleString('en')} rows`, safety);
            const rows = await data.write(staged, mode);
            onReplaced();
            const written = Object.values(rows).reduce((sum, n) => sum + n, 0);
            return { mode, rows, total: written, backup: safety?.entry ?? null };
          }),
        ),
      );
    },
  };
}
