// Record (or correct) an assessment: for each competency of the target role, the assessor picks
// the level whose description matches what the person does, and may note the evidence. A new
// assessment starts from the levels the hire's current role usually has, marked as assumed until the
// manager confirms or changes them; a competency not observed is left out, and the plan assumes it.
import { memo, useCallback, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
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
import { expectationFor, findRole } from '@shared/framework/lookup';
import {
  LEVELS,
  levelNames,
  type Competency,
  type Framework,
  type Level,
  type Role,
} from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { fieldErrors } from '../api/client';
import { useHireMutation } from '../hires/hire-queries';
import { dateFieldError, formatCalendarDate } from '../format';

interface Props {
  hire: Hire;
  framework: Framework;
  targetRole: Role;
  /** When given, the form corrects this assessment. */
  correcting?: Assessment;
  /**
   * `saved` is the assessment just recorded or the correction, undefined when cancelled; `next` is
   * 'plan' when the manager asked to go on to the plan in the same click.
   */
  onDone: (saved?: Assessment, next?: 'plan') => void;
  /** Offers "Save and create the plan" (or re-plan) beside Save: the step that usually follows. */
  planStep?: 'create' | 'replan';
}

/** Where a competency's level came from: the current role's usual level, the assessor, or nowhere yet. */
type Source = 'assumed' | 'rated' | 'unrated';

interface Answers {
  levels: Record<string, Level | undefined>;
  sources: Record<string, Source>;
  notObserved: Record<string, boolean>;
}

function startingAnswers(
  competencies: Competency[],
  currentRole: Role | undefined,
  correcting?: Assessment,
): Answers {
  const answers: Answers = { levels: {}, sources: {}, notObserved: {} };
  for (const c of competencies) {
    const rating = correcting?.ratings.find((r) => r.competencyId === c.id);
    if (correcting) {
      answers.levels[c.id] = rating?.level;
      answers.sources[c.id] = rating ? 'rated' : 'unrated';
      answers.notObserved[c.id] = !rating;
    } else if (currentRole) {
      answers.levels[c.id] = expectationFor(currentRole, c.id).level;
      answers.sources[c.id] = 'assumed';
    } else {
      answers.sources[c.id] = 'unrated';
    }
  }
  return answers;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function AssessmentForm({ hire, framework, targetRole, correcting, onDone, planStep }: Props) {
  const create = useHireMutation(hire.id, 'assessments.create');
  const correct = useHireMutation(hire.id, 'assessments.correct');
  const competencies = framework.competencies.filter(
    (c) =>
      expectationFor(targetRole, c.id).level > 0 || correcting?.ratings.some((r) => r.competencyId === c.id),
  );
  const [assessedOn, setAssessedOn] = useState(correcting?.assessedOn ?? toCalendarDate(new Date()));
  const [assessor, setAssessor] = useState<Assessor>(correcting?.assessor ?? 'manager');
  const [evidence, setEvidence] = useState<Record<string, string>>(() =>
    Object.fromEntries(correcting?.ratings.map((r) => [r.competencyId, r.evidence]) ?? []),
  );
  const [note, setNote] = useState(correcting?.note ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const currentRole = findRole(framework, hire.currentRoleId);
  const [answers, setAnswers] = useState<Answers>(() =>
    startingAnswers(competencies, currentRole, correcting),
  );
  const firstName = hire.name.split(' ')[0];
  const pending = (c: Competency) => !answers.notObserved[c.id] && answers.sources[c.id] !== 'rated';

  const rate = useCallback((ids: string[], level?: Level) => {
    setAnswers((all) => {
      const next: Answers = {
        levels: { ...all.levels },
        sources: { ...all.sources },
        notObserved: { ...all.notObserved },
      };
      for (const id of ids) {
        if (level !== undefined) next.levels[id] = level;
        if (next.levels[id] === undefined) continue;
        next.sources[id] = 'rated';
        next.notObserved[id] = false;
      }
      return next;
    });
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([id]) => !ids.includes(id))));
  }, []);
  const rateOne = useCallback((id: string, level: Level) => rate([id], level), [rate]);
  const setNotObserved = useCallback((id: string, value: boolean) => {
    setAnswers((all) => ({ ...all, notObserved: { ...all.notObserved, [id]: value } }));
    setErrors((all) => Object.fromEntries(Object.entries(all).filter(([key]) => key !== id)));
  }, []);
  const setEvidenceOf = useCallback(
    (id: string, value: string) => setEvidence((all) => ({ ...all, [id]: value })),
    [],
  );

  /** Takes the keyboard to a competency that still needs an answer, on its chosen (or first) level. */
  function focusCompetency(id: string) {
    const card = document.getElementById(cardId(id));
    const radio =
      card?.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]') ??
      card?.querySelector<HTMLElement>('[role="radio"]');
    radio?.focus();
    card?.scrollIntoView?.({ block: 'center' });
  }

  async function save(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Which submit button was pressed (Enter presses the first, "Save assessment").
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const next = submitter?.getAttribute('value') === 'plan' ? 'plan' : undefined;
    setProblem(null);
    const missing = competencies.filter(pending);
    const observed = competencies.filter((c) => !answers.notObserved[c.id]);
    const local: Record<string, string> = {};
    for (const c of missing)
      local[c.id] =
        answers.sources[c.id] === 'assumed'
          ? `Assumed: confirm it, pick the level that matches what ${firstName} does, or mark it not observed`
          : `Pick the level that matches what ${firstName} does, or mark it not observed`;
    if (correcting && reason.trim() === '') local.reason = 'Say why you are correcting it';
    setErrors(local);
    if (missing.length > 0) {
      setProblem(
        `Confirm or change ${listNames(missing.map((c) => c.name))}, or mark ${missing.length === 1 ? 'it' : 'them'} not observed.`,
      );
      focusCompetency(missing[0]?.id ?? '');
      return;
    }
    if (observed.length === 0) {
      setProblem('Every competency is marked not observed: rate at least one.');
      return;
    }
    if (local.reason) {
      setProblem('Say why you are correcting it.');
      return;
    }
    // A competency not observed is left out: the plan assumes its level.
    const ratings = observed.map((c) => ({
      competencyId: c.id,
      level: answers.levels[c.id] as Level,
      evidence: evidence[c.id] ?? '',
    }));
    try {
      const saved = correcting
        ? await correct.mutateAsync({ id: correcting.id, ratings, note, reason })
        : await create.mutateAsync({ hireId: hire.id, assessedOn, assessor, ratings, note });
      notifications.show({
        title: correcting ? 'Correction saved' : 'Assessment saved',
        message: correcting
          ? 'The original stays in the history.'
          : `${hire.name}, ${formatCalendarDate(assessedOn)}`,
      });
      onDone(saved, next);
    } catch (error) {
      const { fields, other } = fieldErrors(error);
      // Field paths such as ratings.3.level point at a competency row.
      const byCompetency: Record<string, string> = {};
      for (const [field, message] of Object.entries(fields)) {
        const match = /^ratings\.(\d+)\./.exec(field);
        const competency = match ? observed[Number(match[1])] : undefined;
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
              error={errors.assessedOn && dateFieldError('date', assessedOn, errors.assessedOn)}
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
            {!correcting &&
              currentRole &&
              ` Each starts at the level a ${currentRole.name} usually has, marked assumed: confirm it (a click on the level, or a whole area at once), pick another, or mark it not observed and the plan will assume it.`}
          </Text>
        </Card>

        {framework.areas.map((area) => {
          const inArea = competencies.filter((c) => c.areaId === area.id);
          if (inArea.length === 0) return null;
          const assumed = inArea.filter(
            (c) => !answers.notObserved[c.id] && answers.sources[c.id] === 'assumed',
          );
          const many = assumed.length === 1 ? 'level' : 'levels';
          return (
            <section key={area.id} aria-labelledby={`assess-${area.id}`}>
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4" id={`assess-${area.id}`}>
                  {area.name}
                </Title>
                {assumed.length > 0 && (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`Confirm ${assumed.length} assumed ${many} in ${area.name}`}
                    onClick={() => rate(assumed.map((c) => c.id))}
                  >
                    Confirm {assumed.length} assumed {many}
                  </Button>
                )}
              </Group>
              <Stack gap="sm">
                {inArea.map((c) => (
                  <CompetencyCard
                    key={c.id}
                    competency={c}
                    target={expectationFor(targetRole, c.id).level}
                    level={answers.levels[c.id]}
                    assumedFrom={answers.sources[c.id] === 'assumed' ? currentRole?.name : undefined}
                    notObserved={Boolean(answers.notObserved[c.id])}
                    error={errors[c.id]}
                    evidence={evidence[c.id] ?? ''}
                    onRate={rateOne}
                    onNotObserved={setNotObserved}
                    onEvidence={setEvidenceOf}
                  />
                ))}
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
          <Button
            type="submit"
            variant={planStep && !correcting ? 'default' : 'filled'}
            loading={create.isPending || correct.isPending}
            value="save"
          >
            {correcting ? 'Save correction' : 'Save assessment'}
          </Button>
          {planStep && !correcting && (
            <Button type="submit" loading={create.isPending} value="plan">
              {planStep === 'create' ? 'Save and create the plan' : 'Save and re-plan'}
            </Button>
          )}
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface CompetencyCardProps {
  competency: Competency;
  target: Level;
  level: Level | undefined;
  /** The role whose usual level is shown, while it is assumed. */
  assumedFrom: string | undefined;
  notObserved: boolean;
  error: string | undefined;
  evidence: string;
  onRate: (competencyId: string, level: Level) => void;
  onNotObserved: (competencyId: string, value: boolean) => void;
  onEvidence: (competencyId: string, value: string) => void;
}

/** The element id of a competency's card, where a blocked save takes the keyboard. */
const cardId = (competencyId: string) => `assess-competency-${competencyId}`;

/**
 * One competency: its five level descriptions to pick from, whether the level is assumed, evidence.
 * Memoised: a click on one card re-renders that card, not all fifteen.
 */
const CompetencyCard = memo(function CompetencyCard(props: CompetencyCardProps) {
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
    </Card>
  );
});
