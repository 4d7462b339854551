// The dashboard's table of active hires: find, filter by status and sort; only the rows near the
// viewport are in the page, so a team of hundreds stays quick.
import { useMemo, useState } from 'react';
import { Card, Group, NativeSelect, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSearch } from '@tabler/icons-react';
import type { DashboardRow } from '@shared/progress/report';
import type { TransitionStatus } from '@shared/progress/progress';
import { useVirtualRows } from '../../components/useVirtualRows';
import { statusLabels } from '../../progress/StatusBadge';
import { DashboardHireRow } from './DashboardHireRow';
import { visibleRows, type Sort, type SortKey } from './sort';

const COLUMNS = 7;

export function DashboardHires({
  rows: allRows,
  sampleIds,
}: {
  rows: DashboardRow[];
  sampleIds: Set<string>;
}) {
  const [sort, setSort] = useState<Sort>({ key: 'status', descending: false });
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'' | TransitionStatus>('');
  const rows = useMemo(() => visibleRows(allRows, { search, status }, sort), [allRows, search, status, sort]);
  const { measureTable, items, measureElement, before, after } = useVirtualRows({
    count: rows.length,
    // A status with two or three reasons under it: most rows are 77 to 150 px at 1024 to 1280 px.
    rowHeight: 100,
    key: (i) => rows[i]?.hireId ?? i,
    overscan: 4,
  });

  const header = (key: SortKey, label: string) => (
    <Table.Th>
      <UnstyledButton
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
        aria-label={`Sort by ${label}`}
      >
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={700}>
            {label}
          </Text>
          {sort.key === key &&
            (sort.descending ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />)}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );

  return (
    <Card withBorder padding="md">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Hires
        </Title>
        <Group gap="xs">
          <TextInput
            size="xs"
            leftSection={<IconSearch size={14} />}
            placeholder="Find a hire"
            aria-label="Find a hire"
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <NativeSelect
            size="xs"
            aria-label="Show status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as '' | TransitionStatus)}
            data={[
              { value: '', label: 'Every status' },
              ...Object.entries(statusLabels).map(([value, label]) => ({ value, label })),
            ]}
          />
        </Group>
      </Group>
      <Table
        ref={measureTable}
        highlightOnHover
        verticalSpacing="xs"
        aria-label="Active hires"
        aria-rowcount={rows.length + 1}
      >
        <Table.Thead>
          <Table.Tr>
            {header('name', 'Name')}
            <Table.Th>Move</Table.Th>
            {header('weeksIn', 'Weeks in')}
            {header('readiness', 'Readiness')}
            {header('status', 'Status')}
            {header('nextCheckIn', 'Next check-in')}
            {header('overdueItems', 'Overdue')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {before(COLUMNS)}
          {items.map((item) => {
            const row = rows[item.index];
            return row ? (
              <DashboardHireRow
                key={row.hireId}
                row={row}
                index={item.index}
                sample={sampleIds.has(row.hireId)}
                measureElement={measureElement}
              />
            ) : null;
          })}
          {after(COLUMNS)}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" mt="sm">
          No hire matches.
        </Text>
      )}
    </Card>
  );
}
