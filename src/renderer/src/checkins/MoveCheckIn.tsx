// Move on a coming check-in: a small popover for the new day, and the time and length when this
// one-on-one differs from the Settings default. Every move updates the calendar event on re-export.
import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Popover,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { IconCalendarEvent } from '@tabler/icons-react';
import type { CheckIn } from '@shared/checkins/schema';
import { fieldErrors } from '../api/errors';
import { isStaleEdit } from '../components/StaleEdit';
import { hireKeys, useHireMutation } from '../hires/queries';
import { useSettingsQuery } from '../settings/queries';

interface Draft {
  date: string;
  time: string;
  minutes: number | '';
}

const draftOf = (checkIn: CheckIn, defaults?: { checkInTime: string; checkInMinutes: number }): Draft => ({
  date: checkIn.scheduledOn,
  time: checkIn.startTime ?? defaults?.checkInTime ?? '',
  minutes: checkIn.minutes ?? defaults?.checkInMinutes ?? '',
});

/** What to send: a time or length equal to the Settings default goes back to following it. */
function moveInput(
  checkIn: CheckIn,
  draft: Draft,
  defaults?: { checkInTime: string; checkInMinutes: number },
) {
  return {
    id: checkIn.id,
    scheduledOn: draft.date,
    time: !draft.time || draft.time === defaults?.checkInTime ? null : draft.time,
    minutes: draft.minutes === '' || draft.minutes === defaults?.checkInMinutes ? null : draft.minutes,
    // Moved from the schedule as this screen read it: a one-on-one changed since is not moved blindly.
    expectedVersion: checkIn.version,
  };
}

export function MoveCheckIn({ checkIn, hireId, when }: { checkIn: CheckIn; hireId: string; when: string }) {
  const move = useHireMutation(hireId, 'checkIns.move');
  const queryClient = useQueryClient();
  const defaults = useSettingsQuery().data;
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(checkIn, defaults));
  const errors = move.error ? fieldErrors(move.error).fields : {};
  const unchanged = JSON.stringify(draftOf(checkIn, defaults)) === JSON.stringify(draft) || !draft.date;
  const submit = () =>
    move
      .mutateAsync(moveInput(checkIn, draft, defaults))
      .then(() => setOpened(false))
      .catch((error: Error) => {
        const stale = isStaleEdit(error);
        // The schedule shows the newer one-on-one at once, so the next move starts from it.
        if (stale) void queryClient.invalidateQueries({ queryKey: hireKeys.hire(hireId) });
        notifications.show({
          color: 'red',
          title: stale ? 'Not moved: changed elsewhere' : 'Not moved',
          message: stale ? `${error.message} The schedule below now shows it.` : error.message,
        });
      });
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <Tooltip label="Move to another day or time">
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Move the check-in of ${when}`}
            onClick={() => {
              move.reset();
              setDraft(draftOf(checkIn, defaults));
              setOpened((o) => !o);
            }}
          >
            <IconCalendarEvent size={16} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              size="xs"
              type="date"
              label="New date"
              value={draft.date}
              error={errors.scheduledOn}
              onChange={(e) => setDraft({ ...draft, date: e.currentTarget.value })}
            />
            <TextInput
              size="xs"
              type="time"
              label="Time"
              w={110}
              value={draft.time}
              error={errors.time}
              onChange={(e) => setDraft({ ...draft, time: e.currentTarget.value })}
            />
            <NumberInput
              size="xs"
              label="Minutes"
              w={90}
              min={10}
              max={240}
              step={5}
              value={draft.minutes}
              error={errors.minutes}
              onChange={(value) => setDraft({ ...draft, minutes: typeof value === 'number' ? value : '' })}
            />
          </Group>
          <Group justify="space-between" wrap="nowrap">
            <Text size="xs" c="dimmed">
              {defaults ? `Default ${defaults.checkInTime}, ${defaults.checkInMinutes} min (Settings)` : ''}
            </Text>
            <Button size="xs" disabled={unchanged} loading={move.isPending} onClick={() => void submit()}>
              Move
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
