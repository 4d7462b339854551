// Every channel name the app speaks, declared once. The preload bundles this list (and only
// this list) so it can expose exactly these channels; the contract pairs each with its schema.
export const channelNames = [
  'app.info',
  'app.logFile',
  'hires.create',
  'hires.get',
  'hires.list',
  'hires.update',
  'hires.archive',
  'hires.restore',
  'roles.list',
  'roles.get',
  'roles.compare',
  'roles.create',
  'roles.clone',
  'roles.update',
  'roles.delete',
  'roles.exportCsv',
  'roles.importCsv',
  'competencies.create',
  'competencies.update',
  'competencies.delete',
  'framework.get',
  'framework.export',
  'framework.import',
  'assessments.create',
  'assessments.correct',
  'assessments.list',
  'plans.create',
  'plans.get',
  'plans.current',
  'plans.versions',
  'plans.completeActivity',
  'plans.reopenActivity',
  'plans.rescheduleActivity',
  'plans.addActivity',
  'plans.removeActivity',
  'plans.restoreActivity',
  'checkIns.schedule',
  'checkIns.history',
  'checkIns.get',
  'checkIns.agenda',
  'checkIns.add',
  'checkIns.move',
  'checkIns.cancel',
  'checkIns.saveDraft',
  'checkIns.complete',
  'checkIns.due',
  'checkIns.exportIcs',
  'leave.list',
  'leave.add',
  'leave.remove',
  'topics.list',
  'topics.add',
  'topics.close',
  'evidence.list',
  'evidence.add',
  'evidence.remove',
  'packet.share',
  'packet.previewAnswers',
  'packet.importAnswers',
  'calendar.nonWorkingDays',
  'calendar.countries',
  'settings.get',
  'settings.update',
  'progress.hire',
  'progress.dashboard',
  'pdf.plan',
  'data.export',
  'data.import',
  'backups.list',
  'backups.create',
  'backups.restore',
  'recovery.exportReadable',
  'recovery.restore',
  'recovery.startEmpty',
  'sample.status',
  'sample.load',
  'sample.remove',
  'jobs.progress',
  'jobs.cancel',
] as const;

export type ChannelName = (typeof channelNames)[number];

/** The IPC channel a contract channel travels on, so other Electron traffic never collides. */
export function ipcChannelFor(channel: ChannelName): string {
  return `rolebridge:${channel}`;
}

export function isChannelName(value: string): value is ChannelName {
  return (channelNames as readonly string[]).includes(value);
}

/** Desktop-only channels of the shell itself (native file dialogs), outside the data contract. */
export const shellChannels = {
  saveFile: 'rolebridge-shell:save-file',
  chooseFolder: 'rolebridge-shell:choose-folder',
  writeInFolder: 'rolebridge-shell:write-in-folder',
  /** Opens a PDF export in the system's viewer, from a temporary copy, so it can be printed. */
  openToPrint: 'rolebridge-shell:open-to-print',
  /** Opens the data folder or its backups folder in the system file manager; no other path. */
  openFolder: 'rolebridge-shell:open-folder',
} as const;

/** Messages the shell sends to the page: application-menu commands the page carries out. */
export const shellEvents = {
  menuCommand: 'rolebridge-shell:menu-command',
} as const;

export const MENU_COMMANDS = ['new-hire', 'export-plan-pdf', 'back-up-now'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export const SHELL_FOLDERS = ['data', 'backups'] as const;
export type ShellFolder = (typeof SHELL_FOLDERS)[number];
