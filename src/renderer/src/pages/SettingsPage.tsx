// Where the data lives and which version is running.
import { Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useApi } from '../api/client';
import { useAppInfo } from '../hires/queries';

export function SettingsPage() {
  const info = useAppInfo();
  const api = useApi();
  const rows: [string, React.ReactNode][] = info.data
    ? [
        ['Data folder', <Code key="dir">{info.data.dataDir}</Code>],
        ['Database file', <Code key="file">{info.data.databaseFile}</Code>],
        ['Schema version', info.data.schemaVersion],
        ['Rolebridge version', info.data.version],
        ['Running as', api.transport === 'ipc' ? 'Desktop app' : 'Browser mode on this computer'],
      ]
    : [];
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>Settings</Title>
        <Text c="dimmed">Everything stays on this computer, in the folder below.</Text>
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
      <Text size="sm" c="dimmed">
        Backups, check-in reminders, your weekly coaching budget and the theme will be set here.
      </Text>
    </Stack>
  );
}
