// Where the data lives and which version is running, and the person's own settings. On a team
// server each role sees only what applies to it: the coaching settings (name on plans, reminders,
// coaching time, one-on-one times, public holidays) are a manager's, who holds hires; an HR/L&D lead
// and an administrator see the server's details, appearance and their data card.
import { Card, Code, Group, Loader, NumberInput, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ChannelInput } from '@shared/api/contract';
import { useAppInfo, useTransport } from '../data/queries';
import { useSettingsQuery, useUpdateSettings } from '../settings/queries';
import { BackupsCard } from '../data/BackupsCard';
import { AppearanceCard } from './AppearanceCard';
import { ManagerNameCard } from './ManagerNameCard';
import { SampleTeamCard } from './SampleTeamCard';
import { DataFileCard } from '../data/DataFileCard';
import { LogFileCard } from './LogFileCard';
import { BrowserReminderButton } from '../reminders/BrowserReminderButton';
import { OneOnOneTimesCard } from './OneOnOneTimesCard';
import { useTeamSession } from '../team/session';

// The country picker (a searchable select) is not on the first screen: it loads with Settings.
// A team server's own data card (where the data is kept, export, moving in): loaded only there.
const TeamDataCard = lazy(() => import('../team/TeamDataCard'));

const HolidayCountryCard = lazy(() =>
  import('../calendar/HolidayCountryCard').then((m) => ({ default: m.HolidayCountryCard })),
);

function useSettings() {
  const settings = useSettingsQuery();
  const update = useUpdateSettings(
    (
      changes: Pick<
        ChannelInput<'settings.update'>,
        'checkInReminders' | 'coachingBudgetHours' | 'checkInMinutes'
      >,
    ) => changes,
  );
  return { settings, update };
}

/** Whether the signed-in person holds hires: everyone in the single-user modes, a manager on a team server. */
function useHoldsHires(): boolean {
  const session = useTeamSession();
  return !session || session.account.role === 'manager';
}

export function SettingsPage() {
  const info = useAppInfo();
  const transport = useTransport();
  const onTeamServer = transport === 'team';
  const holdsHires = useHoldsHires();
  const rows: [string, React.ReactNode][] = onTeamServer
    ? info.data
      ? [
          ['Schema version', info.data.schemaVersion],
          ['Rolebridge version', info.data.version],
          ['Running as', `Team server at ${window.location.origin}`],
        ]
      : []
    : info.data
      ? [
          ['Data folder', <Code key="dir">{info.data.dataDir}</Code>],
          ['Database file', <Code key="file">{info.data.databaseFile}</Code>],
          ['Schema version', info.data.schemaVersion],
          ['Rolebridge version', info.data.version],
          ['Running as', transport === 'ipc' ? 'Desktop app' : 'Browser mode on this computer'],
        ]
      : [];
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Settings</Title>
        <Text c="dimmed">
          {onTeamServer
            ? `Team server: your data is kept on ${window.location.origin}.`
            : 'Everything stays on this computer, in the folder below.'}
        </Text>
      </div>
      <Card withBorder padding="lg">
        <Text fw={600} mb="sm">
          Your data
        </Text>
        <Table variant="vertical" withRowBorders={false} aria-label="About your data">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={200}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {holdsHires && <CoachingSettings />}
      <AppearanceCard />
      {onTeamServer ? (
        <Suspense fallback={<Loader aria-label="Loading" />}>
          <TeamDataCard />
        </Suspense>
      ) : (
        <>
          <SampleTeamCard />
          <BackupsCard />
          <DataFileCard />
          <LogFileCard />
        </>
      )}
    </Stack>
  );
}

/** The settings of someone who coaches hires: their name on plans, reminders, time, holidays. */
function CoachingSettings() {
  const { settings, update } = useSettings();
  return (
    <>
      <ManagerNameCard />
      <Card withBorder padding="lg">
        <Text fw={600} mb="sm">
          Reminders
        </Text>
        <Switch
          label="Remind me on days with one-on-ones"
          description="The desktop app (or this browser, once you allow it) shows a notification at the start of a day that has check-ins due. The dashboard always lists them."
          checked={settings.data?.checkInReminders ?? true}
          disabled={!settings.data || update.isPending}
          onChange={(event) => update.mutate({ checkInReminders: event.currentTarget.checked })}
        />
        <BrowserReminderButton />
      </Card>
      <Card withBorder padding="lg">
        <Text fw={600} mb={4}>
          Coaching time
        </Text>
        <Text size="sm" c="dimmed" mb="sm">
          The dashboard warns you when the one-on-ones and coaching you have planned go over this.
        </Text>
        {settings.data && (
          <Group align="flex-end">
            <NumberInput
              label="Weekly coaching budget (hours)"
              w={220}
              min={0.5}
              max={60}
              step={0.5}
              defaultValue={settings.data.coachingBudgetHours}
              error={update.error?.message}
              onBlur={(e) => {
                const value = Number(e.currentTarget.value);
                if (value && value !== settings.data?.coachingBudgetHours)
                  update.mutate({ coachingBudgetHours: value });
              }}
            />
            <NumberInput
              label="A one-on-one takes (minutes)"
              w={220}
              min={10}
              max={240}
              step={5}
              defaultValue={settings.data.checkInMinutes}
              onBlur={(e) => {
                const value = Number(e.currentTarget.value);
                if (value && value !== settings.data?.checkInMinutes)
                  update.mutate({ checkInMinutes: value });
              }}
            />
          </Group>
        )}
      </Card>
      <OneOnOneTimesCard />
      <Suspense fallback={<Loader aria-label="Loading public holidays" />}>
        <HolidayCountryCard />
      </Suspense>
    </>
  );
}
