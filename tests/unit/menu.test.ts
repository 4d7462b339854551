// The application menu, built against a recording Electron double: the expected items with their
// shortcuts, and each command sent to the window in front.
import { describe, expect, it, vi } from 'vitest';
import { shellEvents } from '../../src/shared/api/channels';

interface Item {
  label?: string;
  role?: string;
  accelerator?: string;
  type?: string;
  submenu?: Item[];
  click?: () => void;
}
let template: Item[] = [];
const send = vi.fn();
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (items: Item[]) => {
      template = items;
      return {};
    },
    setApplicationMenu: () => undefined,
  },
  BrowserWindow: { getFocusedWindow: () => ({ webContents: { send } }), getAllWindows: () => [] },
  app: { getVersion: () => '0.1.0' },
  dialog: { showMessageBox: vi.fn() },
  shell: { openPath: vi.fn() },
}));

const { installMenu } = await import('../../src/main/electron/menu');
const menu = (label: string) =>
  template.find((item) => item.label === label || item.role === label)?.submenu ?? [];

describe('application menu', () => {
  it('has File, Edit, View and Help with the expected items and shortcuts', () => {
    installMenu({ dataDir: '/data', isDev: false });
    const file = menu('&File');
    expect(file.filter((i) => i.label).map((i) => [i.label, i.accelerator])).toEqual([
      ['New hire…', 'CmdOrCtrl+N'],
      ['Export plan PDF…', 'CmdOrCtrl+E'],
      ['Back up now', 'CmdOrCtrl+B'],
    ]);
    expect(file.some((i) => i.role === 'quit' || i.role === 'close')).toBe(true);
    expect(template.some((i) => i.role === 'editMenu')).toBe(true);
    const view = menu('&View').map((i) => i.role);
    expect(view).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(view).not.toContain('reload');
    expect(menu('&Help').map((i) => i.label)).toEqual(['Open data folder', 'About Rolebridge']);
  });

  it('offers reload only in development', () => {
    installMenu({ dataDir: '/data', isDev: true });
    expect(menu('&View').map((i) => i.role)).toContain('reload');
  });

  it('sends each File command to the window in front', () => {
    installMenu({ dataDir: '/data', isDev: false });
    for (const item of menu('&File').filter((i) => i.click)) item.click?.();
    expect(send.mock.calls).toEqual([
      [shellEvents.menuCommand, 'new-hire'],
      [shellEvents.menuCommand, 'export-plan-pdf'],
      [shellEvents.menuCommand, 'back-up-now'],
    ]);
  });
});
