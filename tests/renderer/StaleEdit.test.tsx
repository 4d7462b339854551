// A stale edit on screen: the hire form and the one-on-one page send the version they loaded; when
// the core refuses with CONFLICT they keep what the manager typed, say who changed it, stop the
// draft's autosave, and Reload brings the newer record with the typed text beside it to copy.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { ChannelName } from '@shared/api/channels';
import type { Agenda } from '@shared/checkins/schema';
import type { Result } from '@shared/api/result';
import { CheckInPage } from '../../src/renderer/src/checkins/CheckInPage';
import { MoveCheckIn } from '../../src/renderer/src/checkins/MoveCheckIn';
import { useCheckInSchedule } from '../../src/renderer/src/checkins/queries';
import { HireForm } from '../../src/renderer/src/hires/HireForm';
import { checkIn, hire, roles } from './fixtures';
import { ok, renderWithApp } from './render';

const SAM = 'Sam Rivera changed this one-on-one at 14:02; reload to see their change, then make yours again.';

const stale = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'CONFLICT', message, issues: [{ field: 'expectedVersion', message }] },
});

function agenda(overrides: Partial<Agenda> = {}): Agenda {
  return {
    checkIn: checkIn({ id: 'c2', scheduledOn: '2099-01-11', version: 4 }),
    hireName: 'Priya Raman',
    previous: null,
    goals: [],
    reality: { since: '2099-01-04', doneSince: [], dueOrOverdue: [], lastPulses: [] },
    options: [],
    openActionItems: [],
    focusCompetencies: [],
    suggestedNextDate: '2099-01-18',
    draft: { sharedNotes: 'Agenda: roadmap review' },
    ...overrides,
  };
}

const calls = (call: { mock: { calls: unknown[][] } }, channel: ChannelName) =>
  call.mock.calls.filter(([name]) => name === channel);

