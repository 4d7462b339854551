// Running a one-on-one: the agenda prepared from the plan in GROW order, and what was said and agreed.
// Everything typed is saved as a draft as you go (useCheckInDraft), so closing or reloading the
// window loses nothing. When the one-on-one changed elsewhere (another window, another manager), the
// refusal is shown with a Reload that opens the newer one and keeps what was typed beside it, to copy.
import { useState } from 'react';
import { Alert, Button, Card, Group, List, Loader, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router';
import type { Agenda } from '@shared/checkins/schema';
import { fieldErrors } from '../api/errors';
import { isStaleEdit, StaleEditAlert, UnsavedText } from '../components/StaleEdit';
import { dateFieldError, formatCalendarDate } from '../format';
import { useHireMutation } from '../hires/queries';
import { completeCheckInInput, typedText, type CheckInFormState } from './check-in-form';
import { GoalSection } from './GoalSection';
import { OptionsSection } from './OptionsSection';
import { useActionOwners } from './owners';
import { useAgenda } from './queries';
import { RealitySection } from './RealitySection';
import { useCheckInDraft } from './useCheckInDraft';
import { WillSection } from './WillSection';
import { useMayChangeHires } from '../team/session';
import { NotesFields } from './NotesFields';
import { CheckInHeading } from './CheckInHeading';

/** What the form held when the manager reloaded after a stale edit; each reload opens a new form. */
interface Reloaded {
  generation: number;
  kept: CheckInFormState | null;
}

export function CheckInPage() {
  const { hireId = '', checkInId = '' } = useParams();
  const agenda = useAgenda(hireId, checkInId);
  const [reloaded, setReloaded] = useState<Reloaded>({ generation: 0, kept: null });
  const [reloading, setReloading] = useState(false);
  if (agenda.isPending) return <Loader aria-label="Loading" />;
  if (agenda.isError)
    return (
      <Alert color="red" title="Could not open this check-in">
        {agenda.error.message}
      </Alert>
    );

  async function reload(typed: CheckInFormState) {
    setReloading(true);
    await agenda.refetch();
    setReloaded((r) => ({ generation: r.generation + 1, kept: typed }));
    setReloading(false);
  }

  return (
    <CheckInForm
      key={`${checkInId}-${reloaded.generation}`}
      agenda={agenda.data}
      hireId={hireId}
      kept={reloaded.kept}
      reload={{ run: (typed) => void reload(typed), running: reloading }}
    />
  );
}

interface CheckInFormProps {
  agenda: Agenda;
  hireId: string;
  /** What was typed before the last reload, shown to copy. */
  kept: CheckInFormState | null;
  reload: { run: (typed: CheckInFormState) => void; running: boolean };
}

function CheckInForm({ agenda, hireId, kept, reload }: CheckInFormProps) {
  const navigate = useNavigate();
  const complete = useHireMutation(hireId, 'checkIns.complete');
  const draft = useCheckInDraft(agenda);
  const { form, set } = draft;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const owners = useActionOwners({ id: hireId, name: agenda.hireName });
  const held = agenda.checkIn.status !== 'scheduled';
  // A lead the hire is shared with reads the agenda as a held one reads: nothing to fill in or save.
  const mayChange = useMayChangeHires();
  const locked = held || !mayChange;

  async function save() {
    setErrors({});
    setProblem(null);
    const expectedVersion = await draft.pauseForSave();
    try {
      await complete.mutateAsync({ ...completeCheckInInput(agenda.checkIn.id, form), expectedVersion });
      notifications.show({
        title: 'Check-in saved',
        message: `${agenda.hireName}, ${formatCalendarDate(form.heldOn)}`,
      });
      void navigate(`/hires/${hireId}?tab=check-ins`);
    } catch (error) {
      draft.resume();
      if (isStaleEdit(error)) {
        draft.refusedAsStale(error.message);
        return;
      }
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

      {/* Beside what was typed: the refusal, and after a reload the text to copy. */}
      {draft.stale && !held && (
        <StaleEditAlert
          message={draft.stale}
          onReload={() => reload.run(form)}
          reloading={reload.running}
          stoppedAutosave
        />
      )}
      {kept && <UnsavedText items={typedText(kept)} />}
      <NotesFields form={form} set={set} errors={errors} held={locked} privateNotes={mayChange} />

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
