// Running a one-on-one: the agenda prepared from the plan in GROW order, and what was said and agreed.
// Everything typed is saved as a draft as you go (useCheckInDraft), so closing or reloading the
// window loses nothing.
import { useState } from 'react';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Group,
  List,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Agenda } from '@shared/checkins/schema';
import { fieldErrors } from '../api/errors';
import { dateFieldError, formatCalendarDate } from '../format';
import { useHireMutation } from '../hires/queries';
import { completeCheckInInput } from './check-in-form';
import { GoalSection } from './GoalSection';
import { OptionsSection } from './OptionsSection';
import { useActionOwners } from './owners';
import { useAgenda } from './queries';
import { RealitySection } from './RealitySection';
import { useCheckInDraft, type CheckInDraftControl } from './useCheckInDraft';
import { WillSection } from './WillSection';
import { useMayChangeHires } from '../team/session';

export function CheckInPage() {
  const { hireId = '', checkInId = '' } = useParams();
  const agenda = useAgenda(hireId, checkInId);
  if (agenda.isPending) return <Loader aria-label="Loading" />;
  if (agenda.isError)
    return (
      <Alert color="red" title="Could not open this check-in">
        {agenda.error.message}
      </Alert>
    );
  return <CheckInForm key={checkInId} agenda={agenda.data} hireId={hireId} />;
}

function CheckInForm({ agenda, hireId }: { agenda: Agenda; hireId: string }) {
  const navigate = useNavigate();
  const complete = useHireMutation(hireId, 'checkIns.complete');
  const draft = useCheckInDraft(agenda);
  const { form, set } = draft;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const owners = useActionOwners(agenda.hireName);
  const held = agenda.checkIn.status !== 'scheduled';
  // A lead the hire is shared with reads the agenda as a held one reads: nothing to fill in or save.
  const mayChange = useMayChangeHires();
  const locked = held || !mayChange;

  async function save() {
    setErrors({});
    setProblem(null);
    try {
      await complete.mutateAsync(completeCheckInInput(agenda.checkIn.id, form));
      notifications.show({
        title: 'Check-in saved',
        message: `${agenda.hireName}, ${formatCalendarDate(form.heldOn)}`,
      });
      void navigate(`/hires/${hireId}?tab=check-ins`);
    } catch (error) {
      const { fields, other } = fieldErrors(error);
      setErrors(fields);
      setProblem(other ?? 'Check the highlighted fields.');
    }
  }

  return (
    <Stack gap="lg">
      <CheckInHeading agenda={agenda} hireId={hireId} draft={locked ? null : draft} />
      {held && <HeldNotice status={agenda.checkIn.status} />}
      {!held && !mayChange && (
        <Alert color="blue" title="Shared with you to read">
          The hire’s manager holds this one-on-one and records it; you see its agenda.
        </Alert>
      )}
      <MoveTopics topics={agenda.checkIn.topics} />

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <GoalSection
          agenda={agenda}
          pulses={form.pulses}
          held={locked}
          heldOn={form.heldOn}
          onPulse={(id, confidence) => set('pulses', { ...form.pulses, [id]: confidence })}
        />
        <RealitySection
          agenda={agenda}
          done={form.completeActivities}
          held={locked}
          onToggle={draft.toggleActivity}
        />
        <OptionsSection
          agenda={agenda}
          done={form.completeActivities}
          held={locked}
          onToggle={draft.toggleActivity}
        />
        <WillSection
          agenda={agenda}
          owners={owners}
          closed={form.closeActionItems}
          newItems={form.newActionItems}
          held={locked}
          error={errors['newActionItems.0.text']}
          onClosed={(closed) => set('closeActionItems', closed)}
          onNewItems={(items) => set('newActionItems', items)}
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea
          label="Shared notes"
          description="What you discussed; fine to share with the person."
          autosize
          minRows={4}
          disabled={locked}
          value={form.sharedNotes}
          error={errors.sharedNotes}
          onChange={(e) => set('sharedNotes', e.currentTarget.value)}
        />
        {mayChange && (
          <Textarea
            label={
              <Group gap={4}>
                <IconLock size={14} /> Private notes
              </Group>
            }
            description="Only on this computer. Never exported unless you explicitly choose to include them."
            autosize
            minRows={4}
            disabled={locked}
            value={form.privateNotes}
            error={errors.privateNotes}
            onChange={(e) => set('privateNotes', e.currentTarget.value)}
            styles={{ input: { background: 'var(--mantine-color-yellow-light)' } }}
          />
        )}
      </SimpleGrid>

      {!locked && (
        <Card withBorder padding="md">
          <Group align="flex-end" gap="lg">
            <TextInput
              label="Held on"
              type="date"
              value={form.heldOn}
              error={errors.heldOn && dateFieldError('date', form.heldOn, errors.heldOn)}
              onChange={(e) => set('heldOn', e.currentTarget.value)}
            />
            <TextInput
              label="Next check-in"
              description="Suggested from the plan’s cadence"
              type="date"
              value={form.nextDate ?? ''}
              error={errors.nextDate && dateFieldError('date', form.nextDate ?? '', errors.nextDate)}
              onChange={(e) => set('nextDate', e.currentTarget.value || null)}
            />
            <Button onClick={() => void save()} loading={complete.isPending} ml="auto">
              Save check-in
            </Button>
          </Group>
          {problem && (
            <Alert color="red" title="Not saved" role="alert" mt="md">
              {problem}
            </Alert>
          )}
        </Card>
      )}
    </Stack>
  );
}

