// The evidence log's entries for one competency, folded under its card while the manager reassesses.
import { Badge, Group, Spoiler, Stack, Text } from '@mantine/core';
import type { EvidenceEntry } from '@shared/evidence/schema';
import { formatCalendarDate } from '../format';
import { sourceColors, sourceLabel } from './sources';

export function LoggedEvidence({
  entries,
  competencyName,
  hireName,
}: {
  entries: readonly EvidenceEntry[];
  competencyName: string;
  hireName: string;
}) {
  if (entries.length === 0) return null;
  return (
    <Stack gap={4} mt="xs" role="region" aria-label={`Logged evidence for ${competencyName}`}>
      <Text size="xs" fw={700} c="dimmed">
        From the evidence log ({entries.length})
      </Text>
      <Spoiler maxHeight={72} showLabel="Show all" hideLabel="Show less">
        <Stack gap={4}>
          {entries.map((entry) => (
            <Group key={entry.id} gap={6} wrap="nowrap" align="flex-start">
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatCalendarDate(entry.notedOn)}
              </Text>
              <Badge size="xs" variant="light" color={sourceColors[entry.source]} miw="fit-content">
                {sourceLabel(entry, hireName)}
              </Badge>
              <Text size="xs" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {entry.text}
              </Text>
            </Group>
          ))}
        </Stack>
      </Spoiler>
    </Stack>
  );
}
