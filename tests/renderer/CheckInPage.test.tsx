import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import type { Agenda, CheckIn } from '@shared/checkins/schema';
import { CheckInPage } from '../../src/renderer/src/checkins/CheckInPage';
import { ok, renderWithApp, type Responder } from './render';
import { savedPlan } from './fixtures';

const plan = savedPlan();
const goal = plan.phases[0]?.goals[0];
const activities = goal?.activities ?? [];
const today = new Date().toISOString().slice(0, 10);

const checkIn = (overrides: Partial<CheckIn> = {}): CheckIn => ({
  id: 'c2',
  hireId: 'hire-1',
  planId: plan.id,
  scheduledOn: '2099-01-11',
  status: 'scheduled',
  origin: 'plan',
  heldOn: null,
  sharedNotes: '',
  privateNotes: '',
  focusCompetencyIds: [goal?.competencyId ?? ''],
  topics: [],
  pulses: [],
  actionItems: [],
  closedActionItems: [],
  hasDraft: false,
  startTime: null,
  minutes: null,
  sequence: 0,
  updatedAt: '2027-01-04T10:00:00Z',
  version: 1,
  ...overrides,
});

function agenda(overrides: Partial<Agenda> = {}): Agenda {
  return {
    checkIn: checkIn(),
    hireName: 'Priya Raman',
    previous: checkIn({ id: 'c1', status: 'done', heldOn: '2027-01-04', scheduledOn: '2027-01-04' }),
    goals: [
      {
        goalId: goal?.id ?? '',
        competencyId: goal?.competencyId ?? '',
        competencyName: goal?.competencyName ?? '',
        fromLevel: 0,
        toLevel: 1,
        dueDate: goal?.dueDate ?? '',
      },
    ],
    reality: {
      since: '2027-01-04',
      doneSince: [],
      dueOrOverdue: [activities[0]].filter((a) => a !== undefined),
      lastPulses: [
        {
          competencyId: goal?.competencyId ?? '',
          competencyName: goal?.competencyName ?? '',
          confidence: 2,
          on: '2027-01-04',
        },
      ],
    },
    options: activities.slice(1, 3),
    openActionItems: [
      {
        id: 'a1',
        hireId: 'hire-1',
        checkInId: 'c1',
        text: 'Book five customer interviews',
        owner: 'hire',
        dueOn: '2027-01-15',
        status: 'open',
        closedInCheckInId: null,
        closedOn: null,
        createdAt: '2027-01-04T10:00:00Z',
      },
    ],
    focusCompetencies: [{ id: goal?.competencyId ?? '', name: goal?.competencyName ?? '' }],
    suggestedNextDate: '2099-01-18',
    draft: null,
    ...overrides,
  };
}

function open(
  data: Agenda,
  respond: Responder = (channel) =>
    channel === 'checkIns.agenda'
      ? ok(data)
      : channel === 'topics.list'
        ? ok([])
        : ok({ savedAt: 'now', version: 2 }),
) {
  return renderWithApp(
    <Routes>
      <Route path="/hires/:hireId/check-ins/:checkInId" element={<CheckInPage />} />
      <Route path="/hires/:hireId" element={<p>Hire page</p>} />
    </Routes>,
    respond,
    '/hires/hire-1/check-ins/c2',
  );
}

