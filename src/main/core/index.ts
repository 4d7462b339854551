// The platform-neutral core: database, migrations, services and the dispatcher behind one
// `call(channel, input)`. The Electron shell and the local browser mode are thin adapters over it.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { checkInBackground, quickCheckInBackground, type BackgroundCheck } from './db/integrity-worker';
import { createJobs, createWholeDatabaseGuard, type Job, type Jobs, type WholeDatabaseGuard } from './jobs';
import type { JobProgress } from '@shared/jobs/schema';
import { join } from 'node:path';
import { channelNames, type ChannelName } from '@shared/api/channels';
import type { ChannelInput, ChannelOutput } from '@shared/api/contract';
import type { Result } from '@shared/api/result';
import { openDatabase, type Db } from './db/connection';
import {
  applyMigrations,
  bundledMigrations,
  pendingMigrations,
  schemaVersion,
  type Migration,
} from './db/migrations';
import {
  backupDatabase,
  backupEntry,
  listBackups,
  removeUnfinishedBackups,
  sqliteFileProblem,
  stamp,
} from './db/backup';
import { createDispatcher, Later, type CallLog, type Handlers } from './dispatcher';
import { AppError, conflict, notFound } from './errors';
import { checkBackupFile, createBackupService, removeReaderFiles } from './backups/service';
import { emptyDataFile, exportData, exportReadable } from './data/export';
import { applyDataFile, refuseUnlessEmpty, rowCount, stageDataFile } from './data/import';
import type { RecoveryState } from '@shared/data/schema';
import { createHireRepository } from './hires/repository';
import { createHireService } from './hires/service';
import { createFrameworkRepository } from './framework/repository';
import { createFrameworkService } from './framework/service';
import { version } from '../../../package.json';
import { createAssessmentRepository } from './assessments/repository';
import { createAssessmentService } from './assessments/service';
import { createPlanRepository } from './plans/repository';
import { createPlanService } from './plans/service';
import { createCheckInRepository } from './checkins/repository';
import { createCheckInService } from './checkins/service';
import { createSettingsService } from './settings/service';
import { createLeaveRepository } from './calendar/repository';
import { createCalendarService } from './calendar/service';
import { createProgressService } from './progress/service';
import { createPdfService } from './pdf/service';
import { createSampleService } from './sample/service';
import { createTopicRepository } from './topics/repository';
import { createTopicService } from './topics/service';
import { createEvidenceRepository } from './evidence/repository';
import { createEvidenceService } from './evidence/service';
import { createPacketRepository } from './packet/repository';
import { createPacketService } from './packet/service';
import { createAnswersService } from './packet/answers';
import { contract } from '@shared/api/contract';

export const DATABASE_FILE = 'rolebridge.db';
export const BACKUP_FOLDER = 'backups';
export const PRE_MIGRATION_PREFIX = 'pre-migration';
export const PRE_MIGRATION_BACKUPS_KEPT = 5;
const HOUR = 60 * 60 * 1000;

export interface CoreOptions {
  dataDir: string;
  /** better-sqlite3 binding built for the running runtime; only the Electron shell passes one. */
  nativeBinding?: string;
  /** Overrides the bundled migrations (tests). */
  migrations?: Migration[];
  now?: () => Date;
  onCall?: (entry: CallLog) => void;
  /** Delay before the first automatic daily backup check (then hourly); `false` turns them off. */
  dailyBackups?: { firstAfterMs: number } | false;
  /** `false` skips the background `quick_check` after opening (benchmarks of opening alone). */
  backgroundCheck?: boolean;
  /** Told each change of a long operation's progress, as it happens (tests). */
  onJobProgress?: (progress: JobProgress) => void;
  /**
   * The system's locale (BCP 47); its region is the holiday country until the manager picks one.
   * Intl's default (the process's locale, the same the app's dates follow) when absent.
   */
  locale?: string;
}

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

/** The database file cannot be read as a database: not one at all, truncated, or corrupted. */
export class DamagedDatabaseError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'DamagedDatabaseError';
  }
}

