// Settings → Appearance: light or dark (follow the system or choose), and the language dates and
// numbers are written in (follow the system or choose), which also sets the day weeks start on.
import { useState } from 'react';
import {
  Card,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  useMantineColorScheme,
  type MantineColorScheme,
} from '@mantine/core';
import { format } from 'date-fns';
import { useLocale } from '../LocaleGate';
import { LOCALES, chosenLocale, currentLocale, matchLocale, systemLanguages, weekStartsOn } from '../locale';
import { formatCalendarDate, formatNumber } from '../format';

export function AppearanceCard() {
  // Mantine keeps the choice in local storage, so it holds across restarts.
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const locale = useLocale();
  const [choice, setChoice] = useState(chosenLocale());
  const system = LOCALES[matchLocale(systemLanguages())]?.name ?? 'English (UK)';
  const firstDay = format(new Date(2024, 0, 7 + weekStartsOn()), 'EEEE', { locale: currentLocale().locale });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="appearance-title">
      <Stack gap="md">
        <div>
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
        </div>
        <div>
          <NativeSelect
            label="Dates and numbers"
            description="How dates and numbers are written, and the day weeks start on."
            maw={360}
            value={choice}
            onChange={(event) => {
              const next = event.currentTarget.value;
              setChoice(next);
              void locale.choose(next);
            }}
            data={[
              { value: '', label: `Follow the system (${system})` },
              ...Object.entries(LOCALES).map(([tag, { name }]) => ({ value: tag, label: name })),
            ]}
          />
          <Text size="sm" c="dimmed" mt={6} role="status">
            For example {formatCalendarDate('2026-03-02')} and {formatNumber(1234.5)} hours; weeks start on{' '}
            {firstDay}.
          </Text>
        </div>
      </Stack>
    </Card>
  );
}
