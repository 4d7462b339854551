// "Back up now" from the menu or Ctrl+B, wherever the manager is: a notification follows the copy
// with how far it is and a Stop button, then says when the backup was taken (or that none was made).
import { createElement } from 'react';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { JobProgress } from '@shared/jobs/schema';
import type { ApiClient } from '../api/client';
import { BackupProgressMessage } from './BackupProgressMessage';
import { backupSavedNotice } from './backup-words';
import { dataKeys } from './queries';
import { wasStopped, watchJob } from './useJob';

const message = (progress: JobProgress | null, onStop: () => void) =>
  createElement(BackupProgressMessage, { progress, onStop });

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
    void queryClient.invalidateQueries({ queryKey: dataKeys.backups });
    const notice = backupSavedNotice(entry);
    done(notice.title, notice.message);
  } catch (error) {
    if (wasStopped(error)) done('Backup stopped', 'No backup was made.');
    else done('Not backed up', (error as Error).message, 'red');
  } finally {
    unwatch();
  }
}