const DAMAGE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CANTOPEN']);

type Call = (channel: string, input?: unknown) => Promise<Result<unknown>>;

interface Opened {
  call: Call;
  close(): void;
}

export async function openCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const backupFolder = join(options.dataDir, BACKUP_FOLDER);
  const migrations = options.migrations ?? bundledMigrations();
  const now = options.now ?? (() => new Date());
  const open = (file: string, how: { readonly?: boolean } = {}) =>
    openDatabase(file, { nativeBinding: options.nativeBinding, readonly: how.readonly });
  const context: ServiceContext = {
    options,
    databaseFile,
    backupFolder,
    migrations,
    now,
    open,
    jobs: createJobs({ onChange: options.onJobProgress }),
    guard: createWholeDatabaseGuard(),
    checkFile: (file) => checkInBackground(file, 'integrity_check', options.nativeBinding),
  };

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
    const opened = await openServices(context, enterRecovery);
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
  removeUnfinishedBackups(backupFolder);
  try {
    current = await openServices(context, enterRecovery);
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

interface ServiceContext {
  options: CoreOptions;
  databaseFile: string;
  backupFolder: string;
  migrations: Migration[];
  now: () => Date;
  open: (file: string, how?: { readonly?: boolean }) => Db;
  /** Long operations, kept across a switch between recovery and normal service. */
  jobs: Jobs;
  /** Backups, imports and restores running now, so one that would overlap another is refused. */
  guard: WholeDatabaseGuard;
  /** `integrity_check` of another database file in a worker thread. */
  checkFile: (file: string) => BackgroundCheck;
}

/**
 * Opens the database with the checks that cost nothing on a large file (the header, the schema,
 * and a file shorter than its pages), migrates it, and answers the full set of handlers. The
 * page-by-page `quick_check` follows in the background.
 */
async function openServices(context: ServiceContext, onDamaged: (reason: string) => void): Promise<Opened> {
  const { databaseFile, backupFolder, migrations, open } = context;
  refuseEmptyBesideBackups(databaseFile, backupFolder);
  let db: Db | undefined;
  try {
    db = open(databaseFile);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    if (!existsSync(`${databaseFile}-wal`) || statSync(`${databaseFile}-wal`).size === 0) {
      const size = statSync(databaseFile).size;
      if (size < pageSize * pages) {
        throw new DamagedDatabaseError(
          `the file is shorter than its ${pages} pages (${size} of ${pageSize * pages} bytes): it was cut off`,
        );
      }
    }
  } catch (error) {
    db?.close();
    if (error instanceof DamagedDatabaseError) throw error;
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && DAMAGE_CODES.has(code)) {
      throw new DamagedDatabaseError((error as Error).message);
    }
    throw error;
  }
  try {
    await migrate(db, migrations, backupFolder);
  } catch (error) {
    db.close();
    throw error;
  }
  return createServices(db, context, onDamaged);
}

/**
 * SQLite takes an empty file for a new database, so a database file emptied by a failing disk or a
 * bad copy would open as an empty app and take writes. When backups lie beside it (or its `-wal`
 * holds something), data existed: the recovery screen opens instead and the file is left alone. An
 * empty file with nothing beside it (a first start killed before it wrote anything) starts fresh:
 * there is nothing to lose. A file shorter than a header is never a database.
 */
