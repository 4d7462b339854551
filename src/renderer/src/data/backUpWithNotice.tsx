// "Back up now" from the menu or Ctrl+B, wherever the manager is: a notification follows the copy
// with how far it is and a Stop button, then says where the backup went (or that none was made).
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { JobProgress } from '@shared/jobs/schema';
import type { ApiClient } from '../api/client';
import { formatPercent } from '../format';
import { wasStopped, watchJob } from './useJob';

function message(progress: JobProgress | null, onStop: () => void) {
  const share = progress && progress.total > 0 ? ` ${formatPercent(progress.done / progress.total)}` : '';
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text size="sm" c="dimmed">
        {progress?.step ?? 'Starting'}
        {share}
      </Text>
      <Button size="compact-xs" variant="default" onClick={onStop}>
        Stop
      </Button>
    </Group>
  );
}

export async function backUpWithNotice(api: ApiClient, queryClient: QueryClient): Promise<void> {
  const jobId = `job-${crypto.randomUUID()}`;
  const id = `backup-${jobId}`;
  const stop = () => void api.call('jobs.cancel', { jobId }).catch(() => undefined);
  notifications.show({
    id,
    loading: true,
    title: 'Backing up',
    message: message(null, stop),
    autoClose: false,
    withCloseButton: false,
  });
  const unwatch = watchJob(api, jobId, (progress) => {
    if (progress.state === 'running') notifications.update({ id, message: message(progress, stop) });
  });
  const done = (title: string, text: string, color?: string) =>
    notifications.update({
      id,
      loading: false,
      title,
      message: text,
      color,
      autoClose: 6000,
      withCloseButton: true,
    });
  try {
    const entry = await api.call('backups.create', { jobId });
    void queryClient.invalidateQueries({ queryKey: ['backups'] });
    done('Backed up', entry.fileName);
  } catch (error) {
    if (wasStopped(error)) done('Backup stopped', 'No backup was made.');
    else done('Not backed up', (error as Error).message, 'red');
  } finally {
    unwatch();
  }
}
