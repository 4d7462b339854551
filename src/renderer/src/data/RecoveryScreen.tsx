// Shown instead of the app when the database cannot be opened (not a database, truncated,
// corrupted). The damaged file is never overwritten: the manager restores a backup, saves what can
// still be read, or starts empty after the file is moved aside.
import { useState, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Card,
  Code,
  Container,
  Group,
  List,
  Loader,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileExport, IconRestore } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { RecoveryState } from '@shared/data/schema';
import { formatBytes, formatDateTime } from '../format';
import { saveText } from '../files/save';
import { useAppInfo, useBackups, useRecovery } from './queries';
import { ProblemList, problemFrom, type Problem } from './ProblemList';
import { JobProgress } from './JobProgress';
import { useJob, wasStopped } from './useJob';

export function RecoveryGate({ children }: { children: ReactNode }) {
  const info = useAppInfo();
  if (info.isPending) {
    return (
      <Group justify="center" mt="xl">
        <Loader aria-label="Opening your data" />
      </Group>
    );
  }
  if (info.data?.recovery) return <RecoveryScreen recovery={info.data.recovery} />;
  return children;
}

export function RecoveryScreen({ recovery }: { recovery: RecoveryState }) {
  const backups = useBackups();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [unreadable, setUnreadable] = useState<string[] | null>(null);
  const job = useJob();
  const ways = useRecovery(job);
  const { restore, startEmpty } = ways;
  const restoreFrom = (fileName: string) =>
    restore.mutate(fileName, {
      onError: (error) =>
        wasStopped(error)
          ? notifications.show({
              title: 'Restore stopped',
              message: 'Nothing was changed; the damaged file is where it was.',
            })
          : setProblem(problemFrom('The backup was not restored', error)),
    });
  const startAfresh = () =>
    startEmpty.mutate(undefined, {
      onError: (error) => setProblem(problemFrom('Could not start empty', error)),
    });
  const exportReadable = useMutation({
    mutationFn: async () => {
      const result = await ways.exportReadable();
      await saveText(result.fileName, `${JSON.stringify(result.file, null, 2)}\n`, 'application/json');
      return result;
    },
    onSuccess: (result) => setUnreadable(result.unreadable),
    onError: (error) => setProblem(problemFrom('Nothing was saved', error)),
  });

  const list = backups.data?.backups ?? [];
  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Group gap="sm">
          <IconAlertTriangle size={32} color="var(--mantine-color-orange-6)" aria-hidden />
          <Title order={1}>Rolebridge could not open your data</Title>
        </Group>
        <Alert color="orange" title="The database file is damaged">
          <Text size="sm">
            SQLite reported: “{recovery.reason}”. The file has not been changed:{' '}
            <Code>{recovery.databaseFile}</Code>
          </Text>
        </Alert>
        {problem && <ProblemList problem={problem} onClose={() => setProblem(null)} />}

        <Card withBorder padding="lg" component="section" aria-labelledby="recover-restore">
          <Text fw={600} id="recover-restore">
            Restore from a backup (recommended)
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            The damaged file is moved aside, not deleted, and the backup takes its place.
          </Text>
          <JobProgress job={job} label="Restoring" />
          {backups.isPending && <Loader size="sm" aria-label="Loading backups" />}
          {backups.data && list.length === 0 && (
            <Text size="sm">There are no backups in {backups.data.folder}.</Text>
          )}
          {list.length > 0 && (
            <Table aria-label="Backups" striped>
              <Table.Tbody>
                {list.map((backup, index) => (
                  <Table.Tr key={backup.fileName}>
                    <Table.Td>
                      {formatDateTime(backup.createdAt)}
                      {index === 0 && (
                        <Text span size="xs" c="dimmed" ml="xs">
                          newest
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatBytes(backup.bytes)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant={index === 0 ? 'filled' : 'default'}
                        leftSection={<IconRestore size={14} />}
                        loading={restore.isPending && restore.variables === backup.fileName}
                        disabled={job.running}
                        aria-label={`Restore the backup of ${formatDateTime(backup.createdAt)}`}
                        onClick={() => restoreFrom(backup.fileName)}
                      >
                        Restore
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>

        <Card withBorder padding="lg" component="section" aria-labelledby="recover-export">
          <Text fw={600} id="recover-export">
            Save what can still be read
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            Writes every record that can still be read to a data file, which Settings can import later.
          </Text>
          <Group>
            <Button
              variant="default"
              leftSection={<IconFileExport size={16} />}
              loading={exportReadable.isPending}
              onClick={() => exportReadable.mutate()}
            >
              Save readable data…
            </Button>
          </Group>
          {unreadable && unreadable.length === 0 && (
            <Text size="sm" mt="sm">
              Everything could be read.
            </Text>
          )}
          {unreadable && unreadable.length > 0 && (
            <List size="sm" mt="sm">
              {unreadable.map((line) => (
                <List.Item key={line}>Could not read {line}</List.Item>
              ))}
            </List>
          )}
        </Card>

        <Card withBorder padding="lg" component="section" aria-labelledby="recover-empty">
          <Text fw={600} id="recover-empty">
            Start empty
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            Moves the damaged file aside (next to it, with “damaged” in its name) and starts with no data.
          </Text>
          <Group>
            <Button
              color="red"
              variant="light"
              loading={startEmpty.isPending}
              disabled={job.running}
              onClick={() =>
                modals.openConfirmModal({
                  title: 'Start with no data?',
                  children: (
                    <Text size="sm">
                      The damaged file is kept aside, but Rolebridge will open empty. Restoring a backup keeps
                      more.
                    </Text>
                  ),
                  labels: { confirm: 'Start empty', cancel: 'Cancel' },
                  confirmProps: { color: 'red' },
                  onConfirm: startAfresh,
                })
              }
            >
              Start empty…
            </Button>
          </Group>
        </Card>
      </Stack>
    </Container>
  );
}
