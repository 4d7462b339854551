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
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { addDays, nextMonday } from 'date-fns';
import { Link, useSearchParams } from 'react-router';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { generatePlan, PlannerInputError, type Plan } from '@shared/planner';
import { usePlanDaysOff } from '../calendar/queries';
import { useFramework, useRoles } from '../framework/queries';
import { PlanView } from './PlanView';
import { PlanOptionsFields, type PlanOptionsValues } from './PlanOptionsFields';

export function PlanPreviewPage() {
  const [params, setParams] = useSearchParams();
  const framework = useFramework();
  const roles = useRoles();
  const from = params.get('from') ?? 'project-manager';
  const to = params.get('to') ?? 'product-manager';
  const [values, setValues] = useState<PlanOptionsValues>(() => ({
    startDate: toCalendarDate(nextMonday(addDays(new Date(), -1))),
    hours: 3,
    atOnce: 3,
    cadence: 'auto',
    endDate: '',
  }));
  const { startDate, hours, cadence, atOnce, endDate } = values;
  // No hire yet: the public holidays of the manager's country only.
  const nonWorkingDays = usePlanDaysOff(undefined, startDate);

  const result = useMemo((): { plan: Plan } | { field: string; message: string } | null => {
    if (!framework.data) return null;
    try {
      return {
        plan: generatePlan({
          framework: framework.data,
          fromRoleId: from,
          toRoleId: to,
          startDate,
          nonWorkingDays,
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
  }, [framework.data, from, to, startDate, nonWorkingDays, hours, cadence, atOnce, endDate]);

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
          <PlanOptionsFields
            values={values}
            onChange={(change) => setValues((v) => ({ ...v, ...change }))}
            error={(field) => fieldError(field === 'startDate' ? field : `options.${field}`)}
          />
        </Group>
      </Card>
      {framework.isPending && <Loader aria-label="Loading" />}
      {framework.isError && <Alert color="red">{framework.error.message}</Alert>}
      {result && 'plan' in result && <PlanView plan={result.plan} />}
    </Stack>
  );
}
