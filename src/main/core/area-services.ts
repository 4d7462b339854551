// Every area's services and channel handlers over one set of repositories, whichever storage keeps
// them: the SQLite wiring (services.ts) builds them once on the open database; a server builds them
// per request over repositories bound to that request's transaction and signed-in account.
// Storage-specific channels (backups, data files, recovery, app info) are the wiring's.
import type { Awaitable } from './awaitable';
import type { Handlers } from './dispatcher';
import type { HireRepository } from './hires/repository';
import { createHireService, type HireService } from './hires/service';
import { hireHandlers } from './hires/handlers';
import type { FrameworkRepository } from './framework/repository';
import { createFrameworkService, type FrameworkService } from './framework/service';
import { frameworkHandlers } from './framework/handlers';
import type { AssessmentRepository } from './assessments/repository';
import { createAssessmentService, type AssessmentService } from './assessments/service';
import { assessmentHandlers } from './assessments/handlers';
import type { PlanRepository } from './plans/repository';
import { createPlanService, type PlanService } from './plans/service';
import { planHandlers } from './plans/handlers';
import type { CheckInRepository } from './checkins/repository';
import { createCheckInService, type CheckInService } from './checkins/service';
import { checkInHandlers } from './checkins/handlers';
import type { SettingsRepository } from './settings/repository';
import { createSettingsService, type SettingsService } from './settings/service';
import { settingsHandlers } from './settings/handlers';
import type { LeaveRepository } from './calendar/repository';
import { createCalendarService, type CalendarService } from './calendar/service';
import { calendarHandlers } from './calendar/handlers';
import { createProgressService, type DashboardSummaries } from './progress/service';
import { progressHandlers } from './progress/handlers';
import { createPdfService } from './pdf/service';
import { pdfHandlers } from './pdf/handlers';
import type { SampleRepository } from './sample/repository';
import { createSampleService, type Call } from './sample/service';
import { sampleHandlers } from './sample/handlers';
import type { TopicRepository } from './topics/repository';
import { createTopicService } from './topics/service';
import { topicHandlers } from './topics/handlers';
import type { EvidenceRepository } from './evidence/repository';
import { createEvidenceService } from './evidence/service';
import { evidenceHandlers } from './evidence/handlers';
import type { PacketRepository } from './packet/repository';
import { createPacketService } from './packet/service';
import { createAnswersService } from './packet/answers';
import { packetHandlers } from './packet/handlers';

/** Every area's repository, and the storage's dashboard summaries. */
export interface Repositories {
  hires: HireRepository;
  framework: FrameworkRepository;
  assessments: AssessmentRepository;
  plans: PlanRepository;
  checkIns: CheckInRepository;
  settings: SettingsRepository;
  leave: LeaveRepository;
  topics: TopicRepository;
  evidence: EvidenceRepository;
  packets: PacketRepository;
  samples: SampleRepository;
  /** The dashboard's per-hire summaries for a week's dashboard, ready to read (progress/service.ts). */
  summaries: (thisWeek: { from: string; to: string }) => Awaitable<DashboardSummaries>;
}

export interface AreaDeps {
  now: () => Date;
  /** The system's locale (BCP 47): its region is the holiday country until the manager picks one. */
  locale: string;
  /** The manager's IANA time zone: one-on-one times are wall-clock times there. */
  timeZone: string;
  /** The dispatcher over these services, late-bound: the sample team is written through it. */
  call: Call;
  /** Runs a write made outside any channel call in a transaction of its own (see sample/service.ts). */
  inTransaction: <T>(work: () => Awaitable<T>) => Promise<T>;
}

/** The channels `createAreaServices` answers: all but the storage's own. */
export type AreaChannelHandlers = Omit<
  Handlers,
  | 'app.info'
  | 'app.logFile'
  | Extract<keyof Handlers, `${'data' | 'backups' | 'jobs' | 'recovery'}.${string}`>
>;

