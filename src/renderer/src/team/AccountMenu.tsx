// The signed-in person's menu in the layout's header on a team server: who they are, their role,
// and signing out here or on every device.
import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { ROLE_LABELS } from './auth-api';
import { useTeamSession } from './session';

export default function AccountMenu() {
  const session = useTeamSession();
  if (!session) return null;
  const { account } = session;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconUserCircle size={18} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={`Account: ${account.displayName}, ${ROLE_LABELS[account.role]}`}
        >
          <Text size="sm" truncate maw={180}>
            {account.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {account.displayName}
          </Text>
          <Text size="xs">
            {ROLE_LABELS[account.role]} · {account.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void session.signOut()}>
          Sign out
        </Menu.Item>
        <Menu.Item onClick={() => void session.signOutEverywhere()}>Sign out everywhere</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
