// A coaching plan on screen: its brief, warnings, and phases with goals and dated activities.
import {
  Alert,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Timeline,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ActivityKind } from '@shared/framework/types';
import { levelNames } from '@shared/framework/types';
import type { Plan } from '@shared/planner';
import { formatCalendarDate, formatNumber, formatPercent } from '../format';
import { KindBadge } from './KindBadge';

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

/** `moveWorkInTimeline`: a saved plan shows the move's work in its first phase, to be ticked off there. */
export function PlanBrief({
  plan,
  moveWorkInTimeline = false,
}: {
  plan: PlanOverview;
  moveWorkInTimeline?: boolean;
}) {
  return (
    <Stack gap="md">
      <BriefCards plan={plan} />
      <AssumedLevels plan={plan} />
      {!moveWorkInTimeline && <FirstWeeks plan={plan} />}
      <FollowOn plan={plan} />
    </Stack>
  );
}

function BriefCards({ plan }: { plan: PlanOverview }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Card withBorder padding="md" style={{ gridColumn: 'span 1' }}>
        <Text fw={600} mb="xs">
          Expectations to set
        </Text>
        <Stack gap={6} aria-label="Expectations brief">
          {plan.expectations.slice(0, 3).map((p) => (
            <Text key={p} size="sm">
              {p}
            </Text>
          ))}
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          Strengths to lean on
        </Text>
        {plan.carryOver.length === 0 ? (
          <Text size="sm" c="dimmed">
            None yet at the new role’s level.
          </Text>
        ) : (
          <List size="sm" spacing={2} aria-label="Strengths to lean on">
            {plan.carryOver.map((s) => (
              <List.Item key={s.competencyId}>
                {s.name}{' '}
                <Text span c="dimmed" size="xs">
                  ({levelNames[s.level]})
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          Let go or hand to others
        </Text>
        {plan.letGo.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing to hand over in this move.
          </Text>
        ) : (
          <List size="sm" spacing={2} aria-label="Let go or hand to others">
            {plan.letGo.map((s) => (
              <List.Item key={s.competencyId}>{s.name}</List.Item>
            ))}
          </List>
        )}
      </Card>
    </SimpleGrid>
  );
}

/** Competencies a partial assessment left out: the plan assumed the old role's level for them. */
function AssumedLevels({ plan }: { plan: PlanOverview }) {
  const assumed = plan.gaps.filter((g) => g.assumed);
  if (plan.assumedCurrentLevels || assumed.length === 0) return null;
  return (
    <Text size="sm" c="dimmed" aria-label="Assumed levels">
      Not assessed, assumed at the previous role’s level:{' '}
      {assumed.map((g) => `${g.name} (${levelNames[g.current]})`).join(', ')}.
    </Text>
  );
}

/** The work of the move itself: the expectations conversation, a peer, and each hand-over, with dates. */
function FirstWeeks({ plan }: { plan: PlanOverview }) {
  if (plan.transitionWork.length === 0) return null;
  return (
    <Card withBorder padding="md">
      <Text fw={600} mb="xs">
        The move itself: first weeks
      </Text>
      <Table verticalSpacing={6} aria-label="The move itself">
        <Table.Tbody>
          {plan.transitionWork.map((w) => (
            <Table.Tr key={w.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {w.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {w.description} With: {w.withWhom}. Ask: {w.checkInTopic}
                </Text>
              </Table.Td>
              <Table.Td w={150} style={{ whiteSpace: 'nowrap' }}>
                <KindBadge kind={w.kind} />
              </Table.Td>
              <Table.Td w={220} style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">
                  {formatCalendarDate(w.startDate)} – {formatCalendarDate(w.dueDate)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** Lower-weight gaps left out of the dated plan, clearly optional. */
function FollowOn({ plan }: { plan: PlanOverview }) {
  if (plan.followOn.length === 0) return null;
  return (
    <Card withBorder padding="md">
      <Text fw={600} mb="xs">
        Optional follow-on (not dated)
      </Text>
      <List size="sm" spacing={2} aria-label="Optional follow-on">
        {plan.followOn.map((g) => (
          <List.Item key={`${g.competencyId}@${g.toLevel}`}>
            {g.competencyName}: {levelNames[g.fromLevel]} → {levelNames[g.toLevel]}
            {g.activityTitles.length > 0 ? ` (for example: ${g.activityTitles.join('; ')})` : ''}
          </List.Item>
        ))}
      </List>
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

/** The numbered bullet of a phase on a plan timeline. */
export function PhaseBullet({ index }: { index: number }) {
  return (
    <ThemeIcon size={28} radius="xl" variant="light">
      <Text size="sm" fw={700}>
        {index + 1}
      </Text>
    </ThemeIcon>
  );
}

/** A phase's name and dates on a plan timeline. */
export function PhaseTitle({ phase }: { phase: { name: string; startDate: string; endDate: string } }) {
  return (
    <Group gap="sm">
      <Title order={3} size="h4">
        {phase.name}
      </Title>
      <Text size="sm" c="dimmed">
        {formatCalendarDate(phase.startDate)} – {formatCalendarDate(phase.endDate)}
      </Text>
    </Group>
  );
}

export function PhaseTimeline({ plan }: { plan: Plan }) {
  return (
    <Timeline bulletSize={28} lineWidth={2} active={-1}>
      {plan.phases.map((phase) => (
        <Timeline.Item
          key={phase.index}
          bullet={<PhaseBullet index={phase.index} />}
          title={<PhaseTitle phase={phase} />}
        >
          <Text size="sm" c="dimmed" mb="sm">
            {phase.focus}
          </Text>
          <Stack gap="sm" mb="lg">
            {phase.goals.length === 0 && (
              <Text size="sm">
                No new skills to build: use the one-on-ones to hand over ownership and confirm the move.
              </Text>
            )}
            {phase.goals.map((goal) => (
              <Card
                key={goal.id}
                withBorder
                padding="sm"
                aria-label={`Goal: ${goal.competencyName} to level ${goal.toLevel}`}
              >
                <Group justify="space-between" mb={6} wrap="nowrap">
                  <div>
                    <Text fw={600}>{goal.competencyName}</Text>
                    <Text size="xs" c="dimmed">
                      {levelNames[goal.fromLevel]} → {levelNames[goal.toLevel]} (level {goal.fromLevel} →{' '}
                      {goal.toLevel})
                    </Text>
                  </div>
                  <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    by {formatCalendarDate(goal.dueDate)}
                  </Text>
                </Group>
                <Table verticalSpacing={6} withRowBorders>
                  <Table.Tbody>
                    {goal.activities.map((a) => (
                      <Table.Tr key={a.activityId}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {a.title}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {a.description} With: {a.withWhom}.
                          </Text>
                        </Table.Td>
                        <Table.Td w={150} style={{ whiteSpace: 'nowrap' }}>
                          <KindBadge kind={a.kind} />
                        </Table.Td>
                        <Table.Td w={60} style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{formatNumber(a.effortHours)} h</Text>
                        </Table.Td>
                        <Table.Td w={110} style={{ whiteSpace: 'nowrap' }}>
                          <Text size="sm">{formatCalendarDate(a.dueDate)}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Card>
            ))}
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
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
