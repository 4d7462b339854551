import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE, loadWindowState, saveWindowState } from '../../src/main/electron/window-state';

const screenArea = { x: 0, y: 0, width: 1920, height: 1080 };
const dirs: string[] = [];
const dir = () => {
  const path = mkdtempSync(join(tmpdir(), 'rolebridge-window-'));
  dirs.push(path);
  return path;
};
const log = { error: vi.fn() };
afterEach(() => dirs.splice(0).forEach((path) => rmSync(path, { recursive: true, force: true })));

describe('window state', () => {
  it('comes back as it was saved', () => {
    const data = dir();
    saveWindowState(data, { x: 100, y: 80, width: 1300, height: 900, maximized: true }, log);
    expect(loadWindowState(data, [screenArea])).toEqual({
      x: 100,
      y: 80,
      width: 1300,
      height: 900,
      maximized: true,
    });
  });

  it('drops a position on a screen that is gone, keeping the size', () => {
    const data = dir();
    saveWindowState(data, { x: 3000, y: 80, width: 1300, height: 900, maximized: false }, log);
    expect(loadWindowState(data, [screenArea])).toEqual({ width: 1300, height: 900, maximized: false });
  });

  it('uses the default for a missing or unusable file, and never a tiny window', () => {
    const data = dir();
    expect(loadWindowState(data, [screenArea])).toEqual(DEFAULT_STATE);
    writeFileSync(join(data, 'window-state.json'), '{ not json');
    expect(loadWindowState(data, [screenArea])).toEqual(DEFAULT_STATE);
    writeFileSync(join(data, 'window-state.json'), JSON.stringify({ width: 10, height: 'big' }));
    expect(loadWindowState(data, [screenArea])).toEqual(DEFAULT_STATE);
    writeFileSync(join(data, 'window-state.json'), JSON.stringify({ width: 10, height: 20 }));
    expect(loadWindowState(data, [screenArea])).toMatchObject({ width: 900, height: 600 });
  });

  it('writes a failed save to the log file, not the console, and goes on', () => {
    const data = dir();
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    log.error.mockClear();
    // A data folder that is a file: the save cannot be written.
    const file = join(data, 'not-a-folder');
    writeFileSync(file, '');
    expect(() => saveWindowState(file, DEFAULT_STATE, log)).not.toThrow();
    expect(log.error).toHaveBeenCalledWith('window state', expect.any(Error));
    expect(console).not.toHaveBeenCalled();
    console.mockRestore();
  });
});
