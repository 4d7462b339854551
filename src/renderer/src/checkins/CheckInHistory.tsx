// What was said in a hire's one-on-ones, newest first, searchable by notes and action items.
import { useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { Badge, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconLock, IconSearch } from '@tabler/icons-react';
import type { ActionOwner, CheckIn } from '@shared/checkins/schema';
import { formatCalendarDate } from '../format';
import { useCheckInHistory } from './queries';

export function CheckInHistory({
  hireId,
  names,
  owners,
}: {
  hireId: string;
  names: Map<string, string>;
  owners: Record<ActionOwner, string>;
}) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const history = useCheckInHistory(hireId, debounced);
  return (
    <div>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          History
        </Title>
        <TextInput
          size="xs"
          w={280}
          leftSection={<IconSearch size={14} />}
          placeholder="Search notes and action items"
          aria-label="Search check-ins"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
      </Group>
      <Stack gap="sm">
        {history.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {debounced ? `No check-in mentions “${debounced}”.` : 'No check-ins held yet.'}
          </Text>
        )}
        {history.data?.map((c) => (
          <HistoryCard key={c.id} checkIn={c} names={names} owners={owners} />
        ))}
      </Stack>
    </div>
  );
}

function HistoryCard({
  checkIn,
  names,
  owners,
}: {
  checkIn: CheckIn;
  names: Map<string, string>;
  owners: Record<ActionOwner, string>;
}) {
  return (
    <Card
      withBorder
      padding="md"
      aria-label={`Check-in held ${formatCalendarDate(checkIn.heldOn ?? checkIn.scheduledOn)}`}
    >
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{formatCalendarDate(checkIn.heldOn ?? checkIn.scheduledOn)}</Text>
        <Group gap={6}>
          {checkIn.pulses.map((p) => (
            <Badge
              key={p.competencyId}
              variant="light"
              color={p.confidence >= 4 ? 'teal' : p.confidence <= 2 ? 'orange' : 'gray'}
              miw="fit-content"
            >
              {names.get(p.competencyId) ?? p.competencyId}: {p.confidence}/5
            </Badge>
          ))}
        </Group>
      </Group>
      {checkIn.sharedNotes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {checkIn.sharedNotes}
        </Text>
      )}
      {checkIn.privateNotes && (
        <Group gap={6} mt="xs" align="flex-start" wrap="nowrap">
          <IconLock size={14} style={{ marginTop: 3, flexShrink: 0 }} aria-label="Private" />
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {checkIn.privateNotes}
          </Text>
        </Group>
      )}
      {(checkIn.actionItems.length > 0 || checkIn.closedActionItems.length > 0) && (
        <List size="sm" mt="xs" spacing={2}>
          {checkIn.actionItems.map((a) => (
            <List.Item key={a.id}>
              {a.text}{' '}
              <Text span c="dimmed" size="xs">
                ({owners[a.owner]}
                {a.dueOn ? `, by ${formatCalendarDate(a.dueOn)}` : ''}
                {a.status !== 'open' ? `, ${a.status}` : ''})
              </Text>
            </List.Item>
          ))}
          {checkIn.closedActionItems.map((a) => (
            <List.Item key={`closed-${a.id}`}>
              <Text span size="sm" td="line-through" c="dimmed">
                {a.text}
              </Text>{' '}
              <Text span c="dimmed" size="xs">
                ({a.status === 'done' ? 'done' : 'dropped'} here)
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {!checkIn.sharedNotes &&
        !checkIn.privateNotes &&
        checkIn.actionItems.length === 0 &&
        checkIn.pulses.length === 0 && (
          <Text size="sm" c="dimmed">
            Held, nothing recorded.
          </Text>
        )}
    </Card>
  );
}
