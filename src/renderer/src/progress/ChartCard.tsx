// The frame every chart on the Progress tab sits in (a titled card), and what it says when there is
// nothing to draw yet.
import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function Empty({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" py="lg" ta="center">
      {children}
    </Text>
  );
}

export function ChartCard({
  title,
  caption,
  children,
}: {
  title: string;
  caption?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" aria-label={title}>
      <Text fw={600}>{title}</Text>
      {caption && (
        <Text size="xs" c="dimmed" mb="sm">
          {caption}
        </Text>
      )}
      {children}
    </Card>
  );
}
