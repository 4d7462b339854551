import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AssessmentForm } from '../../src/renderer/src/assessments/AssessmentForm';
import type { Assessment } from '@shared/assessments/schema';
import { ok, renderWithApp } from './render';
import { framework, hire } from './fixtures';

const targetRole = framework.roles.find((r) => r.id === 'product-manager');
if (!targetRole) throw new Error('no role');

async function rateEverything(level: number) {
  for (const c of framework.competencies) {
    const card = screen.getByRole('radiogroup', { name: new RegExp(`^${c.name}`) });
    // A direct click keeps this 15-question form fast; userEvent covers typing and buttons below.
    fireEvent.click(within(card).getByRole('radio', { name: new RegExp(`: ${level} · `) }));
  }
}

describe('Assessment form', () => {
  it('shows the level descriptions to choose from, and asks for every competency before saving', async () => {
    const onDone = vi.fn();
    const { call } = renderWithApp(
      <AssessmentForm
        hire={hire({ id: 'h1' })}
        framework={framework}
        targetRole={targetRole}
        onDone={onDone}
      />,
      () => ok(null),
    );
    const discovery = screen.getByRole('radiogroup', { name: /^Customer discovery/ });
    expect(within(discovery).getByText(/Relies on requests passed on by others/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Pick a level for 15 competencies/);
    expect(screen.getAllByText('Pick the level that matches what Ada does')).toHaveLength(15);
    expect(call).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('saves the levels and evidence picked', async () => {
    const onDone = vi.fn();
    const { call } = renderWithApp(
      <AssessmentForm
        hire={hire({ id: 'h1' })}
        framework={framework}
        targetRole={targetRole}
        onDone={onDone}
      />,
      () => ok({}),
    );
    await rateEverything(2);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Customer discovery evidence' }),
      'Ran five interviews',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [channel, input] = call.mock.calls[0] as [
      string,
      { assessor: string; ratings: { competencyId: string; level: number; evidence: string }[] },
    ];
    expect(channel).toBe('assessments.create');
    expect(input.assessor).toBe('manager');
    expect(input.ratings).toHaveLength(15);
    expect(input.ratings.every((r) => r.level === 2)).toBe(true);
    expect(input.ratings.find((r) => r.competencyId === 'customer-discovery')?.evidence).toBe(
      'Ran five interviews',
    );
  });

  it('corrects an assessment only with a reason, keeping its date and assessor', async () => {
    const original: Assessment = {
      id: 'a1',
      hireId: 'h1',
      roleId: 'product-manager',
      assessedOn: '2027-01-06',
      assessor: 'self',
      note: '',
      ratings: framework.competencies.map((c) => ({ competencyId: c.id, level: 1, evidence: '' })),
      correctsId: null,
      correctionReason: null,
      correctedById: null,
      createdAt: '2027-01-06T10:00:00Z',
    };
    const onDone = vi.fn();
    const { call } = renderWithApp(
      <AssessmentForm
        hire={hire({ id: 'h1' })}
        framework={framework}
        targetRole={targetRole}
        correcting={original}
        onDone={onDone}
      />,
      () => ok({}),
    );
    expect((screen.getByLabelText('Date') as HTMLInputElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(call).not.toHaveBeenCalled();
    await userEvent.type(
      screen.getByLabelText(/Why are you correcting it/),
      'Entered the wrong row for discovery',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(call).toHaveBeenCalledWith(
      'assessments.correct',
      expect.objectContaining({ id: 'a1', reason: 'Entered the wrong row for discovery' }),
    );
  });
});
