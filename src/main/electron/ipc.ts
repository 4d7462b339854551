// Registers every contract channel on IPC through one wrapper that checks the sender frame.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannelFor } from '@shared/api/channels';
import type { Result } from '@shared/api/result';
import type { Core } from '../core';
import { isSameOrigin } from './origin';

const refused: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Refused: the request did not come from the Rolebridge window' },
};

/** Only the top frame of our own page may call in; iframes and other origins may not. */
export function isTrustedSender(event: IpcMainInvokeEvent, trustedOrigin: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isSameOrigin(frame.url, trustedOrigin);
}

export function registerIpc(core: Core, trustedOrigin: string): () => void {
  const trusted = (event: IpcMainInvokeEvent) => isTrustedSender(event, trustedOrigin);

  for (const channel of core.channels) {
    ipcMain.handle(ipcChannelFor(channel), async (event, input: unknown) => {
      if (!trusted(event)) return refused;
      return core.call(channel, input);
    });
  }
  return () => {
    for (const channel of core.channels) ipcMain.removeHandler(ipcChannelFor(channel));
  };
}
