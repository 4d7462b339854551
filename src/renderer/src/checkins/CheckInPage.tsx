// Running a one-on-one: the agenda prepared from the plan in GROW order, and what was said and agreed.
// Everything typed is saved as a draft as you go, so closing or reloading the window loses nothing.
import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Loader,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ActionOwner, Agenda, CheckInDraft } from '@shared/checkins/schema';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { levelNames, type Level } from '@shared/framework/types';
import { useApi, fieldErrors } from '../api/client';
import { formatCalendarDate } from '../format';
import { useAgenda, useHireMutation } from '../hires/hire-queries';
import { KindBadge } from '../plans/PlanView';
import { useActionOwners } from './owners';
import { TopicsAgenda } from '../topics/TopicsAgenda';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface FormState {
  heldOn: string;
  sharedNotes: string;
  privateNotes: string;
  pulses: Record<string, number>;
  newActionItems: { text: string; owner: ActionOwner; dueOn: string | null }[];
  closeActionItems: Record<string, 'done' | 'dropped'>;
  completeActivities: Record<string, string>;
  nextDate: string | null;
}

function initialState(agenda: Agenda): FormState {
  const today = toCalendarDate(new Date());
  const d: CheckInDraft = agenda.draft ?? {};
  return {
    heldOn:
      d.heldOn ??
      (agenda.checkIn.scheduledOn < today
        ? today
        : agenda.checkIn.scheduledOn > today
          ? today
          : agenda.checkIn.scheduledOn),
    sharedNotes: d.sharedNotes ?? '',
    privateNotes: d.privateNotes ?? '',
    pulses: d.pulses ?? {},
    newActionItems: d.newActionItems ?? [],
    closeActionItems: d.closeActionItems ?? {},
    completeActivities: d.completeActivities ?? {},
    nextDate: d.nextDate === undefined ? agenda.suggestedNextDate : d.nextDate,
  };
}

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

function Section({
  letter,
  title,
  hint,
  children,
}: {
  letter: string;
  title: string;
  hint: string;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder padding="md" aria-label={title}>
      <Group gap="xs" mb={2}>
        <Badge variant="filled" radius="sm" w={26} p={0}>
          {letter}
        </Badge>
        <Title order={2} size="h4">
          {title}
        </Title>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {hint}
      </Text>
      {children}
    </Card>
  );
}

