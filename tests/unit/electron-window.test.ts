// The desktop shell's window, checked without an Electron binary: Electron is replaced by a
// recording double, and the real createMainWindow runs against it.
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;
const created: {
  options: { webPreferences: Record<string, unknown> };
  handlers: Map<string, Handler>;
  openHandler?: Handler;
  loaded?: string;
}[] = [];
const openExternal = vi.fn();

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: {
      on: (event: string, handler: Handler) => void;
      setWindowOpenHandler: (h: Handler) => void;
    };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      const record: (typeof created)[number] = { options, handlers: new Map() };
      created.push(record);
      this.webContents = {
        on: (event, handler) => record.handlers.set(event, handler),
        setWindowOpenHandler: (handler) => (record.openHandler = handler),
      };
      this.loadURL = (url: string) => {
        record.loaded = url;
        return Promise.resolve();
      };
    }
    loadURL: (url: string) => Promise<void>;
    windowHandlers = new Map<string, Handler>();
    once() {}
    show() {}
    on(event: string, handler: Handler) {
      this.windowHandlers.set(event, handler);
      (created.at(-1) as { window?: unknown }).window = this;
    }
    maximize() {}
    isMaximized() {
      return true;
    }
    getNormalBounds() {
      return { x: 40, y: 60, width: 1400, height: 900 };
    }
  }
  return { BrowserWindow, shell: { openExternal } };
});

const { createMainWindow } = await import('../../src/main/electron/window');
const appOrigin = 'app://rolebridge';

function open() {
  createMainWindow({ preload: '/app/preload/index.cjs', url: `${appOrigin}/index.html`, appOrigin });
  const window = created.at(-1);
  if (!window) throw new Error('no window');
  return window;
}

function navigate(window: (typeof created)[number], event: string, url: string): boolean {
  const preventDefault = vi.fn();
  window.handlers.get(event)?.({ preventDefault }, url);
  return preventDefault.mock.calls.length > 0;
}

beforeEach(() => openExternal.mockClear());

describe('desktop window', () => {
  it('is isolated and sandboxed, with Node integration and webviews off', () => {
    const prefs = open().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(prefs.nodeIntegrationInSubFrames ?? false).toBe(false);
    expect(prefs.allowRunningInsecureContent ?? false).toBe(false);
  });

  it('blocks navigation away from the app and every new window; allowed links open in the browser', () => {
    const window = open();
    expect(navigate(window, 'will-navigate', `${appOrigin}/index.html#/hires`)).toBe(false);
    expect(navigate(window, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(window, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate(window, 'will-attach-webview', 'https://evil.example/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();

    expect(window.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(window.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();

    expect(window.openHandler?.({ url: 'https://www.pmi.org/standards' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.pmi.org/standards');
    expect(navigate(window, 'will-navigate', 'https://scrumguides.org/')).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://scrumguides.org/');
  });

  it('opens where it was left, and reports where it is left', () => {
    const saved: unknown[] = [];
    createMainWindow({
      preload: '/p.cjs',
      url: `${appOrigin}/index.html`,
      appOrigin,
      state: { x: 10, y: 20, width: 1000, height: 700, maximized: false },
      onStateChange: (state) => saved.push(state),
    });
    const window = created.at(-1) as (typeof created)[number] & {
      options: Record<string, unknown>;
      window?: { windowHandlers: Map<string, Handler> };
    };
    expect(window.options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
    window.window?.windowHandlers.get('close')?.();
    expect(saved).toEqual([{ x: 40, y: 60, width: 1400, height: 900, maximized: true }]);
  });

  it('is the only place that creates a window', () => {
    const dir = join(import.meta.dirname, '../../src/main/electron');
    const creators = readdirSync(dir).filter((file) =>
      readFileSync(join(dir, file), 'utf8').includes('new BrowserWindow('),
    );
    expect(creators).toEqual(['window.ts']);
  });
});

describe('electronegativity', () => {
  it('finds no high-severity problem in the source, and does find them in an insecure shell', () => {
    const script = join(import.meta.dirname, '../../scripts/electronegativity.mjs');
    const ours = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(ours.status, ours.stdout + ours.stderr).toBe(0);
    const insecure = spawnSync(
      process.execPath,
      [script, join(import.meta.dirname, '../fixtures/insecure-shell')],
      {
        encoding: 'utf8',
      },
    );
    expect(insecure.status).toBe(1);
    expect(insecure.stdout).toContain('CONTEXT_ISOLATION_JS_CHECK');
  }, 120_000);
});
