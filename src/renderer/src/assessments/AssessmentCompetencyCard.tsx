// One competency in the assessment form: its five level descriptions to pick from, whether the
// level is assumed, and the evidence.
import { memo } from 'react';
import { Badge, Card, Checkbox, Group, Radio, SimpleGrid, Text, TextInput } from '@mantine/core';
import { LEVELS, levelNames, type Competency, type Level } from '@shared/framework/types';
import type { EvidenceEntry } from '@shared/evidence/schema';
import { LoggedEvidence } from '../evidence/LoggedEvidence';

interface CompetencyCardProps {
  competency: Competency;
  target: Level;
  level: Level | undefined;
  /** The role whose usual level is shown, while it is assumed. */
  assumedFrom: string | undefined;
  notObserved: boolean;
  error: string | undefined;
  evidence: string;
  /** The evidence log's entries for this competency, newest first. */
  logged: readonly EvidenceEntry[];
  hireName: string;
  onRate: (competencyId: string, level: Level) => void;
  onNotObserved: (competencyId: string, value: boolean) => void;
  onEvidence: (competencyId: string, value: string) => void;
}

/** The element id of a competency's card, where a blocked save takes the keyboard. */
export const cardId = (competencyId: string) => `assess-competency-${competencyId}`;

/**
 * One competency: its five level descriptions to pick from, whether the level is assumed, evidence.
 * Memoised: a click on one card re-renders that card, not all fifteen.
 */
export const CompetencyCard = memo(function CompetencyCard(props: CompetencyCardProps) {
  const { competency: c, target, level, assumedFrom, notObserved, error } = props;
  const chosen = notObserved || level === undefined ? null : String(level);
  return (
    <Card
      id={cardId(c.id)}
      withBorder
      padding="md"
      aria-label={c.name}
      className="assessment-competency"
      data-assumed={assumedFrom !== undefined && !notObserved ? true : undefined}
      data-not-observed={notObserved || undefined}
    >
      <Radio.Group
        value={chosen}
        onChange={(value) => props.onRate(c.id, Number(value) as Level)}
        label={
          <Group gap="xs">
            <Text fw={600}>{c.name}</Text>
            <Text size="xs" c="dimmed">
              target: {target} · {levelNames[target]}
            </Text>
            {assumedFrom !== undefined && !notObserved && (
              <Badge color="yellow" variant="light" size="sm" miw="fit-content">
                Assumed from {assumedFrom}
              </Badge>
            )}
            {notObserved && (
              <Badge color="gray" variant="light" size="sm" miw="fit-content">
                Not observed: the plan assumes it
              </Badge>
            )}
          </Group>
        }
        description={c.summary}
        error={error}
      >
        <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs" mt="xs">
          {LEVELS.map((option) => (
            <Radio.Card
              key={option}
              value={String(option)}
              className="level-card"
              p="xs"
              radius="md"
              aria-label={`${c.name}: ${option} · ${levelNames[option]}`}
              // A click on the assumed level confirms it; the group only reports changes.
              onClick={() => props.onRate(c.id, option)}
            >
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Radio.Indicator size="xs" mt={2} />
                <div>
                  <Text size="xs" fw={700}>
                    {option} · {levelNames[option]}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {c.levels[option]}
                  </Text>
                </div>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <Group mt="xs" gap="md" wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          placeholder="Evidence (optional): what you saw, when"
          aria-label={`${c.name} evidence`}
          value={props.evidence}
          onChange={(e) => props.onEvidence(c.id, e.currentTarget.value)}
        />
        <Checkbox
          size="xs"
          label="Not observed"
          aria-label={`${c.name}: not observed`}
          checked={notObserved}
          onChange={(e) => props.onNotObserved(c.id, e.currentTarget.checked)}
        />
      </Group>
      <LoggedEvidence entries={props.logged} competencyName={c.name} hireName={props.hireName} />
    </Card>
  );
});
