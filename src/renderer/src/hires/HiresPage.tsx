// The Hires page: find, add, edit, archive and restore the people the manager is coaching.
import { useState } from 'react';
import { useCommand } from '../layout/commands';
import { useSampleTeam } from '../pages/SampleTeam';
import {
  Alert,
  Button,
  EmptyState,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUserPlus, IconUsers } from '@tabler/icons-react';
import { ExportPdfModal } from '../plans/ExportPdfModal';
import { useHires } from './queries';
import { useRoles } from '../framework/queries';
import { HiresTable } from './HiresTable';
import { HireEditModal, type Editing } from './HireEditModal';
import { useHireArchiving } from './useHireArchiving';
import { useTeamSession } from '../team/session';

type StatusFilter = 'active' | 'archived' | 'all';

function NoHiresYet({ onAdd }: { onAdd: () => void }) {
  return (
    <EmptyState
      icon={<IconUsers size={32} />}
      withIndicatorBackground
      title="No hires yet"
      description="Add the first person you are moving into a new role, for example a Project Manager becoming a Product Manager. Rolebridge keeps everything on this computer."
    >
      <EmptyState.Actions>
        <Button leftSection={<IconUserPlus size={18} />} onClick={onAdd}>
          Add your first hire
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}

export function HiresPage() {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 150);
  const hires = useHires({ search: debouncedSearch, status });
  const roles = useRoles();
  const { archiveHire, restoreHire } = useHireArchiving();
  const [editing, setEditing] = useState<Editing>(null);
  const [exportingAll, setExportingAll] = useState(false);
  const addHire = () => setEditing({ mode: 'create' });
  useCommand('new-hire', addHire);
  useCommand('export-plan-pdf', () => setExportingAll(true));
  const sampleIds = new Set(useSampleTeam().hireIds);
  const list = hires.data ?? [];
  const filtering = debouncedSearch !== '' || status !== 'active';
  // A team server's HR/L&D lead sees the hires managers shared with them, read-only.
  const readOnly = useTeamSession()?.account.role === 'hr';

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{readOnly ? 'Shared hires' : 'Hires'}</Title>
          <Text c="dimmed">
            {readOnly
              ? 'People managers shared with you: you read their move and coaching, not private notes.'
              : 'People you are moving into a new role.'}
          </Text>
        </div>
        {!readOnly && (
          <Group gap="xs">
            <Button variant="default" onClick={() => setExportingAll(true)}>
              Export all plans (PDF)
            </Button>
            <Button leftSection={<IconUserPlus size={18} />} onClick={addHire}>
              Add hire
            </Button>
          </Group>
        )}
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
      {hires.isSuccess && list.length === 0 && !filtering && !readOnly && <NoHiresYet onAdd={addHire} />}
      {hires.isSuccess && list.length === 0 && !filtering && readOnly && (
        <Text c="dimmed" role="status">
          No manager has shared a hire with you yet.
        </Text>
      )}
      {hires.isSuccess && list.length === 0 && filtering && (
        <Text c="dimmed" role="status">
          {debouncedSearch
            ? `No ${status === 'all' ? '' : `${status} `}hires match “${debouncedSearch}”.`
            : `No ${status} hires.`}
        </Text>
      )}
      {list.length > 0 && (
        <HiresTable
          hires={list}
          roles={roles.data}
          sampleIds={sampleIds}
          readOnly={readOnly}
          onEdit={(hire) => setEditing({ mode: 'edit', hire })}
          onArchive={(hire) => void archiveHire(hire)}
          onRestore={(hire) => void restoreHire(hire)}
        />
      )}
      <HireEditModal editing={editing} roles={roles.data} onClose={() => setEditing(null)} />
    </Stack>
  );
}
