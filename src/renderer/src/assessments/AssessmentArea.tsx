// One area of the framework in the assessment form: its competencies, and one click to confirm every
// level in it that is still assumed from the current role.
import { Button, Group, Stack, Title } from '@mantine/core';
import { expectationFor } from '@shared/framework/lookup';
import type { Area, Competency, Level, Role } from '@shared/framework/types';
import type { Answers } from './assessment-answers';
import type { EvidenceEntry } from '@shared/evidence/schema';
import { CompetencyCard } from './AssessmentCompetencyCard';

const NOTHING_LOGGED: readonly EvidenceEntry[] = [];

export function AreaSection({
  area,
  competencies,
  targetRole,
  currentRole,
  answers,
  errors,
  evidence,
  logged,
  hireName,
  onConfirm,
  onRate,
  onNotObserved,
  onEvidence,
}: {
  area: Area;
  /** The competencies of this area the form asks about. */
  competencies: Competency[];
  targetRole: Role;
  currentRole: Role | undefined;
  answers: Answers;
  errors: Record<string, string>;
  evidence: Record<string, string>;
  /** The evidence log by competency. */
  logged: ReadonlyMap<string, readonly EvidenceEntry[]> | undefined;
  hireName: string;
  /** Confirms the assumed levels of these competencies as rated. */
  onConfirm: (competencyIds: string[]) => void;
  onRate: (competencyId: string, level: Level) => void;
  onNotObserved: (competencyId: string, value: boolean) => void;
  onEvidence: (competencyId: string, value: string) => void;
}) {
  if (competencies.length === 0) return null;
  const assumed = competencies.filter(
    (c) => !answers.notObserved[c.id] && answers.sources[c.id] === 'assumed',
  );
  const many = assumed.length === 1 ? 'level' : 'levels';
  return (
    <section aria-labelledby={`assess-${area.id}`}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={`assess-${area.id}`}>
          {area.name}
        </Title>
        {assumed.length > 0 && (
          <Button
            size="xs"
            variant="light"
            aria-label={`Confirm ${assumed.length} assumed ${many} in ${area.name}`}
            onClick={() => onConfirm(assumed.map((c) => c.id))}
          >
            Confirm {assumed.length} assumed {many}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {competencies.map((c) => (
          <CompetencyCard
            key={c.id}
            competency={c}
            target={expectationFor(targetRole, c.id).level}
            level={answers.levels[c.id]}
            assumedFrom={answers.sources[c.id] === 'assumed' ? currentRole?.name : undefined}
            notObserved={Boolean(answers.notObserved[c.id])}
            error={errors[c.id]}
            evidence={evidence[c.id] ?? ''}
            logged={logged?.get(c.id) ?? NOTHING_LOGGED}
            hireName={hireName}
            onRate={onRate}
            onNotObserved={onNotObserved}
            onEvidence={onEvidence}
          />
        ))}
      </Stack>
    </section>
  );
}
