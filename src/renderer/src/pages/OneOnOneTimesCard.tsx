// Settings → One-on-ones: the time they start and the reminder before each, unless a one-on-one was
// moved with its own time. The calendar export writes timed events from these.
import { Card, Group, NumberInput, Text, TextInput } from '@mantine/core';
import { fieldErrors } from '../api/errors';
import { useSettingsQuery, useUpdateSettings } from '../settings/queries';

export function OneOnOneTimesCard() {
  const settings = useSettingsQuery();
  const update = useUpdateSettings(
    (changes: { checkInTime?: string; checkInReminderMinutes?: number }) => changes,
  );
  const data = settings.data;
  const errors = update.error ? fieldErrors(update.error).fields : {};
  return (
    <Card withBorder padding="lg">
      <Text fw={600} mb={4}>
        One-on-one times
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        Exported calendar events start at this time and last as long as a one-on-one takes (under Coaching
        time), unless you moved one with its own time.
      </Text>
      {data && (
        <Group align="flex-start">
          <TextInput
            type="time"
            label="One-on-ones start at"
            w={220}
            defaultValue={data.checkInTime}
            error={errors.checkInTime}
            onBlur={(e) => {
              const value = e.currentTarget.value;
              if (value && value !== data.checkInTime) update.mutate({ checkInTime: value });
            }}
          />
          <NumberInput
            label="Remind me before (minutes)"
            w={220}
            min={0}
            max={1440}
            step={5}
            defaultValue={data.checkInReminderMinutes}
            error={errors.checkInReminderMinutes}
            onBlur={(e) => {
              const value = Number(e.currentTarget.value);
              if (e.currentTarget.value !== '' && value !== data.checkInReminderMinutes)
                update.mutate({ checkInReminderMinutes: value });
            }}
          />
        </Group>
      )}
    </Card>
  );
}
