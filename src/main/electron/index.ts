// The desktop shell: app lifecycle, the locked-down window, the app protocol and IPC over the core.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, screen, session } from 'electron';
import electronLog from 'electron-log/main';
import { openCore, type Core } from '../core';
import { fileLog, type CoreLog } from '../core/log';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { APP_ORIGIN } from './origin';
import { createMainWindow } from './window';
import { loadWindowState, saveWindowState } from './window-state';
import { startCheckInReminders } from './reminders';
import { registerFileDialogs } from './files';

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
// React (used by the PDF export, loaded later) runs its production build outside development.
if (!devServerUrl) process.env.NODE_ENV ??= 'production';
const isDev = !app.isPackaged && devServerUrl !== undefined;
const appOrigin = isDev ? new URL(devServerUrl).origin : APP_ORIGIN;
const startUrl = isDev ? devServerUrl : `${APP_ORIGIN}/index.html`;

function nativeBindingPath(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(app.getAppPath(), '.native', 'electron', 'better_sqlite3.node');
}

let core: Core | undefined;
let mainWindow: BrowserWindow | undefined;
let dataDir = '';
/** The data folder's log file; set by start() before the first window exists. */
let log: CoreLog;

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  mainWindow = createMainWindow({
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    url: startUrl,
    appOrigin,
    state: loadWindowState(dataDir, displays),
    onStateChange: (state) => saveWindowState(dataDir, state, log),
  });
}

async function start(): Promise<void> {
  // Test runs pass their own folder so they never touch the user's data.
  dataDir = process.env.ROLEBRIDGE_DATA_DIR ?? app.getPath('userData');
  const nativeBinding = nativeBindingPath();
  if (!existsSync(nativeBinding)) {
    dialog.showErrorBox(
      'Rolebridge cannot open its database',
      `The database driver built for Electron is missing (${nativeBinding}). Run \`npm start\` once with internet access.`,
    );
    app.exit(1);
    return;
  }
  // The same file and format as the browser mode's: rolebridge.log in the data folder.
  log = fileLog(electronLog, dataDir);
  try {
    core = await openCore({ dataDir, nativeBinding, log });
  } catch (error) {
    log.error('start', error);
    dialog.showErrorBox(
      'Rolebridge cannot open your data',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  if (!isDev) serveRenderer(join(import.meta.dirname, '../renderer'));
  registerIpc(core, appOrigin);
  registerFileDialogs(appOrigin, dataDir);
  installMenu({ dataDir, isDev });
  showMainWindow();
  startCheckInReminders(core, () => {
    showMainWindow();
    void mainWindow?.webContents.executeJavaScript("window.location.hash = '#/'");
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => showMainWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });
  app.on('will-quit', () => core?.close());
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Rolebridge could not start', String(error));
    app.exit(1);
  });
}
