// The command palette's button and its Ctrl+K / ⌘K shortcut. The palette itself (and its library)
// loads the first time it is asked for, so it adds nothing to the first screen.
import { lazy, Suspense, useState } from 'react';
import { Button, Kbd } from '@mantine/core';
import { useHotkeys, useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';

const CommandPalette = lazy(() => import('./CommandPalette'));

export function PaletteLauncher() {
  // Each request opens the palette; 0 means it has not been asked for yet.
  const [requests, setRequests] = useState(0);
  const open = () => setRequests((n) => n + 1);
  // In text fields too: Ctrl+K types nothing there.
  useHotkeys([['mod+K', open]], []);
  const mac = useOs() === 'macos';
  return (
    <>
      <Button
        ml="auto"
        variant="default"
        size="xs"
        leftSection={<IconSearch size={14} aria-hidden />}
        rightSection={<Kbd size="xs">{mac ? '⌘K' : 'Ctrl+K'}</Kbd>}
        onClick={open}
        aria-label="Go to a hire, role or screen, or run a command"
        aria-keyshortcuts={mac ? 'Meta+K' : 'Control+K'}
      >
        Go to…
      </Button>
      {requests > 0 && (
        <Suspense fallback={null}>
          <CommandPalette requests={requests} />
        </Suspense>
      )}
    </>
  );
}
