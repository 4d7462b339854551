// The body of the "Backing up" notification: how far the copy is, and a Stop button.
import { Button, Group, Text } from '@mantine/core';
import type { JobProgress } from '@shared/jobs/schema';
import { formatPercent } from '../format';

export function BackupProgressMessage({
  progress,
  onStop,
}: {
  progress: JobProgress | null;
  onStop: () => void;
}) {
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
