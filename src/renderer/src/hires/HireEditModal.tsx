// The dialog that adds a hire or edits one, from the hires list.
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Hire } from '@shared/hires/schema';
import type { RoleSummary } from '@shared/framework/types';
import { HireForm } from './HireForm';
import { roleName, useHireAdded } from './AddHireModal';

export type Editing = { mode: 'create' } | { mode: 'edit'; hire: Hire } | null;

export function HireEditModal({
  editing,
  roles,
  onClose,
}: {
  editing: Editing;
  roles: RoleSummary[] | undefined;
  onClose: () => void;
}) {
  const added = useHireAdded(roles);
  return (
    <Modal
      opened={editing !== null}
      onClose={onClose}
      title={editing?.mode === 'edit' ? `Edit ${editing.hire.name}` : 'Add a hire'}
      size="lg"
    >
      {editing && (
        <HireForm
          key={editing.mode === 'edit' ? editing.hire.id : 'new'}
          hire={editing.mode === 'edit' ? editing.hire : undefined}
          roles={roles ?? []}
          onCancel={onClose}
          onSaved={(hire, next) => {
            onClose();
            if (editing.mode === 'create') added(hire, next);
            else
              notifications.show({
                title: 'Changes saved',
                message: `${roleName(roles, hire.currentRoleId)} → ${roleName(roles, hire.targetRoleId)}`,
              });
          }}
        />
      )}
    </Modal>
  );
}
