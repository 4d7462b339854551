// G of GROW: the goals in focus this period, and how confident the person feels about each.
import { Group, SegmentedControl, Stack, Text } from '@mantine/core';
import type { Agenda } from '@shared/checkins/schema';
import { levelNames, type Level } from '@shared/framework/types';
import { formatCalendarDate } from '../format';
import { TopicsAgenda } from '../topics/TopicsAgenda';
import { GrowSection } from './GrowSection';

export function GoalSection({
  agenda,
  pulses,
  held,
  heldOn,
  onPulse,
}: {
  agenda: Agenda;
  pulses: Record<string, number>;
  held: boolean;
  /** The day the one-on-one is held on: a topic discussed or dropped is closed that day. */
  heldOn: string;
  onPulse: (competencyId: string, confidence: number) => void;
}) {
  return (
    <GrowSection
      letter="G"
      title="Goal"
      hint="The goals in focus this period. Ask how confident the person feels about each (1 low, 5 high)."
    >
      {agenda.goals.length === 0 && (
        <Text size="sm" c="dimmed">
          No plan goals in focus. Use this one-on-one for what the person brings.
        </Text>
      )}
      <Stack gap="sm">
        {agenda.focusCompetencies.map((c) => {
          const goal = agenda.goals.find((g) => g.competencyId === c.id);
          return (
            <div key={c.id}>
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text size="sm" fw={600}>
                    {c.name}
                  </Text>
                  {goal && (
                    <Text size="xs" c="dimmed">
                      {levelNames[goal.fromLevel as Level]} → {levelNames[goal.toLevel as Level]} by{' '}
                      {formatCalendarDate(goal.dueDate)}
                    </Text>
                  )}
                </div>
                <SegmentedControl
                  size="xs"
                  // Filled, so the chosen rating stands out from the four left unchosen.
                  color="indigo"
                  aria-label={`Confidence in ${c.name}`}
                  disabled={held}
                  value={pulses[c.id] ? String(pulses[c.id]) : ''}
                  onChange={(value) => onPulse(c.id, Number(value))}
                  data={['1', '2', '3', '4', '5']}
                />
              </Group>
            </div>
          );
        })}
      </Stack>
      {!held && <TopicsAgenda hireId={agenda.checkIn.hireId} hireName={agenda.hireName} closeOn={heldOn} />}
    </GrowSection>
  );
}
