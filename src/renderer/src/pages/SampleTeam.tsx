// First run: a welcome that explains the roles Rolebridge is about and offers a sample team; and,
// while the sample team is loaded, a banner that says so and removes it in one click.
import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlask } from '@tabler/icons-react';
import { createContext, lazy, Suspense, useContext, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useLoadSample, useRemoveSample, useSampleStatus } from '../data/queries';
import { useCommand } from '../layout/commands';
import { ManagerNameInput, useManagerName } from './ManagerNameCard';
import { useTransport } from '../data/queries';

// The hire form (and its validation) loads when the welcome first asks for it, not with the dashboard.
const AddHireModal = lazy(() => import('../hires/AddHireModal').then((m) => ({ default: m.AddHireModal })));

export function useSampleTeam() {
  const status = useSampleStatus();
  const fail = (title: string) => (error: Error) =>
    notifications.show({ color: 'red', title, message: error.message });
  const load = useLoadSample({ onError: fail('The sample team was not loaded') });
  const remove = useRemoveSample({
    onSuccess: (result) =>
      notifications.show({
        title: 'Sample team removed',
        message: `${result.removed} sample hires and all their data`,
      }),
    onError: fail('The sample team was not removed'),
  });
  return { hireIds: status.data?.hireIds ?? [], load, remove };
}

const ROLES = [
  {
    name: 'Project Manager',
    text: 'Delivers an agreed scope on time and on budget. Judged on outputs: the plan, the schedule, the launch.',
  },
  {
    name: 'Product Owner',
    text: 'Turns direction into a ready backlog for a team and accepts the work. Judged on what the team ships.',
  },
  {
    name: 'Product Manager',
    text: 'Decides what is worth building and why, from customers and the business. Judged on outcomes after launch.',
  },
];

const AddingFirstHire = createContext<{ adding: boolean; setAdding: (adding: boolean) => void }>({
  adding: false,
  setAdding: () => undefined,
});

/**
 * Holds the welcome's hire form above the welcome itself: adding the first hire replaces the
 * welcome with the dashboard, and the form must outlive it to go on to the hire's assessment.
 */
export function FirstHireHost({ children }: { children: ReactNode }) {
  const [adding, setAdding] = useState(false);
  const [asked, setAsked] = useState(false);
  if (adding && !asked) setAsked(true);
  return (
    <AddingFirstHire.Provider value={{ adding, setAdding }}>
      {children}
      {asked && (
        <Suspense fallback={null}>
          <AddHireModal opened={adding} onClose={() => setAdding(false)} />
        </Suspense>
      )}
    </AddingFirstHire.Provider>
  );
}

export function Welcome() {
  const { load } = useSampleTeam();
  const { setAdding } = useContext(AddingFirstHire);
  const manager = useManagerName();
  // A team server has no sample team: its hires are real people's, kept by the organisation.
  const sampleOffered = useTransport() !== 'team';
  // Asked while no name is given; decided once, so the field stays put while the name is saved.
  const [askName, setAskName] = useState<boolean | null>(null);
  if (askName === null && manager.loaded) setAskName(manager.name === '');
  useCommand('new-hire', () => setAdding(true));
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Welcome to Rolebridge</Title>
        <Text c="dimmed" maw={720}>
          These roles are often confused. A move between them works when you set the new role’s expectations,
          name the skills the person must flex more, build them up where they are weak, and give the move time
          and hands-on coaching. Rolebridge turns that into a plan and your one-on-ones.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {ROLES.map((role) => (
          <Card key={role.name} withBorder padding="lg">
            <Text fw={600}>{role.name}</Text>
            <Text size="sm" c="dimmed">
              {role.text}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {askName && (
        <ManagerNameInput
          label="Your name (optional)"
          description="Printed on the plans you export and shown on your action items in one-on-ones. Skip it if you like; Settings changes it."
        />
      )}
      <Group>
        <Button onClick={() => setAdding(true)}>Add your first hire</Button>
        {sampleOffered && (
          <Button
            variant="default"
            leftSection={<IconFlask size={16} />}
            loading={load.isPending}
            onClick={() => load.mutate()}
          >
            Load a sample team
          </Button>
        )}
        <Button variant="subtle" component={Link} to="/roles/compare?from=project-manager&to=product-manager">
          Compare two roles
        </Button>
      </Group>
      {sampleOffered ? (
        <Text size="sm" c="dimmed">
          The sample team is three made-up people at week 2, week 10 and month 6, with assessments, plans and
          one-on-ones; it is marked as sample and can be removed in one click.
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          Used the desktop app before? Settings → Move in from the desktop app brings your hires here.
        </Text>
      )}
    </Stack>
  );
}

export function SampleBanner() {
  const { hireIds, remove } = useSampleTeam();
  if (hireIds.length === 0) return null;
  return (
    <Alert color="grape" icon={<IconFlask size={18} />} title="You are looking at a sample team">
      <Group justify="space-between" align="center">
        <Text size="sm">
          {hireIds.length} made-up hires to show what Rolebridge does. Remove them before adding your own, or
          keep them alongside.
        </Text>
        <Button
          size="xs"
          color="grape"
          variant="light"
          loading={remove.isPending}
          onClick={() => remove.mutate()}
        >
          Remove sample team
        </Button>
      </Group>
    </Alert>
  );
}
