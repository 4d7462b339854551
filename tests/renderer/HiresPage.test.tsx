import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HiresPage } from '../../src/renderer/src/hires/HiresPage';
import { ok, renderWithApp, type Responder } from './render';
import { hire, roles } from './fixtures';
import type { Hire } from '@shared/hires/schema';

function respondWith(hires: Hire[]): Responder {
  return (channel, input) => {
    if (channel === 'roles.list') return ok(roles);
    if (channel === 'hires.list') {
      const { search = '', status = 'active' } = input as { search?: string; status?: string };
      return ok(
        hires.filter(
          (h) =>
            (status === 'all' || h.status === status) && h.name.toLowerCase().includes(search.toLowerCase()),
        ),
      );
    }
    if (channel === 'hires.archive') {
      const found = hires.find((h) => h.id === (input as { id: string }).id);
      return ok({ ...found, status: 'archived' });
    }
    throw new Error(`unexpected ${channel}`);
  };
}

const three = [
  hire({ id: '1', name: 'Ada Lovelace' }),
  hire({ id: '2', name: 'Grace Hopper', currentRoleId: 'product-owner', notes: 'Wants to own discovery' }),
  hire({ id: '3', name: 'Katherine Johnson', startDate: '2026-11-30' }),
];

describe('Hires page', () => {
  it('shows an empty state that offers to add the first hire', async () => {
    renderWithApp(<HiresPage />, respondWith([]));
    expect(await screen.findByText('No hires yet')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add your first hire' })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists hires with their move, start date and status', async () => {
    renderWithApp(<HiresPage />, respondWith(three));
    const table = await screen.findByRole('table', { name: 'Hires' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const grace = rows[1];
    if (!grace) throw new Error('no row');
    expect(within(grace).getByText('Grace Hopper')).toBeTruthy();
    expect(within(grace).getByText('Product Owner')).toBeTruthy();
    expect(within(grace).getByText('Product Manager')).toBeTruthy();
    expect(within(grace).getByText('Wants to own discovery')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('30 Nov 2026')).toBeTruthy();
  });

  it('searches by name as you type', async () => {
    const { call } = renderWithApp(<HiresPage />, respondWith(three));
    await screen.findByRole('table', { name: 'Hires' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Search hires by name' }), 'grace');
    await waitFor(() => expect(screen.queryByText('Ada Lovelace')).toBeNull());
    expect(screen.getByText('Grace Hopper')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('hires.list', { search: 'grace', status: 'active' });
  });

  it('says when nothing matches the search', async () => {
    renderWithApp(<HiresPage />, respondWith(three));
    await screen.findByRole('table', { name: 'Hires' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Search hires by name' }), 'zed');
    expect(await screen.findByText('No active hires match “zed”.')).toBeTruthy();
  });

  it('archives a hire and offers to undo', async () => {
    const { call } = renderWithApp(<HiresPage />, respondWith(three));
    await userEvent.click(await screen.findByRole('button', { name: 'Archive Ada Lovelace' }));
    await waitFor(() => expect(call).toHaveBeenCalledWith('hires.archive', { id: '1' }));
    expect(await screen.findByText('Ada Lovelace archived')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });
});
