// The IPC adapter answers a call from a frame that is not the Rolebridge window with FORBIDDEN,
// and passes the app's own calls to the core.
import { describe, expect, it, vi } from 'vitest';
import { ipcChannelFor } from '../../src/shared/api/channels';
import type { Core } from '../../src/main/core';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const origin = 'app://rolebridge';
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('IPC adapter', () => {
  it('refuses a foreign frame or an iframe with FORBIDDEN and passes its own window through', async () => {
    const { registerIpc } = await import('../../src/main/electron/ipc');
    const call = vi.fn(() => Promise.resolve({ ok: true, value: [] }));
    const core = { channels: ['hires.list'], call } as unknown as Core;
    const unregister = registerIpc(core, origin);
    const handler = handlers.get(ipcChannelFor('hires.list')) as Handler;
    for (const event of [frame('https://evil.example/'), frame(`${origin}/index.html`, {})]) {
      expect(await handler(event, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(call).not.toHaveBeenCalled();
    expect(await handler(frame(`${origin}/index.html`), {})).toEqual({ ok: true, value: [] });
    unregister();
    expect(handlers.size).toBe(0);
  });
});