function CheckInForm({ agenda, hireId }: { agenda: Agenda; hireId: string }) {
  const api = useApi();
  const navigate = useNavigate();
  const complete = useHireMutation(hireId, 'checkIns.complete');
  const [state, setState] = useState<FormState>(() => initialState(agenda));
  const [savedAt, setSavedAt] = useState<string | null>(agenda.draft ? 'earlier' : null);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [newItem, setNewItem] = useState<{ text: string; owner: ActionOwner; dueOn: string }>({
    text: '',
    owner: 'hire',
    dueOn: '',
  });
  const owners = useActionOwners(agenda.hireName);
  const first = useRef(true);
  const held = agenda.checkIn.status !== 'scheduled';
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setState((s) => ({ ...s, [key]: value }));

  // Keep a draft in the core as the manager types.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (held) return;
    const timer = setTimeout(() => {
      api
        .call('checkIns.saveDraft', { id: agenda.checkIn.id, draft: state })
        .then(() => {
          setSavedAt(new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
          setDraftError(null);
        })
        .catch((error: Error) => setDraftError(error.message));
    }, 600);
    return () => clearTimeout(timer);
  }, [api, agenda.checkIn.id, held, state]);

  async function save() {
    setErrors({});
    setProblem(null);
    try {
      await complete.mutateAsync({
        id: agenda.checkIn.id,
        heldOn: state.heldOn,
        sharedNotes: state.sharedNotes,
        privateNotes: state.privateNotes,
        pulses: Object.entries(state.pulses).map(([competencyId, confidence]) => ({
          competencyId,
          confidence,
        })),
        newActionItems: state.newActionItems,
        closeActionItems: Object.entries(state.closeActionItems).map(([id, status]) => ({ id, status })),
        completeActivities: Object.entries(state.completeActivities).map(([activityId, doneOn]) => ({
          activityId,
          doneOn,
        })),
        nextDate: state.nextDate || null,
      });
      notifications.show({
        title: 'Check-in saved',
        message: `${agenda.hireName}, ${formatCalendarDate(state.heldOn)}`,
      });
      void navigate(`/hires/${hireId}?tab=check-ins`);
    } catch (error) {
      const { fields, other } = fieldErrors(error);
      setErrors(fields);
      setProblem(other ?? 'Check the highlighted fields.');
    }
  }

  function addActionItem() {
    const text = newItem.text.trim();
    if (text === '') return;
    set('newActionItems', [
      ...state.newActionItems,
      { text, owner: newItem.owner, dueOn: newItem.dueOn || null },
    ]);
    setNewItem({ text: '', owner: newItem.owner, dueOn: '' });
  }

  const { checkIn, reality } = agenda;
  const toggleActivity = (id: string, checked: boolean) =>
    setState((s) => {
      const next = { ...s.completeActivities };
      if (checked) next[id] = s.heldOn;
      else delete next[id];
      return { ...s, completeActivities: next };
    });

  return (
    <Stack gap="lg">
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
            Planned for {formatCalendarDate(checkIn.scheduledOn)}
            {agenda.previous
              ? ` · last one ${formatCalendarDate(agenda.previous.heldOn ?? agenda.previous.scheduledOn)}`
              : ' · the first one'}
          </Text>
        </div>
        {!held && (
          <Text size="sm" c={draftError ? 'red' : 'dimmed'} role="status">
            {draftError
              ? `Draft not saved: ${draftError}`
              : savedAt
                ? `Draft saved ${savedAt === 'earlier' ? 'earlier' : `at ${savedAt}`}`
                : 'Drafts save as you type'}
          </Text>
        )}
      </Group>
      {held && (
        <Alert
          color="blue"
          title={checkIn.status === 'done' ? 'This check-in has been held' : 'This check-in was cancelled'}
        >
          {checkIn.status === 'done'
            ? 'See what was recorded in the history on the Check-ins tab.'
            : 'It is no longer on the schedule.'}
        </Alert>
      )}

      {checkIn.topics.length > 0 && (
        // The plan's questions from the move itself lead the agenda: the first one-on-one is the
        // expectations conversation.
        <Card withBorder padding="md" aria-label="Questions for this one-on-one">
          <Text fw={600}>The move itself: ask</Text>
          <Text size="xs" c="dimmed" mb="xs">
            From the plan, for this one-on-one.
          </Text>
          <List size="sm" spacing={4}>
            {checkIn.topics.map((topic) => (
              <List.Item key={topic}>{topic}</List.Item>
            ))}
          </List>
        </Card>
      )}

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <Section
          letter="G"
          title="Goal"
          hint="The goals in focus this period. Ask how confident the person feels about each (1 low, 5 high)."
        >
          {agenda.goals.length === 0 && (
            <Text size="sm" c="dimmed">
              No plan goals in focus. Use this one-on-one for what the person brings.
            </Text>
          )}
          <Stack gap="sm">
            {agenda.focusCompetencies.map((c) => {
              const goal = agenda.goals.find((g) => g.competencyId === c.id);
              return (
                <div key={c.id}>
                  <Group justify="space-between" wrap="nowrap">
                    <div>
                      <Text size="sm" fw={600}>
                        {c.name}
                      </Text>
                      {goal && (
                        <Text size="xs" c="dimmed">
                          {levelNames[goal.fromLevel as Level]} → {levelNames[goal.toLevel as Level]} by{' '}
                          {formatCalendarDate(goal.dueDate)}
                        </Text>
                      )}
                    </div>
                    <SegmentedControl
                      size="xs"
                      // Filled, so the chosen rating stands out from the four left unchosen.
                      color="indigo"
                      aria-label={`Confidence in ${c.name}`}
                      disabled={held}
                      value={state.pulses[c.id] ? String(state.pulses[c.id]) : ''}
                      onChange={(value) => set('pulses', { ...state.pulses, [c.id]: Number(value) })}
                      data={['1', '2', '3', '4', '5']}
                    />
                  </Group>
                </div>
              );
            })}
          </Stack>
          {!held && (
            <TopicsAgenda hireId={checkIn.hireId} hireName={agenda.hireName} closeOn={state.heldOn} />
          )}
        </Section>

        <Section
          letter="R"
          title="Reality"
          hint={`What happened since ${formatCalendarDate(reality.since)}: work done, work due, how it felt last time.`}
        >
          <Stack gap="xs">
            {reality.doneSince.length > 0 && (
              <div>
                <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                  Done since last time
                </Text>
                {reality.doneSince.map((a) => (
                  <Text key={a.id} size="sm">
                    ✓ {a.title}{' '}
                    <Text span size="xs" c="dimmed">
                      ({formatCalendarDate(a.doneOn ?? '')})
                    </Text>
                  </Text>
                ))}
              </div>
            )}
            <Text size="xs" fw={700} tt="uppercase" c="dimmed">
              Due or overdue — tick what is done
            </Text>
            {reality.dueOrOverdue.length === 0 && (
              <Text size="sm" c="dimmed">
                Nothing due this week.
              </Text>
            )}
            {reality.dueOrOverdue.map((a) => (
              <Checkbox
                key={a.id}
                disabled={held}
                checked={a.id in state.completeActivities}
                onChange={(e) => toggleActivity(a.id, e.currentTarget.checked)}
                label={
                  <Text size="sm">
                    {a.title}{' '}
                    <Text span size="xs" c={a.dueDate < checkIn.scheduledOn ? 'red' : 'dimmed'}>
                      (due {formatCalendarDate(a.dueDate)})
                    </Text>
                  </Text>
                }
              />
            ))}
            {reality.lastPulses.length > 0 && (
              <Group gap={6} mt={4}>
                <Text size="xs" c="dimmed">
                  Last confidence:
                </Text>
                {reality.lastPulses.map((p) => (
                  <Badge key={p.competencyId} variant="light" color="gray" miw="fit-content">
                    {p.competencyName} {p.confidence}/5
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
        </Section>

        <Section
          letter="O"
          title="Options"
          hint="Activities to choose from next. The person picks; you help them see the options."
        >
          {agenda.options.length === 0 ? (
            <Text size="sm" c="dimmed">
              No further activities planned for these goals.
            </Text>
          ) : (
            <Table verticalSpacing={4}>
              <Table.Tbody>
                {agenda.options.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      <Checkbox
                        disabled={held}
                        checked={a.id in state.completeActivities}
                        onChange={(e) => toggleActivity(a.id, e.currentTarget.checked)}
                        label={<Text size="sm">{a.title}</Text>}
                        aria-label={`Done: ${a.title}`}
                      />
                    </Table.Td>
                    <Table.Td w={150} style={{ whiteSpace: 'nowrap' }}>
                      <KindBadge kind={a.kind} />
                    </Table.Td>
                    <Table.Td w={110}>
                      <Text size="xs" c="dimmed">
                        by {formatCalendarDate(a.dueDate)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Section>

        <Section
          letter="W"
          title="Will"
          hint="What each of you will do, by when. Open items carry forward until done or dropped."
        >
          <Stack gap="xs">
            {agenda.openActionItems.map((item) => (
              <Group
                key={item.id}
                justify="space-between"
                wrap="nowrap"
                aria-label={`Action item: ${item.text}`}
              >
                <div>
                  <Text size="sm">{item.text}</Text>
                  <Text size="xs" c="dimmed">
                    {capitalised(owners[item.owner])}
                    {item.dueOn ? ` · by ${formatCalendarDate(item.dueOn)}` : ''} · agreed{' '}
                    {item.checkInId === agenda.previous?.id ? 'last time' : 'earlier'}
                  </Text>
                </div>
                <SegmentedControl
                  size="xs"
                  style={{ flexShrink: 0 }}
                  disabled={held}
                  aria-label={`Status of ${item.text}`}
                  value={state.closeActionItems[item.id] ?? 'open'}
                  onChange={(value) => {
                    const next = { ...state.closeActionItems };
                    if (value === 'open') delete next[item.id];
                    else next[item.id] = value as 'done' | 'dropped';
                    set('closeActionItems', next);
                  }}
                  data={[
                    { value: 'open', label: 'Open' },
                    { value: 'done', label: 'Done' },
                    { value: 'dropped', label: 'Drop' },
                  ]}
                />
              </Group>
            ))}
            {state.newActionItems.map((item, index) => (
              <Group
                key={`${item.text}-${index}`}
                justify="space-between"
                wrap="nowrap"
                aria-label={`New action item: ${item.text}`}
              >
                <div>
                  <Text size="sm">{item.text}</Text>
                  <Text size="xs" c="dimmed">
                    {capitalised(owners[item.owner])}
                    {item.dueOn ? ` · by ${formatCalendarDate(item.dueOn)}` : ''} · new
                  </Text>
                </div>
                {!held && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    aria-label={`Remove ${item.text}`}
                    onClick={() =>
                      set(
                        'newActionItems',
                        state.newActionItems.filter((_, i) => i !== index),
                      )
                    }
                  >
                    <IconTrash size={14} />
                  </Button>
                )}
              </Group>
            ))}
            {errors['newActionItems.0.text'] && (
              <Text c="red" size="xs">
                {errors['newActionItems.0.text']}
              </Text>
            )}
            {!held && (
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  size="xs"
                  style={{ flex: 1 }}
                  label="New action item"
                  placeholder="What will be done (Enter adds it)"
                  value={newItem.text}
                  onKeyDown={(e) => {
                    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
                    e.preventDefault();
                    addActionItem();
                  }}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    setNewItem((n) => ({ ...n, text }));
                  }}
                />
                <NativeSelect
                  size="xs"
                  label="Who"
                  value={newItem.owner}
                  onChange={(e) => {
                    const owner = e.currentTarget.value as ActionOwner;
                    setNewItem((n) => ({ ...n, owner }));
                  }}
                  data={[
                    { value: 'hire', label: owners.hire },
                    { value: 'manager', label: owners.manager === 'you' ? 'Me' : `${owners.manager} (me)` },
                  ]}
                />
                <TextInput
                  size="xs"
                  type="date"
                  label="By"
                  value={newItem.dueOn}
                  onChange={(e) => {
                    const dueOn = e.currentTarget.value;
                    setNewItem((n) => ({ ...n, dueOn }));
                  }}
                />
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={12} />}
                  disabled={newItem.text.trim() === ''}
                  onClick={addActionItem}
                >
                  Add
                </Button>
              </Group>
            )}
          </Stack>
        </Section>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Textarea
          label="Shared notes"
          description="What you discussed; fine to share with the person."
          autosize
          minRows={4}
          disabled={held}
          value={state.sharedNotes}
          error={errors.sharedNotes}
          onChange={(e) => set('sharedNotes', e.currentTarget.value)}
        />
        <Textarea
          label={
            <Group gap={4}>
              <IconLock size={14} /> Private notes
            </Group>
          }
          description="Only on this computer. Never exported unless you explicitly choose to include them."
          autosize
          minRows={4}
          disabled={held}
          value={state.privateNotes}
          error={errors.privateNotes}
          onChange={(e) => set('privateNotes', e.currentTarget.value)}
          styles={{ input: { background: 'var(--mantine-color-yellow-light)' } }}
        />
      </SimpleGrid>

      {!held && (
        <Card withBorder padding="md">
          <Group align="flex-end" gap="lg">
            <TextInput
              label="Held on"
              type="date"
              value={state.heldOn}
              error={errors.heldOn}
              onChange={(e) => set('heldOn', e.currentTarget.value)}
            />
            <TextInput
              label="Next check-in"
              description="Suggested from the plan’s cadence"
              type="date"
              value={state.nextDate ?? ''}
              error={errors.nextDate}
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
