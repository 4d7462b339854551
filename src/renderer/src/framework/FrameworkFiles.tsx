// Export and import the custom framework (JSON) and roles (CSV).
import { useRef, useState } from 'react';
import { Alert, Button, List, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { ApiError, useApi } from '../api/client';
import { downloadText, readText } from '../files/files';
import { useFrameworkMutation } from './queries';

type ImportKind = 'json' | 'csv';

export function FrameworkFiles() {
  const api = useApi();
  const importJson = useFrameworkMutation('framework.import');
  const importCsv = useFrameworkMutation('roles.importCsv');
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>('json');
  const [problem, setProblem] = useState<{ title: string; lines: string[] } | null>(null);

  async function exportJson() {
    const file = await api.call('framework.export', {});
    downloadText('rolebridge-framework.json', `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  }

  async function exportCsv() {
    const { csv, fileName } = await api.call('roles.exportCsv', {});
    downloadText(fileName, csv, 'text/csv');
  }

  function choose(next: ImportKind) {
    setKind(next);
    setProblem(null);
    if (input.current) {
      input.current.accept = next === 'json' ? '.json,application/json' : '.csv,text/csv';
      input.current.value = '';
      input.current.click();
    }
  }

  async function imported(file: File) {
    try {
      const text = await readText(file);
      if (kind === 'json') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new Error(`${file.name} is not valid JSON`);
        }
        const result = await importJson.mutateAsync({ file: parsed });
        notifications.show({
          title: 'Framework imported',
          message: `${result.roles} roles and ${result.competencies} competencies from ${file.name}`,
        });
      } else {
        const result = await importCsv.mutateAsync({ csv: text });
        notifications.show({ title: 'Roles imported', message: `${result.roles} roles from ${file.name}` });
      }
    } catch (error) {
      const lines =
        error instanceof ApiError && error.issues.length > 0
          ? error.issues.map((issue) => (issue.field ? `${issue.field}: ${issue.message}` : issue.message))
          : [(error as Error).message];
      setProblem({ title: `${file.name} was not imported; nothing changed`, lines });
    }
  }

  return (
    <>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconUpload size={16} />}>
            Import
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => choose('json')}>Framework file (JSON)…</Menu.Item>
          <Menu.Item onClick={() => choose('csv')}>Roles spreadsheet (CSV)…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={16} />}>
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void exportJson()}>Your roles and competencies (JSON)</Menu.Item>
          <Menu.Item onClick={() => void exportCsv()}>Your roles with expected levels (CSV)</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="framework-import-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) void imported(file);
        }}
      />
      {problem && (
        <Alert
          color="red"
          title={problem.title}
          role="alert"
          withCloseButton
          onClose={() => setProblem(null)}
          style={{ flexBasis: '100%' }}
        >
          <List size="sm">
            {problem.lines.slice(0, 12).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          {problem.lines.length > 12 && <Text size="sm">…and {problem.lines.length - 12} more</Text>}
        </Alert>
      )}
    </>
  );
}
