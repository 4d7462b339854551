import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultPaper, ExportPdfModal } from '../../src/renderer/src/plans/ExportPdfModal';
import { printInput } from '../../src/renderer/src/plans/printPlan';
import { ok, renderWithApp } from './render';

describe('PDF export dialog', () => {
  it('picks the paper size from the locale', () => {
    expect(defaultPaper('en-US')).toBe('LETTER');
    expect(defaultPaper('fr-CA')).toBe('LETTER');
    expect(defaultPaper('es-MX')).toBe('LETTER');
    expect(defaultPaper('en-GB')).toBe('A4');
    expect(defaultPaper('de')).toBe('A4');
  });

  it('exports the hire’s version by default, with nothing private on offer', async () => {
    const { call } = renderWithApp(
      <ExportPdfModal
        opened
        onClose={() => undefined}
        target={{ kind: 'one', hireId: 'h1', planId: 'p1', hireName: 'Priya' }}
      />,
      () => ok({ fileName: 'plan.pdf', base64: btoa('%PDF-1.3') }),
    );
    expect(screen.queryByRole('checkbox', { name: /Include check-in summaries/ })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: /Include private notes/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('pdf.plan', {
        hireId: 'h1',
        planId: 'p1',
        audience: 'hire',
        paper: expect.stringMatching(/^(A4|LETTER)$/),
        locale: expect.any(String),
        includeCheckIns: false,
        includePrivateNotes: false,
      }),
    );
  });

  it('in the manager’s copy keeps private notes out unless check-ins are included and private notes explicitly ticked, with a warning', async () => {
    const { call } = renderWithApp(
      <ExportPdfModal
        opened
        onClose={() => undefined}
        target={{ kind: 'one', hireId: 'h1', planId: 'p1', hireName: 'Priya' }}
      />,
      () => ok({ fileName: 'plan.pdf', base64: btoa('%PDF-1.3') }),
    );
    await userEvent.click(screen.getByText('Manager’s copy'));
    const privateNotes = screen.getByRole('checkbox', { name: /Include private notes/ }) as HTMLInputElement;
    expect(privateNotes.disabled).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: /Include check-in summaries/ }));
    expect(privateNotes.disabled).toBe(false);
    expect(screen.queryByText('Private notes will be in the file')).toBeNull();
    await userEvent.click(privateNotes);
    expect(screen.getByText('Private notes will be in the file')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('pdf.plan', {
        hireId: 'h1',
        planId: 'p1',
        audience: 'manager',
        paper: expect.stringMatching(/^(A4|LETTER)$/),
        locale: expect.any(String),
        includeCheckIns: true,
        includePrivateNotes: true,
      }),
    );
  });

  it('prints the hire’s version, never anything private', () => {
    expect(printInput('h1', 'p1')).toMatchObject({
      hireId: 'h1',
      planId: 'p1',
      audience: 'hire',
      includeCheckIns: false,
      includePrivateNotes: false,
    });
  });
});
