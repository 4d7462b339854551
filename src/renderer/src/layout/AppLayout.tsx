// The app's frame: a header with the product name and a navigation rail to the four areas. Below
// ~1100 px the rail folds to icons (named for assistive tech, with tooltips) so the screens keep
// their width; every navigation starts at the top and back/forward return to where you were. On a
// team server the header also holds the signed-in person's account menu (loaded only there).
import { lazy, Suspense } from 'react';
import { useAppCommands } from './useAppCommands';
import { AppShell, Group, Text, ThemeIcon } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconRoute } from '@tabler/icons-react';
import { Outlet, ScrollRestoration } from 'react-router';
import { NavRail } from './NavRail';
import { PaletteLauncher } from '../palette/PaletteLauncher';
import { useBrowserReminders } from '../reminders/useBrowserReminders';
import { useTeamSession } from '../team/session';

const AccountMenu = lazy(() => import('../team/AccountMenu'));

/** Narrower than this, the navigation shows icons only. */
export const NARROW_LAYOUT_QUERY = '(max-width: 1099px)';

export function AppLayout() {
  useAppCommands();
  useBrowserReminders();
  const team = useTeamSession();
  const narrow = useMediaQuery(NARROW_LAYOUT_QUERY, window.matchMedia(NARROW_LAYOUT_QUERY).matches) ?? false;
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: narrow ? 64 : 220, breakpoint: 0 }} padding="xl">
      {/* Scroll positions are kept per history entry: a new visit starts at the top, back returns. */}
      <ScrollRestoration />
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <ThemeIcon size={32} radius="md" variant="filled" aria-hidden>
            <IconRoute size={20} />
          </ThemeIcon>
          <Text fw={700} size="lg">
            Rolebridge
          </Text>
          <Text c="dimmed" size="sm" visibleFrom="sm">
            Coaching people into new roles
          </Text>
          <PaletteLauncher />
          {team ? (
            <Suspense fallback={null}>
              <AccountMenu />
            </Suspense>
          ) : null}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <NavRail narrow={narrow} />
      </AppShell.Navbar>
      <AppShell.Main>
        <div style={{ maxWidth: 1100 }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
