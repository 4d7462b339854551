// The options a manager sets for a coaching plan, shared by the role preview and the hire's plan form.
import { NumberInput, SegmentedControl, Text, TextInput } from '@mantine/core';
import type { Cadence } from '@shared/planner';
import { dateFieldError } from '../format';

export interface PlanOptionsValues {
  startDate: string;
  hours: number | string;
  atOnce: number | string;
  cadence: Cadence;
  endDate: string;
}

interface Props {
  values: PlanOptionsValues;
  onChange: (change: Partial<PlanOptionsValues>) => void;
  /** The message for a field, keyed as the planner names it (startDate, hoursPerWeek, …). */
  error: (field: string) => string | undefined;
}

/** A date field's message in the format the field shows (dd/mm/yyyy, mm/dd/yyyy, …), if any. */
const dateOrNothing = (label: string, value: string, message: string | undefined) =>
  message && dateFieldError(label, value, message);

export function PlanOptionsFields({ values, onChange, error }: Props) {
  return (
    <>
      <TextInput
        label="Start"
        type="date"
        value={values.startDate}
        onChange={(e) => onChange({ startDate: e.currentTarget.value })}
        error={dateOrNothing('start date', values.startDate, error('startDate'))}
      />
      <NumberInput
        label="Hours a week"
        w={120}
        min={0.5}
        max={40}
        step={0.5}
        value={values.hours}
        onChange={(hours) => onChange({ hours })}
        error={error('hoursPerWeek')}
      />
      <NumberInput
        label="At once"
        description="competencies"
        w={110}
        min={1}
        max={10}
        value={values.atOnce}
        onChange={(atOnce) => onChange({ atOnce })}
        error={error('maxConcurrent')}
      />
      <div>
        <Text size="sm" fw={500} mb={4}>
          One-on-ones
        </Text>
        <SegmentedControl
          aria-label="One-on-one cadence"
          value={values.cadence}
          onChange={(cadence) => onChange({ cadence: cadence as Cadence })}
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
        value={values.endDate}
        onChange={(e) => onChange({ endDate: e.currentTarget.value })}
        error={dateOrNothing('finish date', values.endDate, error('targetEndDate'))}
      />
    </>
  );
}
