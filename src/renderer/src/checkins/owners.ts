// Who an action item belongs to, by name: the hire's first name, and the manager's own name when
// Settings has it ("you" otherwise). A lead reading a hire shared with them is not its manager: to
// them the manager's items are the manager's, named as the team server names them.
import type { ActionOwner } from '@shared/checkins/schema';
import { useManagerName } from '../pages/ManagerNameCard';
import { useMayChangeHires } from '../team/session';
import { useHireSharing } from '../team/team-queries';

export function ownerNames(hireName: string, managerName: string): Record<ActionOwner, string> {
  return {
    hire: hireName.trim().split(/\s+/)[0] || hireName,
    manager: managerName.trim() || 'you',
  };
}

export function useActionOwners(hire: { id: string; name: string }): Record<ActionOwner, string> {
  const own = useManagerName().name;
  const reader = !useMayChangeHires();
  const sharing = useHireSharing(hire.id, reader);
  if (!reader) return ownerNames(hire.name, own);
  return ownerNames(hire.name, sharing.data?.manager.displayName || 'their manager');
}
