// W of GROW: what each of them will do, by when. Open items from earlier check-ins are closed or
// kept here; new ones are added (Enter adds one).
import { useState } from 'react';
import { Button, Group, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ActionItem, ActionOwner, Agenda } from '@shared/checkins/schema';
import { formatCalendarDate } from '../format';
import type { CheckInFormState } from './check-in-form';
import { GrowSection } from './GrowSection';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type NewItems = CheckInFormState['newActionItems'];
type Closed = CheckInFormState['closeActionItems'];

export function WillSection({
  agenda,
  owners,
  closed,
  newItems,
  held,
  error,
  onClosed,
  onNewItems,
}: {
  agenda: Agenda;
  owners: Record<ActionOwner, string>;
  closed: Closed;
  newItems: NewItems;
  held: boolean;
  /** What the core said about the first new item, if it refused it. */
  error?: string;
  onClosed: (closed: Closed) => void;
  onNewItems: (items: NewItems) => void;
}) {
  const who = (owner: ActionOwner, dueOn: string | null) =>
    `${capitalised(owners[owner])}${dueOn ? ` · by ${formatCalendarDate(dueOn)}` : ''}`;
  return (
    <GrowSection
      letter="W"
      title="Will"
      hint="What each of you will do, by when. Open items carry forward until done or dropped."
    >
      <Stack gap="xs">
        {agenda.openActionItems.map((item) => (
          <OpenItem
            key={item.id}
            item={item}
            who={`${who(item.owner, item.dueOn)} · agreed ${item.checkInId === agenda.previous?.id ? 'last time' : 'earlier'}`}
            status={closed[item.id] ?? 'open'}
            held={held}
            onStatus={(value) => {
              const next = { ...closed };
              if (value === 'open') delete next[item.id];
              else next[item.id] = value;
              onClosed(next);
            }}
          />
        ))}
        {newItems.map((item, index) => (
          <Group
            key={`${item.text}-${index}`}
            justify="space-between"
            wrap="nowrap"
            aria-label={`New action item: ${item.text}`}
          >
            <div>
              <Text size="sm">{item.text}</Text>
              <Text size="xs" c="dimmed">
                {who(item.owner, item.dueOn)} · new
              </Text>
            </div>
            {!held && (
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                aria-label={`Remove ${item.text}`}
                onClick={() => onNewItems(newItems.filter((_, i) => i !== index))}
              >
                <IconTrash size={14} />
              </Button>
            )}
          </Group>
        ))}
        {error && (
          <Text c="red" size="xs">
            {error}
          </Text>
        )}
        {!held && <NewItemEntry owners={owners} onAdd={(item) => onNewItems([...newItems, item])} />}
      </Stack>
    </GrowSection>
  );
}

function OpenItem({
  item,
  who,
  status,
  held,
  onStatus,
}: {
  item: ActionItem;
  who: string;
  status: 'open' | 'done' | 'dropped';
  held: boolean;
  onStatus: (status: 'open' | 'done' | 'dropped') => void;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" aria-label={`Action item: ${item.text}`}>
      <div>
        <Text size="sm">{item.text}</Text>
        <Text size="xs" c="dimmed">
          {who}
        </Text>
      </div>
      <SegmentedControl
        size="xs"
        style={{ flexShrink: 0 }}
        disabled={held}
        aria-label={`Status of ${item.text}`}
        value={status}
        onChange={(value) => onStatus(value as 'open' | 'done' | 'dropped')}
        data={[
          { value: 'open', label: 'Open' },
          { value: 'done', label: 'Done' },
          { value: 'dropped', label: 'Drop' },
        ]}
      />
    </Group>
  );
}

function NewItemEntry({
  owners,
  onAdd,
}: {
  owners: Record<ActionOwner, string>;
  onAdd: (item: NewItems[number]) => void;
}) {
  const [item, setItem] = useState<{ text: string; owner: ActionOwner; dueOn: string }>({
    text: '',
    owner: 'hire',
    dueOn: '',
  });
  function add() {
    const text = item.text.trim();
    if (text === '') return;
    onAdd({ text, owner: item.owner, dueOn: item.dueOn || null });
    // The next item is most often the same person's.
    setItem({ text: '', owner: item.owner, dueOn: '' });
  }
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <TextInput
        size="xs"
        style={{ flex: 1 }}
        label="New action item"
        placeholder="What will be done (Enter adds it)"
        value={item.text}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
          e.preventDefault();
          add();
        }}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setItem((n) => ({ ...n, text }));
        }}
      />
      <NativeSelect
        size="xs"
        label="Who"
        value={item.owner}
        onChange={(e) => {
          const owner = e.currentTarget.value as ActionOwner;
          setItem((n) => ({ ...n, owner }));
        }}
        data={[
          { value: 'hire', label: owners.hire },
          { value: 'manager', label: owners.manager === 'you' ? 'Me' : `${owners.manager} (me)` },
        ]}
      />
      <TextInput
        size="xs"
        type="date"
        label="By"
        value={item.dueOn}
        onChange={(e) => {
          const dueOn = e.currentTarget.value;
          setItem((n) => ({ ...n, dueOn }));
        }}
      />
      <Button
        size="xs"
        variant="light"
        leftSection={<IconPlus size={12} />}
        disabled={item.text.trim() === ''}
        onClick={add}
      >
        Add
      </Button>
    </Group>
  );
}
