// How far a long operation is, with a Stop button while stopping is safe.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconPlayerStop } from '@tabler/icons-react';
import { formatNumber, formatPercent } from '../format';
import type { JobControl } from './useJob';

export function JobProgress({ job, label }: { job: JobControl; label: string }) {
  if (!job.running) return null;
  const { progress } = job;
  const measured = progress !== null && progress.total > 0;
  const fraction = measured ? progress.done / progress.total : 0;
  const cancellable = progress?.cancellable ?? true;
  return (
    <Stack gap={6} role="status" aria-live="polite" data-testid="job-progress">
      <Group justify="space-between" align="center" wrap="nowrap">
        <div>
          <Text size="sm" fw={500}>
            {label}: {job.stopping ? 'stopping…' : (progress?.step ?? 'starting')}
          </Text>
          {measured && (
            <Text size="xs" c="dimmed">
              {formatPercent(fraction)} ({formatNumber(progress.done)} of {formatNumber(progress.total)})
            </Text>
          )}
        </div>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPlayerStop size={14} />}
          disabled={!cancellable || job.stopping}
          onClick={() => void job.stop()}
        >
          Stop
        </Button>
      </Group>
      <Progress
        value={measured ? fraction * 100 : 100}
        striped={!measured}
        animated={!measured}
        aria-label={`${label} progress`}
      />
      {!cancellable && !job.stopping && (
        <Text size="xs" c="dimmed">
          {job.refused ?? 'This part cannot be stopped safely; it finishes in a moment.'}
        </Text>
      )}
    </Stack>
  );
}
