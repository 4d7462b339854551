// The Hires page: find, add, edit, archive and restore the people the manager is coaching.
import { useState } from 'react';
import { useCommand } from '../layout/commands';
import { useSampleTeam } from '../pages/SampleTeam';
import { useVirtualRows } from '../components/useVirtualRows';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link } from 'react-router';
import { IconArrowRight, IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import type { Hire } from '@shared/hires/schema';
import { HireForm } from './HireForm';
import { roleName, useHireAdded } from './AddHireModal';
import { ExportPdfModal } from '../plans/ExportPdfModal';
import { useArchiveHire, useHires, useRestoreHire } from './queries';
import { useRoles } from '../framework/queries';
import { formatCalendarDate } from '../format';

type StatusFilter = 'active' | 'archived' | 'all';
type Editing = { mode: 'create' } | { mode: 'edit'; hire: Hire } | null;

export function HiresPage() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 150);
  const hires = useHires({ search: debouncedSearch, status });
  const roles = useRoles();
  const added = useHireAdded(roles.data);
  const archive = useArchiveHire();
  const restore = useRestoreHire();
  const [editing, setEditing] = useState<Editing>(null);
  const [exportingAll, setExportingAll] = useState(false);
  useCommand('new-hire', () => setEditing({ mode: 'create' }));
  const sampleIds = new Set(useSampleTeam().hireIds);
  useCommand('export-plan-pdf', () => setExportingAll(true));

  async function archiveHire(hire: Hire) {
    try {
      await archive.mutateAsync(hire.id);
      const id = `archived-${hire.id}`;
      notifications.show({
        id,
        title: `${hire.name} archived`,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">Find them under Archived.</Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => {
                notifications.hide(id);
                void restoreHire(hire);
              }}
            >
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not archived', message: (error as Error).message });
    }
  }

  async function restoreHire(hire: Hire) {
    try {
      await restore.mutateAsync(hire.id);
      notifications.show({ title: `${hire.name} restored`, message: 'Back in the active list.' });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not restored', message: (error as Error).message });
    }
  }

  const list = hires.data ?? [];
  // Thousands of hires: only the rows near the viewport are in the page.
  const {
    measureTable,
    items: virtualRows,
    measureElement,
    before,
    after,
  } = useVirtualRows({
    count: list.length,
    rowHeight: 61,
    key: (index) => list[index]?.id ?? index,
  });
  const filtering = debouncedSearch !== '' || status !== 'active';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Hires</Title>
          <Text c="dimmed">People you are moving into a new role.</Text>
        </div>
        <Group gap="xs">
          <Button variant="default" onClick={() => setExportingAll(true)}>
            Export all plans (PDF)
          </Button>
          <Button leftSection={<IconUserPlus size={18} />} onClick={() => setEditing({ mode: 'create' })}>
            Add hire
          </Button>
        </Group>
      </Group>
      <ExportPdfModal opened={exportingAll} onClose={() => setExportingAll(false)} target={{ kind: 'all' }} />

      <Group gap="md">
        <TextInput
          aria-label="Search hires by name"
          placeholder="Search by name"
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <SegmentedControl
          aria-label="Show hires"
          value={status}
          onChange={(value) => setStatus(value as StatusFilter)}
          data={[
            { value: 'active', label: 'Active' },
            { value: 'archived', label: 'Archived' },
            { value: 'all', label: 'All' },
          ]}
        />
        {hires.isFetching && <Loader size="sm" aria-label="Loading" />}
      </Group>

      {hires.isError && (
        <Alert color="red" title="Could not load hires" role="alert">
          {hires.error.message}
        </Alert>
      )}

      {hires.isSuccess && list.length === 0 && !filtering && (
        <EmptyState
          icon={<IconUsers size={32} />}
          withIndicatorBackground
          title="No hires yet"
          description="Add the first person you are moving into a new role, for example a Project Manager becoming a Product Manager. Rolebridge keeps everything on this computer."
        >
          <EmptyState.Actions>
            <Button leftSection={<IconUserPlus size={18} />} onClick={() => setEditing({ mode: 'create' })}>
              Add your first hire
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      )}

      {hires.isSuccess && list.length === 0 && filtering && (
        <Text c="dimmed" role="status">
          {debouncedSearch
            ? `No ${status === 'all' ? '' : `${status} `}hires match “${debouncedSearch}”.`
            : `No ${status} hires.`}
        </Text>
      )}

      {list.length > 0 && (
        <Table
          ref={measureTable}
          highlightOnHover
          verticalSpacing="sm"
          aria-label="Hires"
          aria-rowcount={list.length + 1}
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
            {before(5)}
            {virtualRows.map((item) => {
              const hire = list[item.index];
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
                      <Text size="sm" c="dimmed" lineClamp={1} maw={300}>
                        {hire.notes}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{roleName(roles.data, hire.currentRoleId)}</Text>
                      <IconArrowRight size={14} aria-label="to" />
                      <Text size="sm" fw={500}>
                        {roleName(roles.data, hire.targetRoleId)}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatCalendarDate(hire.startDate)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      miw="fit-content"
                      variant="light"
                      color={hire.status === 'active' ? 'teal' : 'gray'}
                    >
                      {hire.status === 'active' ? 'Active' : 'Archived'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {hire.status === 'active' ? (
                        <>
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={`Edit ${hire.name}`}
                            onClick={() => setEditing({ mode: 'edit', hire })}
                          >
                            Edit
                          </Button>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="gray"
                            aria-label={`Archive ${hire.name}`}
                            onClick={() => void archiveHire(hire)}
                          >
                            Archive
                          </Button>
                        </>
                      ) : (
                        <Button
                          size="xs"
                          variant="light"
                          aria-label={`Restore ${hire.name}`}
                          onClick={() => void restoreHire(hire)}
                        >
                          Restore
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
            {after(5)}
          </Table.Tbody>
        </Table>
      )}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? `Edit ${editing.hire.name}` : 'Add a hire'}
        size="lg"
      >
        {editing && (
          <HireForm
            key={editing.mode === 'edit' ? editing.hire.id : 'new'}
            hire={editing.mode === 'edit' ? editing.hire : undefined}
            roles={roles.data ?? []}
            onCancel={() => setEditing(null)}
            onSaved={(hire, next) => {
              setEditing(null);
              if (editing.mode === 'create') added(hire, next);
              else
                notifications.show({
                  title: 'Changes saved',
                  message: `${roleName(roles.data, hire.currentRoleId)} → ${roleName(roles.data, hire.targetRoleId)}`,
                });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
