// Exposes exactly the contract's channels as `window.rolebridge`, one function each. Nothing
// else of Electron reaches the page: no generic invoke, no event objects.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, ipcChannelFor } from '@shared/api/channels';

const bridge = Object.freeze(
  Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      (input: unknown) => ipcRenderer.invoke(ipcChannelFor(channel), input),
    ]),
  ),
);

contextBridge.exposeInMainWorld('rolebridge', bridge);
