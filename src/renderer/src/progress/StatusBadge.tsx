import { Badge } from '@mantine/core';
import type { TransitionStatus } from '@shared/progress/progress';

export const statusLabels: Record<TransitionStatus, string> = {
  'on-track': 'On track',
  slipping: 'Slipping',
  stalled: 'Stalled',
  'no-plan': 'No plan yet',
  'not-started': 'Not started',
};

const colors: Record<TransitionStatus, string> = {
  'on-track': 'teal',
  slipping: 'orange',
  stalled: 'red',
  'no-plan': 'gray',
  'not-started': 'gray',
};

export function StatusBadge({ status }: { status: TransitionStatus }) {
  return (
    // Stalled stands out filled; red.8 keeps white text above 4.5:1.
    <Badge
      color={status === 'stalled' ? 'red.8' : colors[status]}
      variant={status === 'stalled' ? 'filled' : 'light'}
      miw="fit-content"
    >
      {statusLabels[status]}
    </Badge>
  );
}