function refuseEmptyBesideBackups(databaseFile: string, backupFolder: string): void {
  const size = statSync(databaseFile, { throwIfNoEntry: false })?.size;
  if (size === undefined || size >= 100) return;
  const wal = statSync(`${databaseFile}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  const backups = listBackups(backupFolder).length;
  if (size === 0 && wal === 0 && backups === 0) return;
  const why =
    size === 0
      ? 'the database file is empty (0 bytes)'
      : `the database file is ${size} bytes, shorter than a database header`;
  throw new DamagedDatabaseError(
    backups > 0
      ? `${why}, but the backups folder holds ${backups} backup${backups === 1 ? '' : 's'} of your data`
      : why,
  );
}

/**
 * The recovery screen's restore copies the backup to `rolebridge.db.restoring` and only then swaps
 * it in. A copy cut off by a crash is deleted (the damaged file is still in place, so recovery
 * opens again); a whole copy whose swap was cut off between its two renames is finished.
 */
function finishOrDropRestore(databaseFile: string): void {
  const copy = `${databaseFile}${RESTORING}`;
  if (!existsSync(copy)) return;
  const unfinished = existsSync(`${copy}-journal`) || sqliteFileProblem(copy) !== null;
  if (!unfinished && !existsSync(databaseFile)) {
    renameSync(copy, databaseFile);
    return;
  }
  rmSync(copy, { force: true });
  rmSync(`${copy}-journal`, { force: true });
}

const RESTORING = '.restoring';

async function migrate(db: Db, migrations: Migration[], backupDir: string): Promise<void> {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return;
  if (schemaVersion(db) > 0) {
    await backupDatabase(db, backupDir, PRE_MIGRATION_PREFIX, { keep: PRE_MIGRATION_BACKUPS_KEPT });
  }
  applyMigrations(db, pending);
}

function createServices(db: Db, context: ServiceContext, onDamaged: (reason: string) => void): Opened {
  const { options, databaseFile, backupFolder, migrations, now, open } = context;
  const framework = createFrameworkService({ repo: createFrameworkRepository(db), now });
  const hireRepository = createHireRepository(db);
  const assessmentRepository = createAssessmentRepository(db);
  const hires = createHireService({ hires: hireRepository, roles: framework, now });
  const assessments = createAssessmentService({
    assessments: assessmentRepository,
    hires: hireRepository,
    framework: framework.framework,
    now,
  });
  const settings = createSettingsService(
    db,
    now,
    options.locale ?? Intl.DateTimeFormat().resolvedOptions().locale,
  );
  const calendar = createCalendarService({
    leave: createLeaveRepository(db),
    hires: hireRepository,
    holidayCountry: () => settings.get().holidayCountry,
    now,
  });
  const planRepository = createPlanRepository(db);
  const checkInRepository = createCheckInRepository(db);
  // Plans and check-ins call each other: saving a plan schedules its one-on-ones, and a check-in can
  // mark plan activities done. Each refers to the other only when called, after both exist.
  const checkIns = createCheckInService({
    checkIns: checkInRepository,
    hires: hireRepository,
    plans: planRepository,
    completeActivity: (input) => plans.complete(input),
    framework: framework.framework,
    now,
    workingDayFrom: calendar.workingDayFrom,
  });
  const plans = createPlanService({
    plans: planRepository,
    hires: hireRepository,
    assessments,
    framework: framework.framework,
    now,
    nonWorkingDays: calendar.datesOff,
    onSaved: (plan) => checkIns.scheduleFromPlan(plan),
  });
  const progress = createProgressService({
    db,
    hires: hireRepository,
    assessments: assessmentRepository,
    plans: planRepository,
    checkIns: checkInRepository,
    framework: framework.framework,
    settings: () => settings.get(),
    now,
  });

  const info = () => ({
    version,
    dataDir: options.dataDir,
    databaseFile,
    schemaVersion: schemaVersion(db),
    recovery: null,
  });

  const sample = createSampleService(db, now);
  const backups = createBackupService({
    db,
    databaseFile,
    folder: backupFolder,
    migrations,
    now,
    open,
    checkFile: context.checkFile,
  });
  const { jobs, guard } = context;
  const staging = { migrations, openStaging: () => open(':memory:') };

  const topics = createTopicService({ topics: createTopicRepository(db), hires: hireRepository, now });
  const evidence = createEvidenceService({
    evidence: createEvidenceRepository(db),
    hires: hireRepository,
    framework: framework.framework,
    now,
  });

  const packet = createPacketService({
    packets: createPacketRepository(db),
    hires: hireRepository,
    currentPlan: (hireId) => plans.current(hireId),
    scheduledCheckIns: (hireId) => checkIns.schedule(hireId),
    framework: framework.framework,
    managerName: () => settings.get().managerName,
    now,
  });

  const answers = createAnswersService({
    packets: createPacketRepository(db),
    hires: hireRepository,
    framework: framework.framework,
    assessments,
    topics: { add: topics.add, all: (hireId) => topics.list({ hireId, which: 'all' }) },
    evidence,
    now,
  });

  const pdf = createPdfService({
    hires: hireRepository,
    plans: planRepository,
    checkIns: checkInRepository,
    progress: (hireId) => progress.hire(hireId),
    framework: framework.framework,
    settings: () => settings.get(),
    now,
  });

  const handlers: Handlers = {
    'app.info': info,
    'hires.create': hires.create,
    'hires.get': hires.get,
    'hires.list': hires.list,
    'hires.update': hires.update,
    'hires.archive': hires.archive,
    'hires.restore': hires.restore,
    'roles.list': () => framework.listRoles(),
    'roles.get': ({ id }) => framework.getRole(id),
    'roles.compare': ({ fromRoleId, toRoleId }) => framework.compare(fromRoleId, toRoleId),
    'roles.create': framework.createRole,
    'roles.clone': framework.cloneRole,
    'roles.update': framework.updateRole,
    'roles.delete': ({ id }) => framework.deleteRole(id),
    'roles.exportCsv': ({ roleIds }) => framework.exportCsv(roleIds),
    'roles.importCsv': ({ csv }) => framework.importCsv(csv),
    'competencies.create': framework.createCompetency,
    'competencies.update': framework.updateCompetency,
    'competencies.delete': ({ id }) => framework.deleteCompetency(id),
    'framework.get': () => framework.framework(),
    'framework.export': () => framework.exportFile(),
    'framework.import': ({ file }) => framework.importFile(file),
    'assessments.create': assessments.create,
    'assessments.correct': assessments.correct,
    'assessments.list': ({ hireId }) => assessments.list(hireId),
    'plans.create': plans.create,
    'plans.get': ({ id }) => plans.get(id),
    'plans.current': ({ hireId }) => plans.current(hireId),
    'plans.versions': ({ hireId }) => plans.versions(hireId),
    'plans.completeActivity': plans.complete,
    'plans.reopenActivity': ({ activityId }) => plans.reopen(activityId),
    'plans.rescheduleActivity': plans.reschedule,
    'plans.addActivity': plans.add,
    'plans.removeActivity': ({ activityId }) => plans.remove(activityId),
    'plans.restoreActivity': ({ activityId }) => plans.restore(activityId),
    'checkIns.schedule': ({ hireId }) => checkIns.schedule(hireId),
    'checkIns.history': ({ hireId, search }) => checkIns.history(hireId, search),
    'checkIns.get': ({ id }) => checkIns.get(id),
    'checkIns.agenda': ({ id }) => checkIns.agenda(id),
    'checkIns.add': ({ hireId, scheduledOn }) => checkIns.add(hireId, scheduledOn),
    'checkIns.move': ({ id, scheduledOn }) => checkIns.move(id, scheduledOn),
    'checkIns.cancel': ({ id }) => checkIns.cancel(id),
    'checkIns.saveDraft': checkIns.saveDraft,
    'checkIns.complete': checkIns.complete,
    'checkIns.due': () => checkIns.due(),
    'checkIns.exportIcs': ({ hireId }) => checkIns.exportIcs(hireId),
    'leave.list': ({ hireId }) => calendar.listLeave(hireId),
    'leave.add': calendar.addLeave,
    'leave.remove': ({ id }) => calendar.removeLeave(id),
    'topics.list': topics.list,
    'topics.add': ({ hireId, text }) => topics.add(hireId, text, 'manager'),
    'topics.close': topics.close,
    'evidence.list': ({ hireId }) => evidence.list(hireId),
    'evidence.add': evidence.add,
    'evidence.remove': ({ id }) => evidence.remove(id),
    'packet.share': ({ hireId }) => packet.share(hireId),
    'packet.previewAnswers': (input) => answers.preview(input.hireId, input.answers),
    'packet.importAnswers': (input) => answers.importAnswers(input.hireId, input.answers),
    'calendar.nonWorkingDays': ({ hireId, from, to }) => calendar.nonWorkingDays(hireId, from, to),
    'calendar.countries': () => calendar.countries(),
    'settings.get': () => settings.get(),
    'settings.update': (changes) => settings.update(changes),
    'progress.hire': ({ hireId }) => progress.hire(hireId),
    'progress.dashboard': (input) => progress.dashboard(input.weekStartsOn ?? 1),
    'pdf.plan': (input) => pdf.plan(input),
    'data.export': () => ({
      fileName: `rolebridge-data-${now().toISOString().slice(0, 10)}.json`,
      file: exportData(db),
    }),
    'data.import': ({ file, mode, jobId }) => {
      const data = stageDataFile(staging, file);
      if (mode === 'empty-only') refuseUnlessEmpty(db);
      return new Later(() =>
        jobs.run(jobId, (job) =>
          guard.run('import', async () => {
            const safety = rowCount(db) > 0 ? await backups.safetyBackup('pre-import', job) : null;
            const total = Object.values(data.tables).reduce((sum, rows) => sum + rows.length, 0);
            backups.goAhead(job, `Writing ${total.toLocaleString('en')} rows`, safety);
            const rows = db.transaction(() => applyDataFile(db, data, mode))();
            framework.reload();
            const written = Object.values(rows).reduce((sum, n) => sum + n, 0);
            return { mode, rows, total: written, backup: safety?.entry ?? null };
          }),
        ),
      );
    },
    'backups.list': () => backups.list(),
    'backups.create': ({ jobId }) =>
      new Later(() => jobs.run(jobId, (job) => guard.run('backup', () => backups.create(job)))),
    'backups.restore': ({ fileName, jobId }) =>
      new Later(() =>
        jobs.run(jobId, (job) =>
          guard.run('restore', async () => {
            // The whole file changed: whatever it restored (or put back), custom roles must be read again.
            try {
              return await backups.restore(fileName, job);
            } finally {
              framework.reload();
            }
          }),
        ),
      ),
    'jobs.progress': ({ jobId }) => jobs.progress(jobId),
    'jobs.cancel': ({ jobId }) => jobs.cancel(jobId),
    'sample.status': () => sample.status(),
    'sample.load': () =>
      sample.load((channel, input) => {
        const name = channel as ChannelName;
        const handler = handlers[name] as (parsed: unknown) => unknown;
        return handler(contract[name].input.parse(input));
      }),
    'sample.remove': () => sample.remove(),
    'recovery.exportReadable': notInRecovery,
    'recovery.restore': notInRecovery,
    'recovery.startEmpty': notInRecovery,
  };

  const call = createDispatcher({
    db,
    handlers,
    onCall: options.onCall,
    damageCodes: DAMAGE_CODES,
    onDamaged,
  });
  const timers: NodeJS.Timeout[] = [];
  // A round that would overlap a backup or a restore is skipped; the next comes within the hour.
  const daily = () => {
    if (guard.busy('backup')) return;
    guard
      .run('backup', () => backups.daily())
      .catch((error: unknown) => console.error('[rolebridge] daily backup failed', error));
  };
  if (options.dailyBackups !== false) {
    timers.push(setTimeout(daily, options.dailyBackups?.firstAfterMs ?? 10_000).unref());
    timers.push(setInterval(daily, HOUR).unref());
  }
  return {
    call,
    close() {
      timers.forEach((timer) => clearTimeout(timer));
      db.close();
    },
  };
}

function notInRecovery(): never {
  throw conflict('The database opened normally; there is nothing to recover.');
}

/**
 * The core while the database cannot be opened: app.info says why, and the manager can restore a
 * backup, save what can still be read, or start empty after the damaged file is moved aside.
 * Nothing else runs, and nothing overwrites the damaged file.
 */
function openRecovery(context: ServiceContext, state: RecoveryState, reopen: () => Promise<void>): Opened {
  const { options, databaseFile, backupFolder, migrations, now, open, jobs, guard } = context;

  function moveAside(): string {
    const movedTo = `${databaseFile}.damaged-${stamp(now())}`;
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(databaseFile + suffix)) renameSync(databaseFile + suffix, movedTo + suffix);
    }
    if (existsSync(databaseFile)) renameSync(databaseFile, movedTo);
    return movedTo;
  }

  /**
   * Copies a checked backup beside the damaged file, flushes it to disk, and only then moves the
   * damaged file aside and the copy into its place: a crash part-way leaves the damaged file where
   * it was (see `finishOrDropRestore`), never a half-copied database.
   */
  async function copyBackupIn(file: string, job: Job): Promise<void> {
    const copy = `${databaseFile}${RESTORING}`;
    rmSync(copy, { force: true });
    const source = open(file, { readonly: true });
    try {
      const { totalPages } = await source.backup(copy, {
        progress: ({ totalPages: total, remainingPages }) => {
          job.report(total - remainingPages, total);
          return 100;
        },
      });
      job.report(totalPages, totalPages);
      const fd = openSync(copy, 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (error) {
      rmSync(copy, { force: true });
      rmSync(`${copy}-journal`, { force: true });
      throw error;
    } finally {
      source.close();
      removeReaderFiles(file);
    }
    moveAside();
    renameSync(copy, databaseFile);
  }

  const unavailable = () => {
    throw new AppError(
      'DATABASE_DAMAGED',
      `Rolebridge could not open its database (${state.reason}). Recover it first.`,
    );
  };
  const recoveryHandlers: Partial<Handlers> = {
    'app.info': () => ({
      version,
      dataDir: options.dataDir,
      databaseFile,
      schemaVersion: 0,
      recovery: state,
    }),
    'backups.list': () => ({ folder: backupFolder, backups: listBackups(backupFolder) }),
    'recovery.exportReadable': () => {
      let db: Db | undefined;
      const fileName = `rolebridge-readable-data-${now().toISOString().slice(0, 10)}.json`;
      try {
        db = open(databaseFile, { readonly: true });
        return { fileName, ...exportReadable(db) };
      } catch (error) {
        return {
          fileName,
          file: emptyDataFile(0),
          unreadable: [`the whole file: ${(error as Error).message}`],
        };
      } finally {
        db?.close();
      }
    },
    'recovery.restore': ({ fileName, jobId }) =>
      new Later(() =>
        jobs.run(jobId, (job) =>
          guard.run('restore', async () => {
            const entry = backupEntry(backupFolder, fileName);
            if (!entry) throw notFound('backup', fileName);
            job.step('Checking the backup', { cancellable: true });
            await checkBackupFile(backupFolder, fileName, job, context);
            job.step('Copying the backup in', { cancellable: false });
            await copyBackupIn(join(backupFolder, fileName), job);
            job.step('Opening your data', { cancellable: false });
            await reopen();
            return { restored: entry, safetyBackup: null, schemaVersion: migrations.at(-1)?.version ?? 0 };
          }),
        ),
      ),
    'jobs.progress': ({ jobId }) => jobs.progress(jobId),
    'jobs.cancel': ({ jobId }) => jobs.cancel(jobId),
    'recovery.startEmpty': () =>
      new Later(async () => {
        const movedTo = moveAside();
        await reopen();
        return { movedTo };
      }),
  };
  const handlers = Object.fromEntries(
    channelNames.map((channel) => [channel, recoveryHandlers[channel] ?? unavailable]),
  ) as Handlers;
  return { call: createDispatcher({ handlers, onCall: options.onCall }), close() {} };
}
