// What the command palette offers, in groups: the File menu's commands, the screens, every hire
// (active first, then archived) and every role.
import { useNavigate } from 'react-router';
import type { SpotlightActionGroupData } from '@mantine/spotlight';
import {
  IconBriefcase,
  IconDatabaseExport,
  IconFileTypePdf,
  IconLayoutDashboard,
  IconUser,
  IconUserPlus,
} from '@tabler/icons-react';
import type { MenuCommand } from '@shared/api/channels';
import { useHires } from '../hires/queries';
import { useRoles } from '../framework/queries';
import { useRunCommand } from '../layout/useAppCommands';
import { roleName } from '../hires/AddHireModal';

/** The File menu's commands, with the names the desktop menu gives them. */
export const PALETTE_COMMANDS: { command: MenuCommand; label: string; icon: typeof IconUser }[] = [
  { command: 'new-hire', label: 'New hire…', icon: IconUserPlus },
  { command: 'export-plan-pdf', label: 'Export plan PDF…', icon: IconFileTypePdf },
  { command: 'back-up-now', label: 'Back up now', icon: IconDatabaseExport },
];

export const PALETTE_SCREENS = [
  { to: '/', label: 'Dashboard' },
  { to: '/hires', label: 'Hires' },
  { to: '/roles', label: 'Roles' },
  { to: '/roles/compare', label: 'Compare roles' },
  { to: '/settings', label: 'Settings' },
];

export function usePaletteActions(): SpotlightActionGroupData[] {
  const navigate = useNavigate();
  const run = useRunCommand();
  const hires = useHires({ search: '', status: 'all' });
  const roles = useRoles();
  const go = (to: string) => () => void navigate(to);
  const hireList = [...(hires.data ?? [])].sort(
    (a, b) => Number(a.status !== 'active') - Number(b.status !== 'active'),
  );
  return [
    {
      group: 'Commands',
      actions: PALETTE_COMMANDS.map(({ command, label, icon: Icon }) => ({
        id: `command-${command}`,
        label,
        leftSection: <Icon size={18} aria-hidden />,
        onClick: () => run(command),
      })),
    },
    {
      group: 'Screens',
      actions: PALETTE_SCREENS.map(({ to, label }) => ({
        id: `screen-${to}`,
        label,
        leftSection: <IconLayoutDashboard size={18} aria-hidden />,
        onClick: go(to),
      })),
    },
    {
      group: 'Hires',
      actions: hireList.map((hire) => ({
        id: `hire-${hire.id}`,
        label: hire.name,
        description: `${roleName(roles.data, hire.currentRoleId)} → ${roleName(roles.data, hire.targetRoleId)}${hire.status === 'active' ? '' : ' · archived'}`,
        keywords: ['hire'],
        leftSection: <IconUser size={18} aria-hidden />,
        onClick: go(`/hires/${hire.id}`),
      })),
    },
    {
      group: 'Roles',
      actions: (roles.data ?? []).map((role) => ({
        id: `role-${role.id}`,
        label: role.name,
        keywords: ['role'],
        leftSection: <IconBriefcase size={18} aria-hidden />,
        onClick: go(`/roles/${role.id}`),
      })),
    },
  ];
}
