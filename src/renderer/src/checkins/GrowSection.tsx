// The frame of one GROW section of a check-in (Goal, Reality, Options, Will): its letter, title and hint.
import { Badge, Card, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function GrowSection({
  letter,
  title,
  hint,
  children,
}: {
  letter: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" aria-label={title}>
      <Group gap="xs" mb={2}>
        <Badge variant="filled" radius="sm" w={26} p={0}>
          {letter}
        </Badge>
        <Title order={2} size="h4">
          {title}
        </Title>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {hint}
      </Text>
      {children}
    </Card>
  );
}
