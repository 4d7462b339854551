// Generate a plan for a hire: choose the options, see the preview, save it as a new version.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { addDays, nextMonday } from 'date-fns';
import { latestEffectiveAssessment, levelsOf } from '@shared/assessments/latest';
import type { Assessment } from '@shared/assessments/schema';
import { toCalendarDate } from '@shared/dates/calendar-date';
import type { Framework } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { generatePlan, PlannerInputError, type Plan } from '@shared/planner';
import { usePlanDaysOff } from '../calendar/queries';
import type { SavedPlan } from '@shared/plans/schema';
import { fieldErrors } from '../api/errors';
import { formatCalendarDate } from '../format';
import { useHireMutation } from '../hires/queries';
import { PlanView } from './PlanView';
import { PlanOptionsFields, type PlanOptionsValues } from './PlanOptionsFields';

interface Props {
  hire: Hire;
  framework: Framework;
  assessments: Assessment[];
  current: SavedPlan | null;
  onDone: () => void;
}

export function PlanOptionsForm({ hire, framework, assessments, current, onDone }: Props) {
  const save = useHireMutation(hire.id, 'plans.create');
  const today = toCalendarDate(new Date());
  const [values, setValues] = useState<PlanOptionsValues>(() => ({
    startDate: current
      ? toCalendarDate(nextMonday(addDays(new Date(), -1)))
      : hire.startDate > today
        ? hire.startDate
        : today,
    hours: current?.options.hoursPerWeek ?? 3,
    atOnce: current?.options.maxConcurrent ?? 3,
    cadence: current?.options.cadence ?? 'auto',
    endDate: '',
  }));
  const { startDate, hours, cadence, atOnce, endDate } = values;
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const latest = latestEffectiveAssessment(assessments);
  const nonWorkingDays = usePlanDaysOff(hire.id, startDate);

  const options = {
    hoursPerWeek: Number(hours),
    cadence,
    maxConcurrent: Number(atOnce),
    targetEndDate: endDate || null,
  };
  const preview = useMemo((): { plan: Plan } | { field: string; message: string } => {
    try {
      return {
        plan: generatePlan({
          framework,
          fromRoleId: hire.currentRoleId,
          toRoleId: hire.targetRoleId,
          currentLevels: levelsOf(latest),
          startDate,
          nonWorkingDays,
          options,
        }),
      };
    } catch (error) {
      if (error instanceof PlannerInputError)
        return { field: error.field.replace('options.', ''), message: error.reason };
      throw error;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- options is rebuilt from these values each render
  }, [framework, hire, latest, startDate, nonWorkingDays, hours, cadence, atOnce, endDate]);

  const error = (field: string) =>
    serverErrors[field] ?? ('field' in preview && preview.field === field ? preview.message : undefined);

  async function submit() {
    setServerErrors({});
    setProblem(null);
    try {
      await save.mutateAsync({ hireId: hire.id, startDate, ...options });
      notifications.show({
        title: current ? `Version ${current.version + 1} saved` : 'Plan saved',
        message: current
          ? 'Completed activities carried over with their dates.'
          : `${hire.name}’s coaching plan is ready.`,
      });
      onDone();
    } catch (e) {
      const { fields, other } = fieldErrors(e);
      setServerErrors(
        Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace('options.', ''), v])),
      );
      setProblem(other ?? 'Check the highlighted fields.');
    }
  }

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          {current ? `Re-plan: version ${current.version + 1}` : 'Create a coaching plan'}
        </Title>
        <Text c="dimmed" size="sm">
          {latest
            ? `From the ${latest.assessor === 'manager' ? "manager's " : 'self-'}assessment of ${formatCalendarDate(latest.assessedOn)}.`
            : 'No assessment yet: the plan assumes the levels their current role expects. Record an assessment first for a plan that fits.'}
          {current &&
            ' Completed activities carry over with their dates; the current version stays readable.'}
        </Text>
      </div>
      <Card withBorder padding="md">
        <Group align="flex-end" gap="md">
          <PlanOptionsFields
            values={values}
            onChange={(change) => setValues((v) => ({ ...v, ...change }))}
            error={error}
          />
        </Group>
      </Card>
      {problem && (
        <Alert color="red" title="Not saved" role="alert">
          {problem}
        </Alert>
      )}
      <Group>
        <Button onClick={() => void submit()} loading={save.isPending} disabled={'field' in preview}>
          {current ? 'Save as new version' : 'Save plan'}
        </Button>
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
      {'plan' in preview && (
        <div aria-label="Plan preview">
          <Text fw={600} mb="xs">
            Preview
          </Text>
          <PlanView plan={preview.plan} />
        </div>
      )}
    </Stack>
  );
}
