// Settings → Appearance: follow the system's light or dark setting, or choose one.
import { Card, SegmentedControl, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';

export function AppearanceCard() {
  // Mantine keeps the choice in local storage, so it holds across restarts.
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="appearance-title">
      <Text fw={600} id="appearance-title">
        Appearance
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        Rolebridge follows your system’s light or dark setting unless you choose one here.
      </Text>
      <SegmentedControl
        aria-label="Theme"
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
        data={[
          { value: 'auto', label: 'Follow the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
      />
    </Card>
  );
}
