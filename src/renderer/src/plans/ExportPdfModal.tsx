// Export plans as PDF: for the hire (the default: written to them, nothing private) or the manager's
// copy; paper from the app's locale; in the manager's copy check-in summaries, and private notes only
// behind an explicit, explained choice. One hire's plan, or every active hire's plan into a folder.
import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Progress,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { ApiError } from '../api/errors';
import { usePlanPdfs } from './queries';
import { chooseFolder, saveFile } from '../files/save';
import { currentLocale } from '../locale';

export type Paper = 'A4' | 'LETTER';
export type Audience = 'hire' | 'manager';

/**
 * The paper of the app's locale: Letter in the US, Canada, Mexico, the Philippines and a few more,
 * A4 elsewhere. A locale without a region ("es") takes the system's region for the same language.
 */
export function defaultPaper(locale = currentLocale().tag): Paper {
  let region = (locale.split(/[-_]/)[1] ?? '').toUpperCase();
  if (!region && typeof navigator !== 'undefined') {
    const [language, systemRegion] = navigator.language.split(/[-_]/);
    if (language?.toLowerCase() === locale.toLowerCase()) region = (systemRegion ?? '').toUpperCase();
  }
  return ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR'].includes(region) ? 'LETTER' : 'A4';
}

interface Props {
  opened: boolean;
  onClose: () => void;
  /** One hire (and optionally one plan version), or every active hire. */
  target: { kind: 'one'; hireId: string; planId?: string; hireName: string } | { kind: 'all' };
}

export function ExportPdfModal({ opened, onClose, target }: Props) {
  const pdfs = usePlanPdfs();
  const [paper, setPaper] = useState<Paper>(defaultPaper());
  const [audience, setAudience] = useState<Audience>('hire');
  const [includeCheckIns, setIncludeCheckIns] = useState(false);
  const [includePrivateNotes, setIncludePrivateNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const cancelled = useRef(false);
  const forManager = audience === 'manager';
  const options = {
    audience,
    paper,
    locale: currentLocale().tag,
    includeCheckIns: forManager && includeCheckIns,
    includePrivateNotes: forManager && includeCheckIns && includePrivateNotes,
  };

  async function exportOne(hireId: string, planId?: string) {
    const file = await pdfs.plan({ hireId, ...(planId ? { planId } : {}), ...options });
    return file;
  }

  async function run() {
    setBusy(true);
    cancelled.current = false;
    try {
      if (target.kind === 'one') {
        const file = await exportOne(target.hireId, target.planId);
        if (await saveFile(file.fileName, file.base64, 'application/pdf')) {
          notifications.show({ title: 'Plan exported', message: file.fileName });
          onClose();
        }
        return;
      }
      const folder = await chooseFolder();
      if (!folder) return;
      const hires = await pdfs.activeHires();
      setProgress({ done: 0, total: hires.length });
      let written = 0;
      let skipped = 0;
      for (const [index, hire] of hires.entries()) {
        if (cancelled.current) break;
        try {
          const file = await exportOne(hire.id);
          await folder.write(file.fileName, file.base64, 'application/pdf');
          written += 1;
        } catch (error) {
          if (error instanceof ApiError && error.code === 'CONFLICT') skipped += 1;
          else throw error;
        }
        setProgress({ done: index + 1, total: hires.length });
      }
      notifications.show({
        title: cancelled.current ? 'Export stopped' : 'Plans exported',
        message: `${written} PDF${written === 1 ? '' : 's'} saved to ${folder.label}${skipped ? `; ${skipped} hire${skipped === 1 ? '' : 's'} without a plan skipped` : ''}.`,
      });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not exported', message: (error as Error).message });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={busy ? () => undefined : onClose}
      title={target.kind === 'one' ? `Export ${target.hireName}’s plan` : 'Export every active hire’s plan'}
    >
      <Stack>
        <div>
          <Text size="sm" fw={500} mb={4}>
            For
          </Text>
          <SegmentedControl
            aria-label="Who the document is for"
            value={audience}
            onChange={(value) => setAudience(value as Audience)}
            data={[
              { value: 'hire', label: 'For the hire' },
              { value: 'manager', label: 'Manager’s copy' },
            ]}
          />
          <Text size="xs" c="dimmed" mt={4}>
            {forManager
              ? 'Your working copy: the gaps, progress and, if you choose, the one-on-ones’ summaries.'
              : 'Written to them, to hand over: what the new role expects, the plan and the one-on-ones. Nothing private.'}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={500} mb={4}>
            Paper
          </Text>
          <SegmentedControl
            aria-label="Paper"
            value={paper}
            onChange={(value) => setPaper(value as Paper)}
            data={[
              { value: 'A4', label: 'A4' },
              { value: 'LETTER', label: 'US Letter' },
            ]}
          />
        </div>
        {forManager && (
          <>
            <Checkbox
              label="Include check-in summaries"
              description="Shared notes, confidence ratings and action items from the one-on-ones held."
              checked={includeCheckIns}
              onChange={(e) => setIncludeCheckIns(e.currentTarget.checked)}
            />
            <Checkbox
              label={
                <Group gap={4}>
                  <IconLock size={14} /> Include private notes
                </Group>
              }
              description="Off unless you choose it. Private notes are yours alone."
              disabled={!includeCheckIns}
              checked={includeCheckIns && includePrivateNotes}
              onChange={(e) => setIncludePrivateNotes(e.currentTarget.checked)}
            />
            {includeCheckIns && includePrivateNotes && (
              <Alert color="orange" title="Private notes will be in the file" role="alert">
                Anyone you give this PDF to — the hire, your manager, HR — will read what you wrote for
                yourself. Untick it if the file is for sharing.
              </Alert>
            )}
          </>
        )}
        {progress && (
          <div>
            <Text size="sm" mb={4}>
              {progress.done} of {progress.total} hires
            </Text>
            <Progress
              value={(progress.done / Math.max(1, progress.total)) * 100}
              aria-label="Export progress"
            />
          </div>
        )}
        <Group justify="flex-end">
          {busy && target.kind === 'all' ? (
            <Button variant="default" onClick={() => (cancelled.current = true)}>
              Stop after this one
            </Button>
          ) : (
            <Button variant="default" onClick={onClose} disabled={busy}>
              Cancel
            </Button>
          )}
          <Button onClick={() => void run()} loading={busy}>
            {target.kind === 'one' ? 'Export PDF' : 'Choose folder and export'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
