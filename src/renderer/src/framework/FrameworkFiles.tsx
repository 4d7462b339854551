// Export and import the custom framework (JSON) and roles (CSV).
import { useRef, useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { decodeSpreadsheetText } from '@shared/csv/csv';
import { ProblemList, problemFrom, type Problem } from '../data/ProblemList';
import { readText } from '../files/files';
import { saveText } from '../files/save';
import { useFrameworkExport, useFrameworkMutation } from './queries';

type ImportKind = 'json' | 'csv';

/** A spreadsheet may have saved the CSV in its legacy encoding, so the bytes are decoded here. */
async function readCsv(file: File): Promise<string> {
  if (file.size > 5 * 1024 * 1024) throw new Error(`${file.name} is larger than 5 MB`);
  return decodeSpreadsheetText(new Uint8Array(await file.arrayBuffer()));
}

export function FrameworkFiles() {
  const exported = useFrameworkExport();
  const importJson = useFrameworkMutation('framework.import');
  const importCsv = useFrameworkMutation('roles.importCsv');
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>('json');
  const [problem, setProblem] = useState<Problem | null>(null);

  async function exportJson() {
    const file = await exported.json();
    await saveText('rolebridge-framework.json', `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  }

  async function exportCsv() {
    const { csv, fileName } = await exported.csv();
    // The BOM tells Excel the file is UTF-8; without it, names in any script but ASCII come out garbled.
    await saveText(fileName, `\uFEFF${csv}`, 'text/csv');
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
      const text = kind === 'csv' ? await readCsv(file) : await readText(file);
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
      setProblem(problemFrom(`${file.name} was not imported; nothing changed`, error));
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
        <div style={{ flexBasis: '100%' }}>
          <ProblemList problem={problem} onClose={() => setProblem(null)} />
        </div>
      )}
    </>
  );
}
