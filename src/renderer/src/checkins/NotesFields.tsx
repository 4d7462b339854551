// A one-on-one's notes: what was discussed (fine to share with the person) and the manager's private
// notes, both kept in the draft as they are typed.
import { Group, SimpleGrid, Textarea } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { CheckInDraftControl } from './useCheckInDraft';

/** What was discussed, to share, and the manager's private notes. */
export function NotesFields({
  form,
  set,
  errors,
  held,
  privateNotes = true,
}: Pick<CheckInDraftControl, 'form' | 'set'> & {
  errors: Record<string, string>;
  held: boolean;
  /** False for a reader who is not the author (a lead the hire is shared with): no private notes. */
  privateNotes?: boolean;
}) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Textarea
        label="Shared notes"
        description="What you discussed; fine to share with the person."
        autosize
        minRows={4}
        disabled={held}
        value={form.sharedNotes}
        error={errors.sharedNotes}
        onChange={(e) => set('sharedNotes', e.currentTarget.value)}
      />
      {privateNotes && (
        <Textarea
          label={
            <Group gap={4}>
              <IconLock size={14} /> Private notes
            </Group>
          }
          description="Only on this computer. Never exported unless you explicitly choose to include them."
          autosize
          minRows={4}
          disabled={held}
          value={form.privateNotes}
          error={errors.privateNotes}
          onChange={(e) => set('privateNotes', e.currentTarget.value)}
          styles={{ input: { background: 'var(--mantine-color-yellow-light)' } }}
        />
      )}
    </SimpleGrid>
  );
}
