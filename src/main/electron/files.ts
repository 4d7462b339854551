// Native file dialogs for exports: save one file where the manager chooses (and offer to open it),
// or write several into a folder they pick. The page never sees or names a path: folders come back
// as opaque handles, and file names are reduced to a plain name with an allowed extension.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { SHELL_FOLDERS, shellChannels } from '@shared/api/channels';
import { isTrustedSender } from './ipc';

// Letters and digits of any script: a hire named in Greek or Japanese keeps the name in the file.
const ALLOWED = /^[\p{L}\p{M}\p{N}_.-]{1,120}\.(pdf|ics|json|csv|html)$/iu;
// A data file with years of history can be large; PDFs and calendars are far smaller.
const MAX_BASE64 = 700 * 1024 * 1024;

function checkFile(fileName: unknown, base64: unknown): { name: string; data: Buffer } {
  if (typeof fileName !== 'string' || typeof base64 !== 'string' || base64.length > MAX_BASE64)
    throw new Error('Refused: not a file');
  const name = basename(fileName);
  if (!ALLOWED.test(name)) throw new Error('Refused: not an export file name');
  return { name, data: Buffer.from(base64, 'base64') };
}

export function registerFileDialogs(trustedOrigin: string, dataDir: string): void {
  const folders = new Map<string, string>();
  const guard = (event: IpcMainInvokeEvent) => {
    if (!isTrustedSender(event, trustedOrigin))
      throw new Error('Refused: the request did not come from the Rolebridge window');
    return BrowserWindow.fromWebContents(event.sender) ?? undefined;
  };

  ipcMain.handle(shellChannels.saveFile, async (event, fileName: unknown, base64: unknown) => {
    const window = guard(event);
    const { name, data } = checkFile(fileName, base64);
    const extension = name.split('.').pop() ?? '';
    const options = {
      defaultPath: join(app.getPath('documents'), name),
      filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    };
    const choice = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await writeFile(choice.filePath, data);
    const next = await dialog.showMessageBox({
      type: 'info',
      message: `Saved ${basename(choice.filePath)}`,
      buttons: ['Open it', 'Show in folder', 'Done'],
      defaultId: 0,
      cancelId: 2,
    });
    if (next.response === 0) void shell.openPath(choice.filePath);
    if (next.response === 1) shell.showItemInFolder(choice.filePath);
    return { saved: true };
  });

  ipcMain.handle(shellChannels.chooseFolder, async (event) => {
    const window = guard(event);
    const options = {
      properties: ['openDirectory' as const, 'createDirectory' as const],
      title: 'Choose a folder for the PDFs',
    };
    const choice = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return null;
    const handle = randomUUID();
    folders.set(handle, path);
    return handle;
  });

  ipcMain.handle(
    shellChannels.writeInFolder,
    async (event, handle: unknown, fileName: unknown, base64: unknown) => {
      guard(event);
      const folder = typeof handle === 'string' ? folders.get(handle) : undefined;
      if (!folder) throw new Error('Refused: choose the folder first');
      const { name, data } = checkFile(fileName, base64);
      await writeFile(join(folder, name), data);
    },
  );

  ipcMain.handle(shellChannels.openToPrint, async (event, fileName: unknown, base64: unknown) => {
    guard(event);
    const { name, data } = checkFile(fileName, base64);
    if (!name.toLowerCase().endsWith('.pdf')) throw new Error('Refused: only a PDF opens to print');
    // A folder of its own under the system's temporary folder; each print replaces the last copy.
    const folder = join(app.getPath('temp'), 'rolebridge-print');
    await mkdir(folder, { recursive: true });
    const path = join(folder, name);
    await writeFile(path, data);
    const problem = await shell.openPath(path);
    if (problem) throw new Error(problem);
  });

  ipcMain.handle(shellChannels.openFolder, async (event, which: unknown) => {
    guard(event);
    if (!SHELL_FOLDERS.includes(which as (typeof SHELL_FOLDERS)[number]))
      throw new Error('Refused: not a folder');
    const folder = which === 'backups' ? join(dataDir, 'backups') : dataDir;
    const problem = await shell.openPath(folder);
    if (problem) throw new Error(problem);
  });
}
