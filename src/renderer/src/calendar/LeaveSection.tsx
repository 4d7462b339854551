// A hire's leave on their page: the periods the manager marks as days off, added and removed here.
// Plans made afterwards put nothing due on them (the core passes them to the planner).
import { useState } from 'react';
import { ActionIcon, Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { daysIncluded, leaveLimits, type Leave } from '@shared/calendar/schema';
import type { Hire } from '@shared/hires/schema';
import { fieldErrors } from '../api/errors';
import { dateFieldError, formatCalendarDate } from '../format';
import { useAddLeave, useLeave, useRemoveLeave } from './queries';
import { useMayChangeHires } from '../team/session';

const EMPTY = { startOn: '', endOn: '', note: '' };

function period(leave: Leave): string {
  return leave.startOn === leave.endOn
    ? formatCalendarDate(leave.startOn)
    : `${formatCalendarDate(leave.startOn)} – ${formatCalendarDate(leave.endOn)}`;
}

export function LeaveSection({ hire }: { hire: Hire }) {
  const leave = useLeave(hire.id);
  const add = useAddLeave();
  const remove = useRemoveLeave();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: keyof typeof EMPTY, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const mayChange = useMayChangeHires();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    try {
      await add.mutateAsync({
        hireId: hire.id,
        startOn: values.startOn,
        // One day off needs only its first day.
        endOn: values.endOn || values.startOn,
        note: values.note,
      });
      setValues(EMPTY);
    } catch (error) {
      const { fields, other } = fieldErrors(error);
      setErrors(fields);
      setProblem(other);
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="leave-title" maw={720}>
      <div>
        <Title order={2} size="h4" id="leave-title">
          Leave
        </Title>
        <Text size="sm" c="dimmed">
          Days {hire.name} is away. Plans made after this skip these days, as they skip weekends and public
          holidays; a plan already saved keeps its dates until you re-plan.
        </Text>
      </div>
      {leave.isError && <Alert color="red">{leave.error.message}</Alert>}
      {leave.data && leave.data.length === 0 && <Text size="sm">No leave marked.</Text>}
      {leave.data && leave.data.length > 0 && (
        <Table aria-label={`${hire.name}’s leave`} withRowBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Dates</Table.Th>
              <Table.Th>Days</Table.Th>
              <Table.Th>Note</Table.Th>
              {mayChange && (
                <Table.Th>
                  <span className="visually-hidden">Remove</span>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {leave.data.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{period(l)}</Table.Td>
                <Table.Td>{daysIncluded(l.startOn, l.endOn)}</Table.Td>
                <Table.Td>{l.note}</Table.Td>
                {mayChange && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove leave ${period(l)}`}
                      loading={remove.isPending && remove.variables === l.id}
                      onClick={() => remove.mutate(l.id)}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {remove.isError && <Alert color="red">{remove.error.message}</Alert>}
      {mayChange && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label="Add leave">
          <Stack gap="sm" align="flex-start">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label="First day off"
                description="Their first day away"
                type="date"
                withAsterisk
                w={200}
                value={values.startOn}
                error={errors.startOn && dateFieldError('first day off', values.startOn, errors.startOn)}
                onChange={(e) => set('startOn', e.currentTarget.value)}
              />
              <TextInput
                label="Last day off"
                description="Empty for a single day"
                type="date"
                w={200}
                value={values.endOn}
                error={errors.endOn && dateFieldError('last day off', values.endOn, errors.endOn)}
                onChange={(e) => set('endOn', e.currentTarget.value)}
              />
              <TextInput
                label="Note"
                description="Optional, for you"
                w={260}
                maxLength={leaveLimits.noteMax}
                value={values.note}
                error={errors.note}
                onChange={(e) => set('note', e.currentTarget.value)}
              />
            </Group>
            <Button type="submit" variant="light" loading={add.isPending}>
              Add leave
            </Button>
          </Stack>
        </form>
      )}
      {problem && (
        <Alert color="red" title="Not added" role="alert">
          {problem}
        </Alert>
      )}
    </Stack>
  );
}
