// App commands from the application menu (desktop) or keyboard shortcuts (both modes). A screen that
// can carry a command out registers for it; when none is showing, the command waits for the screen
// it leads to.
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '@shared/api/channels';

type Listener = (command: MenuCommand) => boolean;
const listeners: Listener[] = [];
let pending: MenuCommand | null = null;

/**
 * Carries `command` out on this screen while it is mounted and `enabled` (the newest screen wins);
 * otherwise the command goes to the screen behind or to the hires list.
 */
export function useCommand(command: MenuCommand, handler: () => void, enabled = true): void {
  const latest = useRef({ handler, enabled });
  useEffect(() => {
    latest.current = { handler, enabled };
  });
  useEffect(() => {
    const listener: Listener = (next) => {
      if (next !== command || !latest.current.enabled) return false;
      latest.current.handler();
      return true;
    };
    listeners.push(listener);
    if (pending === command && latest.current.enabled) {
      pending = null;
      latest.current.handler();
    }
    return () => {
      listeners.splice(listeners.indexOf(listener), 1);
    };
  }, [command]);
}

/** True when a mounted screen carried the command out. */
export function dispatchCommand(command: MenuCommand): boolean {
  for (const listener of [...listeners].reverse()) if (listener(command)) return true;
  return false;
}

/** Leaves the command for the next screen that registers for it. */
export function deferCommand(command: MenuCommand): void {
  pending = command;
}

/** Shortcuts in the browser mode, where Ctrl+N belongs to the browser. The desktop menu shows its own. */
export const BROWSER_SHORTCUTS: [string, MenuCommand, string][] = [
  ['alt+N', 'new-hire', 'Alt+N'],
  ['mod+E', 'export-plan-pdf', 'Ctrl+E (⌘E)'],
  ['mod+B', 'back-up-now', 'Ctrl+B (⌘B)'],
];
