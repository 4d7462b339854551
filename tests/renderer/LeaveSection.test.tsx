// The Leave section of a hire's page: lists the hire's leave, adds a period (a single day needs only
// its first day), shows the core's field errors beside the field, and removes a period.
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Leave } from '../../src/shared/calendar/schema';
import { LeaveSection } from '../../src/renderer/src/calendar/LeaveSection';
import { ok, renderWithApp } from './render';
import { hire } from './fixtures';

const priya = hire({ name: 'Priya Raman' });
const summer: Leave = {
  id: 'leave-1',
  hireId: priya.id,
  startOn: '2027-08-02',
  endOn: '2027-08-13',
  note: 'Summer',
  createdAt: '2027-01-01T09:00:00.000Z',
};

function dateInput(label: string) {
  return screen.getByLabelText(label, { exact: false });
}

describe('Leave section', () => {
  it('lists the hire’s leave with its length and explains the effect on plans', async () => {
    renderWithApp(<LeaveSection hire={priya} />, () => ok([summer]));
    const table = await screen.findByRole('table', { name: 'Priya Raman’s leave' });
    expect(within(table).getByText('2 Aug 2027 – 13 Aug 2027')).toBeTruthy();
    expect(within(table).getByText('12')).toBeTruthy();
    expect(screen.getByText(/Plans made after this skip these days/)).toBeTruthy();
  });

  it('adds a single day with only its first day given', async () => {
    const leave: Leave[] = [];
    const { call } = renderWithApp(<LeaveSection hire={priya} />, (channel, input) => {
      if (channel === 'leave.add') {
        const added = { ...summer, ...(input as Partial<Leave>), id: 'leave-2' };
        leave.push(added);
        return ok(added);
      }
      return ok([...leave]);
    });
    await screen.findByText('No leave marked.');
    fireEvent.change(dateInput('First day off'), { target: { value: '2027-04-01' } });
    await userEvent.type(screen.getByLabelText('Note', { exact: false }), 'Moving house');
    await userEvent.click(screen.getByRole('button', { name: 'Add leave' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('leave.add', {
        hireId: priya.id,
        startOn: '2027-04-01',
        endOn: '2027-04-01',
        note: 'Moving house',
      }),
    );
    expect(await screen.findByText('Moving house')).toBeTruthy();
    expect((dateInput('First day off') as HTMLInputElement).value).toBe('');
  });

  it('says a date the core cannot read in the format the date field shows, not as YYYY-MM-DD', async () => {
    renderWithApp(<LeaveSection hire={priya} />, (channel) =>
      channel === 'leave.add'
        ? {
            ok: false,
            error: {
              code: 'VALIDATION',
              message: 'startOn: Enter a real date as YYYY-MM-DD',
              issues: [{ field: 'startOn', message: 'Enter a real date as YYYY-MM-DD' }],
            },
          }
        : ok([]),
    );
    await screen.findByText('No leave marked.');
    fireEvent.change(dateInput('First day off'), { target: { value: '2027-04-09' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add leave' }));
    expect(
      await screen.findByText(/Enter a real first day off, as (mm\/dd\/yyyy|dd\/mm\/yyyy)/),
    ).toBeTruthy();
    expect(screen.queryByText(/YYYY-MM-DD/)).toBeNull();
  });

  it('shows the core’s refusal beside the field it names, and keeps what was typed', async () => {
    renderWithApp(<LeaveSection hire={priya} />, (channel) =>
      channel === 'leave.add'
        ? {
            ok: false,
            error: {
              code: 'VALIDATION',
              message: 'endOn: The last day of leave cannot be before the first',
              issues: [{ field: 'endOn', message: 'The last day of leave cannot be before the first' }],
            },
          }
        : ok([]),
    );
    await screen.findByText('No leave marked.');
    fireEvent.change(dateInput('First day off'), { target: { value: '2027-04-09' } });
    fireEvent.change(dateInput('Last day off'), { target: { value: '2027-04-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add leave' }));
    expect(await screen.findByText('The last day of leave cannot be before the first')).toBeTruthy();
    expect(dateInput('Last day off').getAttribute('aria-invalid')).toBe('true');
    expect((dateInput('First day off') as HTMLInputElement).value).toBe('2027-04-09');
  });

  it('removes a period by its named button', async () => {
    let leave = [summer];
    const { call } = renderWithApp(<LeaveSection hire={priya} />, (channel) => {
      if (channel === 'leave.remove') {
        leave = [];
        return ok({ id: summer.id });
      }
      return ok(leave);
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove leave 2 Aug 2027 – 13 Aug 2027' }),
    );
    expect(call).toHaveBeenCalledWith('leave.remove', { id: summer.id });
    expect(await screen.findByText('No leave marked.')).toBeTruthy();
  });
});
