// Exposes exactly the contract's channels as `window.rolebridge`, one function each. Nothing
// else of Electron reaches the page: no generic invoke, no event objects.
import { contextBridge, ipcRenderer } from 'electron';
import { channelNames, ipcChannelFor, isMenuCommand, shellChannels, shellEvents } from '@shared/api/channels';

const bridge = Object.freeze(
  Object.fromEntries(
    channelNames.map((channel) => [
      channel,
      (input: unknown) => ipcRenderer.invoke(ipcChannelFor(channel), input),
    ]),
  ),
);

contextBridge.exposeInMainWorld('rolebridge', bridge);

// The shell's own file dialogs, for exports. Arguments are passed as values; nothing else of IPC leaks.
contextBridge.exposeInMainWorld(
  'rolebridgeShell',
  Object.freeze({
    saveFile: (fileName: string, base64: string) =>
      ipcRenderer.invoke(shellChannels.saveFile, fileName, base64),
    chooseFolder: () => ipcRenderer.invoke(shellChannels.chooseFolder),
    writeInFolder: (folder: string, fileName: string, base64: string) =>
      ipcRenderer.invoke(shellChannels.writeInFolder, folder, fileName, base64),
    openToPrint: (fileName: string, base64: string) =>
      ipcRenderer.invoke(shellChannels.openToPrint, fileName, base64),
    openFolder: (which: 'data' | 'backups') => ipcRenderer.invoke(shellChannels.openFolder, which),
    /** Calls `listener` with each application-menu command; answers a function that stops listening. */
    onMenuCommand: (listener: (command: string) => void) => {
      const handler = (_event: unknown, command: unknown) => {
        if (isMenuCommand(command)) listener(command);
      };
      ipcRenderer.on(shellEvents.menuCommand, handler);
      return () => {
        ipcRenderer.removeListener(shellEvents.menuCommand, handler);
      };
    },
  }),
);
