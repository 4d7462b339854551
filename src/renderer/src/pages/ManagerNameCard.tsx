// The manager's own name: asked once on the welcome, changed here in Settings, printed on exported
// plans and used for the manager's action items in one-on-ones.
import { useState } from 'react';
import { Card, Text, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useSettingsQuery, useUpdateSettings } from '../settings/queries';

export function useManagerName() {
  const settings = useSettingsQuery();
  const save = useUpdateSettings((managerName: string) => ({ managerName }));
  return { name: settings.data?.managerName ?? '', loaded: settings.isSuccess, save };
}

/** Saves when the field loses focus, so typing a name costs no extra click. */
export function ManagerNameInput({ label, description }: { label: string; description: string }) {
  const { name, loaded, save } = useManagerName();
  const [value, setValue] = useState<string | null>(null);
  const shown = value ?? name;
  return (
    <TextInput
      inputWrapperOrder={['label', 'description', 'input', 'error']}
      rightSection={
        save.isSuccess && value !== null && value.trim() === name ? (
          <IconCheck size={16} aria-label="Saved" />
        ) : null
      }
      label={label}
      description={description}
      placeholder="Your full name"
      maxLength={140}
      w={360}
      disabled={!loaded}
      value={shown}
      error={save.error?.message}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => {
        if (shown.trim() !== name) save.mutate(shown.trim());
      }}
    />
  );
}

export function ManagerNameCard() {
  return (
    <Card withBorder padding="lg">
      <Text fw={600} mb="sm">
        You
      </Text>
      <ManagerNameInput
        label="Your name"
        description="Printed on the cover of the plans you export, and shown on your action items in one-on-ones."
      />
    </Card>
  );
}
