// Settings → Everything in one file: export all data to JSON, and import such a file back, either
// only into an empty database or merged by id.
import { useRef, useState } from 'react';
import { Button, Card, Group, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { ImportMode } from '@shared/data/schema';
import { readText } from '../files/files';
import { saveText } from '../files/save';
import { ProblemList, problemFrom, type Problem } from './ProblemList';
import { JobProgress } from './JobProgress';
import { useJob, wasStopped } from './useJob';
import { keptAs } from './backup-words';
import { useExportData, useImportData } from './queries';

const MAX_FILE_BYTES = 512 * 1024 * 1024;

export function DataFileCard() {
  const input = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<ImportMode>('empty-only');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [exporting, setExporting] = useState(false);
  const job = useJob();
  const importData = useImportData(job);
  const exportData = useExportData();

  const importFile = useMutation({
    mutationFn: async (file: File) => {
      const text = await readText(file, MAX_FILE_BYTES);
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        throw new Error(`${file.name} is not valid JSON`);
      }
      return importData.mutateAsync({ file: parsed, mode });
    },
    onSuccess: (result, file) => {
      notifications.show({
        title: 'Data imported',
        message: `${result.total} records from ${file.name}${result.backup ? `; your data before the import is kept as ${keptAs(result.backup)}` : ''}.`,
        autoClose: 10_000,
      });
    },
    onError: (error, file) =>
      wasStopped(error)
        ? notifications.show({ title: 'Import stopped', message: `Nothing from ${file.name} was imported.` })
        : setProblem(problemFrom(`${file.name} was not imported; nothing changed`, error)),
  });

  async function exportAll() {
    setExporting(true);
    setProblem(null);
    try {
      const { fileName, file } = await exportData();
      await saveText(fileName, `${JSON.stringify(file, null, 2)}\n`, 'application/json');
    } catch (error) {
      setProblem(problemFrom('Not exported', error));
    } finally {
      setExporting(false);
    }
  }

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="data-file-title">
      <Text fw={600} id="data-file-title">
        Everything in one file
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        Hires, assessments, plans and their versions, check-ins with their notes and action items, your roles
        and competencies, and these settings, as one JSON file. Private notes are included: keep the file
        safe.
      </Text>
      <Stack gap="sm">
        <Radio.Group
          label="When importing into a database that already has data"
          value={mode}
          onChange={(value) => setMode(value as ImportMode)}
        >
          <Group mt={6}>
            <Radio value="empty-only" label="Stop, and change nothing" />
            <Radio value="merge" label="Merge by id: add new records, replace ones with the same id" />
          </Group>
        </Radio.Group>
        <Group>
          <Button
            variant="default"
            leftSection={<IconFileExport size={16} />}
            loading={exporting}
            onClick={() => void exportAll()}
          >
            Export all data
          </Button>
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} />}
            loading={importFile.isPending}
            onClick={() => {
              setProblem(null);
              if (input.current) {
                input.current.value = '';
                input.current.click();
              }
            }}
          >
            Import data…
          </Button>
        </Group>
        <JobProgress job={job} label="Importing" />
        {problem && <ProblemList problem={problem} onClose={() => setProblem(null)} />}
      </Stack>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="data-import-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) importFile.mutate(file);
        }}
      />
    </Card>
  );
}
