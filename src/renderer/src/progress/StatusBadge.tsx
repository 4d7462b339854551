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
    <Badge color={colors[status]} variant={status === 'stalled' ? 'filled' : 'light'} miw="fit-content">
      {statusLabels[status]}
    </Badge>
  );
}
