// The channels while the database cannot be opened: app.info says why, the recovery.* channels
// recover, backups can be listed and jobs followed; every other channel answers DATABASE_DAMAGED.
import { channelNames } from '@shared/api/channels';
import type { AppInfo, LogFileInfo } from '@shared/api/contract';
import type { RecoveryState } from '@shared/data/schema';
import { listBackups } from '../db/backup';
import { Later, type Handlers } from '../dispatcher';
import { AppError, conflict } from '../errors';
import type { AreaHandlers } from '../handlers';
import { jobHandlers, type Jobs, type WholeDatabaseGuard } from '../jobs';
import type { RecoveryService } from './service';

export interface RecoveryHandlerDeps {
  recovery: RecoveryService;
  state: RecoveryState;
  backupFolder: string;
  jobs: Jobs;
  guard: WholeDatabaseGuard;
  info: () => AppInfo;
  logFile: () => LogFileInfo;
}

export function recoveryHandlers(deps: RecoveryHandlerDeps): Handlers {
  const { recovery, state, backupFolder, jobs, guard } = deps;
  const unavailable = () => {
    throw new AppError(
      'DATABASE_DAMAGED',
      `Rolebridge could not open its database (${state.reason}). Recover it first.`,
    );
  };
  const available: Partial<Handlers> = {
    'app.info': deps.info,
    'app.logFile': deps.logFile,
    'backups.list': () => ({ folder: backupFolder, backups: listBackups(backupFolder) }),
    'recovery.exportReadable': () => recovery.exportReadable(),
    'recovery.restore': ({ fileName, jobId }) =>
      new Later(() => jobs.run(jobId, (job) => guard.run('restore', () => recovery.restore(fileName, job)))),
    'recovery.startEmpty': () => new Later(() => recovery.startEmpty()),
    ...jobHandlers(jobs),
  };
  return Object.fromEntries(
    channelNames.map((channel) => [channel, available[channel] ?? unavailable]),
  ) as Handlers;
}

/** The recovery.* channels while the database is open: there is nothing to recover. */
export function recoveryWhenOpen(): AreaHandlers<'recovery'> {
  const notInRecovery = (): never => {
    throw conflict('The database opened normally; there is nothing to recover.');
  };
  return {
    'recovery.exportReadable': notInRecovery,
    'recovery.restore': notInRecovery,
    'recovery.startEmpty': notInRecovery,
  };
}
