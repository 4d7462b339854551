// The preload exposes exactly the contract's channels, one function each, and nothing else of IPC.
import { describe, expect, it, vi } from 'vitest';
import { channelNames, ipcChannelFor, shellChannels, shellEvents } from '../../src/shared/api/channels';
import { contract } from '../../src/shared/api/contract';

const exposed = new Map<string, Record<string, unknown>>();
const listeners = new Map<string, (...args: unknown[]) => void>();
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null }));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, handler: (...args: unknown[]) => void) => listeners.set(channel, handler),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload bridge', () => {
  it('exposes one method per contract channel, and the same set as the contract', async () => {
    await import('../../src/preload/index');
    const bridge = exposed.get('rolebridge') ?? {};
    expect(new Set(Object.keys(bridge))).toEqual(new Set(channelNames));
    expect(new Set(Object.keys(bridge))).toEqual(new Set(Object.keys(contract)));
    expect(Object.isFrozen(bridge)).toBe(true);
    for (const channel of channelNames) expect(typeof bridge[channel], channel).toBe('function');
  });

  it('sends each call on its own namespaced IPC channel with only the input', async () => {
    await import('../../src/preload/index');
    const bridge = exposed.get('rolebridge') as Record<string, (input: unknown) => Promise<unknown>>;
    await bridge['hires.list']?.({ status: 'all' });
    expect(invoke).toHaveBeenLastCalledWith(ipcChannelFor('hires.list'), { status: 'all' });
  });

  it('exposes only the shell file helpers besides, each on its own shell channel', async () => {
    await import('../../src/preload/index');
    expect([...exposed.keys()].sort()).toEqual(['rolebridge', 'rolebridgeShell']);
    const shell = exposed.get('rolebridgeShell') as Record<string, (...args: unknown[]) => Promise<unknown>>;
    expect(Object.keys(shell).sort()).toEqual([...Object.keys(shellChannels), 'onMenuCommand'].sort());
    await shell.openFolder?.('backups');
    expect(invoke).toHaveBeenLastCalledWith(shellChannels.openFolder, 'backups');
  });

  it('passes on only known menu commands, and stops when asked', async () => {
    await import('../../src/preload/index');
    const shell = exposed.get('rolebridgeShell') as {
      onMenuCommand: (listener: (command: string) => void) => () => void;
    };
    const heard: string[] = [];
    const stop = shell.onMenuCommand((command) => heard.push(command));
    const handler = listeners.get(shellEvents.menuCommand);
    handler?.({}, 'new-hire');
    handler?.({}, 'rm -rf /');
    handler?.({}, { command: 'new-hire' });
    expect(heard).toEqual(['new-hire']);
    stop();
    expect(listeners.has(shellEvents.menuCommand)).toBe(false);
  });
});
