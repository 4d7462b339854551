import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HireForm } from '../../src/renderer/src/hires/HireForm';
import { ok, renderWithApp } from './render';
import { hire, roles } from './fixtures';

function fieldError(label: string): string | null {
  const input = screen.getByLabelText(label, { exact: false });
  const id = input.getAttribute('aria-describedby') ?? '';
  const texts = id
    .split(' ')
    .map((part) => document.getElementById(part)?.textContent ?? '')
    .filter(Boolean);
  return input.getAttribute('aria-invalid') === 'true' ? texts.join(' ') : null;
}

async function fill(values: { name?: string; current?: string; target?: string; start?: string }) {
  if (values.name !== undefined)
    await userEvent.type(screen.getByLabelText('Name', { exact: false }), values.name);
  if (values.current)
    await userEvent.selectOptions(screen.getByLabelText('Current role', { exact: false }), values.current);
  if (values.target)
    await userEvent.selectOptions(screen.getByLabelText('Target role', { exact: false }), values.target);
  if (values.start)
    fireEvent.change(screen.getByLabelText('Start date', { exact: false }), {
      target: { value: values.start },
    });
}

describe('Hire form', () => {
  it('shows what is missing next to each field and sends nothing', async () => {
    const { call } = renderWithApp(<HireForm roles={roles} onSaved={vi.fn()} onCancel={vi.fn()} />, () =>
      ok(null),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add hire' }));
    expect(fieldError('Name')).toContain('Enter the person’s name');
    expect(fieldError('Current role')).toContain('Pick the current role');
    expect(fieldError('Target role')).toContain('Pick the target role');
    expect(fieldError('Start date')).toBeNull();
    fireEvent.change(screen.getByLabelText('Start date', { exact: false }), { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add hire' }));
    // In the format the date field shows (the browser's language), not the YYYY-MM-DD it stores.
    expect(fieldError('Start date')).toMatch(/Enter the start date, as (mm\/dd\/yyyy|dd\/mm\/yyyy)/);
    expect(fieldError('Start date')).not.toContain('YYYY-MM-DD');
    expect(call).not.toHaveBeenCalled();
  });

  it('starts a new hire on the next working day', () => {
    // A Friday: the next working day is the Monday after.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 2, 5, 15, 0));
    try {
      renderWithApp(<HireForm roles={roles} onSaved={vi.fn()} onCancel={vi.fn()} />, () => ok(null));
      expect((screen.getByLabelText('Start date', { exact: false }) as HTMLInputElement).value).toBe(
        '2027-03-08',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('goes on to the assessment when added with "Add and assess"', async () => {
    const onSaved = vi.fn();
    const saved = hire({ name: 'Dana Whitfield' });
    renderWithApp(<HireForm roles={roles} onSaved={onSaved} onCancel={vi.fn()} />, () => ok(saved));
    await fill({ name: 'Dana Whitfield', current: 'Project Manager', target: 'Product Manager' });
    await userEvent.click(screen.getByRole('button', { name: 'Add and assess' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved, 'assess'));
  });

  it('creates a hire with what was entered', async () => {
    const onSaved = vi.fn();
    const saved = hire({ name: 'Margaret Hamilton' });
    const { call } = renderWithApp(<HireForm roles={roles} onSaved={onSaved} onCancel={vi.fn()} />, () =>
      ok(saved),
    );
    await fill({
      name: 'Margaret Hamilton',
      current: 'Project Manager',
      target: 'Product Manager',
      start: '2026-04-06',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Add hire' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved, 'stay'));
    expect(call).toHaveBeenCalledWith('hires.create', {
      name: 'Margaret Hamilton',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2026-04-06',
      notes: '',
    });
  });

  it('shows the core’s refusal next to the field it names', async () => {
    const onSaved = vi.fn();
    renderWithApp(<HireForm roles={roles} onSaved={onSaved} onCancel={vi.fn()} />, () => ({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'targetRoleId: Unknown role',
        issues: [{ field: 'targetRoleId', message: 'Unknown role "x"; pick one from the role list' }],
      },
    }));
    await fill({ name: 'M', current: 'Project Manager', target: 'Product Owner', start: '2026-04-06' });
    await userEvent.click(screen.getByRole('button', { name: 'Add hire' }));
    await waitFor(() => expect(fieldError('Target role')).toContain('pick one from the role list'));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('edits an existing hire, sending its id', async () => {
    const existing = hire({ id: 'h1', name: 'Ada Lovelace', notes: 'Keep' });
    const { call } = renderWithApp(
      <HireForm hire={existing} roles={roles} onSaved={vi.fn()} onCancel={vi.fn()} />,
      (_channel, input) => ok({ ...existing, ...(input as object) }),
    );
    const name = screen.getByLabelText('Name', { exact: false });
    await userEvent.clear(name);
    await userEvent.type(name, 'Ada King');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith(
        'hires.update',
        expect.objectContaining({ id: 'h1', name: 'Ada King', notes: 'Keep' }),
      ),
    );
  });
});
