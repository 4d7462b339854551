// The brief of a coaching plan: the expectations, what carries over and what to let go, the levels
// it assumed, the work of the move itself in the first weeks, and the optional follow-on.
import { Card, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { levelNames } from '@shared/framework/types';
import { formatCalendarDate } from '../format';
import { KindBadge } from './KindBadge';
import type { PlanOverview } from './PlanView';

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
