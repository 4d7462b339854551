// Remembers the main window's size, position and maximised state between runs, in a small JSON
// file in the data folder. A saved position that is no longer on any screen is dropped.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreLog } from '../core/log';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_STATE: WindowState = { width: 1280, height: 840, maximized: false };
const FILE = 'window-state.json';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The saved state, checked; the default when there is none or it is unusable. */
export function loadWindowState(dataDir: string, displays: Area[]): WindowState {
  let saved: Partial<WindowState>;
  try {
    saved = JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')) as Partial<WindowState>;
  } catch {
    return DEFAULT_STATE;
  }
  if (!isNumber(saved.width) || !isNumber(saved.height)) return DEFAULT_STATE;
  const state: WindowState = {
    width: Math.max(900, Math.round(saved.width)),
    height: Math.max(600, Math.round(saved.height)),
    maximized: saved.maximized === true,
  };
  if (isNumber(saved.x) && isNumber(saved.y)) {
    const { x, y } = saved;
    // Keep the position only if the window's top-left area is on a screen that is still there.
    const visible = displays.some(
      (d) => x + 100 > d.x && x < d.x + d.width - 100 && y >= d.y && y < d.y + d.height - 50,
    );
    if (visible) Object.assign(state, { x: Math.round(x), y: Math.round(y) });
  }
  return state;
}

/** Saves the state; a failure (a full or read-only disk) goes to the log file and the app goes on. */
export function saveWindowState(dataDir: string, state: WindowState, log: Pick<CoreLog, 'error'>): void {
  try {
    writeFileSync(join(dataDir, FILE), `${JSON.stringify(state)}\n`);
  } catch (error) {
    log.error('window state', error);
  }
}
