// Saving exported files: the desktop shell's native dialogs when the app runs there, the browser's
// download (or a folder the manager picks, where the browser allows it) otherwise.
import type { MenuCommand } from '@shared/api/channels';

export interface ShellBridge {
  /** Asks where to save with the native dialog, writes the file, and offers to open it. */
  saveFile(fileName: string, base64: string): Promise<{ saved: boolean }>;
  /** Asks for a folder; answers an opaque handle for writeInFolder, or null when cancelled. */
  chooseFolder(): Promise<string | null>;
  writeInFolder(folder: string, fileName: string, base64: string): Promise<void>;
  /** Opens a PDF in the system's viewer to print it (a temporary copy). Absent in older shells. */
  openToPrint?(fileName: string, base64: string): Promise<void>;
  /** Opens the data folder or its backups folder in the system file manager. */
  openFolder(which: 'data' | 'backups'): Promise<void>;
  /** Application-menu commands (New hire, Export plan PDF, Back up now); answers an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    rolebridgeShell?: ShellBridge;
    showDirectoryPicker?: (options?: { mode?: 'readwrite' }) => Promise<FileSystemDirectoryHandle>;
  }
}

function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const out = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}

export function download(fileName: string, base64: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes(base64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 2000);
}

/** Saves one file; false when the manager cancelled the dialog. */
export async function saveFile(fileName: string, base64: string, type: string): Promise<boolean> {
  if (window.rolebridgeShell) return (await window.rolebridgeShell.saveFile(fileName, base64)).saved;
  download(fileName, base64, type);
  return true;
}

/** UTF-8 text as base64, in chunks so a large export does not overflow the call stack. */
export function textToBase64(text: string): string {
  const data = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < data.length; i += 0x8000) {
    binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Saves a text file (JSON, CSV, calendar); false when the manager cancelled the dialog. */
export function saveText(fileName: string, text: string, type: string): Promise<boolean> {
  return saveFile(fileName, textToBase64(text), type);
}

export interface FolderTarget {
  label: string;
  write(fileName: string, base64: string, type: string): Promise<void>;
}

/** Where "export all" writes: a chosen folder when possible, else one download per file. Null if cancelled. */
export async function chooseFolder(): Promise<FolderTarget | null> {
  const shell = window.rolebridgeShell;
  if (shell) {
    const folder = await shell.chooseFolder();
    return folder === null
      ? null
      : { label: 'the folder you chose', write: (name, data) => shell.writeInFolder(folder, name, data) };
  }
  if (window.showDirectoryPicker) {
    let directory: FileSystemDirectoryHandle;
    try {
      directory = await window.showDirectoryPicker({ mode: 'readwrite' });
    } catch {
      return null;
    }
    return {
      label: `the folder “${directory.name}”`,
      async write(name, data) {
        const handle = await directory.getFileHandle(name, { create: true });
        const writable = await handle.createWritable();
        await writable.write(bytes(data));
        await writable.close();
      },
    };
  }
  return { label: 'your downloads', write: async (name, data, type) => download(name, data, type) };
}
