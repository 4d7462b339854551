// The command palette: every hire, role and screen to jump to, and the File menu's commands.
import { useEffect } from 'react';
import { Spotlight, createSpotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import { IconSearch } from '@tabler/icons-react';
import { usePaletteActions } from './usePaletteActions';

const [store, palette] = createSpotlight();

/** Opens on mount and again whenever `requests` grows (each Ctrl+K or click on the launcher). */
export default function CommandPalette({ requests }: { requests: number }) {
  useEffect(() => {
    palette.open();
  }, [requests]);
  const groups: SpotlightActionGroupData[] = usePaletteActions();
  return (
    <Spotlight
      store={store}
      shortcut={null}
      actions={groups}
      limit={30}
      scrollable
      maxHeight={420}
      nothingFound="Nothing matches"
      highlightQuery
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: 'Go to a hire, role or screen, or run a command',
        'aria-label': 'Go to a hire, role or screen, or run a command',
      }}
    />
  );
}
