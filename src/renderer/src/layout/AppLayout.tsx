// The app's frame: a header with the product name and a navigation rail to the four areas.
import { useAppCommands } from './useAppCommands';
import { AppShell, Group, NavLink, Text, ThemeIcon } from '@mantine/core';
import { IconBriefcase, IconHome, IconRoute, IconSettings, IconUsers } from '@tabler/icons-react';
import { Link, Outlet, useLocation } from 'react-router';

const links = [
  { to: '/', label: 'Dashboard', icon: IconHome },
  { to: '/hires', label: 'Hires', icon: IconUsers },
  { to: '/roles', label: 'Roles', icon: IconBriefcase },
  { to: '/settings', label: 'Settings', icon: IconSettings },
];

export function AppLayout() {
  const { pathname } = useLocation();
  useAppCommands();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="xl">
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <ThemeIcon size={32} radius="md" variant="filled" aria-hidden>
            <IconRoute size={20} />
          </ThemeIcon>
          <Text fw={700} size="lg">
            Rolebridge
          </Text>
          <Text c="dimmed" size="sm" visibleFrom="sm">
            Coaching people into new roles
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        {links.map(({ to, label, icon: Icon }) => {
          const active = to === '/' ? pathname === '/' : pathname.startsWith(to);
          return (
            <NavLink
              key={to}
              component={Link}
              to={to}
              label={label}
              active={active}
              aria-current={active ? 'page' : undefined}
              leftSection={<Icon size={18} />}
              variant="light"
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1100 }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
