// Record (or correct) an assessment: for each competency of the target role, the assessor picks
// the level whose description matches what the person does, and may note the evidence.
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Group,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Assessment, Assessor } from '@shared/assessments/schema';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { expectationFor } from '@shared/framework/lookup';
import { LEVELS, levelNames, type Framework, type Level, type Role } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { fieldErrors } from '../api/client';
import { useHireMutation } from '../hires/hire-queries';

interface Props {
  hire: Hire;
  framework: Framework;
  targetRole: Role;
  /** When given, the form corrects this assessment. */
  correcting?: Assessment;
  onDone: () => void;
}

export function AssessmentForm({ hire, framework, targetRole, correcting, onDone }: Props) {
  const create = useHireMutation(hire.id, 'assessments.create');
  const correct = useHireMutation(hire.id, 'assessments.correct');
  const competencies = framework.competencies.filter(
    (c) =>
      expectationFor(targetRole, c.id).level > 0 || correcting?.ratings.some((r) => r.competencyId === c.id),
  );
  const [assessedOn, setAssessedOn] = useState(correcting?.assessedOn ?? toCalendarDate(new Date()));
  const [assessor, setAssessor] = useState<Assessor>(correcting?.assessor ?? 'manager');
  const [levels, setLevels] = useState<Record<string, Level | undefined>>(() =>
    Object.fromEntries(correcting?.ratings.map((r) => [r.competencyId, r.level]) ?? []),
  );
  const [evidence, setEvidence] = useState<Record<string, string>>(() =>
    Object.fromEntries(correcting?.ratings.map((r) => [r.competencyId, r.evidence]) ?? []),
  );
  const [note, setNote] = useState(correcting?.note ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setProblem(null);
    const missing = competencies.filter((c) => levels[c.id] === undefined);
    const local: Record<string, string> = {};
    for (const c of missing) local[c.id] = `Pick the level that matches what ${hire.name.split(' ')[0]} does`;
    if (correcting && reason.trim() === '') local.reason = 'Say why you are correcting it';
    setErrors(local);
    if (Object.keys(local).length > 0) {
      setProblem(
        missing.length > 0
          ? `Pick a level for ${missing.length === 1 ? missing[0]?.name : `${missing.length} competencies`} first.`
          : 'Say why you are correcting it.',
      );
      return;
    }
    const ratings = competencies.map((c) => ({
      competencyId: c.id,
      level: levels[c.id] as Level,
      evidence: evidence[c.id] ?? '',
    }));
    try {
      if (correcting) await correct.mutateAsync({ id: correcting.id, ratings, note, reason });
      else await create.mutateAsync({ hireId: hire.id, assessedOn, assessor, ratings, note });
      notifications.show({
        title: correcting ? 'Correction saved' : 'Assessment saved',
        message: correcting ? 'The original stays in the history.' : `${hire.name}, ${assessedOn}`,
      });
      onDone();
    } catch (error) {
      const { fields, other } = fieldErrors(error);
      // Field paths such as ratings.3.level point at a competency row.
      const byCompetency: Record<string, string> = {};
      for (const [field, message] of Object.entries(fields)) {
        const match = /^ratings\.(\d+)\./.exec(field);
        const competency = match ? competencies[Number(match[1])] : undefined;
        byCompetency[competency ? competency.id : field] = message;
      }
      setErrors(byCompetency);
      setProblem(other ?? 'Check the highlighted fields.');
    }
  }

  return (
    <form onSubmit={save} aria-label={correcting ? 'Correct assessment' : 'Record assessment'} noValidate>
      <Stack gap="lg">
        <Card withBorder padding="md">
          <Group align="flex-end" gap="lg">
            <TextInput
              label="Date"
              type="date"
              value={assessedOn}
              onChange={(e) => setAssessedOn(e.currentTarget.value)}
              error={errors.assessedOn}
              disabled={Boolean(correcting)}
            />
            <div>
              <Text size="sm" fw={500} mb={4}>
                Assessed by
              </Text>
              <SegmentedControl
                aria-label="Assessed by"
                value={assessor}
                onChange={(value) => setAssessor(value as Assessor)}
                disabled={Boolean(correcting)}
                data={[
                  { value: 'manager', label: 'Me (manager)' },
                  { value: 'self', label: `${hire.name.split(' ')[0]} (self-assessment)` },
                ]}
              />
            </div>
          </Group>
          <Text size="sm" c="dimmed" mt="sm">
            Against the {targetRole.name} role. For each competency, pick the description that matches what
            the person does today — not what they could do with help.
          </Text>
        </Card>

        {framework.areas.map((area) => {
          const inArea = competencies.filter((c) => c.areaId === area.id);
          if (inArea.length === 0) return null;
          return (
            <section key={area.id} aria-labelledby={`assess-${area.id}`}>
              <Title order={2} size="h4" id={`assess-${area.id}`} mb="xs">
                {area.name}
              </Title>
              <Stack gap="sm">
                {inArea.map((c) => {
                  const target = expectationFor(targetRole, c.id);
                  return (
                    <Card key={c.id} withBorder padding="md" aria-label={c.name}>
                      <Radio.Group
                        value={levels[c.id] === undefined ? null : String(levels[c.id])}
                        onChange={(value) => setLevels((all) => ({ ...all, [c.id]: Number(value) as Level }))}
                        label={
                          <Group gap="xs">
                            <Text fw={600}>{c.name}</Text>
                            <Text size="xs" c="dimmed">
                              target: {target.level} · {levelNames[target.level]}
                            </Text>
                          </Group>
                        }
                        description={c.summary}
                        error={errors[c.id]}
                      >
                        <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs" mt="xs">
                          {LEVELS.map((level) => (
                            <Radio.Card
                              key={level}
                              value={String(level)}
                              p="xs"
                              radius="md"
                              aria-label={`${c.name}: ${level} · ${levelNames[level]}`}
                            >
                              <Group gap={6} wrap="nowrap" align="flex-start">
                                <Radio.Indicator size="xs" mt={2} />
                                <div>
                                  <Text size="xs" fw={700}>
                                    {level} · {levelNames[level]}
                                  </Text>
                                  <Text size="xs" c="dimmed">
                                    {c.levels[level]}
                                  </Text>
                                </div>
                              </Group>
                            </Radio.Card>
                          ))}
                        </SimpleGrid>
                      </Radio.Group>
                      <TextInput
                        mt="xs"
                        size="xs"
                        placeholder="Evidence (optional): what you saw, when"
                        aria-label={`${c.name} evidence`}
                        value={evidence[c.id] ?? ''}
                        onChange={(e) => {
                          const value = e.currentTarget.value;
                          setEvidence((all) => ({ ...all, [c.id]: value }));
                        }}
                      />
                    </Card>
                  );
                })}
              </Stack>
            </section>
          );
        })}

        <Textarea
          label="Overall note (optional)"
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        {correcting && (
          <TextInput
            label="Why are you correcting it?"
            description="Kept with the correction; the original assessment stays in the history."
            withAsterisk
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
          />
        )}
        {problem && (
          <Alert color="red" title="Not saved" role="alert">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending || correct.isPending}>
            {correcting ? 'Save correction' : 'Save assessment'}
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
