// Adding a hire from anywhere (the welcome, the hires list): the form in a dialog, then either a
// note that they were added or straight on to their first assessment.
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import type { Hire } from '@shared/hires/schema';
import type { RoleSummary } from '@shared/framework/types';
import { useRoles } from '../framework/queries';
import { HireForm, type AfterSave } from './HireForm';

/** Where a hire's page opens with a new assessment form ready. */
export function assessHirePath(hireId: string): string {
  return `/hires/${hireId}?tab=assessments&assess=new`;
}

export function roleName(roles: RoleSummary[] | undefined, id: string): string {
  return roles?.find((role) => role.id === id)?.name ?? id;
}

/** What follows a new hire's save: the notice, and the assessment when the manager asked for it. */
export function useHireAdded(roles: RoleSummary[] | undefined) {
  const navigate = useNavigate();
  return (hire: Hire, next: AfterSave) => {
    notifications.show({
      title: `${hire.name} added`,
      message: `${roleName(roles, hire.currentRoleId)} → ${roleName(roles, hire.targetRoleId)}`,
    });
    if (next === 'assess') void navigate(assessHirePath(hire.id));
  };
}

export function AddHireModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const roles = useRoles();
  const added = useHireAdded(roles.data);
  return (
    <Modal opened={opened} onClose={onClose} title="Add a hire" size="lg">
      {opened && (
        <HireForm
          roles={roles.data ?? []}
          onCancel={onClose}
          onSaved={(hire, next) => {
            onClose();
            added(hire, next);
          }}
        />
      )}
    </Modal>
  );
}
