// The main window, locked down: isolated, sandboxed, no Node, no navigation away from the app.
import { BrowserWindow, shell } from 'electron';
import { isAllowedExternal, isSameOrigin } from './origin';
import { DEFAULT_STATE, type WindowState } from './window-state';

export function createMainWindow(options: {
  preload: string;
  url: string;
  appOrigin: string;
  state?: WindowState;
  onStateChange?: (state: WindowState) => void;
}): BrowserWindow {
  const state = options.state ?? DEFAULT_STATE;
  const window = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
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
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  // Remember where the manager left the window: its normal bounds, and whether it was maximised.
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    options.onStateChange?.({ ...bounds, maximized: window.isMaximized() });
  });
  void window.loadURL(options.url);
  return window;
}
