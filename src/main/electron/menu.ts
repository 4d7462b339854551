// The application menu.
import { Menu, app, dialog, shell, type MenuItemConstructorOptions } from 'electron';

export function installMenu(options: { dataDir: string; isDev: boolean }): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: '&File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
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
