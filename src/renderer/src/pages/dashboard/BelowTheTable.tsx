// What is on this week and the coaching load, under the hires table. When the table is longer than
// any window they start below the fold, yet cost as much to draw as the rows in view: they are then
// drawn right after those rows, in the background, and their room is kept at the height they last
// had so that going back to the dashboard scrolls to where it was.
import { useDeferredValue } from 'react';
import { Stack } from '@mantine/core';
import type { Dashboard } from '@shared/progress/report';
import { ThisWeek } from './ThisWeek';
import { CoachingLoad } from './CoachingLoad';

/** More hires than this and the table alone is taller than a window (rows are 60 px or more). */
export const ROWS_ABOVE_THE_FOLD = 20;

let lastHeight = 0;

export function BelowTheTable({ dashboard }: { dashboard: Dashboard }) {
  const drawn = useDeferredValue(true, false);
  if (!drawn && dashboard.rows.length > ROWS_ABOVE_THE_FOLD) {
    return <div aria-hidden style={{ minHeight: lastHeight }} />;
  }
  return (
    <Stack
      gap="lg"
      ref={(element) => {
        const watch = new ResizeObserver(() => (lastHeight = element?.offsetHeight ?? lastHeight));
        if (element) watch.observe(element);
        return () => watch.disconnect();
      }}
    >
      <ThisWeek dashboard={dashboard} />
      <CoachingLoad dashboard={dashboard} />
    </Stack>
  );
}
