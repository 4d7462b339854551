// The platform-neutral core: database, migrations, services and the dispatcher behind one
// `call(channel, input)`. The Electron shell and the local browser mode are thin adapters over it.
import { mkdirSync } from 'node:fs';
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
import { backupDatabase } from './db/backup';
import { createDispatcher, type CallLog, type Handlers } from './dispatcher';
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
import { createProgressService } from './progress/service';
import { createPdfService } from './pdf/service';

export const DATABASE_FILE = 'rolebridge.db';
export const BACKUP_FOLDER = 'backups';
export const PRE_MIGRATION_PREFIX = 'pre-migration';
export const PRE_MIGRATION_BACKUPS_KEPT = 5;

export interface CoreOptions {
  dataDir: string;
  /** better-sqlite3 binding built for the running runtime; only the Electron shell passes one. */
  nativeBinding?: string;
  /** Overrides the bundled migrations (tests). */
  migrations?: Migration[];
  now?: () => Date;
  onCall?: (entry: CallLog) => void;
}

export interface Core {
  call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  call(channel: string, input?: unknown): Promise<Result<unknown>>;
  readonly channels: readonly ChannelName[];
  readonly databaseFile: string;
  close(): void;
}

async function migrate(db: Db, migrations: Migration[], backupDir: string): Promise<void> {
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return;
  if (schemaVersion(db) > 0) {
    await backupDatabase(db, backupDir, PRE_MIGRATION_PREFIX, PRE_MIGRATION_BACKUPS_KEPT);
  }
  applyMigrations(db, pending);
}

export async function openCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(databaseFile, { nativeBinding: options.nativeBinding });
  try {
    await migrate(db, options.migrations ?? bundledMigrations(), join(options.dataDir, BACKUP_FOLDER));
  } catch (error) {
    db.close();
    throw error;
  }

  const now = options.now ?? (() => new Date());
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
  });
  const plans = createPlanService({
    plans: planRepository,
    hires: hireRepository,
    assessments,
    framework: framework.framework,
    now,
    onSaved: (plan) => checkIns.scheduleFromPlan(plan),
  });
  const settings = createSettingsService(db, now);
  const progress = createProgressService({
    hires: hireRepository,
    assessments: assessmentRepository,
    plans: planRepository,
    checkIns: checkInRepository,
    framework: framework.framework,
    settings: () => settings.get(),
    now,
  });

  const info = {
    version,
    dataDir: options.dataDir,
    databaseFile,
    schemaVersion: schemaVersion(db),
  };

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
    'app.info': () => info,
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
    'settings.get': () => settings.get(),
    'settings.update': (changes) => settings.update(changes),
    'progress.hire': ({ hireId }) => progress.hire(hireId),
    'progress.dashboard': () => progress.dashboard(),
    'pdf.plan': (input) => pdf.plan(input),
  };

  const call = createDispatcher({ db, handlers, onCall: options.onCall });
  let closed = false;
  return {
    call: call as Core['call'],
    channels: channelNames,
    databaseFile,
    close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
}
