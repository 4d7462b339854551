// One hire: their move, their coaching plan, their assessments and their details.
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Divider,
  Group,
  Loader,
  Modal,
  Stack,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { findRole } from '@shared/framework/lookup';
import { AssessmentsTab } from '../assessments/AssessmentsTab';
import { useFramework } from '../framework/queries';
import { formatStart } from '../format';
import { PlanTab } from '../plans/PlanTab';
import { CheckInsTab } from '../checkins/CheckInsTab';
import { HireForm } from './HireForm';
import { LeaveSection } from '../calendar/LeaveSection';
import { EvidenceTab } from '../evidence/EvidenceTab';
import { SharePacketButton } from '../packet/SharePacketButton';
import { ImportAnswers } from '../packet/ImportAnswers';
import { useAssessments } from '../assessments/queries';
import { useHire } from './queries';
import { useRoles } from '../framework/queries';
import { useTeamSession } from '../team/session';

// Charts are heavy: the progress tab loads them when it is first opened.
const ProgressTab = lazy(() => import('../progress/ProgressTab').then((m) => ({ default: m.ProgressTab })));
// A team server's hand-over and sharing: loaded only there.
const HireTeamActions = lazy(() => import('../team/HireTeamActions'));
const SharedHireNote = lazy(() =>
  import('../team/HireTeamActions').then((m) => ({ default: m.SharedHireNote })),
);

export function HirePage() {
  const { hireId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'plan';
  const hire = useHire(hireId);
  const framework = useFramework();
  const assessments = useAssessments(hireId);
  const roles = useRoles();
  const team = useTeamSession();
  // On a team server only the hire's manager changes it; a lead it is shared with reads it.
  const mayChange = !team || team.account.role === 'manager';
  const [editing, setEditing] = useState(false);
  // `assess=new` and `plan=new` open a tab on its form: the next step offered by the one before.
  const openTab = (next: string, form?: 'assess' | 'plan') =>
    setParams(form ? { tab: next, [form]: 'new' } : { tab: next }, { replace: true });
  const loaded = hire.isSuccess && framework.isSuccess && assessments.isSuccess;
  const oneShot = params.has('assess') || params.has('plan');
  // The form has opened by the time this runs; a reload or Back must not open it again.
  useEffect(() => {
    if (loaded && oneShot) setParams({ tab }, { replace: true });
  }, [loaded, oneShot, setParams, tab]);

  if (hire.isPending || framework.isPending || assessments.isPending) return <Loader aria-label="Loading" />;
  if (hire.isError) {
    return (
      <Stack align="flex-start">
        <Title order={1}>Hire not found</Title>
        <Text c="dimmed">{hire.error.message}</Text>
        <Button component={Link} to="/hires">
          Back to hires
        </Button>
      </Stack>
    );
  }
  if (framework.isError) return <Alert color="red">{framework.error.message}</Alert>;
  if (assessments.isError) return <Alert color="red">{assessments.error.message}</Alert>;
  const h = hire.data;
  const from = findRole(framework.data, h.currentRoleId);
  const to = findRole(framework.data, h.targetRoleId);

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/hires">
          Hires
        </Anchor>
        <Text>{h.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1}>{h.name}</Title>
            {h.status === 'archived' && (
              <Badge color="gray" variant="light">
                Archived
              </Badge>
            )}
          </Group>
          <Group gap={6} mt={4}>
            <Text>{from?.name ?? h.currentRoleId}</Text>
            <IconArrowRight size={16} aria-label="to" />
            <Text fw={600}>{to?.name ?? h.targetRoleId}</Text>
            <Text c="dimmed">· {formatStart(h.startDate)}</Text>
          </Group>
        </div>
        {h.status === 'active' && mayChange && (
          <Group gap="sm">
            {to && <ImportAnswers hire={h} />}
            {to && <SharePacketButton hire={h} />}
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit details
            </Button>
          </Group>
        )}
      </Group>
      {team && (
        <Suspense fallback={null}>
          {mayChange ? <HireTeamActions hire={h} /> : <SharedHireNote hire={h} />}
        </Suspense>
      )}
      {!to && <Alert color="red">The target role {h.targetRoleId} is no longer in the framework.</Alert>}
      <Tabs value={tab} onChange={(value) => openTab(value ?? 'plan')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plan">Coaching plan</Tabs.Tab>
          <Tabs.Tab value="assessments">Assessments ({assessments.data.length})</Tabs.Tab>
          <Tabs.Tab value="check-ins">Check-ins</Tabs.Tab>
          <Tabs.Tab value="progress">Progress</Tabs.Tab>
          <Tabs.Tab value="evidence">Evidence</Tabs.Tab>
          <Tabs.Tab value="details">Details</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="plan" pt="lg">
          <PlanTab
            hire={h}
            framework={framework.data}
            assessments={assessments.data}
            startPlanning={params.get('plan') === 'new'}
            onRecordAssessment={() => openTab('assessments', 'assess')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="check-ins" pt="lg">
          <CheckInsTab hire={h} framework={framework.data} />
        </Tabs.Panel>
        <Tabs.Panel value="progress" pt="lg">
          <Suspense fallback={<Loader aria-label="Loading" />}>
            <ProgressTab hireId={h.id} onRecordAssessment={() => openTab('assessments', 'assess')} />
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="assessments" pt="lg">
          {to && (
            <AssessmentsTab
              hire={h}
              framework={framework.data}
              targetRole={to}
              assessments={assessments.data}
              startRecording={params.get('assess') === 'new'}
              onCreatePlan={() => openTab('plan', 'plan')}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="evidence" pt="lg">
          {to && <EvidenceTab hire={h} framework={framework.data} targetRole={to} />}
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="lg">
          <Stack gap="xs" maw={720}>
            <Text size="sm" c="dimmed">
              Notes
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{h.notes || 'No notes.'}</Text>
          </Stack>
          <Divider my="lg" maw={720} />
          <LeaveSection hire={h} />
        </Tabs.Panel>
      </Tabs>
      <Modal opened={editing} onClose={() => setEditing(false)} title={`Edit ${h.name}`} size="lg">
        <HireForm
          hire={h}
          roles={roles.data ?? []}
          onCancel={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      </Modal>
    </Stack>
  );
}
