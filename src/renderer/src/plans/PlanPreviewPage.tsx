// Preview the coaching plan for a move between two roles, before any hire or assessment exists.
import { useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Card,
  Group,
  Loader,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { addDays, nextMonday } from 'date-fns';
import { Link, useSearchParams } from 'react-router';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { generatePlan, PlannerInputError, type Cadence, type Plan } from '@shared/planner';
import { useFramework, useRoles } from '../framework/queries';
import { PlanView } from './PlanView';

export function PlanPreviewPage() {
  const [params, setParams] = useSearchParams();
  const framework = useFramework();
  const roles = useRoles();
  const from = params.get('from') ?? 'project-manager';
  const to = params.get('to') ?? 'product-manager';
  const [startDate, setStartDate] = useState(() => toCalendarDate(nextMonday(addDays(new Date(), -1))));
  const [hours, setHours] = useState<number | string>(3);
  const [cadence, setCadence] = useState<Cadence>('auto');
  const [atOnce, setAtOnce] = useState<number | string>(3);
  const [endDate, setEndDate] = useState('');

  const result = useMemo((): { plan: Plan } | { field: string; message: string } | null => {
    if (!framework.data) return null;
    try {
      return {
        plan: generatePlan({
          framework: framework.data,
          fromRoleId: from,
          toRoleId: to,
          startDate,
          options: {
            hoursPerWeek: Number(hours),
            cadence,
            maxConcurrent: Number(atOnce),
            targetEndDate: endDate || null,
          },
        }),
      };
    } catch (error) {
      if (error instanceof PlannerInputError) return { field: error.field, message: error.reason };
      throw error;
    }
  }, [framework.data, from, to, startDate, hours, cadence, atOnce, endDate]);

  const fieldError = (field: string) =>
    result && 'field' in result && result.field === field ? result.message : undefined;
  const options = (roles.data ?? []).map((r) => ({
    value: r.id,
    label: r.builtIn ? r.name : `${r.name} (yours)`,
  }));
  const setRole = (key: 'from' | 'to', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/roles">
          Roles
        </Anchor>
        <Anchor component={Link} to={`/roles/compare?from=${from}&to=${to}`}>
          Compare
        </Anchor>
        <Text>Plan preview</Text>
      </Breadcrumbs>
      <div>
        <Title order={1}>Coaching plan preview</Title>
        <Text c="dimmed">
          What a plan for this move looks like before you have assessed anyone. It assumes the person is at
          the levels their current role expects.
        </Text>
      </div>
      <Card withBorder padding="md">
        <Group align="flex-end" gap="md">
          <NativeSelect
            label="From"
            data={options}
            value={from}
            onChange={(e) => setRole('from', e.currentTarget.value)}
            error={fieldError('fromRoleId')}
          />
          <NativeSelect
            label="To"
            data={options}
            value={to}
            onChange={(e) => setRole('to', e.currentTarget.value)}
            error={fieldError('toRoleId')}
          />
          <TextInput
            label="Start"
            type="date"
            value={startDate}
            onChange={(e) => setStartDate(e.currentTarget.value)}
            error={fieldError('startDate')}
          />
          <NumberInput
            label="Hours a week"
            w={120}
            min={0.5}
            max={40}
            step={0.5}
            value={hours}
            onChange={setHours}
            error={fieldError('options.hoursPerWeek')}
          />
          <NumberInput
            label="At once"
            description="competencies"
            w={110}
            min={1}
            max={10}
            value={atOnce}
            onChange={setAtOnce}
            error={fieldError('options.maxConcurrent')}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              One-on-ones
            </Text>
            <SegmentedControl
              aria-label="One-on-one cadence"
              value={cadence}
              onChange={(value) => setCadence(value as Cadence)}
              data={[
                { value: 'auto', label: 'Auto' },
                { value: 'weekly', label: 'Weekly' },
                { value: 'biweekly', label: 'Every 2 weeks' },
              ]}
            />
          </div>
          <TextInput
            label="Finish by (optional)"
            type="date"
            value={endDate}
            onChange={(e) => setEndDate(e.currentTarget.value)}
            error={fieldError('options.targetEndDate')}
          />
        </Group>
      </Card>
      {framework.isPending && <Loader aria-label="Loading" />}
      {framework.isError && <Alert color="red">{framework.error.message}</Alert>}
      {result && 'plan' in result && <PlanView plan={result.plan} />}
    </Stack>
  );
}
