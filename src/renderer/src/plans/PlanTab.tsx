// A hire's coaching plan: create it, work the current version, read earlier versions, re-plan.
import { useState } from 'react';
import { Alert, Badge, Button, EmptyState, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import type { Assessment } from '@shared/assessments/schema';
import type { Framework } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { formatCalendarDate } from '../format';
import { useCurrentPlan, usePlan, usePlanVersions } from './queries';
import { PlanOptionsForm } from './PlanOptionsForm';
import { PlanBrief } from './PlanBrief';
import { PlanSchedule, PlanSummary, PlanWarnings } from './PlanView';
import { SavedPlanTimeline } from './SavedPlanTimeline';
import { ExportPdfModal } from './ExportPdfModal';
import { useCommand } from '../layout/commands';
import { usePrintPlan } from './printPlan';
import { useMayChangeHires } from '../team/session';

export function PlanTab({
  hire,
  framework,
  assessments,
  startPlanning = false,
  onRecordAssessment,
}: {
  hire: Hire;
  framework: Framework;
  assessments: Assessment[];
  /** Open on the new plan's preview: the step offered after an assessment. */
  startPlanning?: boolean;
  onRecordAssessment?: () => void;
}) {
  const current = useCurrentPlan(hire.id);
  const versions = usePlanVersions(hire.id);
  // A lead a hire is shared with reads the plan: no planning, re-planning or ticking off.
  const editable = useMayChangeHires() && hire.status === 'active';
  const [planning, setPlanning] = useState(startPlanning && editable);
  const [viewing, setViewing] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  // On a hire's plan, File → Export plan PDF exports this plan.
  useCommand('export-plan-pdf', () => setExporting(true), Boolean(current.data));
  const shownId = viewing ?? current.data?.id ?? null;
  usePrintPlan(hire.id, shownId ?? undefined, Boolean(shownId));
  const shown = usePlan(hire.id, shownId && shownId !== current.data?.id ? shownId : null);
  const plan = shownId === current.data?.id ? current.data : shown.data;

  if (current.isPending) return <Loader aria-label="Loading" />;
  if (current.isError) return <Alert color="red">{current.error.message}</Alert>;
  if (planning) {
    return (
      <PlanOptionsForm
        hire={hire}
        framework={framework}
        assessments={assessments}
        current={current.data}
        onDone={() => {
          setPlanning(false);
          setViewing(null);
        }}
      />
    );
  }
  if (!current.data) {
    return (
      <EmptyState
        icon={<IconRoute size={32} />}
        withIndicatorBackground
        title="No coaching plan yet"
        description={
          assessments.length === 0
            ? 'Record an assessment first so the plan fits the person; or create one now from what their current role usually brings.'
            : 'Turn the latest assessment into phases, goals and dated activities, with one-on-ones to run it.'
        }
      >
        {editable && (
          <EmptyState.Actions>
            {assessments.length === 0 && onRecordAssessment && (
              <Button onClick={onRecordAssessment}>Record an assessment</Button>
            )}
            <Button
              variant={assessments.length === 0 ? 'default' : 'filled'}
              onClick={() => setPlanning(true)}
            >
              {assessments.length === 0 ? 'Create a plan without one' : 'Create the coaching plan'}
            </Button>
          </EmptyState.Actions>
        )}
      </EmptyState>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Group gap="sm">
          <NativeSelect
            aria-label="Plan version"
            value={shownId ?? ''}
            onChange={(e) => setViewing(e.currentTarget.value)}
            data={(versions.data ?? []).map((v) => ({
              value: v.id,
              label: `Version ${v.version}${v.status === 'current' ? ' (current)' : ''} · ${formatCalendarDate(v.createdAt.slice(0, 10))}`,
            }))}
          />
          {plan && (
            <Badge color={plan.status === 'current' ? 'teal' : 'gray'} variant="light" miw="fit-content">
              {plan.status === 'current' ? 'Current' : 'Earlier version, read-only'}
            </Badge>
          )}
          {plan && (
            <Text size="sm" c="dimmed">
              {plan.progress.done} of {plan.progress.done + plan.progress.open} activities done
            </Text>
          )}
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={() => setExporting(true)} disabled={!plan}>
            Export PDF
          </Button>
          {editable && (
            <Button variant="light" onClick={() => setPlanning(true)}>
              Re-plan from the latest assessment
            </Button>
          )}
        </Group>
      </Group>
      {!plan && <Loader aria-label="Loading" />}
      {plan && (
        <>
          <PlanSummary plan={plan} />
          <PlanWarnings plan={plan} />
          <PlanBrief plan={plan} moveWorkInTimeline={plan.moveWork.length > 0} />
          <SavedPlanTimeline plan={plan} />
          <PlanSchedule plan={plan} />
          <ExportPdfModal
            opened={exporting}
            onClose={() => setExporting(false)}
            target={{ kind: 'one', hireId: hire.id, planId: plan.id, hireName: hire.name }}
          />
        </>
      )}
    </Stack>
  );
}
