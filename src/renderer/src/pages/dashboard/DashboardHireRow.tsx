// One hire on the dashboard: a click anywhere opens their progress. The status's reason wraps under
// the badge rather than being cut, at any window width.
import { memo } from 'react';
import { Badge, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { DashboardRow } from '@shared/progress/report';
import { formatCalendarDate, formatPercent } from '../../format';
import { StatusBadge } from '../../progress/StatusBadge';

interface Props {
  row: DashboardRow;
  index: number;
  sample: boolean;
  measureElement: (element: Element | null) => void;
}

// Memoised: the list renders again as rows are measured and the window scrolls, and only the rows
// that come into view need drawing.
export const DashboardHireRow = memo(function DashboardHireRow({
  row: r,
  index,
  sample,
  measureElement,
}: Props) {
  const navigate = useNavigate();
  const progressPath = `/hires/${r.hireId}?tab=progress`;
  return (
    <Table.Tr
      data-index={index}
      ref={measureElement}
      aria-rowindex={index + 2}
      style={{ cursor: 'pointer' }}
      onClick={() => void navigate(progressPath)}
      aria-label={r.name}
    >
      <Table.Td>
        <Text fw={600} component={Link} to={progressPath} onClick={(e) => e.stopPropagation()} c="inherit">
          {r.name}
        </Text>
        {sample && (
          <Badge ml="xs" size="xs" variant="light" color="grape">
            Sample
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {r.fromRoleName} → {r.toRoleName}
        </Text>
      </Table.Td>
      <Table.Td>{r.weeksIn}</Table.Td>
      <Table.Td>
        {r.readiness === null ? (
          <Text size="sm" c="dimmed">
            Not assessed
          </Text>
        ) : (
          formatPercent(r.readiness)
        )}
      </Table.Td>
      <Table.Td data-column="status" miw={150}>
        <Stack gap={2} align="flex-start">
          <StatusBadge status={r.status} />
          {r.reasons.map((reason) => (
            <Text key={reason} size="xs" c="dimmed">
              {reason}
            </Text>
          ))}
        </Stack>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {r.nextCheckIn ? formatCalendarDate(r.nextCheckIn) : '—'}
      </Table.Td>
      <Table.Td>
        {r.overdueItems > 0 ? (
          <Badge color="red" variant="light" miw="fit-content">
            {r.overdueItems}
          </Badge>
        ) : (
          '—'
        )}
      </Table.Td>
    </Table.Tr>
  );
});
