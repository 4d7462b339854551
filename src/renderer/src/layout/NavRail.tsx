// The navigation to the four areas, or on a team server to what the signed-in role can use: icon
// and name, or (narrow windows) the icon alone with its name as a tooltip and as its accessible name.
import { NavLink, Tooltip } from '@mantine/core';
import {
  IconAddressBook,
  IconBriefcase,
  IconChartBar,
  IconHome,
  IconInbox,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
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

const [DASHBOARD, HIRES, ROLES, SETTINGS] = NAV_LINKS as [
  (typeof NAV_LINKS)[0],
  (typeof NAV_LINKS)[0],
  (typeof NAV_LINKS)[0],
  (typeof NAV_LINKS)[0],
];

/** On a team server, each role sees what it can use: a lead's home is the overview, an administrator's People. */
export const TEAM_NAV_LINKS = {
  manager: NAV_LINKS,
  hr: [
    { to: '/overview', label: 'Organisation overview', icon: IconChartBar },
    { ...HIRES, label: 'Shared hires' },
    ROLES,
    { to: '/proposals', label: 'Proposals', icon: IconInbox },
    SETTINGS,
  ],
  admin: [PEOPLE_LINK, ROLES, SETTINGS],
};

export function NavRail({ narrow }: { narrow: boolean }) {
  const { pathname } = useLocation();
  const role = useTeamSession()?.account.role;
  const links = role ? TEAM_NAV_LINKS[role] : NAV_LINKS;
  return links.map(({ to, label, icon: Icon }) => {
    const active = to === DASHBOARD.to ? pathname === '/' : pathname.startsWith(to);
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
