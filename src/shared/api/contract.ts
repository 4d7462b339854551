// The API contract: for every channel, the schema its input must satisfy and the type it
// answers with. Both transports, the services and the renderer are typed from this one table.
import { z } from 'zod';
import type { ChannelName } from './channels';
import { jobIdInput, withJob, type CancelResult, type JobProgress } from '../jobs/schema';
import { hireCreateInput, hireIdInput, hireListInput, hireUpdateInput, type Hire } from '../hires/schema';
import type { Competency, Framework, Role, RoleSummary } from '../framework/types';
import type { Transition } from '../framework/transition';
import {
  compareInput,
  competencyCreateInput,
  competencyUpdateInput,
  csvExportInput,
  csvImportInput,
  frameworkImportInput,
  idInput,
  roleCloneInput,
  roleCreateInput,
  roleUpdateInput,
  type FrameworkFile,
} from '../framework/schema';

import {
  assessmentCorrectInput,
  assessmentCreateInput,
  assessmentListInput,
  type Assessment,
} from '../assessments/schema';
import {
  activityAddInput,
  activityCompleteInput,
  activityIdInput,
  activityRescheduleInput,
  planCreateInput,
  planGetInput,
  planListInput,
  type PlanVersion,
  type SavedActivity,
  type SavedPlan,
} from '../plans/schema';

import {
  checkInAddInput,
  checkInCompleteInput,
  checkInDraftInput,
  checkInHireInput,
  checkInHistoryInput,
  checkInIdInput,
  checkInMoveInput,
  type Agenda,
  type CheckIn,
  type DueCheckIn,
} from '../checkins/schema';
import { settingsUpdateInput, type Settings } from '../settings/schema';

import {
  leaveAddInput,
  leaveListInput,
  leaveRemoveInput,
  nonWorkingDaysInput,
  type HolidayCountry,
  type Leave,
  type NonWorkingDays,
} from '../calendar/schema';
import { topicAddInput, topicCloseInput, topicListInput, type Topic } from '../topics/schema';
import {
  evidenceAddInput,
  evidenceListInput,
  evidenceRemoveInput,
  type EvidenceEntry,
} from '../evidence/schema';
import { answersImportInput, packetShareInput } from '../packet/schema';
import type { AnswersImported, AnswersPreview } from '../packet/answers';
import { dashboardInput, progressHireInput, type Dashboard, type HireProgress } from '../progress/report';
import { pdfPlanInput } from '../pdf/schema';
import {
  backupRestoreInput,
  dataImportInput,
  type BackupEntry,
  type BackupList,
  type DataFile,
  type DataImportResult,
  type ReadableExport,
  type RecoveryState,
  type RestoreResult,
} from '../data/schema';

export interface AppInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  /** Set when the database could not be opened and the app runs the recovery screen instead. */
  recovery: RecoveryState | null;
}

/** Where the log file is: the one to send when something fails (it holds no notes or names). */
export interface LogFileInfo {
  file: string;
}

interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Carries the output type only; never read at run time. */
  output?: O;
}

function channel<I extends z.ZodType, O>(input: I): ChannelSpec<I, O> {
  return { input };
}

const noInput = z.strictObject({});
const backupCreateInput = z.strictObject({ ...withJob });

