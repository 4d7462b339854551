// One activity of a custom competency in its editor: the step it is for, its kind, hours, title,
// what to do, with whom, and the evidence it worked.
import {
  ActionIcon,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  TextInput,
  Textarea,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ActivityKind } from '@shared/framework/types';

export interface DraftActivity {
  key: number;
  id?: string;
  fromLevel: number;
  kind: ActivityKind;
  effortHours: number | string;
  title: string;
  description: string;
  withWhom: string;
  evidence: string;
}

let nextKey = 1;
/** A key for a draft activity's card, new each time (ids exist only once saved). */
export const newKey = () => nextKey++;
export const blankActivity = (fromLevel: number): DraftActivity => ({
  key: newKey(),
  fromLevel,
  kind: 'experience',
  effortHours: 3,
  title: '',
  description: '',
  withWhom: '',
  evidence: '',
});

export function ActivityCard({
  activity: a,
  index,
  error,
  onChange,
  onRemove,
}: {
  activity: DraftActivity;
  index: number;
  /** The core's message for one of its fields, if it refused it. */
  error: (field: string) => string | undefined;
  onChange: (change: Partial<DraftActivity>) => void;
  onRemove: () => void;
}) {
  return (
    <Card withBorder padding="sm" aria-label={`Activity ${index + 1}`}>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <NativeSelect
          label="Step"
          w={150}
          data={[0, 1, 2, 3].map((s) => ({ value: String(s), label: `Level ${s} → ${s + 1}` }))}
          value={String(a.fromLevel)}
          onChange={(e) => onChange({ fromLevel: Number(e.currentTarget.value) })}
        />
        <NativeSelect
          label="Kind"
          w={150}
          data={[
            { value: 'experience', label: 'Experience' },
            { value: 'people', label: 'People' },
            { value: 'course', label: 'Course' },
          ]}
          value={a.kind}
          onChange={(e) => onChange({ kind: e.currentTarget.value as ActivityKind })}
          error={error('kind')}
        />
        <NumberInput
          label="Hours"
          w={100}
          min={0.5}
          max={40}
          step={0.5}
          value={a.effortHours}
          onChange={(value) => onChange({ effortHours: value })}
          error={error('effortHours')}
        />
        <TextInput
          label="Title"
          style={{ flex: 1 }}
          value={a.title}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
          error={error('title')}
        />
        <ActionIcon
          variant="subtle"
          color="red"
          size="lg"
          aria-label={`Remove activity ${index + 1}`}
          onClick={onRemove}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Group>
      <SimpleGrid cols={3} mt="xs">
        <Textarea
          label="What to do"
          autosize
          minRows={1}
          value={a.description}
          error={error('description')}
          onChange={(e) => onChange({ description: e.currentTarget.value })}
        />
        <Textarea
          label="With whom"
          autosize
          minRows={1}
          value={a.withWhom}
          error={error('withWhom')}
          onChange={(e) => onChange({ withWhom: e.currentTarget.value })}
        />
        <Textarea
          label="Evidence it worked"
          autosize
          minRows={1}
          value={a.evidence}
          error={error('evidence')}
          onChange={(e) => onChange({ evidence: e.currentTarget.value })}
        />
      </SimpleGrid>
    </Card>
  );
}
