// The topics either side brought to the one-on-ones, in the agenda's Goal section: each stays here,
// one-on-one after one-on-one, until it is marked discussed or dropped.
import { useState } from 'react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { topicLimits, type Topic } from '@shared/topics/schema';
import { fieldErrors } from '../api/errors';
import { useAddTopic, useCloseTopic, useTopics } from './queries';

interface Props {
  hireId: string;
  hireName: string;
  /** The day a topic closed here is recorded as discussed or dropped (the one-on-one's day). */
  closeOn: string;
}

export function TopicsAgenda({ hireId, hireName, closeOn }: Props) {
  const topics = useTopics(hireId);
  const add = useAddTopic(hireId);
  const close = useCloseTopic(hireId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await add.mutateAsync(text);
      setText('');
    } catch (caught) {
      const { fields, other } = fieldErrors(caught);
      setError(fields.text ?? other);
    }
  }

  async function closeTopic(topic: Topic, status: 'discussed' | 'dropped') {
    setError(null);
    try {
      await close.mutateAsync({ id: topic.id, status, on: closeOn });
    } catch (caught) {
      setError(fieldErrors(caught).other ?? Object.values(fieldErrors(caught).fields)[0] ?? null);
    }
  }

  const open = topics.data ?? [];
  return (
    <Stack gap={6} mt="md" aria-label="Topics to talk about" role="region">
      <Text size="xs" fw={700} tt="uppercase" c="dimmed">
        Topics to talk about
      </Text>
      {topics.isError && (
        <Text size="sm" c="red">
          {topics.error.message}
        </Text>
      )}
      {topics.isSuccess && open.length === 0 && (
        <Text size="sm" c="dimmed">
          No open topics. Add one, or {hireName} can add theirs through the packet you share.
        </Text>
      )}
      {open.map((topic) => (
        <Group key={topic.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="open-topic">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge
              size="xs"
              variant="light"
              color={topic.addedBy === 'hire' ? 'teal' : 'gray'}
              miw="fit-content"
            >
              {topic.addedBy === 'hire' ? `From ${hireName}` : 'Yours'}
            </Badge>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {topic.text}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Button
              size="compact-xs"
              variant="light"
              aria-label={`Mark discussed: ${topic.text}`}
              onClick={() => void closeTopic(topic, 'discussed')}
            >
              Discussed
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="gray"
              aria-label={`Drop: ${topic.text}`}
              onClick={() => void closeTopic(topic, 'dropped')}
            >
              Drop
            </Button>
          </Group>
        </Group>
      ))}
      <form onSubmit={(event) => void submit(event)}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            aria-label="New topic"
            placeholder="A topic for this or a later one-on-one"
            maxLength={topicLimits.textMax}
            value={text}
            error={error}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Button
            type="submit"
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} />}
            loading={add.isPending}
          >
            Add topic
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