export const contract = {
  'app.info': channel<typeof noInput, AppInfo>(noInput),
  'app.logFile': channel<typeof noInput, LogFileInfo>(noInput),
  'hires.create': channel<typeof hireCreateInput, Hire>(hireCreateInput),
  'hires.get': channel<typeof hireIdInput, Hire>(hireIdInput),
  'hires.list': channel<typeof hireListInput, Hire[]>(hireListInput),
  'hires.update': channel<typeof hireUpdateInput, Hire>(hireUpdateInput),
  'hires.archive': channel<typeof hireIdInput, Hire>(hireIdInput),
  'hires.restore': channel<typeof hireIdInput, Hire>(hireIdInput),
  'roles.list': channel<typeof noInput, RoleSummary[]>(noInput),
  'roles.get': channel<typeof idInput, Role>(idInput),
  'roles.compare': channel<typeof compareInput, Transition>(compareInput),
  'roles.create': channel<typeof roleCreateInput, Role>(roleCreateInput),
  'roles.clone': channel<typeof roleCloneInput, Role>(roleCloneInput),
  'roles.update': channel<typeof roleUpdateInput, Role>(roleUpdateInput),
  'roles.delete': channel<typeof idInput, { id: string }>(idInput),
  'roles.exportCsv': channel<typeof csvExportInput, { csv: string; fileName: string }>(csvExportInput),
  'roles.importCsv': channel<typeof csvImportInput, { roles: number; roleIds: string[] }>(csvImportInput),
  'competencies.create': channel<typeof competencyCreateInput, Competency>(competencyCreateInput),
  'competencies.update': channel<typeof competencyUpdateInput, Competency>(competencyUpdateInput),
  'competencies.delete': channel<typeof idInput, { id: string }>(idInput),
  'framework.get': channel<typeof noInput, Framework>(noInput),
  'framework.export': channel<typeof noInput, FrameworkFile>(noInput),
  'framework.import': channel<typeof frameworkImportInput, { competencies: number; roles: number }>(
    frameworkImportInput,
  ),
  'assessments.create': channel<typeof assessmentCreateInput, Assessment>(assessmentCreateInput),
  'assessments.correct': channel<typeof assessmentCorrectInput, Assessment>(assessmentCorrectInput),
  'assessments.list': channel<typeof assessmentListInput, Assessment[]>(assessmentListInput),
  'plans.create': channel<typeof planCreateInput, SavedPlan>(planCreateInput),
  'plans.get': channel<typeof planGetInput, SavedPlan>(planGetInput),
  'plans.current': channel<typeof planListInput, SavedPlan | null>(planListInput),
  'plans.versions': channel<typeof planListInput, PlanVersion[]>(planListInput),
  'plans.completeActivity': channel<typeof activityCompleteInput, SavedActivity>(activityCompleteInput),
  'plans.reopenActivity': channel<typeof activityIdInput, SavedActivity>(activityIdInput),
  'plans.rescheduleActivity': channel<typeof activityRescheduleInput, SavedActivity>(activityRescheduleInput),
  'plans.addActivity': channel<typeof activityAddInput, SavedActivity>(activityAddInput),
  'plans.removeActivity': channel<typeof activityIdInput, SavedActivity>(activityIdInput),
  'plans.restoreActivity': channel<typeof activityIdInput, SavedActivity>(activityIdInput),
  'checkIns.schedule': channel<typeof checkInHireInput, CheckIn[]>(checkInHireInput),
  'checkIns.history': channel<typeof checkInHistoryInput, CheckIn[]>(checkInHistoryInput),
  'checkIns.get': channel<typeof checkInIdInput, CheckIn>(checkInIdInput),
  'checkIns.agenda': channel<typeof checkInIdInput, Agenda>(checkInIdInput),
  'checkIns.add': channel<typeof checkInAddInput, CheckIn>(checkInAddInput),
  'checkIns.move': channel<typeof checkInMoveInput, CheckIn>(checkInMoveInput),
  'checkIns.cancel': channel<typeof checkInIdInput, CheckIn>(checkInIdInput),
  'checkIns.saveDraft': channel<typeof checkInDraftInput, { savedAt: string; version: number }>(
    checkInDraftInput,
  ),
  'checkIns.complete': channel<typeof checkInCompleteInput, CheckIn>(checkInCompleteInput),
  'checkIns.due': channel<
    typeof noInput,
    { today: string; dueToday: DueCheckIn[]; overdue: (DueCheckIn & { daysLate: number })[] }
  >(noInput),
  'checkIns.exportIcs': channel<typeof checkInHireInput, { fileName: string; content: string }>(
    checkInHireInput,
  ),
  'leave.list': channel<typeof leaveListInput, Leave[]>(leaveListInput),
  'leave.add': channel<typeof leaveAddInput, Leave>(leaveAddInput),
  'leave.remove': channel<typeof leaveRemoveInput, { id: string }>(leaveRemoveInput),
  'topics.list': channel<typeof topicListInput, Topic[]>(topicListInput),
  'topics.add': channel<typeof topicAddInput, Topic>(topicAddInput),
  'topics.close': channel<typeof topicCloseInput, Topic>(topicCloseInput),
  'evidence.list': channel<typeof evidenceListInput, EvidenceEntry[]>(evidenceListInput),
  'evidence.add': channel<typeof evidenceAddInput, EvidenceEntry>(evidenceAddInput),
  'evidence.remove': channel<typeof evidenceRemoveInput, { id: string }>(evidenceRemoveInput),
  'packet.share': channel<
    typeof packetShareInput,
    { fileName: string; html: string; packetId: string; version: number }
  >(packetShareInput),
  'packet.previewAnswers': channel<typeof answersImportInput, AnswersPreview>(answersImportInput),
  'packet.importAnswers': channel<typeof answersImportInput, AnswersImported>(answersImportInput),
  'calendar.nonWorkingDays': channel<typeof nonWorkingDaysInput, NonWorkingDays>(nonWorkingDaysInput),
  'calendar.countries': channel<typeof noInput, HolidayCountry[]>(noInput),
  'settings.get': channel<typeof noInput, Settings>(noInput),
  'settings.update': channel<typeof settingsUpdateInput, Settings>(settingsUpdateInput),
  'progress.hire': channel<typeof progressHireInput, HireProgress>(progressHireInput),
  'progress.dashboard': channel<typeof dashboardInput, Dashboard>(dashboardInput),
  'pdf.plan': channel<typeof pdfPlanInput, { fileName: string; base64: string }>(pdfPlanInput),
  'data.export': channel<typeof noInput, { fileName: string; file: DataFile }>(noInput),
  'data.import': channel<typeof dataImportInput, DataImportResult>(dataImportInput),
  'backups.list': channel<typeof noInput, BackupList>(noInput),
  'backups.create': channel<typeof backupCreateInput, BackupEntry>(backupCreateInput),
  'backups.restore': channel<typeof backupRestoreInput, RestoreResult>(backupRestoreInput),
  'recovery.exportReadable': channel<typeof noInput, ReadableExport>(noInput),
  'recovery.restore': channel<typeof backupRestoreInput, RestoreResult>(backupRestoreInput),
  'recovery.startEmpty': channel<typeof noInput, { movedTo: string }>(noInput),
  'sample.status': channel<typeof noInput, { hireIds: string[] }>(noInput),
  'sample.load': channel<typeof noInput, { hireIds: string[] }>(noInput),
  'sample.remove': channel<typeof noInput, { removed: number }>(noInput),
  'jobs.progress': channel<typeof jobIdInput, JobProgress | null>(jobIdInput),
  'jobs.cancel': channel<typeof jobIdInput, CancelResult>(jobIdInput),
} satisfies { [C in ChannelName]: ChannelSpec<z.ZodType, unknown> };

type Contract = typeof contract;
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Exclude<Contract[C]['output'], undefined>;
