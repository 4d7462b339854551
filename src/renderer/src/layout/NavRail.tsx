// The navigation to the four areas (and People for a team server's administrator): icon and name,
// or (narrow windows) the icon alone with its name as a tooltip and as the link's accessible name.
import { NavLink, Tooltip } from '@mantine/core';
import { IconAddressBook, IconBriefcase, IconHome, IconSettings, IconUsers } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useTeamSession } from '../team/session';

export const NAV_LINKS = [
  { to: '/', label: 'Dashboard', icon: IconHome },
  { to: '/hires', label: 'Hires', icon: IconUsers },
  { to: '/roles', label: 'Roles', icon: IconBriefcase },
  { to: '/settings', label: 'Settings', icon: IconSettings },
];

/** Only an administrator on a team server manages accounts. */
export const PEOPLE_LINK = { to: '/people', label: 'People', icon: IconAddressBook };

export function NavRail({ narrow }: { narrow: boolean }) {
  const { pathname } = useLocation();
  const isAdministrator = useTeamSession()?.account.role === 'admin';
  const links = isAdministrator ? [...NAV_LINKS, PEOPLE_LINK] : NAV_LINKS;
  return links.map(({ to, label, icon: Icon }) => {
    const active = to === '/' ? pathname === '/' : pathname.startsWith(to);
    const link = (
      <NavLink
        key={to}
        component={Link}
        to={to}
        label={narrow ? undefined : label}
        aria-label={narrow ? label : undefined}
        active={active}
        aria-current={active ? 'page' : undefined}
        leftSection={<Icon size={narrow ? 22 : 18} aria-hidden />}
        variant="light"
        style={{ borderRadius: 'var(--mantine-radius-md)' }}
      />
    );
    return narrow ? (
      <Tooltip key={to} label={label} position="right" withArrow>
        {link}
      </Tooltip>
    ) : (
      link
    );
  });
}
