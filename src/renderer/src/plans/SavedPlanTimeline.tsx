// A saved plan's phases and goals, worked in place: mark activities done (with the date), move a
// due date, add the manager's own activity to a goal, remove one (with undo). The move's own work
// (expectations, peer, hand-overs) leads the first phase. Read-only for old versions.
import { useState } from 'react';
import { Button, Card, Group, Progress, Stack, Table, Text, Timeline } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { levelNames } from '@shared/framework/types';
import type { MoveWork, SavedGoal, SavedPlan } from '@shared/plans/schema';
import { formatCalendarDate } from '../format';
import { PhaseBullet, PhaseTitle } from './PhaseTimeline';
import { ActivityRow } from './SavedActivityRow';
import { AddActivityModal } from './AddActivityModal';
import { useMayChangeHires } from '../team/session';

/** The work of the move itself, ticked off like any activity: it runs in the first weeks. */
function MoveWorkCard({ plan, editable }: { plan: SavedPlan; editable: boolean }) {
  const live = plan.moveWork.filter((a) => a.status !== 'removed');
  if (live.length === 0) return null;
  const done = live.filter((a) => a.status === 'done').length;
  const note = (a: MoveWork) =>
    `Runs ${formatCalendarDate(a.startDate)} – ${formatCalendarDate(a.dueDate)}. Ask at the one-on-ones: ${a.checkInTopic}`;
  return (
    <Card withBorder padding="sm" aria-label="The move itself">
      <Group justify="space-between" mb={6} wrap="nowrap">
        <div>
          <Text fw={600}>The move itself</Text>
          <Text size="xs" c="dimmed">
            Say what success means now, find a peer, and hand over the old role’s work
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          <Text size="xs" c="dimmed">
            {done}/{live.length} done
          </Text>
          <Progress value={(done / live.length) * 100} w={80} size="sm" aria-hidden />
        </Group>
      </Group>
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {live.map((a) => (
            <ActivityRow key={a.id} activity={a} plan={plan} editable={editable} note={note(a)} />
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

export function SavedPlanTimeline({ plan }: { plan: SavedPlan }) {
  const editable = useMayChangeHires() && plan.status === 'current';
  const [adding, setAdding] = useState<SavedGoal | null>(null);
  return (
    <>
      <Timeline bulletSize={28} lineWidth={2} active={-1}>
        {plan.phases.map((phase) => (
          <Timeline.Item
            key={phase.id}
            bullet={<PhaseBullet index={phase.index} />}
            title={<PhaseTitle phase={phase} />}
          >
            <Text size="sm" c="dimmed" mb="sm">
              {phase.focus}
            </Text>
            <Stack gap="sm" mb="lg">
              {phase === plan.phases[0] && <MoveWorkCard plan={plan} editable={editable} />}
              {phase.goals.length === 0 && <Text size="sm">No new skills to build in this phase.</Text>}
              {phase.goals.map((goal) => {
                const live = goal.activities.filter((a) => a.status !== 'removed');
                const done = live.filter((a) => a.status === 'done').length;
                return (
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
                          {goal.toLevel}) · by {formatCalendarDate(goal.dueDate)}
                        </Text>
                      </div>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="xs" c="dimmed">
                          {done}/{live.length} done
                        </Text>
                        <Progress
                          value={live.length ? (done / live.length) * 100 : 0}
                          w={80}
                          size="sm"
                          aria-hidden
                        />
                      </Group>
                    </Group>
                    <Table verticalSpacing={6}>
                      <Table.Tbody>
                        {live.map((a) => (
                          <ActivityRow key={a.id} activity={a} plan={plan} editable={editable} />
                        ))}
                      </Table.Tbody>
                    </Table>
                    {editable && (
                      <Group mt="xs">
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconPlus size={12} />}
                          onClick={() => setAdding(goal)}
                        >
                          Add activity
                        </Button>
                      </Group>
                    )}
                  </Card>
                );
              })}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
      {plan.earlierWork.length > 0 && (
        <Card withBorder padding="md">
          <Text fw={600}>Done in earlier versions</Text>
          <Text size="sm" c="dimmed" mb="xs">
            Completed work whose goal this version no longer needs.
          </Text>
          <Table verticalSpacing={4} aria-label="Done in earlier versions">
            <Table.Tbody>
              {plan.earlierWork.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    <Text size="sm">{a.title}</Text>
                  </Table.Td>
                  <Table.Td w={160}>
                    <Text size="sm" c="teal">
                      Done {formatCalendarDate(a.doneOn ?? '')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
      <AddActivityModal
        key={adding?.id ?? 'none'}
        goal={adding}
        plan={plan}
        onClose={() => setAdding(null)}
      />
    </>
  );
}