describe('a one-on-one changed elsewhere', () => {
  it('stops autosave, keeps the typed notes, and Reload shows the newer draft with them beside', async () => {
    // Sam saved a draft from another screen: this one's autosave is refused; a reload reads Sam's.
    let samSaved = false;
    const { call } = renderWithApp(
      <Routes>
        <Route path="/hires/:hireId/check-ins/:checkInId" element={<CheckInPage />} />
      </Routes>,
      (channel) => {
        if (channel === 'checkIns.agenda')
          return ok(
            samSaved
              ? agenda({
                  checkIn: checkIn({ id: 'c2', scheduledOn: '2099-01-11', version: 6 }),
                  draft: { sharedNotes: 'Sam: talk about the pricing launch' },
                })
              : agenda(),
          );
        if (channel === 'checkIns.saveDraft') {
          samSaved = true;
          return stale(SAM);
        }
        return ok([]);
      },
      '/hires/hire-1/check-ins/c2',
    );
    const shared = (await screen.findByLabelText(/Shared notes/)) as HTMLTextAreaElement;
    await userEvent.type(shared, ' and hiring plan');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(SAM);
    expect(alert.textContent).toContain('Autosave has stopped');
    expect(screen.getByRole('status').textContent).toBe(
      'Autosave stopped: this one-on-one was changed elsewhere',
    );
    expect(calls(call, 'checkIns.saveDraft')[0]?.[1]).toMatchObject({ id: 'c2', expectedVersion: 4 });

    // Typing on: the text stays, and nothing more is sent over Sam's change.
    await userEvent.type(shared, '!');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(shared.value).toBe('Agenda: roadmap review and hiring plan!');
    expect(calls(call, 'checkIns.saveDraft')).toHaveLength(1);

    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Shared notes') as HTMLTextAreaElement).value).toBe(
        'Sam: talk about the pricing launch',
      ),
    );
    const kept = screen.getByLabelText('Your text, not saved');
    expect((within(kept).getByLabelText('Shared notes (not saved)') as HTMLTextAreaElement).value).toBe(
      'Agenda: roadmap review and hiring plan!',
    );
    expect(within(kept).getByRole('button', { name: 'Copy shared notes' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(calls(call, 'checkIns.agenda')).toHaveLength(2);

    // The reloaded form saves again, on the newer version.
    await userEvent.type(screen.getByLabelText('Shared notes'), '.');
    await waitFor(() => expect(calls(call, 'checkIns.saveDraft')).toHaveLength(2));
    expect(calls(call, 'checkIns.saveDraft')[1]?.[1]).toMatchObject({ expectedVersion: 6 });
  });

  it('a refused Save keeps the form as typed and offers the reload', async () => {
    const message =
      'This one-on-one was changed in another window at 14:02; reload to see that change, then make yours again.';
    const { call } = renderWithApp(
      <Routes>
        <Route path="/hires/:hireId/check-ins/:checkInId" element={<CheckInPage />} />
        <Route path="/hires/:hireId" element={<p>Hire page</p>} />
      </Routes>,
      (channel) =>
        channel === 'checkIns.agenda'
          ? ok(agenda())
          : channel === 'checkIns.complete'
            ? stale(message)
            : ok([]),
      '/hires/hire-1/check-ins/c2',
    );
    await screen.findByLabelText(/Shared notes/);
    await userEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect((await screen.findByRole('alert')).textContent).toContain(message);
    expect(calls(call, 'checkIns.complete')[0]?.[1]).toMatchObject({ expectedVersion: 4 });
    expect(screen.queryByText('Hire page')).toBeNull();
    expect((screen.getByLabelText(/Shared notes/) as HTMLTextAreaElement).value).toBe(
      'Agenda: roadmap review',
    );
  });
});

describe('a hire changed elsewhere', () => {
  it('keeps the typed values, and Reload shows the newer hire with the typed notes beside', async () => {
    const loaded = hire({ id: 'h1', notes: 'Wants to lead discovery', version: 3 });
    const newer = hire({ id: 'h1', notes: 'Sam: moving to the payments team', version: 5 });
    const message =
      'Sam Rivera changed this hire at 14:02; reload to see their change, then make yours again.';
    const onSaved = vi.fn();
    const { call } = renderWithApp(
      <HireForm hire={loaded} roles={roles} onSaved={onSaved} onCancel={vi.fn()} />,
      (channel, input) => {
        if (channel === 'hires.get') return ok(newer);
        if (channel === 'hires.update')
          return (input as { expectedVersion?: number }).expectedVersion === 5
            ? ok({ ...newer, ...(input as object), version: 6 })
            : stale(message);
        return ok(null);
      },
    );
    const notes = screen.getByLabelText('Notes', { exact: false }) as HTMLTextAreaElement;
    await userEvent.clear(notes);
    await userEvent.type(notes, 'Asked to start with pricing');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(message);
    expect(calls(call, 'hires.update')[0]?.[1]).toMatchObject({ id: 'h1', expectedVersion: 3 });
    expect(notes.value).toBe('Asked to start with pricing');
    expect(onSaved).not.toHaveBeenCalled();

    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Notes') as HTMLTextAreaElement).value).toBe(
        'Sam: moving to the payments team',
      ),
    );
    const kept = screen.getByLabelText('Your text, not saved');
    expect((within(kept).getByLabelText('Notes (not saved)') as HTMLTextAreaElement).value).toBe(
      'Asked to start with pricing',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(calls(call, 'hires.update')[1]?.[1]).toMatchObject({ expectedVersion: 5 });
  });
});

describe('a one-on-one moved elsewhere', () => {
  it('says who moved it and fetches the schedule again, so the next move starts from theirs', async () => {
    const moved =
      'Sam Rivera changed this one-on-one at 14:02; reload to see their change, then make yours again.';
    function Schedule() {
      useCheckInSchedule('hire-1');
      return null;
    }
    const { call } = renderWithApp(
      <>
        <Schedule />
        <MoveCheckIn
          checkIn={checkIn({ id: 'c2', scheduledOn: '2099-01-11', version: 4 })}
          hireId="hire-1"
          when="11 Jan"
        />
      </>,
      (channel) => (channel === 'checkIns.move' ? stale(moved) : ok(null)),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Move the check-in of 11 Jan' }));
    await waitFor(() => expect(calls(call, 'checkIns.schedule')).toHaveLength(1));
    const day = await screen.findByLabelText('New date');
    fireEvent.change(day, { target: { value: '2099-01-12' } });
    // The popover's content is still in its opening transition for the accessibility tree here.
    fireEvent.click(screen.getByRole('button', { name: 'Move', hidden: true }));
    expect(await screen.findByText('Not moved: changed elsewhere')).toBeTruthy();
    expect(screen.getByText(/Sam Rivera changed this one-on-one at 14:02/).textContent).toContain(
      'The schedule below now shows it.',
    );
    expect(calls(call, 'checkIns.move')[0]?.[1]).toMatchObject({ id: 'c2', expectedVersion: 4 });
    await waitFor(() => expect(calls(call, 'checkIns.schedule')).toHaveLength(2));
  });
});
