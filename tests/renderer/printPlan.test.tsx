import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/react';
import { usePrintPlan } from '../../src/renderer/src/plans/printPlan';
import { ok, renderWithApp } from './render';

function PlanScreen({ enabled }: { enabled: boolean }) {
  usePrintPlan('h1', 'p1', enabled);
  return <input aria-label="Note" />;
}

afterEach(() => {
  vi.restoreAllMocks();
  delete window.rolebridgeShell;
});

describe('Ctrl+P on a plan', () => {
  it('opens the hire’s plan document, not a print of the screen, even from a text box', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({} as Window);
    const { call, getByLabelText } = renderWithApp(<PlanScreen enabled />, () =>
      ok({ fileName: 'coaching-plan-priya-v1.pdf', base64: btoa('%PDF-1.7') }),
    );
    const event = new KeyboardEvent('keydown', {
      key: 'p',
      code: 'KeyP',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    getByLabelText('Note').dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    await waitFor(() => expect(open).toHaveBeenCalledWith(expect.stringMatching(/^blob:/), '_blank'));
    expect(call).toHaveBeenCalledWith(
      'pdf.plan',
      expect.objectContaining({ hireId: 'h1', planId: 'p1', audience: 'hire', includePrivateNotes: false }),
    );
  });

  it('hands the document to the desktop shell’s viewer when the app runs there', async () => {
    const openToPrint = vi.fn(async () => undefined);
    window.rolebridgeShell = { openToPrint } as unknown as NonNullable<typeof window.rolebridgeShell>;
    renderWithApp(<PlanScreen enabled />, () => ok({ fileName: 'plan.pdf', base64: btoa('%PDF-1.7') }));
    fireEvent.keyDown(document.documentElement, { key: 'p', code: 'KeyP', ctrlKey: true });
    await waitFor(() => expect(openToPrint).toHaveBeenCalledWith('plan.pdf', btoa('%PDF-1.7')));
  });

  it('leaves Ctrl+P alone when no plan is showing', () => {
    const { call } = renderWithApp(<PlanScreen enabled={false} />, () => ok({}));
    fireEvent.keyDown(document.documentElement, { key: 'p', code: 'KeyP', ctrlKey: true });
    expect(call).not.toHaveBeenCalled();
  });
});