/** Whose one-on-one, when, and (while it can still change) whether the draft is saved. */
function CheckInHeading({
  agenda,
  hireId,
  draft,
}: {
  agenda: Agenda;
  hireId: string;
  draft: Pick<CheckInDraftControl, 'savedAt' | 'draftError'> | null;
}) {
  return (
    <>
      <Breadcrumbs>
        <Anchor component={Link} to="/hires">
          Hires
        </Anchor>
        <Anchor component={Link} to={`/hires/${hireId}?tab=check-ins`}>
          {agenda.hireName}
        </Anchor>
        <Text>Check-in</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>One-on-one with {agenda.hireName}</Title>
          <Text c="dimmed">
            Planned for {formatCalendarDate(agenda.checkIn.scheduledOn)}
            {agenda.previous
              ? ` · last one ${formatCalendarDate(agenda.previous.heldOn ?? agenda.previous.scheduledOn)}`
              : ' · the first one'}
          </Text>
        </div>
        {draft && (
          <Text size="sm" c={draft.draftError ? 'red' : 'dimmed'} role="status">
            {draft.draftError
              ? `Draft not saved: ${draft.draftError}`
              : draft.savedAt
                ? `Draft saved ${draft.savedAt === 'earlier' ? 'earlier' : `at ${draft.savedAt}`}`
                : 'Drafts save as you type'}
          </Text>
        )}
      </Group>
    </>
  );
}

function HeldNotice({ status }: { status: Agenda['checkIn']['status'] }) {
  return (
    <Alert
      color="blue"
      title={status === 'done' ? 'This check-in has been held' : 'This check-in was cancelled'}
    >
      {status === 'done'
        ? 'See what was recorded in the history on the Check-ins tab.'
        : 'It is no longer on the schedule.'}
    </Alert>
  );
}

/**
 * The plan's questions from the move itself lead the agenda: the first one-on-one is the
 * expectations conversation.
 */
function MoveTopics({ topics }: { topics: string[] }) {
  if (topics.length === 0) return null;
  return (
    <Card withBorder padding="md" aria-label="Questions for this one-on-one">
      <Text fw={600}>The move itself: ask</Text>
      <Text size="xs" c="dimmed" mb="xs">
        From the plan, for this one-on-one.
      </Text>
      <List size="sm" spacing={4}>
        {topics.map((topic) => (
          <List.Item key={topic}>{topic}</List.Item>
        ))}
      </List>
    </Card>
  );
}
