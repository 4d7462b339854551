// The hires list as a table: only the rows near the viewport are in the page, so thousands of hires
// stay quick. Names, notes and badges wrap rather than being cut at narrow widths.
import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { IconArrowRight } from '@tabler/icons-react';
import type { Hire } from '@shared/hires/schema';
import type { RoleSummary } from '@shared/framework/types';
import { useVirtualRows } from '../components/useVirtualRows';
import { formatCalendarDate } from '../format';
import { roleName } from './AddHireModal';

const COLUMNS = 5;

interface Props {
  hires: Hire[];
  roles: RoleSummary[] | undefined;
  sampleIds: Set<string>;
  onEdit: (hire: Hire) => void;
  onArchive: (hire: Hire) => void;
  onRestore: (hire: Hire) => void;
  /** A team server's HR/L&D lead reads the hires shared with them and changes none. */
  readOnly?: boolean;
}

function HireActions({
  hire,
  onEdit,
  onArchive,
  onRestore,
}: Omit<Props, 'hires' | 'roles' | 'sampleIds'> & { hire: Hire }) {
  if (hire.status !== 'active') {
    return (
      <Button size="xs" variant="light" aria-label={`Restore ${hire.name}`} onClick={() => onRestore(hire)}>
        Restore
      </Button>
    );
  }
  return (
    <>
      <Button size="xs" variant="default" aria-label={`Edit ${hire.name}`} onClick={() => onEdit(hire)}>
        Edit
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color="gray"
        aria-label={`Archive ${hire.name}`}
        onClick={() => onArchive(hire)}
      >
        Archive
      </Button>
    </>
  );
}

export function HiresTable({ hires, roles, sampleIds, readOnly = false, ...actions }: Props) {
  const { measureTable, items, measureElement, before, after } = useVirtualRows({
    count: hires.length,
    rowHeight: 61,
    key: (index) => hires[index]?.id ?? index,
  });
  return (
    <Table
      ref={measureTable}
      highlightOnHover
      verticalSpacing="sm"
      aria-label="Hires"
      aria-rowcount={hires.length + 1}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Move</Table.Th>
          <Table.Th>Start date</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>
            <span className="visually-hidden">Actions</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {before(COLUMNS)}
        {items.map((item) => {
          const hire = hires[item.index];
          if (!hire) return null;
          return (
            <Table.Tr
              key={hire.id}
              data-index={item.index}
              ref={measureElement}
              aria-rowindex={item.index + 2}
            >
              <Table.Td>
                <Anchor component={Link} to={`/hires/${hire.id}`} fw={600} c="inherit">
                  {hire.name}
                </Anchor>
                {sampleIds.has(hire.id) && (
                  <Badge ml="xs" size="xs" variant="light" color="grape">
                    Sample
                  </Badge>
                )}
                {hire.notes && (
                  <Text size="sm" c="dimmed" maw={360} style={{ overflowWrap: 'anywhere' }}>
                    {hire.notes}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Text size="sm">{roleName(roles, hire.currentRoleId)}</Text>
                  <IconArrowRight size={14} aria-label="to" />
                  <Text size="sm" fw={500}>
                    {roleName(roles, hire.targetRoleId)}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{formatCalendarDate(hire.startDate)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={hire.status === 'active' ? 'teal' : 'gray'}>
                  {hire.status === 'active' ? 'Active' : 'Archived'}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {!readOnly && <HireActions hire={hire} {...actions} />}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
        {after(COLUMNS)}
      </Table.Tbody>
    </Table>
  );
}
