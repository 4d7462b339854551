// The core in normal service: each area's repository and service built on the open database, and
// every area's handlers joined behind one dispatcher. Wiring only; the logic lives in the areas.
import type { AppInfo } from '@shared/api/contract';
import { version } from '../../../package.json';
import type { Db } from './db/connection';
import { schemaVersion } from './db/migrations';
import { DAMAGE_CODES } from './db/open';
import { createDispatcher, type Handlers } from './dispatcher';
import type { CoreContext } from './context';
import { jobHandlers } from './jobs';
import { createHireRepository } from './hires/repository';
import { createHireService } from './hires/service';
import { hireHandlers } from './hires/handlers';
import { createFrameworkRepository } from './framework/repository';
import { createFrameworkService } from './framework/service';
import { frameworkHandlers } from './framework/handlers';
import { createAssessmentRepository } from './assessments/repository';
import { createAssessmentService } from './assessments/service';
import { assessmentHandlers } from './assessments/handlers';
import { createPlanRepository } from './plans/repository';
import { createPlanService } from './plans/service';
import { planHandlers } from './plans/handlers';
import { createCheckInRepository } from './checkins/repository';
import { createCheckInService } from './checkins/service';
import { checkInHandlers } from './checkins/handlers';
import { createSettingsRepository } from './settings/repository';
import { createSettingsService } from './settings/service';
import { settingsHandlers } from './settings/handlers';
import { createLeaveRepository } from './calendar/repository';
import { createCalendarService } from './calendar/service';
import { calendarHandlers } from './calendar/handlers';
import { createProgressService } from './progress/service';
import { createSummaryStore } from './progress/summaries';
import { progressHandlers } from './progress/handlers';
import { createPdfService } from './pdf/service';
import { pdfHandlers } from './pdf/handlers';
import { createSampleRepository } from './sample/repository';
import { createSampleService, type Call } from './sample/service';
import { sampleHandlers } from './sample/handlers';
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

export function createServices(db: Db, context: CoreContext, onDamaged: (reason: string) => void): Opened {
  const { options, databaseFile, backupFolder, migrations, now, open, jobs, guard, log } = context;
  const framework = createFrameworkService({ repo: createFrameworkRepository(db), now });
  const hireRepository = createHireRepository(db);
  const assessmentRepository = createAssessmentRepository(db);
  const hires = createHireService({ hires: hireRepository, roles: framework, now });
  const { framework: frameworkNow } = framework;
  const assessments = createAssessmentService({
    assessments: assessmentRepository,
    hires,
    framework: frameworkNow,
    now,
  });
  const settings = createSettingsService(createSettingsRepository(db), now, context.locale);
  const calendar = createCalendarService({
    leave: createLeaveRepository(db),
    hires,
    holidayCountry: () => settings.get().holidayCountry,
    now,
  });
  const planRepository = createPlanRepository(db);
  const checkInRepository = createCheckInRepository(db);
  // Plans and check-ins call each other: saving a plan schedules its one-on-ones, and a check-in reads
  // the current plan and can mark plan activities done. Check-ins are built first and get the plan
  // service as a narrow interface of late-bound calls, made only after both exist.
  const checkIns = createCheckInService({
    checkIns: checkInRepository,
    hires,
    plans: {
      currentOf: (hireId) => plans.currentOf(hireId),
      hireOfActivity: (activityId) => plans.hireOfActivity(activityId),
    },
    completeActivity: (input) => plans.complete(input),
    framework: frameworkNow,
    now,
    workingDayFrom: calendar.workingDayFrom,
  });
  const plans = createPlanService({
    plans: planRepository,
    hires,
    assessments,
    framework: frameworkNow,
    now,
    nonWorkingDays: calendar.datesOff,
    onSaved: (plan) => checkIns.scheduleFromPlan(plan),
  });
  const progress = createProgressService({
    summaryStore: (facts) => createSummaryStore(db, facts),
    hires,
    assessments,
    plans,
    checkIns,
    framework: frameworkNow,
    settings: () => settings.get(),
    now,
  });
  const pdf = createPdfService({
    hires,
    plans,
    checkIns,
    progress: (hireId) => progress.hire(hireId),
    framework: frameworkNow,
    settings: () => settings.get(),
    now,
  });
  const backups = createBackupService({
    db,
    databaseFile,
    folder: backupFolder,
    migrations,
    now,
    open,
    checkFile: context.checkFile,
  });
  const data = createDataRepository(db, { migrations, openStaging: () => open(':memory:') });
  // The sample team is written through the dispatcher below, once it exists.
  const sample = createSampleService({
    samples: createSampleRepository(db),
    call: (c, i) => call(c, i),
    now,
  });
  // A restore or an import replaced rows under the framework's cache of custom roles.
  const onReplaced = () => framework.reload();
  const info = (): AppInfo => ({
    version,
    dataDir: options.dataDir,
    databaseFile,
    schemaVersion: schemaVersion(db),
    recovery: null,
  });

  const handlers: Handlers = {
    'app.info': info,
    'app.logFile': () => ({ file: log.file }),
    ...hireHandlers(hires),
    ...frameworkHandlers(framework),
    ...assessmentHandlers(assessments),
    ...planHandlers(plans),
    ...checkInHandlers(checkIns),
    ...calendarHandlers(calendar),
    ...settingsHandlers(settings),
    ...progressHandlers(progress),
    ...pdfHandlers(pdf),
    ...dataHandlers({ data, backups, jobs, guard, now, onReplaced }),
    ...backupHandlers({ backups, jobs, guard, onReplaced }),
    ...jobHandlers(jobs),
    ...sampleHandlers(sample),
    ...recoveryWhenOpen(),
  };
  const call = createDispatcher({
    db,
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
