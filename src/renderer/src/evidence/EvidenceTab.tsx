// A hire's evidence log: wins, feedback and observations, dated and tagged with a competency and
// where each came from. The manager adds entries any time; the hire's arrive with their answers.
import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { evidenceLimits, type EvidenceSource } from '@shared/evidence/schema';
import { expectationFor } from '@shared/framework/lookup';
import type { Framework, Role } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { fieldErrors } from '../api/errors';
import { dateFieldError, formatCalendarDate } from '../format';
import { useAddEvidence, useEvidence, useRemoveEvidence } from './queries';
import { sourceColors, sourceLabel } from './sources';
import { useMayChangeHires } from '../team/session';

interface Props {
  hire: Hire;
  framework: Framework;
  targetRole: Role;
}

export function EvidenceTab({ hire, framework, targetRole }: Props) {
  const log = useEvidence(hire.id);
  const remove = useRemoveEvidence(hire.id);
  // A lead the hire is shared with reads the log: nothing to add or remove.
  const editable = useMayChangeHires() && hire.status === 'active';
  const names = new Map(framework.competencies.map((c) => [c.id, c.name]));
  return (
    <Stack gap="lg" maw={960}>
      <Text size="sm" c="dimmed">
        What {hire.name} did or heard that shows a competency: wins, feedback from others, what you saw. You
        read it beside each competency when you reassess; the Progress tab counts it.
      </Text>
      {editable && <AddEvidenceForm hire={hire} framework={framework} targetRole={targetRole} />}
      <Title order={2} size="h4">
        Logged ({log.data?.length ?? 0})
      </Title>
      {log.isError && <Alert color="red">{log.error.message}</Alert>}
      {log.isSuccess && log.data.length === 0 && (
        <Text size="sm" c="dimmed">
          Nothing logged yet.
        </Text>
      )}
      {log.isSuccess && log.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label="Evidence log">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Day</Table.Th>
                <Table.Th>Competency</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>What happened</Table.Th>
                {editable && <Table.Th aria-label="Remove" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(entry.notedOn)}</Table.Td>
                  <Table.Td>{names.get(entry.competencyId) ?? entry.competencyId}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={sourceColors[entry.source]} miw="fit-content">
                      {sourceLabel(entry, hire.name)}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {entry.text}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove the entry of ${formatCalendarDate(entry.notedOn)}`}
                        onClick={() => remove.mutate(entry.id)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function AddEvidenceForm({ hire, framework, targetRole }: Props) {
  const add = useAddEvidence(hire.id);
  // The target role's competencies first: that is what the evidence is for.
  const expected = framework.competencies.filter((c) => expectationFor(targetRole, c.id).level > 0);
  const [competencyId, setCompetencyId] = useState(expected[0]?.id ?? '');
  const [notedOn, setNotedOn] = useState(() => toCalendarDate(new Date()));
  const [source, setSource] = useState<EvidenceSource>('manager');
  const [sourceName, setSourceName] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    try {
      await add.mutateAsync({
        hireId: hire.id,
        competencyId,
        notedOn,
        source,
        sourceName: source === 'stakeholder' ? sourceName : undefined,
        text,
      });
      setText('');
      setSourceName('');
    } catch (caught) {
      const { fields, other } = fieldErrors(caught);
      setErrors(fields);
      setProblem(other);
    }
  }

  return (
    <Card
      withBorder
      padding="md"
      component="form"
      onSubmit={(event) => void submit(event)}
      aria-label="Log evidence"
    >
      <Stack gap="sm">
        <Group grow align="flex-start" wrap="wrap">
          <NativeSelect
            label="Competency"
            value={competencyId}
            error={errors.competencyId}
            onChange={(event) => setCompetencyId(event.currentTarget.value)}
            data={expected.map((c) => ({ value: c.id, label: c.name }))}
          />
          <TextInput
            label="Day"
            type="date"
            value={notedOn}
            error={errors.notedOn && dateFieldError('day', notedOn, errors.notedOn)}
            onChange={(event) => setNotedOn(event.currentTarget.value)}
          />
        </Group>
        <Group align="flex-end" wrap="wrap">
          <div>
            <Text size="sm" fw={500} mb={4} id="evidence-source-label">
              From
            </Text>
            <SegmentedControl
              aria-labelledby="evidence-source-label"
              value={source}
              onChange={(value) => setSource(value as EvidenceSource)}
              data={[
                { value: 'manager', label: 'You' },
                { value: 'hire', label: hire.name },
                { value: 'stakeholder', label: 'A stakeholder' },
              ]}
            />
          </div>
          {source === 'stakeholder' && (
            <TextInput
              label="Who"
              placeholder="Priya, design lead"
              maxLength={evidenceLimits.sourceNameMax}
              value={sourceName}
              error={errors.sourceName}
              onChange={(event) => setSourceName(event.currentTarget.value)}
            />
          )}
        </Group>
        <Textarea
          label="What happened"
          autosize
          minRows={2}
          maxLength={evidenceLimits.textMax}
          value={text}
          error={errors.text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        {problem && <Alert color="red">{problem}</Alert>}
        <Group>
          <Button type="submit" loading={add.isPending}>
            Log it
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
