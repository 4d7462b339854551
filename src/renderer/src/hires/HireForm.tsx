// Create or edit a hire. Checks the input against the same schema the core uses, and shows the
// core's own field errors when it refuses something the form let through. An edit carries the
// version the form loaded; when the hire changed since (another window, another manager), the typed
// values stay, the refusal says who changed it, and Reload brings the newer hire with the typed
// text kept beside it to copy.
import { useState } from 'react';
import { Alert, Button, Group, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { hireCreateInput, limits, type Hire } from '@shared/hires/schema';
import type { RoleSummary } from '@shared/framework/types';
import { fieldErrors } from '../api/errors';
import { isStaleEdit, StaleEditAlert, UnsavedText } from '../components/StaleEdit';
import { useCreateHire, useReloadHire, useUpdateHire } from './queries';
import { nextWorkingDay } from './start-date';
import { dateFieldError } from '../format';

export interface HireFormValues {
  name: string;
  currentRoleId: string;
  targetRoleId: string;
  startDate: string;
  notes: string;
}

/** After adding a hire: stay where the form was opened, or go straight on to their assessment. */
export type AfterSave = 'stay' | 'assess';

interface HireFormProps {
  hire?: Hire;
  roles: RoleSummary[];
  onSaved: (hire: Hire, next: AfterSave) => void;
  onCancel: () => void;
}

/** Date errors in the format the date field shows, not the one the core stores. */
function inFieldFormat(errors: Record<string, string>, values: HireFormValues): Record<string, string> {
  if (!errors.startDate) return errors;
  return { ...errors, startDate: dateFieldError('start date', values.startDate, errors.startDate) };
}

function validate(values: HireFormValues): Record<string, string> {
  const parsed = hireCreateInput.safeParse(values);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !(field in errors)) errors[field] = issue.message;
  }
  return inFieldFormat(errors, values);
}

/** The form's values for a hire, or a new hire's defaults. */
function valuesOf(hire: Hire | undefined): HireFormValues {
  return {
    name: hire?.name ?? '',
    currentRoleId: hire?.currentRoleId ?? '',
    targetRoleId: hire?.targetRoleId ?? '',
    startDate: hire?.startDate ?? nextWorkingDay(),
    notes: hire?.notes ?? '',
  };
}

/** The text fields the manager typed that the newer hire does not already say. */
function typedText(typed: HireFormValues, fresh: Hire): { label: string; text: string }[] {
  return [
    { label: 'Name', text: typed.name === fresh.name ? '' : typed.name },
    { label: 'Start date', text: typed.startDate === fresh.startDate ? '' : typed.startDate },
    { label: 'Notes', text: typed.notes === fresh.notes ? '' : typed.notes },
  ];
}

/**
 * The version an edit is made on, and the refusal when it is stale: Reload fetches the newer hire,
 * puts it in the form and keeps what was typed, to copy.
 */
function useStaleHireEdit(
  hire: Hire | undefined,
  form: { values: HireFormValues; setValues(v: HireFormValues): void },
) {
  const reloadHire = useReloadHire();
  const [version, setVersion] = useState(hire?.version);
  const [stale, setStale] = useState<string | null>(null);
  const [kept, setKept] = useState<{ label: string; text: string }[]>([]);
  const [reloading, setReloading] = useState(false);

  async function reload() {
    if (!hire) return;
    setReloading(true);
    try {
      const fresh = await reloadHire(hire.id);
      setKept(typedText(form.values, fresh));
      form.setValues(valuesOf(fresh));
      setVersion(fresh.version);
      setStale(null);
    } catch (error) {
      setStale(error instanceof Error ? error.message : 'Could not reload this hire');
    } finally {
      setReloading(false);
    }
  }
  return { version, stale, setStale, kept, reloading, reload };
}

export function HireForm({ hire, roles, onSaved, onCancel }: HireFormProps) {
  const create = useCreateHire();
  const update = useUpdateHire();
  const [formError, setFormError] = useState<string | null>(null);
  const [pressed, setPressed] = useState<AfterSave>('stay');
  const form = useForm<HireFormValues>({ mode: 'controlled', initialValues: valuesOf(hire), validate });
  const staleEdit = useStaleHireEdit(hire, form);
  const saving = create.isPending || update.isPending;
  const roleOptions = [
    { value: '', label: 'Pick a role', disabled: true },
    ...roles.map((role) => ({ value: role.id, label: role.name })),
  ];

  async function submit(values: HireFormValues, event?: React.FormEvent<HTMLFormElement>) {
    setFormError(null);
    staleEdit.setStale(null);
    // Which submit button was pressed (Enter presses the first, "Add hire").
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
    const next: AfterSave = submitter?.getAttribute('value') === 'assess' ? 'assess' : 'stay';
    setPressed(next);
    try {
      const saved = hire
        ? await update.mutateAsync({ id: hire.id, ...values, expectedVersion: staleEdit.version })
        : await create.mutateAsync(values);
      onSaved(saved, hire ? 'stay' : next);
    } catch (error) {
      if (isStaleEdit(error)) {
        staleEdit.setStale(error.message);
        return;
      }
      const { fields, other } = fieldErrors(error);
      form.setErrors(inFieldFormat(fields, values));
      setFormError(other);
    }
  }

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={hire ? 'Edit hire' : 'Add hire'}>
      <Stack gap="md">
        <UnsavedText items={staleEdit.kept} />
        <TextInput
          label="Name"
          placeholder="Full name"
          withAsterisk
          maxLength={limits.nameMax + 20}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label="Current role"
            description="The role they are moving from"
            withAsterisk
            data={roleOptions}
            {...form.getInputProps('currentRoleId')}
          />
          <NativeSelect
            label="Target role"
            description="The role they are moving into"
            withAsterisk
            data={roleOptions}
            {...form.getInputProps('targetRoleId')}
          />
        </Group>
        <TextInput
          label="Start date"
          description="First day in the new role; the next working day unless you change it"
          type="date"
          withAsterisk
          {...form.getInputProps('startDate')}
        />
        <Textarea
          label="Notes"
          description="Private to you: context on the move, what they asked for, agreements"
          autosize
          minRows={3}
          maxRows={10}
          {...form.getInputProps('notes')}
        />
        {staleEdit.stale && (
          <StaleEditAlert
            message={staleEdit.stale}
            onReload={() => void staleEdit.reload()}
            reloading={staleEdit.reloading}
          />
        )}
        {formError && (
          <Alert color="red" title="Not saved" role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant={hire ? 'filled' : 'default'}
            loading={saving && pressed === 'stay'}
            disabled={saving && pressed !== 'stay'}
            value="stay"
          >
            {hire ? 'Save changes' : 'Add hire'}
          </Button>
          {!hire && (
            <Button
              type="submit"
              loading={saving && pressed === 'assess'}
              disabled={saving && pressed !== 'assess'}
              value="assess"
            >
              Add and assess
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
