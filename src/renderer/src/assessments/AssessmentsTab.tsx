// A hire's assessments: the gap view from the latest ones, the history, and recording or correcting one.
import { Fragment, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Button, Card, EmptyState, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconRoute } from '@tabler/icons-react';
import type { Assessment } from '@shared/assessments/schema';
import { levelNames, type Framework, type Role } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { useEvidenceByCompetency } from '../evidence/queries';
import { formatCalendarDate } from '../format';
import { useCurrentPlan } from '../plans/queries';
import { AssessmentForm } from './AssessmentForm';
import { GapView } from './GapView';
import { useMayChangeHires } from '../team/session';

type Mode = { kind: 'history' } | { kind: 'new' } | { kind: 'correct'; assessment: Assessment };

function latestBy(assessments: Assessment[], assessor: Assessment['assessor']) {
  return assessments.find((a) => a.assessor === assessor && a.correctedById === null);
}

export function AssessmentsTab({
  hire,
  framework,
  targetRole,
  assessments,
  startRecording = false,
  onCreatePlan,
}: {
  hire: Hire;
  framework: Framework;
  targetRole: Role;
  assessments: Assessment[];
  /** Open on a new assessment's form: the step offered after adding the hire. */
  startRecording?: boolean;
  /** Goes to the plan tab's preview, built from the latest assessment. */
  onCreatePlan?: () => void;
}) {
  const editable = useMayChangeHires() && hire.status === 'active';
  const [mode, setMode] = useState<Mode>({ kind: startRecording && editable ? 'new' : 'history' });
  const [justSaved, setJustSaved] = useState<Assessment | null>(null);
  const currentPlan = useCurrentPlan(hire.id);
  const logged = useEvidenceByCompetency(hire.id);
  const [open, setOpen] = useState<string | null>(null);
  const names = new Map(framework.competencies.map((c) => [c.id, c.name]));

  if (mode.kind !== 'history') {
    return (
      <Stack gap="md">
        <Title order={2} size="h3">
          {mode.kind === 'new'
            ? 'Record an assessment'
            : `Correct the assessment of ${formatCalendarDate(mode.assessment.assessedOn)}`}
        </Title>
        <AssessmentForm
          hire={hire}
          framework={framework}
          targetRole={targetRole}
          correcting={mode.kind === 'correct' ? mode.assessment : undefined}
          logged={logged}
          planStep={
            mode.kind === 'new' && onCreatePlan && currentPlan.isSuccess
              ? currentPlan.data
                ? 'replan'
                : 'create'
              : undefined
          }
          onDone={(saved, next) => {
            if (saved && next === 'plan' && onCreatePlan) return onCreatePlan();
            setJustSaved(saved ?? null);
            setMode({ kind: 'history' });
          }}
        />
      </Stack>
    );
  }

  const manager = latestBy(assessments, 'manager');
  const self = latestBy(assessments, 'self');

  if (assessments.length === 0) {
    return (
      <EmptyState
        icon={<IconClipboardCheck size={32} />}
        withIndicatorBackground
        title="No assessments yet"
        description={`Rate ${hire.name} against the ${targetRole.name} role, competency by competency, to see the gaps and build a plan that fits. You can also record their own self-assessment.`}
      >
        {editable && (
          <EmptyState.Actions>
            <Button onClick={() => setMode({ kind: 'new' })}>Record an assessment</Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  }

  return (
    <Stack gap="lg">
      {justSaved && editable && onCreatePlan && currentPlan.isSuccess && (
        <NextStep plan={currentPlan.data !== null} name={hire.name} onCreatePlan={onCreatePlan} />
      )}
      <Group justify="space-between">
        <Text c="dimmed" size="sm">
          Latest:{' '}
          {manager
            ? `your assessment of ${formatCalendarDate(manager.assessedOn)}`
            : 'no manager assessment yet'}
          {self ? `; self-assessment of ${formatCalendarDate(self.assessedOn)}` : ''}.
        </Text>
        {editable && <Button onClick={() => setMode({ kind: 'new' })}>Record an assessment</Button>}
      </Group>
      <GapView framework={framework} targetRole={targetRole} manager={manager} self={self} />
      <Card withBorder padding="md">
        <Text fw={600} mb="xs">
          History
        </Text>
        <Table verticalSpacing="xs" aria-label="Assessment history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Date</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessments.map((a) => (
              <Fragment key={a.id}>
                <Table.Tr>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(a.assessedOn)}</Table.Td>
                  <Table.Td>{a.assessor === 'manager' ? 'Manager' : 'Self-assessment'}</Table.Td>
                  <Table.Td>
                    {a.correctedById ? (
                      <Badge color="gray" variant="light" miw="fit-content">
                        Corrected
                      </Badge>
                    ) : a.correctsId ? (
                      <Badge
                        color="indigo"
                        variant="light"
                        miw="fit-content"
                        title={a.correctionReason ?? ''}
                      >
                        Correction
                      </Badge>
                    ) : (
                      <Badge color="teal" variant="light" miw="fit-content">
                        In use
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={1}>
                      {a.correctsId ? `Why: ${a.correctionReason}` : a.note}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setOpen(open === a.id ? null : a.id)}>
                        {open === a.id ? 'Hide' : 'Show'} ratings
                      </Button>
                      {editable && !a.correctedById && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setMode({ kind: 'correct', assessment: a })}
                        >
                          Correct
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
                {open === a.id && (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Table verticalSpacing={2} withRowBorders={false} aria-label="Ratings">
                        <Table.Tbody>
                          {a.ratings.map((r) => (
                            <Table.Tr key={r.competencyId}>
                              <Table.Td w={260}>{names.get(r.competencyId) ?? r.competencyId}</Table.Td>
                              <Table.Td w={160}>
                                {r.level} · {levelNames[r.level]}
                              </Table.Td>
                              <Table.Td>
                                <Text size="sm" c="dimmed">
                                  {r.evidence}
                                </Text>
                              </Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}

/** After an assessment is saved: the plan it leads to, one click away. */
function NextStep({ plan, name, onCreatePlan }: { plan: boolean; name: string; onCreatePlan: () => void }) {
  // Save sat at the foot of a long form: bring the offer into view, with the keyboard on it.
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
    button.current?.scrollIntoView?.({ block: 'center' });
  }, []);
  return (
    <Alert color="teal" icon={<IconRoute size={18} />} title="Assessment saved">
      <Group justify="space-between" align="center">
        <Text size="sm">
          {plan
            ? `Re-plan to fit ${name}’s plan to it; completed work carries over.`
            : `Next, turn it into ${name}’s coaching plan: phases, goals and dated activities, with one-on-ones to run it.`}
        </Text>
        <Button ref={button} onClick={onCreatePlan}>
          {plan ? 'Re-plan from this assessment' : 'Create the coaching plan'}
        </Button>
      </Group>
    </Alert>
  );
}
