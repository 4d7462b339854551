// A hire's one-on-one history: each held one-on-one is a card a screen reader names by its date, in
// the words the card shows (not an ISO date read digit by digit).
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { CheckInHistory } from '../../src/renderer/src/checkins/CheckInHistory';
import { formatCalendarDate } from '../../src/renderer/src/format';
import { checkIn } from './fixtures';
import { ok, renderWithApp } from './render';

const held = checkIn({
  scheduledOn: '2028-02-28',
  status: 'done',
  heldOn: '2028-02-29',
  sharedNotes: 'Ran the first discovery interview.',
});

describe('Check-in history', () => {
  it('names each held one-on-one by the date it shows', async () => {
    renderWithApp(
      <CheckInHistory hireId="hire-1" names={new Map()} owners={{ manager: 'You', hire: 'Priya' }} />,
      () => ok([held]),
    );
    const shown = formatCalendarDate('2028-02-29');
    const card = await screen.findByLabelText(`Check-in held ${shown}`);
    expect(card.textContent).toContain(shown);
    expect(card.getAttribute('aria-label')).not.toContain('2028-02-29');
  });
});
