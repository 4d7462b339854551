// Settings → Reminders in the browser mode: the one place that asks the browser for permission to
// show notifications, and only when the manager presses the button.
import { Button, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { requestBrowserPermission, useNotificationPermission } from './browser-notifications';

export function BrowserReminderButton() {
  const permission = useNotificationPermission();
  if (permission === 'unsupported') return null;
  if (permission === 'granted') {
    return (
      <Text size="sm" c="dimmed" mt="sm">
        This browser shows the reminders while Rolebridge is open in a tab.
      </Text>
    );
  }
  if (permission === 'denied') {
    return (
      <Text size="sm" c="dimmed" mt="sm">
        This browser blocks notifications from Rolebridge: allow them in the site settings (the icon beside
        the address) to get reminders here.
      </Text>
    );
  }
  return (
    <Button
      mt="sm"
      variant="light"
      leftSection={<IconBell size={16} aria-hidden />}
      onClick={() => void requestBrowserPermission()}
    >
      Show reminders in this browser
    </Button>
  );
}
