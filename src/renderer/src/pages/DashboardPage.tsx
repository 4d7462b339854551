// The app's home: every active hire with readiness and status, what is due this week, one-on-ones
// due today or overdue, and the coaching load against the weekly budget.
import { SampleBanner, Welcome, useSampleTeam } from './SampleTeam';
import { useVirtualRows } from '../components/useVirtualRows';
import { ChartTable } from '../components/ChartTable';
import { weekStartsOn } from '../locale';
import { lazy, Suspense, useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronUp, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { DashboardRow } from '@shared/progress/report';
import type { TransitionStatus } from '@shared/progress/progress';
import { useApi } from '../api/client';
import { formatCalendarDate, formatNumber, formatPercent } from '../format';
import { StatusBadge, statusLabels } from '../progress/StatusBadge';

const LoadChart = lazy(() => import('../progress/LoadChart'));

type SortKey = 'name' | 'weeksIn' | 'readiness' | 'status' | 'nextCheckIn' | 'overdueItems';
const statusOrder: Record<TransitionStatus, number> = {
  stalled: 0,
  slipping: 1,
  'on-track': 2,
  'not-started': 3,
  'no-plan': 4,
};

function compare(key: SortKey) {
  return (a: DashboardRow, b: DashboardRow): number => {
    switch (key) {
      case 'name':
        return a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
      case 'status':
        return statusOrder[a.status] - statusOrder[b.status];
      case 'nextCheckIn':
        return (a.nextCheckIn ?? '9999').localeCompare(b.nextCheckIn ?? '9999');
      case 'readiness':
        return (a.readiness ?? -1) - (b.readiness ?? -1);
      default:
        return a[key] - b[key];
    }
  };
}

/** Under a "this week" list cut short: how many more there are and where to find them. */
function More({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return (
    <Text size="xs" c="dimmed" mt={6}>
      and {total - shown} more; each hire's page lists all of theirs.
    </Text>
  );
}

function useDashboard() {
  const api = useApi();
  // Weeks ("this week", the coaching load) start on the locale's first day.
  const firstDay = weekStartsOn();
  return useQuery({
    queryKey: ['hires', 'dashboard', firstDay],
    queryFn: () => api.call('progress.dashboard', { weekStartsOn: firstDay }),
  });
}

export function DashboardPage() {
  const dashboard = useDashboard();
  const navigate = useNavigate();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'status',
    descending: false,
  });
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'' | TransitionStatus>('');

  const sampleIds = new Set(useSampleTeam().hireIds);
  const rows = useMemo(() => {
    const list = (dashboard.data?.rows ?? []).filter(
      (r) => (!status || r.status === status) && r.name.toLowerCase().includes(search.trim().toLowerCase()),
    );
    const sorted = [...list].sort(compare(sort.key));
    return sort.descending ? sorted.reverse() : sorted;
  }, [dashboard.data, sort, search, status]);
  // A team of hundreds: only the rows near the viewport are in the page.
  const {
    measureTable,
    items: virtualRows,
    measureElement,
    before,
    after,
  } = useVirtualRows({ count: rows.length, rowHeight: 45, key: (i) => rows[i]?.hireId ?? i });

  if (dashboard.isPending) return <Loader aria-label="Loading" />;
  if (dashboard.isError) return <Alert color="red">{dashboard.error.message}</Alert>;
  const d = dashboard.data;
  const overloaded = d.load.filter((w) => w.overBudget);

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

  if (d.rows.length === 0) return <Welcome />;

  return (
    <Stack gap="lg">
      <SampleBanner />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Dashboard</Title>
          <Text c="dimmed">
            Week of {formatCalendarDate(d.thisWeek.weekStart)} · today is {formatCalendarDate(d.today)}
          </Text>
        </div>
      </Group>

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
            {before(7)}
            {virtualRows.map((item) => {
              const r = rows[item.index];
              if (!r) return null;
              return (
                <Table.Tr
                  key={r.hireId}
                  data-index={item.index}
                  ref={measureElement}
                  aria-rowindex={item.index + 2}
                  style={{ cursor: 'pointer' }}
                  onClick={() => void navigate(`/hires/${r.hireId}?tab=progress`)}
                  aria-label={r.name}
                >
                  <Table.Td>
                    <Text
                      fw={600}
                      component={Link}
                      to={`/hires/${r.hireId}?tab=progress`}
                      onClick={(e) => e.stopPropagation()}
                      c="inherit"
                    >
                      {r.name}
                    </Text>
                    {sampleIds.has(r.hireId) && (
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
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <StatusBadge status={r.status} />
                      <Text size="xs" c="dimmed" lineClamp={1} maw={220} title={r.reasons.join('; ')}>
                        {r.reasons[0]}
                      </Text>
                    </Group>
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
            })}
            {after(7)}
          </Table.Tbody>
        </Table>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            No hire matches.
          </Text>
        )}
      </Card>

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder padding="md" aria-label="Check-ins this week">
          <Text fw={600} mb="xs">
            Check-ins this week
          </Text>
          {d.thisWeek.checkIns.length === 0 ? (
            <Text size="sm" c="dimmed">
              None planned.
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {d.thisWeek.checkIns.map((c) => (
                <List.Item key={c.checkInId}>
                  <Text
                    span
                    size="sm"
                    component={Link}
                    to={`/hires/${c.hireId}/check-ins/${c.checkInId}`}
                    c={c.date < d.today ? 'red' : undefined}
                  >
                    {formatCalendarDate(c.date)} · {c.hireName}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
          <More shown={d.thisWeek.checkIns.length} total={d.thisWeek.totals.checkIns} />
        </Card>
        <Card withBorder padding="md" aria-label="Activities due this week">
          <Text fw={600} mb="xs">
            Activities due this week
          </Text>
          {d.thisWeek.activities.length === 0 ? (
            <Text size="sm" c="dimmed">
              None due.
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {d.thisWeek.activities.map((a) => (
                <List.Item key={`${a.hireId}-${a.title}`}>
                  {a.hireName}: {a.title}{' '}
                  <Text span size="xs" c="dimmed">
                    ({formatCalendarDate(a.dueDate)})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
          <More shown={d.thisWeek.activities.length} total={d.thisWeek.totals.activities} />
        </Card>
        <Card withBorder padding="md" aria-label="Action items due">
          <Text fw={600} mb="xs">
            Action items due
          </Text>
          {d.thisWeek.actionItems.length === 0 ? (
            <Text size="sm" c="dimmed">
              None due by {formatCalendarDate(d.thisWeek.weekEnd)}.
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {d.thisWeek.actionItems.map((a) => (
                <List.Item key={`${a.hireId}-${a.text}`}>
                  {a.text}{' '}
                  <Text span size="xs" c={a.dueOn < d.today ? 'red' : 'dimmed'}>
                    ({a.owner === 'manager' ? 'you' : a.hireName}, {formatCalendarDate(a.dueOn)})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
          <More shown={d.thisWeek.actionItems.length} total={d.thisWeek.totals.actionItems} />
        </Card>
      </SimpleGrid>

      <Card withBorder padding="md" aria-label="Coaching load">
        <Group justify="space-between" mb="xs">
          <div>
            <Title order={2} size="h4">
              Your coaching load
            </Title>
            <Text size="xs" c="dimmed">
              Planned hours per week for the next 8 weeks: one-on-ones ({d.minutesPerCheckIn} min each) and
              time to support the activities due.
            </Text>
          </div>
          <Button size="xs" variant="subtle" component={Link} to="/settings">
            Budget: {formatNumber(d.budgetHours)} h a week
          </Button>
        </Group>
        {overloaded.length > 0 && (
          <Alert
            color="red"
            icon={<IconAlertTriangle size={18} />}
            title="More coaching planned than you have time for"
            mb="sm"
            role="alert"
          >
            {overloaded.length} of the next 8 weeks go over your {formatNumber(d.budgetHours)} hours (up to{' '}
            {formatNumber(Math.max(...overloaded.map((w) => w.totalHours)))} h in the week of{' '}
            {formatCalendarDate(overloaded.reduce((a, b) => (b.totalHours > a.totalHours ? b : a)).weekStart)}
            ). Transitions slip when the coach is stretched: move check-ins, lighten a plan, or raise the
            budget if you really have the time.
          </Alert>
        )}
        <Suspense fallback={<Loader aria-label="Loading" />}>
          <LoadChart load={d.load} budgetHours={d.budgetHours} />
        </Suspense>
        <ChartTable
          label="Coaching hours per week"
          data={d.load.map((w) => ({
            week: formatCalendarDate(w.weekStart),
            'One-on-ones': w.checkIns,
            'One-on-one hours': w.checkInHours,
            'Coaching hours': w.coachingHours,
            'Total hours': w.totalHours,
            Budget: w.overBudget ? `Over ${d.budgetHours} h` : 'Within',
          }))}
          dataKey="week"
          dataKeyLabel="Week of"
          series={['One-on-ones', 'One-on-one hours', 'Coaching hours', 'Total hours', 'Budget']}
          format={(value) => formatNumber(value)}
        />
      </Card>
    </Stack>
  );
}
