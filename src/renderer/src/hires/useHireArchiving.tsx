// Archiving a hire (with an Undo in the notice) and restoring one, as the hires list offers them.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Hire } from '@shared/hires/schema';
import { useArchiveHire, useRestoreHire } from './queries';

export function useHireArchiving() {
  const archive = useArchiveHire();
  const restore = useRestoreHire();

  async function restoreHire(hire: Hire) {
    try {
      await restore.mutateAsync(hire.id);
      notifications.show({ title: `${hire.name} restored`, message: 'Back in the active list.' });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not restored', message: (error as Error).message });
    }
  }

  async function archiveHire(hire: Hire) {
    try {
      await archive.mutateAsync(hire.id);
      const id = `archived-${hire.id}`;
      notifications.show({
        id,
        title: `${hire.name} archived`,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">Find them under Archived.</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                void restoreHire(hire);
              }}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not archived', message: (error as Error).message });
    }
  }

  return { archiveHire, restoreHire };
}
