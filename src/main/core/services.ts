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
import { createHireService, type HireService } from './hires/service';
import { hireHandlers } from './hires/handlers';
import { createFrameworkRepository } from './framework/repository';
import { createFrameworkService, type FrameworkService } from './framework/service';
import { frameworkHandlers } from './framework/handlers';
import { createAssessmentRepository } from './assessments/repository';
import { createAssessmentService, type AssessmentService } from './assessments/service';
import { assessmentHandlers } from './assessments/handlers';
import { createPlanRepository } from './plans/repository';
import { createPlanService, type PlanService } from './plans/service';
import { planHandlers } from './plans/handlers';
import { createCheckInRepository } from './checkins/repository';
import { createCheckInService, type CheckInService } from './checkins/service';
import { checkInHandlers } from './checkins/handlers';
import { createSettingsRepository } from './settings/repository';
import { createSettingsService, type SettingsService } from './settings/service';
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
import { createTopicRepository } from './topics/repository';
import { createTopicService } from './topics/service';
import { topicHandlers } from './topics/handlers';
import { createEvidenceRepository } from './evidence/repository';
import { createEvidenceService } from './evidence/service';
import { evidenceHandlers } from './evidence/handlers';
import { createPacketRepository } from './packet/repository';
import { createPacketService } from './packet/service';
import { createAnswersService } from './packet/answers';
import { packetHandlers } from './packet/handlers';

export interface Opened {
  call: Call;
  close(): void;
}

export function createServices(db: Db, context: CoreContext, onDamaged: (reason: string) => void): Opened {
  const { options, migrations, now, open, jobs, guard, log } = context;
  const framework = createFrameworkService({ repo: createFrameworkRepository(db), now });
  const hires = createHireService({ hires: createHireRepository(db), roles: framework, now });
  const { framework: frameworkNow } = framework;
  const assessments = createAssessmentService({
    assessments: createAssessmentRepository(db),
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
  // Plans and check-ins call each other: saving a plan schedules its one-on-ones, and a check-in reads
  // the current plan and can mark plan activities done. Check-ins are built first and get the plan
  // service as a narrow interface of late-bound calls, made only after both exist.
  const checkIns = createCheckInService({
    checkIns: createCheckInRepository(db),
    hires,
    plans: {
      currentOf: (hireId) => plans.currentOf(hireId),
      hireOfActivity: (activityId) => plans.hireOfActivity(activityId),
    },
    completeActivity: (input) => plans.complete(input),
    framework: frameworkNow,
    now,
    workingDayFrom: calendar.workingDayFrom,
    settings: () => settings.get(),
    timeZone: context.timeZone,
  });
  const plans = createPlanService({
    plans: createPlanRepository(db),
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
  const { topics, evidence, packet, answers } = createSharing(db, {
    hires,
    assessments,
    plans,
    checkIns,
    settings,
    framework: frameworkNow,
    now,
  });
  const backups = backupsOf(db, context);
  const data = createDataRepository(db, { migrations, openStaging: () => open(':memory:') });
  // The sample team is written through the dispatcher below, once it exists.
  const sample = createSampleService({
    samples: createSampleRepository(db),
    call: (c, i) => call(c, i),
    now,
  });
  // A restore or an import replaced rows under the framework's cache of custom roles.
  const onReplaced = () => framework.reload();
  const handlers: Handlers = {
    ...appHandlers(db, context),
    ...hireHandlers(hires),
    ...frameworkHandlers(framework),
    ...assessmentHandlers(assessments),
    ...planHandlers(plans),
    ...checkInHandlers(checkIns),
    ...calendarHandlers(calendar),
    ...settingsHandlers(settings),
    ...progressHandlers(progress),
    ...pdfHandlers(pdf),
    ...topicHandlers(topics),
    ...evidenceHandlers(evidence),
    ...packetHandlers(packet, answers),
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

/** Backups of the open database, to its data folder's backup folder. */
function backupsOf(db: Db, context: CoreContext) {
  const { databaseFile, backupFolder, migrations, now, open, checkFile } = context;
  return createBackupService({ db, databaseFile, folder: backupFolder, migrations, now, open, checkFile });
}

/** The two-sided part: topics, the evidence log, and the hire packet with its answers. */
function createSharing(
  db: Db,
  deps: {
    hires: HireService;
    assessments: AssessmentService;
    plans: PlanService;
    checkIns: CheckInService;
    settings: SettingsService;
    framework: FrameworkService['framework'];
    now: () => Date;
  },
) {
  const { hires, assessments, plans, checkIns, settings, framework: frameworkNow, now } = deps;
  const topics = createTopicService({ topics: createTopicRepository(db), hires, now });
  const evidence = createEvidenceService({
    evidence: createEvidenceRepository(db),
    hires,
    framework: frameworkNow,
    now,
  });
  const packetRepository = createPacketRepository(db);
  const packet = createPacketService({
    packets: packetRepository,
    hires,
    currentPlan: (hireId) => plans.current(hireId),
    scheduledCheckIns: (hireId) => checkIns.schedule(hireId),
    framework: frameworkNow,
    managerName: () => settings.get().managerName,
    now,
  });
  const answers = createAnswersService({
    packets: packetRepository,
    hires,
    framework: frameworkNow,
    assessments,
    topics: { add: topics.add, all: (hireId) => topics.list({ hireId, which: 'all' }) },
    evidence,
    now,
  });
  return { topics, evidence, packet, answers };
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
