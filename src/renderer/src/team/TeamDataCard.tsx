// Settings → Your data, on a team server: where the data is kept (the server, not this computer),
// "Export my data" as a desktop data file, and for a manager "Move in from the desktop app": the
// JSON file the desktop exported becomes their hires here, with a report of what moved.
import { Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { ProblemList, problemFrom, type Problem } from '../data/ProblemList';
import { useExportData } from '../data/queries';
import { readText } from '../files/files';
import { saveText } from '../files/save';
import { useTeamSession } from './session';
import type { MoveInReport } from './team-api';
import { useMoveIn } from './team-queries';

/** The server refuses bodies over 50 MB; a desktop file is far smaller. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

const KIND_WORDS = { role: 'role', competency: 'competency' } as const;

export function MoveInReportView({ report }: { report: MoveInReport }) {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <Stack gap="xs" role="status" aria-label="Move-in report">
      <Text fw={600}>
        Moved in: {count(report.hires.length, 'hire', 'hires')}
        {report.hires.length > 0 ? ` (${report.hires.map((hire) => hire.name).join(', ')})` : ''}
      </Text>
      {report.sampleHiresSkipped.length > 0 && (
        <Text size="sm">
          Sample hires left behind: {report.sampleHiresSkipped.map((hire) => hire.name).join(', ')}
        </Text>
      )}
      {report.proposed.length > 0 && (
        <div>
          <Text size="sm">Proposed for the shared framework (an HR/L&D lead accepts them):</Text>
          <List size="sm">
            {report.proposed.map((entry) => (
              <List.Item key={`${entry.kind}:${entry.id}`}>
                {entry.name} ({KIND_WORDS[entry.kind]})
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {report.keptShared.length > 0 && (
        <div>
          <Text size="sm">Already on the server, kept as they are here:</Text>
          <List size="sm">
            {report.keptShared.map((entry) => (
              <List.Item key={`${entry.kind}:${entry.id}`}>
                {entry.serverName} ({KIND_WORDS[entry.kind]}
                {entry.proposal ? ', waiting as a proposal' : ''})
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {report.settingsAlreadySet.length > 0 && (
        <Text size="sm">
          Settings you had already set here were kept: {report.settingsAlreadySet.join(', ')}
        </Text>
      )}
    </Stack>
  );
}

function MoveInButton({ onProblem }: { onProblem: (problem: Problem | null) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const moveIn = useMoveIn();
  const [fileName, setFileName] = useState('');
  return (
    <Stack gap="sm">
      <Group>
        <Button
          variant="default"
          leftSection={<IconFileImport size={16} aria-hidden />}
          loading={moveIn.isPending}
          onClick={() => {
            onProblem(null);
            if (input.current) {
              input.current.value = '';
              input.current.click();
            }
          }}
        >
          Move in from the desktop app…
        </Button>
      </Group>
      {moveIn.data && <MoveInReportView report={moveIn.data} />}
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label="Desktop data file to move in"
        data-testid="move-in-file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (!file) return;
          setFileName(file.name);
          void readText(file, MAX_FILE_BYTES)
            .then((text) => moveIn.mutateAsync(text))
            .catch((error: unknown) =>
              onProblem(problemFrom(`${file.name || fileName} was not moved in; nothing changed`, error)),
            );
        }}
      />
    </Stack>
  );
}

export default function TeamDataCard() {
  const session = useTeamSession();
  const exportData = useExportData();
  const [exporting, setExporting] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const isManager = session?.account.role === 'manager';

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
    <Card withBorder padding="lg" component="section" aria-labelledby="team-data-title">
      <Text fw={600} id="team-data-title">
        Your data on the team server
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        Team server: your data is kept on {window.location.origin}. Its administrator backs it up.
      </Text>
      {isManager && (
        <Stack gap="sm">
          <Text size="sm">
            Export my data saves your hires and everything under them as a file the desktop app imports. Move
            in brings the file the desktop app exported (Settings → Everything in one file) into your account
            here; custom roles and competencies become proposals for the shared framework.
          </Text>
          <Group>
            <Button
              variant="default"
              leftSection={<IconFileExport size={16} aria-hidden />}
              loading={exporting}
              onClick={() => void exportAll()}
            >
              Export my data
            </Button>
          </Group>
          <MoveInButton onProblem={setProblem} />
        </Stack>
      )}
      {problem && <ProblemList problem={problem} onClose={() => setProblem(null)} />}
    </Card>
  );
}
