import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toCalendarDate } from '@shared/dates/calendar-date';
import { SavedPlanTimeline } from '../../src/renderer/src/plans/SavedPlanTimeline';
import { ok, renderWithApp } from './render';
import { savedPlan } from './fixtures';

describe('Plan timeline', () => {
  it('shows phases, goals and their activities with kinds, hours and due dates', () => {
    const plan = savedPlan();
    renderWithApp(<SavedPlanTimeline plan={plan} />, () => ok(null));
    for (const phase of plan.phases) expect(screen.getByRole('heading', { name: phase.name })).toBeTruthy();
    const goal = screen.getByLabelText('Goal: Customer discovery to level 1');
    expect(within(goal).getByText('Take notes in three customer interviews')).toBeTruthy();
    // As many activities as the planner gave this goal (two or more: learn, then try it for real).
    const planned = plan.phases
      .flatMap((p) => p.goals)
      .find((g) => g.competencyId === 'customer-discovery' && g.toLevel === 1);
    const count = planned?.activities.length ?? 0;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(within(goal).getByText(`0/${count} done`)).toBeTruthy();
    expect(within(goal).getAllByRole('checkbox')).toHaveLength(count);
  });

  it('marks an activity done today, moves a due date, and removes one', async () => {
    const plan = savedPlan();
    const { call } = renderWithApp(<SavedPlanTimeline plan={plan} />, (_channel, input) => ok(input));
    const first = plan.phases[0]?.goals[0]?.activities[0];
    const second = plan.phases[0]?.goals[0]?.activities[1];
    if (!first || !second) throw new Error('no activities');
    await userEvent.click(screen.getByRole('checkbox', { name: `Done: ${first.title}` }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('plans.completeActivity', {
        activityId: first.id,
        doneOn: toCalendarDate(new Date()),
      }),
    );
    fireEvent.change(screen.getByLabelText(`Due date: ${second.title}`), { target: { value: '2027-03-19' } });
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('plans.rescheduleActivity', {
        activityId: second.id,
        dueDate: '2027-03-19',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: `Remove: ${second.title}` }));
    await waitFor(() => expect(call).toHaveBeenCalledWith('plans.removeActivity', { activityId: second.id }));
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('adds the manager’s own activity to a goal', async () => {
    const plan = savedPlan();
    const goal = plan.phases[0]?.goals[0];
    const { call } = renderWithApp(<SavedPlanTimeline plan={plan} />, (_channel, input) => ok(input));
    await userEvent.click(
      within(screen.getByLabelText('Goal: Customer discovery to level 1')).getByRole('button', {
        name: 'Add activity',
      }),
    );
    const form = await screen.findByRole('form', { name: 'Add activity' });
    await userEvent.type(within(form).getByLabelText(/What to do/), 'Sit in on three sales calls');
    await userEvent.click(within(form).getByRole('button', { name: 'Add activity' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith(
        'plans.addActivity',
        expect.objectContaining({
          goalId: goal?.id,
          title: 'Sit in on three sales calls',
          kind: 'experience',
        }),
      ),
    );
  });

  it('leads the first phase with the move’s own work, ticked off like any activity', async () => {
    const plan = savedPlan();
    const { call } = renderWithApp(<SavedPlanTimeline plan={plan} />, (_channel, input) => ok(input));
    const move = screen.getByLabelText('The move itself');
    const expectations = plan.moveWork.find((a) => a.purpose === 'expectations');
    if (!expectations) throw new Error('no expectations conversation');
    expect(within(move).getAllByRole('checkbox')).toHaveLength(plan.moveWork.length);
    expect(within(move).getByText(`0/${plan.moveWork.length} done`)).toBeTruthy();
    expect(
      within(move).getByText(new RegExp(`Ask at the one-on-ones: ${expectations.checkInTopic}`)),
    ).toBeTruthy();
    await userEvent.click(within(move).getByRole('checkbox', { name: `Done: ${expectations.title}` }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('plans.completeActivity', {
        activityId: expectations.id,
        doneOn: toCalendarDate(new Date()),
      }),
    );
  });

  it('keeps an earlier version read-only', () => {
    renderWithApp(<SavedPlanTimeline plan={savedPlan('superseded')} />, () => ok(null));
    expect(screen.getAllByRole('checkbox').every((c) => (c as HTMLInputElement).disabled)).toBe(true);
    expect(screen.queryByRole('button', { name: /^Remove:/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add activity' })).toBeNull();
  });
});
