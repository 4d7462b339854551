// Record (or correct) an assessment: for each competency of the target role, the assessor picks
// the level whose description matches what the person does, and may note the evidence. A new
// assessment starts from the levels the hire's current role usually has, marked as assumed until the
// manager confirms or changes them; a competency not observed is left out, and the plan assumes it.
import { useCallback, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Assessment, Assessor } from '@shared/assessments/schema';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { expectationFor, findRole } from '@shared/framework/lookup';
import { type Competency, type Framework, type Level, type Role } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { fieldErrors } from '../api/errors';
import { dateFieldError, formatCalendarDate } from '../format';
import { useHireMutation } from '../hires/queries';
import { listNames, startingAnswers, type Answers } from './assessment-answers';
import { cardId } from './AssessmentCompetencyCard';
import { AreaSection } from './AssessmentArea';
import type { EvidenceEntry } from '@shared/evidence/schema';

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
  /** The evidence log by competency, shown under each competency's card. */
  logged?: ReadonlyMap<string, readonly EvidenceEntry[]>;
}

export function AssessmentForm({ hire, framework, targetRole, correcting, onDone, planStep, logged }: Props) {
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

        {framework.areas.map((area) => (
          <AreaSection
            key={area.id}
            area={area}
            competencies={competencies.filter((c) => c.areaId === area.id)}
            targetRole={targetRole}
            currentRole={currentRole}
            answers={answers}
            errors={errors}
            evidence={evidence}
            logged={logged}
            hireName={hire.name}
            onConfirm={rate}
            onRate={rateOne}
            onNotObserved={setNotObserved}
            onEvidence={setEvidenceOf}
          />
        ))}

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
