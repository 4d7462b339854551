// A level from 0 to 4 shown as four pips and its name, readable without colour.
import { Group, Text, Tooltip } from '@mantine/core';
import { levelNames, type Level } from '@shared/framework/types';

export function LevelMeter({ level, label }: { level: Level; label?: string }) {
  return (
    <Tooltip label={levelNames[level]}>
      <Group
        gap={6}
        wrap="nowrap"
        aria-label={`${label ? `${label}: ` : ''}level ${level}, ${levelNames[level]}`}
        role="img"
      >
        <Group gap={3} wrap="nowrap" aria-hidden>
          {[1, 2, 3, 4].map((pip) => (
            <span
              key={pip}
              style={{
                width: 14,
                height: 8,
                borderRadius: 2,
                background:
                  pip <= level
                    ? 'var(--mantine-primary-color-filled)'
                    : 'var(--mantine-color-default-border)',
              }}
            />
          ))}
        </Group>
        <Text size="sm" c="dimmed" w={110}>
          {level} · {levelNames[level]}
        </Text>
      </Group>
    </Tooltip>
  );
}
