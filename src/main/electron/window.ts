// The main window, locked down: isolated, sandboxed, no Node, no navigation away from the app.
import { BrowserWindow, shell } from 'electron';
import { isAllowedExternal, isSameOrigin } from './origin';

export function createMainWindow(options: {
  preload: string;
  url: string;
  appOrigin: string;
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Rolebridge',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true,
    },
  });

  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isSameOrigin(url, options.appOrigin)) {
      event.preventDefault();
      if (isAllowedExternal(url)) void shell.openExternal(url);
    }
  });
  window.webContents.on('will-redirect', (event, url) => {
    if (!isSameOrigin(url, options.appOrigin)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.url);
  return window;
}
