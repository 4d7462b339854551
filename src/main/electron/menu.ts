// The application menu.
import { BrowserWindow, Menu, app, dialog, shell, type MenuItemConstructorOptions } from 'electron';
import { shellEvents, type MenuCommand } from '@shared/api/channels';

/** Sends a menu command to the window in front; the page carries it out. */
function command(name: MenuCommand): () => void {
  return () => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    window?.webContents.send(shellEvents.menuCommand, name);
  };
}

export function installMenu(options: { dataDir: string; isDev: boolean }): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New hire…', accelerator: 'CmdOrCtrl+N', click: command('new-hire') },
        { label: 'Export plan PDF…', accelerator: 'CmdOrCtrl+E', click: command('export-plan-pdf') },
        { type: 'separator' },
        { label: 'Back up now', accelerator: 'CmdOrCtrl+B', click: command('back-up-now') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.isDev
          ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    {
      label: '&Help',
      submenu: [
        {
          label: 'Open data folder',
          click: () => void shell.openPath(options.dataDir),
        },
        {
          label: 'About Rolebridge',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'About Rolebridge',
              message: `Rolebridge ${app.getVersion()}`,
              detail: 'Coaching plans for people moving into a new role. Your data stays on this computer.',
            }),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