export function createAreaServices(repositories: Repositories, deps: AreaDeps) {
  const { now } = deps;
  const framework = createFrameworkService({ repo: repositories.framework, now });
  const hires = createHireService({
    hires: repositories.hires,
    roles: framework,
    now,
    timeZone: deps.timeZone,
  });
  const { framework: frameworkNow } = framework;
  const assessments = createAssessmentService({
    assessments: repositories.assessments,
    hires,
    framework: frameworkNow,
    now,
  });
  const settings = createSettingsService(repositories.settings, now, deps.locale);
  const calendar = createCalendarService({
    leave: repositories.leave,
    hires,
    holidayCountry: async () => (await settings.get()).holidayCountry,
    now,
  });
  const { plans, checkIns } = createPlansAndCheckIns(repositories, {
    ...deps,
    hires,
    assessments,
    framework: frameworkNow,
    settings: settings.get,
    calendar,
  });
  const progress = createProgressService({
    summaries: repositories.summaries,
    hires,
    assessments,
    plans,
    checkIns,
    framework: frameworkNow,
    settings: settings.get,
    now,
  });
  const pdf = createPdfService({
    hires,
    plans,
    checkIns,
    progress: (hireId) => progress.hire(hireId),
    framework: frameworkNow,
    settings: settings.get,
    now,
  });
  const sharing = createSharing(repositories, {
    hires,
    assessments,
    plans,
    checkIns,
    settings,
    framework,
    now,
  });
  const sample = createSampleService({
    samples: repositories.samples,
    call: deps.call,
    inTransaction: deps.inTransaction,
    now,
  });
  const handlers: AreaChannelHandlers = {
    ...hireHandlers(hires),
    ...frameworkHandlers(framework),
    ...assessmentHandlers(assessments),
    ...planHandlers(plans),
    ...checkInHandlers(checkIns),
    ...calendarHandlers(calendar),
    ...settingsHandlers(settings),
    ...progressHandlers(progress),
    ...pdfHandlers(pdf),
    ...topicHandlers(sharing.topics),
    ...evidenceHandlers(sharing.evidence),
    ...packetHandlers(sharing.packet, sharing.answers),
    ...sampleHandlers(sample),
  };
  return { framework, hires, handlers };
}

/**
 * Plans and check-ins call each other: saving a plan schedules its one-on-ones, and a check-in reads
 * the current plan and can mark plan activities done. Check-ins are built first and get the plan
 * service as a narrow interface of late-bound calls, made only after both exist.
 */
function createPlansAndCheckIns(
  repositories: Repositories,
  deps: AreaDeps & {
    hires: HireService;
    assessments: AssessmentService;
    framework: FrameworkService['framework'];
    settings: SettingsService['get'];
    calendar: CalendarService;
  },
) {
  const { hires, assessments, framework, settings, calendar, now } = deps;
  const checkIns = createCheckInService({
    checkIns: repositories.checkIns,
    hires,
    plans: {
      currentOf: (hireId) => plans.currentOf(hireId),
      hireOfActivity: (activityId) => plans.hireOfActivity(activityId),
    },
    completeActivity: (input) => plans.complete(input),
    framework,
    now,
    workingDayFrom: calendar.workingDayFrom,
    settings,
    timeZone: deps.timeZone,
  });
  const plans = createPlanService({
    plans: repositories.plans,
    hires,
    assessments,
    framework,
    now,
    nonWorkingDays: calendar.datesOff,
    onSaved: (plan) => checkIns.scheduleFromPlan(plan),
  });
  return { plans, checkIns };
}

/** The two-sided part: topics, the evidence log, and the hire packet with its answers. */
function createSharing(
  repositories: Repositories,
  deps: {
    hires: HireService;
    assessments: AssessmentService;
    plans: PlanService;
    checkIns: CheckInService;
    settings: SettingsService;
    framework: FrameworkService;
    now: () => Date;
  },
) {
  const { hires, assessments, plans, checkIns, settings, now } = deps;
  const frameworkNow = deps.framework.framework;
  const topics = createTopicService({ topics: repositories.topics, hires, now });
  const evidence = createEvidenceService({
    evidence: repositories.evidence,
    hires,
    framework: frameworkNow,
    now,
  });
  const packet = createPacketService({
    packets: repositories.packets,
    hires,
    currentPlan: (hireId) => plans.current(hireId),
    scheduledCheckIns: (hireId) => checkIns.schedule(hireId),
    framework: frameworkNow,
    managerName: async () => (await settings.get()).managerName,
    now,
  });
  const answers = createAnswersService({
    packets: repositories.packets,
    hires,
    framework: frameworkNow,
    assessments,
    topics: { add: topics.add, all: (hireId) => topics.list({ hireId, which: 'all' }) },
    evidence,
    now,
  });
  return { topics, evidence, packet, answers };
}
