// Make a custom role by copying an existing one (built-in or custom) under a new name.
import { useState } from 'react';
import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import type { RoleSummary } from '@shared/framework/types';
import { fieldErrors } from '../api/errors';
import { useFrameworkMutation } from './queries';

interface Props {
  opened: boolean;
  roles: RoleSummary[];
  sourceId?: string;
  onClose: () => void;
  onCreated: (roleId: string) => void;
}

export function CloneRoleModal({ opened, roles, sourceId, onClose, onCreated }: Props) {
  const clone = useFrameworkMutation('roles.clone');
  const [source, setSource] = useState(sourceId ?? roles[0]?.id ?? '');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setOther(null);
    try {
      const role = await clone.mutateAsync({ id: source, name });
      setName('');
      onCreated(role.id);
    } catch (error) {
      const { fields, other: message } = fieldErrors(error);
      setErrors(fields);
      setOther(message);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="New role">
      <form onSubmit={submit} aria-label="New role" noValidate>
        <Stack>
          <NativeSelect
            label="Start from"
            description="Your role copies this role’s expected levels; change them after."
            data={roles.map((r) => ({ value: r.id, label: r.builtIn ? r.name : `${r.name} (yours)` }))}
            value={source}
            onChange={(event) => setSource(event.currentTarget.value)}
            error={errors.id}
          />
          <TextInput
            label="Name"
            placeholder="For example Platform Product Manager"
            withAsterisk
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
          />
          {other && (
            <Alert color="red" role="alert">
              {other}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={clone.isPending}>
              Create role
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
