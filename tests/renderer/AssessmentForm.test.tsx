import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AssessmentForm } from '../../src/renderer/src/assessments/AssessmentForm';
import type { Assessment } from '@shared/assessments/schema';
import { levelNames, type Level } from '@shared/framework/types';
import { ok, renderWithApp } from './render';
import { framework, hire } from './fixtures';

const targetRole = framework.roles.find((r) => r.id === 'product-manager');
if (!targetRole) throw new Error('no role');

const projectManager = framework.roles.find((r) => r.id === 'project-manager');
if (!projectManager) throw new Error('no role');
const usualLevel = (competencyId: string) => projectManager.expectations[competencyId]?.level ?? 0;

function renderForm(extra: { planStep?: 'create' | 'replan' } = {}) {
  const onDone = vi.fn();
  const utils = renderWithApp(
    <AssessmentForm
      hire={hire({ id: 'h1' })}
      framework={framework}
      targetRole={targetRole as NonNullable<typeof targetRole>}
      onDone={onDone}
      {...extra}
    />,
    (_channel, input) => ok({ id: 'a1', ...(input as object) }),
  );
  return { ...utils, onDone };
}

type CreateInput = { assessor: string; ratings: { competencyId: string; level: number; evidence: string }[] };

describe('Assessment form', () => {
  it('starts from the levels a Project Manager usually has, each marked assumed', () => {
    renderForm();
    expect(screen.getAllByText('Assumed from Project Manager')).toHaveLength(framework.competencies.length);
    const discovery = screen.getByRole('radiogroup', { name: /^Customer discovery/ });
    expect(within(discovery).getByText(/Relies on requests passed on by others/)).toBeTruthy();
    const chosen = within(discovery).getByRole('radio', { checked: true });
    expect(chosen.getAttribute('aria-label')).toBe(
      `Customer discovery: ${usualLevel('customer-discovery')} · ${levelNames[usualLevel('customer-discovery') as Level]}`,
    );
  });

  it('refuses to save assumed levels, names them, and takes the focus to the first', async () => {
    const { call, onDone } = renderForm();
    const areas = screen.getAllByRole('button', { name: /^Confirm \d+ assumed levels? in / });
    // Confirm every area but the first: its competencies stay assumed.
    for (const button of areas.slice(1)) fireEvent.click(button);
    const first = framework.areas[0];
    const unconfirmed = framework.competencies.filter((c) => c.areaId === first?.id);
    await userEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    const alert = screen.getByRole('alert').textContent ?? '';
    for (const c of unconfirmed) expect(alert).toContain(c.name);
    const firstCard = screen.getByRole('radiogroup', { name: new RegExp(`^${unconfirmed[0]?.name}`) });
    expect(firstCard.contains(document.activeElement)).toBe(true);
    expect(call).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('saves confirmed and changed levels with evidence, and leaves out what was not observed', async () => {
    const { call, onDone } = renderForm();
    const roadmapping = screen.getByRole('radiogroup', { name: /^Business acumen/ });
    fireEvent.click(within(roadmapping).getByRole('radio', { name: /: 3 · / }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Customer discovery: not observed' }));
    expect(screen.getByText('Not observed: the plan assumes it')).toBeTruthy();
    for (const button of screen.getAllByRole('button', { name: /^Confirm \d+ assumed levels? in / }))
      fireEvent.click(button);
    expect(screen.queryAllByText('Assumed from Project Manager')).toHaveLength(0);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Stakeholder management evidence' }),
      'Ran the launch review',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [channel, input] = call.mock.calls[0] as [string, CreateInput];
    expect(channel).toBe('assessments.create');
    expect(input.assessor).toBe('manager');
    expect(input.ratings).toHaveLength(framework.competencies.length - 1);
    expect(input.ratings.find((r) => r.competencyId === 'customer-discovery')).toBeUndefined();
    expect(input.ratings.find((r) => r.competencyId === 'business-acumen')?.level).toBe(3);
    const stakeholders = input.ratings.find((r) => r.competencyId === 'stakeholder-management');
    expect(stakeholders).toMatchObject({
      level: usualLevel('stakeholder-management'),
      evidence: 'Ran the launch review',
    });
    expect(onDone.mock.calls[0]?.[1]).toBeUndefined();
  });

  it('refuses an assessment where nothing was observed', async () => {
    const { call } = renderForm();
    for (const c of framework.competencies)
      fireEvent.click(screen.getByRole('checkbox', { name: `${c.name}: not observed` }));
    await userEvent.click(screen.getByRole('button', { name: 'Save assessment' }));
    const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent);
    expect(alerts.join(' ')).toMatch(/rate at least one/);
    expect(call).not.toHaveBeenCalled();
  });

  it('goes on to the plan when saved with "Save and create the plan"', async () => {
    const { onDone } = renderForm({ planStep: 'create' });
    for (const button of screen.getAllByRole('button', { name: /^Confirm \d+ assumed levels? in / }))
      fireEvent.click(button);
    await userEvent.click(screen.getByRole('button', { name: 'Save and create the plan' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(onDone.mock.calls[0]?.[1]).toBe('plan');
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

  it('shows the evidence log beside each competency it names, with who it came from', () => {
    const entry = {
      id: 'e1',
      hireId: 'h1',
      competencyId: 'customer-discovery',
      notedOn: '2027-01-28',
      source: 'stakeholder' as const,
      sourceName: 'Priya, design lead',
      text: 'Ran five customer interviews',
      createdAt: '2027-01-28T10:00:00Z',
    };
    renderWithApp(
      <AssessmentForm
        hire={hire({ id: 'h1' })}
        framework={framework}
        targetRole={targetRole}
        onDone={vi.fn()}
        logged={new Map([['customer-discovery', [entry]]])}
      />,
      () => ok({}),
    );
    const beside = screen.getByRole('region', { name: 'Logged evidence for Customer discovery' });
    expect(within(beside).getByText('Ran five customer interviews')).toBeTruthy();
    expect(within(beside).getByText('Priya, design lead')).toBeTruthy();
    expect(screen.getAllByRole('region', { name: /^Logged evidence for/ })).toHaveLength(1);
  });
});
