// Settings → Backups: where they are, "Back up now", and restore (which first backs up what is there).
import { useState } from 'react';
import { Badge, Button, Card, Code, Group, Stack, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconFolderOpen, IconRestore } from '@tabler/icons-react';
import type { BackupEntry } from '@shared/data/schema';
import { formatBytes, formatDateTime } from '../format';
import { BACKUP_KIND_LABELS, backupSavedNotice, keptAs } from './backup-words';
import { useBackups, useCreateBackup, useRestoreBackup } from './queries';
import { ProblemList, problemFrom, type Problem } from './ProblemList';
import { JobProgress } from './JobProgress';
import { useJob, wasStopped } from './useJob';

export function BackupsCard() {
  const backups = useBackups();
  const [problem, setProblem] = useState<Problem | null>(null);
  const job = useJob();
  const create = useCreateBackup(job);
  const restore = useRestoreBackup(job);
  const backUp = () =>
    create.mutate(undefined, {
      onSuccess: (entry) => notifications.show(backupSavedNotice(entry)),
      onError: (error) =>
        wasStopped(error)
          ? notifications.show({ title: 'Backup stopped', message: 'No backup was made.' })
          : setProblem(problemFrom('The backup was not made', error)),
    });
  const restoreFrom = (fileName: string) =>
    restore.mutate(fileName, {
      onSuccess: (result) =>
        notifications.show({
          title: 'Restored',
          message: `Your data is as it was at ${formatDateTime(result.restored.createdAt)}. What was there before is kept as ${keptAs(result.safetyBackup)}.`,
          autoClose: 10_000,
        }),
      onError: (error) =>
        wasStopped(error)
          ? notifications.show({
              title: 'Restore stopped',
              message: 'Nothing was restored; your data is unchanged.',
            })
          : setProblem(problemFrom('Nothing was restored; your data is unchanged', error)),
    });

  function confirmRestore(backup: BackupEntry) {
    modals.openConfirmModal({
      title: `Restore the backup of ${formatDateTime(backup.createdAt)}?`,
      children: (
        <Text size="sm">
          Everything in Rolebridge goes back to how it was then. Your current data is backed up first, so you
          can come back to it from this list.
        </Text>
      ),
      labels: { confirm: 'Restore', cancel: 'Cancel' },
      confirmProps: { color: 'orange' },
      onConfirm: () => restoreFrom(backup.fileName),
    });
  }

  const list = backups.data?.backups ?? [];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="backups-title">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Text fw={600} id="backups-title">
            Backups
          </Text>
          <Text size="sm" c="dimmed">
            Rolebridge backs up once a day while it runs, and keeps every day of the last two weeks and one a
            month for a year.
          </Text>
        </div>
        <Group gap="xs">
          {window.rolebridgeShell && (
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={16} />}
              onClick={() => void window.rolebridgeShell?.openFolder('backups')}
            >
              Open folder
            </Button>
          )}
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            loading={create.isPending}
            disabled={job.running}
            onClick={backUp}
          >
            Back up now
          </Button>
        </Group>
      </Group>
      <Stack gap="sm">
        {backups.data && (
          <Text size="sm">
            Folder: <Code>{backups.data.folder}</Code>
          </Text>
        )}
        <JobProgress job={job} label={create.isPending ? 'Backing up' : 'Restoring'} />
        {problem && <ProblemList problem={problem} onClose={() => setProblem(null)} />}
        {backups.data && list.length === 0 && (
          <Text size="sm" c="dimmed">
            No backups yet. The first daily backup is made a few seconds after the app starts, or press Back
            up now.
          </Text>
        )}
        {list.length > 0 && (
          <Table.ScrollContainer minWidth={520} mah={320}>
            <Table striped highlightOnHover aria-label="Backups">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Taken</Table.Th>
                  <Table.Th>Kind</Table.Th>
                  <Table.Th>Size</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((backup) => (
                  <Table.Tr key={backup.fileName}>
                    <Table.Td>{formatDateTime(backup.createdAt)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={backup.kind === 'manual' ? 'blue' : 'gray'}>
                        {BACKUP_KIND_LABELS[backup.kind]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatBytes(backup.bytes)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="xs"
                        variant="subtle"
                        leftSection={<IconRestore size={14} />}
                        aria-label={`Restore the backup of ${formatDateTime(backup.createdAt)}`}
                        loading={restore.isPending && restore.variables === backup.fileName}
                        disabled={job.running}
                        onClick={() => confirmRestore(backup)}
                      >
                        Restore
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