describe('Check-in agenda', () => {
  it('prepares the conversation in GROW order from the plan', async () => {
    open(agenda());
    expect(await screen.findByRole('heading', { name: 'One-on-one with Priya Raman' })).toBeTruthy();
    const goalSection = screen.getByLabelText('Goal', { selector: 'div' });
    expect(within(goalSection).getByText(goal?.competencyName ?? '')).toBeTruthy();
    const reality = screen.getByLabelText('Reality', { selector: 'div' });
    expect(within(reality).getByText(activities[0]?.title ?? '')).toBeTruthy();
    expect(within(reality).getByText(/Last confidence/)).toBeTruthy();
    const options = screen.getByLabelText('Options', { selector: 'div' });
    expect(within(options).getByText(activities[1]?.title ?? '')).toBeTruthy();
    const will = screen.getByLabelText('Will', { selector: 'div' });
    expect(within(will).getByLabelText('Action item: Book five customer interviews').textContent).toMatch(
      /agreed last time/,
    );
    expect((screen.getByLabelText(/Next check-in/) as HTMLInputElement).value).toBe('2099-01-18');
  });

  it('leads with the plan’s questions for this one-on-one', async () => {
    const topics = plan.checkIns[0]?.topics ?? [];
    expect(topics.length).toBeGreaterThan(0);
    open(agenda({ checkIn: checkIn({ topics }) }));
    const questions = await screen.findByLabelText('Questions for this one-on-one');
    for (const topic of topics) expect(within(questions).getByText(topic)).toBeTruthy();
  });

  it('restores a draft and keeps saving one as the manager types', async () => {
    const { call } = open(
      agenda({ draft: { sharedNotes: 'Half-written thought', pulses: { [goal?.competencyId ?? '']: 3 } } }),
    );
    const shared = (await screen.findByLabelText(/Shared notes/)) as HTMLTextAreaElement;
    expect(shared.value).toBe('Half-written thought');
    await userEvent.type(shared, ' and more');
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('checkIns.saveDraft', {
        id: 'c2',
        draft: expect.objectContaining({
          sharedNotes: 'Half-written thought and more',
          pulses: { [goal?.competencyId ?? '']: 3 },
        }),
        // The first save is made on the version the screen loaded; each later one on the last answer.
        expectedVersion: expect.any(Number),
      }),
    );
    expect(await screen.findByText(/Draft saved at/)).toBeTruthy();
  });

  it('records the pulse, notes, action items and done work in one save', async () => {
    const { call } = open(agenda());
    await screen.findByRole('heading', { name: 'One-on-one with Priya Raman' });
    await userEvent.click(
      within(screen.getByRole('radiogroup', { name: `Confidence in ${goal?.competencyName}` })).getByText(
        '4',
      ),
    );
    fireEvent.change(screen.getByLabelText(/Shared notes/), {
      target: { value: 'Good progress on interviews.' },
    });
    fireEvent.change(screen.getByLabelText(/Private notes/), { target: { value: 'Tired; check workload.' } });
    await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(activities[0]?.title ?? 'x') }));
    const will = screen.getByLabelText('Will', { selector: 'div' });
    await userEvent.click(
      within(within(will).getByLabelText('Action item: Book five customer interviews')).getByText('Done'),
    );
    await userEvent.type(
      within(will).getByRole('textbox', { name: 'New action item' }),
      'Share the interview notes',
    );
    await userEvent.click(within(will).getByRole('button', { name: 'Add' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() => expect(call).toHaveBeenCalledWith('checkIns.complete', expect.anything()));
    const input = call.mock.calls.find(([channel]) => channel === 'checkIns.complete')?.[1];
    expect(input).toEqual({
      id: 'c2',
      heldOn: today,
      sharedNotes: 'Good progress on interviews.',
      privateNotes: 'Tired; check workload.',
      pulses: [{ competencyId: goal?.competencyId, confidence: 4 }],
      newActionItems: [{ text: 'Share the interview notes', owner: 'hire', dueOn: null }],
      closeActionItems: [{ id: 'a1', status: 'done' }],
      completeActivities: [{ activityId: activities[0]?.id, doneOn: today }],
      nextDate: '2099-01-18',
      // The version the screen loaded (1), or the one the last autosave answered (2).
      expectedVersion: expect.toSatisfy((v: number) => v === 1 || v === 2),
    });
    expect(await screen.findByText('Hire page')).toBeTruthy();
  });

  it('adds an action item with Enter and names who owns each, the hire and the manager', async () => {
    const { call } = open(agenda(), (channel) =>
      channel === 'checkIns.agenda'
        ? ok(agenda())
        : channel === 'topics.list'
          ? ok([])
          : channel === 'settings.get'
            ? ok({
                checkInReminders: true,
                coachingBudgetHours: 5,
                checkInMinutes: 45,
                managerName: 'Alex Morgan',
              })
            : ok({ savedAt: 'now' }),
    );
    await screen.findByRole('heading', { name: 'One-on-one with Priya Raman' });
    const will = screen.getByLabelText('Will', { selector: 'div' });
    expect(within(will).getByLabelText('Action item: Book five customer interviews').textContent).toMatch(
      /^Book five customer interviewsPriya/,
    );
    const owner = within(will).getByRole('combobox', { name: 'Who' });
    await waitFor(() => expect(within(owner).getByRole('option', { name: 'Alex Morgan (me)' })).toBeTruthy());
    await userEvent.selectOptions(owner, 'manager');
    await userEvent.type(
      within(will).getByRole('textbox', { name: 'New action item' }),
      'Intro to sales{Enter}',
    );
    expect(within(will).getByLabelText('New action item: Intro to sales').textContent).toMatch(/Alex Morgan/);
    expect((within(will).getByRole('textbox', { name: 'New action item' }) as HTMLInputElement).value).toBe(
      '',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save check-in' }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith(
        'checkIns.complete',
        expect.objectContaining({
          newActionItems: [{ text: 'Intro to sales', owner: 'manager', dueOn: null }],
        }),
      ),
    );
  });
});
