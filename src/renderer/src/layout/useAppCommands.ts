// Runs app commands: from the desktop menu, from keyboard shortcuts in the browser mode, or from the
// command palette.
import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import type { MenuCommand } from '@shared/api/channels';
import { useApi } from '../api/client';
import { backUpWithNotice } from '../data/backUpWithNotice';
import { BROWSER_SHORTCUTS, deferCommand, dispatchCommand } from './commands';

/** Carries a File-menu command out on the screen showing, or on the hires list when it cannot. */
export function useRunCommand(): (command: MenuCommand) => void {
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return useCallback(
    (command: MenuCommand) => {
      if (command === 'back-up-now') {
        void backUpWithNotice(api, queryClient);
        return;
      }
      if (dispatchCommand(command)) return;
      // No screen showing can do it: the hires list can (add a hire, export every plan).
      deferCommand(command);
      void navigate('/hires');
    },
    [api, navigate, queryClient],
  );
}

export function useAppCommands(): void {
  const run = useRunCommand();
  useEffect(() => window.rolebridgeShell?.onMenuCommand(run), [run]);
  useHotkeys(
    window.rolebridgeShell ? [] : BROWSER_SHORTCUTS.map(([keys, command]) => [keys, () => run(command)]),
  );
}
