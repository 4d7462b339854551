// Who an action item belongs to, by name: the hire's first name, and the manager's own name when
// Settings has it ("you" otherwise).
import type { ActionOwner } from '@shared/checkins/schema';
import { useManagerName } from '../pages/ManagerNameCard';

export function ownerNames(hireName: string, managerName: string): Record<ActionOwner, string> {
  return {
    hire: hireName.trim().split(/\s+/)[0] || hireName,
    manager: managerName.trim() || 'you',
  };
}

export function useActionOwners(hireName: string): Record<ActionOwner, string> {
  return ownerNames(hireName, useManagerName().name);
}
