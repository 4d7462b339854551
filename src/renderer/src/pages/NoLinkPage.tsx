// The browser mode opened without its link (a new tab, a bookmark, after a restart): where the link
// is, in plain words, instead of an app that cannot load anything.
import { Card, Code, List, Stack, Text, Title } from '@mantine/core';

export function NoLinkPage() {
  return (
    <Stack maw={640} mx="auto" my={64} px="md" gap="md">
      <Title order={1}>Open Rolebridge from its link</Title>
      <Text>
        Rolebridge keeps your data private to you, so in a browser it only opens from the link it prints when
        it starts. This page was opened without that link.
      </Text>
      <Card withBorder padding="lg">
        <List type="ordered" spacing="sm">
          <List.Item>
            Go to the terminal window where you started Rolebridge with{' '}
            <Code style={{ whiteSpace: 'nowrap' }}>npm run web</Code>.
          </List.Item>
          <List.Item>
            Find the line <Code>Rolebridge is running at http://127.0.0.1:…</Code> and open that link.
          </List.Item>
          <List.Item>
            If that window is closed, start Rolebridge again with{' '}
            <Code style={{ whiteSpace: 'nowrap' }}>npm run web</Code> and open the link it prints.
          </List.Item>
        </List>
      </Card>
      <Text size="sm" c="dimmed">
        Each start prints a new link, so a bookmark or a link from an earlier start stops working when
        Rolebridge restarts. Your data is not affected.
      </Text>
    </Stack>
  );
}
