// A coaching plan on screen: its brief, warnings, and phases with goals and dated activities.
import { Alert, Card, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ActivityKind } from '@shared/framework/types';
import type { Plan } from '@shared/planner';
import { formatCalendarDate, formatNumber, formatPercent } from '../format';
import { PlanBrief } from './PlanBrief';
import { PhaseTimeline } from './PhaseTimeline';

/** What the overview parts need; a generated plan and a saved plan both have it. */
export type PlanOverview = Pick<
  Plan,
  | 'options'
  | 'horizon'
  | 'totals'
  | 'load'
  | 'warnings'
  | 'expectations'
  | 'carryOver'
  | 'letGo'
  | 'reassessments'
  | 'gaps'
  | 'assumedCurrentLevels'
  | 'transitionWork'
  | 'followOn'
  | 'milestones'
> & { checkIns: { date: string }[]; phases: unknown[] };

function cadenceText(plan: PlanOverview): string {
  if (plan.options.cadence === 'weekly') return 'weekly';
  if (plan.options.cadence === 'biweekly') return 'every two weeks';
  return plan.phases.length > 1 ? 'weekly, then every two weeks once they own the work' : 'every two weeks';
}

export function PlanSummary({ plan }: { plan: PlanOverview }) {
  const total = plan.totals.effortHours || 1;
  const share = (kind: ActivityKind) => formatPercent(plan.totals.hoursByKind[kind] / total);
  const stats: [string, string][] = [
    ['Runs', `${formatCalendarDate(plan.horizon.startDate)} – ${formatCalendarDate(plan.horizon.endDate)}`],
    ['Length', `${plan.horizon.weeks} weeks`],
    [
      'Development time',
      `${formatNumber(plan.options.hoursPerWeek)} h a week${plan.load.paceHoursPerWeek < plan.options.hoursPerWeek ? ` (about ${formatNumber(plan.load.paceHoursPerWeek)} h needed)` : ''}`,
    ],
    ['Activities', `${plan.totals.activities} · ${formatNumber(plan.totals.effortHours)} h`],
    [
      'Mix',
      plan.totals.activities
        ? `${share('experience')} on the job · ${share('people')} with people · ${share('course')} courses`
        : '—',
    ],
    ['One-on-ones', `${plan.checkIns.length}, ${cadenceText(plan)}`],
  ];
  return (
    <Card withBorder padding="lg">
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md">
        {stats.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {label}
            </Text>
            <Text size="sm">{value}</Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}

export function PlanWarnings({ plan }: { plan: PlanOverview }) {
  if (plan.warnings.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Before you start" role="status">
      <List size="sm" spacing={4}>
        {plan.warnings.map((w) => (
          <List.Item key={w}>{w}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function PlanSchedule({ plan }: { plan: PlanOverview }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          Reassessments
        </Text>
        <Table verticalSpacing={4} aria-label="Reassessments">
          <Table.Tbody>
            {plan.reassessments.map((r) => (
              <Table.Tr key={r.date}>
                <Table.Td w={120} style={{ whiteSpace: 'nowrap' }}>
                  {formatCalendarDate(r.date)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.reason}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          One-on-ones
        </Text>
        <Text size="sm" mb="xs">
          {plan.checkIns.length} check-ins, {cadenceText(plan)}.
        </Text>
        <Text size="sm" c="dimmed">
          First on {formatCalendarDate(plan.checkIns[0]?.date ?? plan.horizon.startDate)}: set the new role’s
          expectations explicitly. Last on{' '}
          {formatCalendarDate(plan.checkIns.at(-1)?.date ?? plan.horizon.endDate)}.
        </Text>
      </Card>
      {plan.milestones.length > 0 && (
        <Card withBorder padding="md" style={{ gridColumn: '1 / -1' }}>
          <Text fw={600} mb="xs">
            Milestones
          </Text>
          <Table verticalSpacing={4} aria-label="Milestones">
            <Table.Tbody>
              {plan.milestones.map((m) => (
                <Table.Tr key={m.day}>
                  <Table.Td w={90} style={{ whiteSpace: 'nowrap' }}>
                    {m.label}
                  </Table.Td>
                  <Table.Td w={120} style={{ whiteSpace: 'nowrap' }}>
                    {formatCalendarDate(m.date)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{m.expect}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </SimpleGrid>
  );
}

/** The whole plan, read-only. */
export function PlanView({ plan }: { plan: Plan }) {
  return (
    <Stack gap="lg">
      <PlanSummary plan={plan} />
      <PlanWarnings plan={plan} />
      <PlanBrief plan={plan} />
      <PhaseTimeline plan={plan} />
      <PlanSchedule plan={plan} />
    </Stack>
  );
}
