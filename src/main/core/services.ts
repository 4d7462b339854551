// The core in normal service on SQLite: the SQLite repositories on the open database, every area's
// services over them (area-services.ts), the SQLite-only parts (backups, data files, recovery, app
// info), and all of it behind one dispatcher whose calls take turns on the connection (db/queue.ts).
import type { AppInfo } from '@shared/api/contract';
import { version } from '../../../package.json';
import type { Synchronous } from './awaitable';
import type { Db } from './db/connection';
import { schemaVersion } from './db/migrations';
import { DAMAGE_CODES } from './db/open';
import { createSqliteQueue, type SqliteQueue } from './db/queue';
import { createDispatcher, SINGLE_STATEMENT_READS, UNSTORED_CHANNELS, type Handlers } from './dispatcher';
import type { CoreContext } from './context';
import { jobHandlers } from './jobs';
import { createAreaServices, type Repositories } from './area-services';
import { createHireRepository } from './hires/repository';
import { createFrameworkRepository } from './framework/repository';
import { createAssessmentRepository } from './assessments/repository';
import { createPlanRepository } from './plans/repository';
import { createCheckInRepository } from './checkins/repository';
import { createSettingsRepository } from './settings/repository';
import { createLeaveRepository } from './calendar/repository';
import { createTopicRepository } from './topics/repository';
import { createEvidenceRepository } from './evidence/repository';
import { createPacketRepository } from './packet/repository';
import { createSampleRepository } from './sample/repository';
import { createSummaryStore } from './progress/summaries';
import { hireFacts } from './progress/facts';
import type { Call } from './sample/service';
import { createBackupService } from './backups/service';
import { backupHandlers } from './backups/handlers';
import { startDailyBackups } from './backups/daily';
import { createDataRepository } from './data/repository';
import { dataHandlers } from './data/handlers';
import { recoveryWhenOpen } from './recovery/handlers';

export interface Opened {
  call: Call;
  close(): void;
}

type SqliteRepositories = { [K in Exclude<keyof Repositories, 'summaries'>]: Synchronous<Repositories[K]> };

/** Every area's SQLite repository on the open database. */
export function sqliteRepositories(db: Db): SqliteRepositories {
  return {
    hires: createHireRepository(db),
    framework: createFrameworkRepository(db),
    assessments: createAssessmentRepository(db),
    plans: createPlanRepository(db),
    checkIns: createCheckInRepository(db),
    settings: createSettingsRepository(db),
    leave: createLeaveRepository(db),
    topics: createTopicRepository(db),
    evidence: createEvidenceRepository(db),
    packets: createPacketRepository(db),
    samples: createSampleRepository(db),
  };
}

export function createServices(db: Db, context: CoreContext, onDamaged: (reason: string) => void): Opened {
  const { options, migrations, now, open, jobs, guard, log } = context;
  const queue = createSqliteQueue(db, {
    singleStatement: SINGLE_STATEMENT_READS,
    unstored: UNSTORED_CHANNELS,
  });
  const repositories = sqliteRepositories(db);
  // The summary table works a hire's facts out when their history changed; SQLite answers at once,
  // so it reads them synchronously, inside the dashboard call's own transaction.
  const summaries = createSummaryStore(db, (hireId) =>
    hireFacts({
      plan: repositories.plans.current(hireId),
      assessments: repositories.assessments.listForHire(hireId),
      scheduled: repositories.checkIns.scheduled(hireId),
      openActions: repositories.checkIns.openActions(hireId),
    }),
  );
  const areas = createAreaServices(
    { ...repositories, summaries: () => summaries },
    {
      now,
      locale: context.locale,
      timeZone: context.timeZone,
      // The sample team is written through the dispatcher below, once it exists.
      call: (channel, input) => call(channel, input),
      inTransaction: queue.transaction,
    },
  );
  const backups = backupsOf(db, context, queue);
  const data = createDataRepository(db, { migrations, openStaging: () => open(':memory:') }, queue);
  // A restore or an import replaced rows under the framework's cache of custom roles.
  const onReplaced = () => areas.framework.reload();
  const handlers: Handlers = {
    ...appHandlers(db, context),
    ...areas.handlers,
    ...dataHandlers({ data, backups, jobs, guard, now, onReplaced }),
    ...backupHandlers({ backups, jobs, guard, onReplaced }),
    ...jobHandlers(jobs),
    ...recoveryWhenOpen(),
  };
  const call = createDispatcher({
    transact: queue.transact,
    handlers,
    onCall: options.onCall,
    damageCodes: DAMAGE_CODES,
    onDamaged,
    onError: log.error,
  });
  const stopDailyBackups = startDailyBackups({ backups, guard, log, when: options.dailyBackups });
  return {
    call,
    close() {
      stopDailyBackups();
      db.close();
    },
  };
}

/** Backups of the open database, to its data folder's backup folder; each copy holds the connection. */
function backupsOf(db: Db, context: CoreContext, queue: SqliteQueue) {
  const { databaseFile, backupFolder, migrations, now, open, checkFile } = context;
  return createBackupService({
    db,
    databaseFile,
    folder: backupFolder,
    migrations,
    now,
    open,
    checkFile,
    exclusive: queue.exclusive,
  });
}

/** What the app says of itself: its version, where its data lives, and its log file. */
function appHandlers(
  db: Db,
  { options, databaseFile, log }: CoreContext,
): Pick<Handlers, 'app.info' | 'app.logFile'> {
  return {
    'app.info': (): AppInfo => ({
      version,
      dataDir: options.dataDir,
      databaseFile,
      schemaVersion: schemaVersion(db),
      recovery: null,
    }),
    'app.logFile': () => ({ file: log.file }),
  };
}
