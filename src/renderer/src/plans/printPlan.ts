// Ctrl+P / ⌘P on a plan: the plan document itself (the hire's version) opens to print, not a print
// of the screen. The desktop app hands it to the system's PDF viewer; the browser opens it in a tab
// with its own viewer (the page's security policy allows no PDF frame inside the app).
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useApi } from '../api/client';
import { download } from '../files/save';
import { currentLocale } from '../locale';
import { defaultPaper } from './ExportPdfModal';

function blobUrl(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/** Opens a PDF to print: the system viewer in the desktop app, a new tab in the browser. */
export async function openToPrint(fileName: string, base64: string): Promise<void> {
  const shell = window.rolebridgeShell;
  if (shell?.openToPrint) {
    await shell.openToPrint(fileName, base64);
    return;
  }
  const url = blobUrl(base64);
  const tab = window.open(url, '_blank');
  // A blocked pop-up leaves the file as a download, still the document rather than the screen.
  if (!tab) download(fileName, base64, 'application/pdf');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The document the shortcut prints: the hire's version, in the app's locale and paper. */
export function printInput(hireId: string, planId?: string) {
  return {
    hireId,
    ...(planId ? { planId } : {}),
    audience: 'hire' as const,
    paper: defaultPaper(),
    locale: currentLocale().tag,
    includeCheckIns: false,
    includePrivateNotes: false,
  };
}

/** Ctrl+P / ⌘P prints the plan on screen while `enabled` (a plan is showing). */
export function usePrintPlan(hireId: string, planId: string | undefined, enabled: boolean): void {
  const api = useApi();
  useHotkeys(
    enabled
      ? [
          [
            'mod+P',
            () => {
              void api
                .call('pdf.plan', printInput(hireId, planId))
                .then((file) => openToPrint(file.fileName, file.base64))
                .catch((error: unknown) =>
                  notifications.show({
                    color: 'red',
                    title: 'Not printed',
                    message: (error as Error).message,
                  }),
                );
            },
          ],
        ]
      : [],
    // In a text box too: the browser would otherwise print the screen.
    [],
  );
}
