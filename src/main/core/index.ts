// The platform-neutral core: database, migrations, services and the dispatcher behind one
// `call(channel, input)`. The Electron shell and the local browser mode are thin adapters over it.
// This file wires: normal service (services.ts) or, when the database cannot be read, recovery.
import { channelNames, type ChannelName } from '@shared/api/channels';
import type { ChannelInput, ChannelOutput } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import type { RecoveryState } from '@shared/data/schema';
import { version } from '../../../package.json';
import { removeUnfinishedBackups } from './db/backup';
import { quickCheckInBackground } from './db/integrity-worker';
import { DAMAGE_CODES, DamagedDatabaseError, openCheckedDatabase } from './db/open';
import { createDispatcher } from './dispatcher';
import { createContext, type CoreContext, type CoreOptions } from './context';
import { createServices, type Opened } from './services';
import { createRecoveryService, finishOrDropRestore } from './recovery/service';
import { recoveryHandlers } from './recovery/handlers';

export { BACKUP_FOLDER, DATABASE_FILE, type CoreOptions } from './context';
export { DamagedDatabaseError, PRE_MIGRATION_BACKUPS_KEPT, PRE_MIGRATION_PREFIX } from './db/open';

export interface Core {
  call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  call(channel: string, input?: unknown): Promise<Result<unknown>>;
  readonly channels: readonly ChannelName[];
  readonly databaseFile: string;
  /** Why the database could not be opened, while the core runs in recovery; null otherwise. */
  readonly recovery: RecoveryState | null;
  /** Settles when the background `quick_check` of the open database has finished (and acted). */
  readonly startupCheck: Promise<void>;
  close(): void;
}

export async function openCore(options: CoreOptions): Promise<Core> {
  const context = createContext(options);
  const { databaseFile } = context;
  let current: Opened;
  let recovery: RecoveryState | null = null;
  let closed = false;
  let checked: Promise<void> = Promise.resolve();
  let stopCheck: (() => Promise<void>) | undefined;

  /** Stops normal service and offers recovery; the damaged file is left exactly as it is. */
  function enterRecovery(reason: string): void {
    if (recovery || closed) return;
    current.close();
    recovery = { reason, databaseFile };
    current = openRecovery(context, recovery, reopen);
  }

  async function reopen(): Promise<void> {
    const opened = createServices(await openCheckedDatabase(context), context, enterRecovery);
    current.close();
    current = opened;
    recovery = null;
    checked = backgroundCheck();
  }

  /** The full `quick_check` reads every page, so it runs beside the app instead of delaying its start. */
  async function backgroundCheck(): Promise<void> {
    if (options.backgroundCheck === false) return;
    const check = quickCheckInBackground(databaseFile, options.nativeBinding);
    stopCheck = check.stop;
    const report = await check.report;
    stopCheck = undefined;
    if (closed) return;
    if (report.problems.length > 0) {
      enterRecovery(`quick_check found: ${report.problems.slice(0, 3).join('; ')}`);
    } else if (report.error?.code && DAMAGE_CODES.has(report.error.code)) {
      enterRecovery(report.error.message);
    }
  }

  finishOrDropRestore(databaseFile);
  removeUnfinishedBackups(context.backupFolder);
  try {
    current = createServices(await openCheckedDatabase(context), context, enterRecovery);
    checked = backgroundCheck();
  } catch (error) {
    if (!(error instanceof DamagedDatabaseError)) throw error;
    recovery = { reason: error.message, databaseFile };
    current = openRecovery(context, recovery, reopen);
  }

  return {
    call: ((channel: string, input?: unknown) => current.call(channel, input)) as Core['call'],
    channels: channelNames,
    databaseFile,
    get recovery() {
      return recovery;
    },
    get startupCheck() {
      return checked;
    },
    close() {
      if (closed) return;
      closed = true;
      void stopCheck?.();
      current.close();
    },
  };
}

/** The core while the database cannot be opened: only the recovery channels answer. */
function openRecovery(context: CoreContext, state: RecoveryState, reopen: () => Promise<void>): Opened {
  const { options, databaseFile, backupFolder, jobs, guard, log } = context;
  const recovery = createRecoveryService({ ...context, reopen });
  const handlers = recoveryHandlers({
    recovery,
    state,
    backupFolder,
    jobs,
    guard,
    info: () => ({ version, dataDir: options.dataDir, databaseFile, schemaVersion: 0, recovery: state }),
    logFile: () => ({ file: log.file }),
  });
  return { call: createDispatcher({ handlers, onCall: options.onCall, onError: log.error }), close() {} };
}
