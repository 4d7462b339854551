// The check-in form's pure parts: where it starts (a draft, or fresh), and the checkIns.complete
// input it becomes; and the Check-ins tab's schedule, the next few in full and the rest by month.
import { describe, expect, it } from 'vitest';
import { contract } from '@shared/api/contract';
import type { Agenda } from '@shared/checkins/schema';
import { completeCheckInInput, initialCheckInForm } from '../../src/renderer/src/checkins/check-in-form';
import { checkInFocus, foldSchedule, SHOWN_IN_FULL } from '../../src/renderer/src/checkins/schedule';
import { checkIn, framework, savedPlan } from './fixtures';

const agenda = (draft: Agenda['draft']): Agenda => ({
  checkIn: checkIn(),
  hireName: 'Priya Raman',
  previous: null,
  goals: [],
  reality: { since: '2027-01-04', doneSince: [], dueOrOverdue: [], lastPulses: [] },
  options: [],
  openActionItems: [],
  focusCompetencies: [],
  suggestedNextDate: '2027-01-25',
  draft,
});

describe('the check-in form', () => {
  it('starts fresh: held today, next on the date the cadence suggests, nothing else filled', () => {
    expect(initialCheckInForm(agenda(null), '2028-02-29')).toEqual({
      heldOn: '2028-02-29',
      sharedNotes: '',
      privateNotes: '',
      pulses: {},
      newActionItems: [],
      closeActionItems: {},
      completeActivities: {},
      nextDate: '2027-01-25',
    });
  });

  it('starts from the draft, keeping a next date the manager cleared on purpose', () => {
    const form = initialCheckInForm(
      agenda({ heldOn: '2027-01-12', sharedNotes: 'Half-written', nextDate: null, pulses: { c: 3 } }),
      '2027-01-20',
    );
    expect(form).toMatchObject({
      heldOn: '2027-01-12',
      sharedNotes: 'Half-written',
      nextDate: null,
      pulses: { c: 3 },
    });
  });

  it('becomes the checkIns.complete input: maps as lists, an empty next date as none', () => {
    const input = completeCheckInInput('c1', {
      heldOn: '2027-01-12',
      sharedNotes: 'Good progress.',
      privateNotes: 'Tired.',
      pulses: { discovery: 4, roadmap: 2 },
      newActionItems: [{ text: 'Share the notes', owner: 'hire', dueOn: null }],
      closeActionItems: { a1: 'done', a2: 'dropped' },
      completeActivities: { act1: '2027-01-12' },
      nextDate: '',
    });
    expect(input).toEqual({
      id: 'c1',
      heldOn: '2027-01-12',
      sharedNotes: 'Good progress.',
      privateNotes: 'Tired.',
      pulses: [
        { competencyId: 'discovery', confidence: 4 },
        { competencyId: 'roadmap', confidence: 2 },
      ],
      newActionItems: [{ text: 'Share the notes', owner: 'hire', dueOn: null }],
      closeActionItems: [
        { id: 'a1', status: 'done' },
        { id: 'a2', status: 'dropped' },
      ],
      completeActivities: [{ activityId: 'act1', doneOn: '2027-01-12' }],
      nextDate: null,
    });
    // And the core's contract takes it as it is.
    expect(contract['checkIns.complete'].input.safeParse(input).success).toBe(true);
  });
});

describe('the schedule on the Check-ins tab', () => {
  const dates = ['2027-03-01', '2027-01-11', '2027-01-18', '2027-01-25', '2027-02-01', '2027-02-15'];
  const schedule = dates.map((scheduledOn, i) => checkIn({ id: `c${i}`, scheduledOn }));

  it('shows the next few in date order and folds the rest by month', () => {
    const { next, later } = foldSchedule(schedule);
    expect(next.map((c) => c.scheduledOn)).toEqual(['2027-01-11', '2027-01-18', '2027-01-25']);
    expect(SHOWN_IN_FULL).toBe(3);
    expect(later.map(({ month, checkIns }) => [month, checkIns.map((c) => c.scheduledOn)])).toEqual([
      ['2027-02', ['2027-02-01', '2027-02-15']],
      ['2027-03', ['2027-03-01']],
    ]);
  });

  it('folds nothing while there are only a few', () => {
    expect(foldSchedule(schedule.slice(0, 2)).later).toEqual([]);
  });

  it('says what each covers: the plan’s focus and questions, else the goals in flight that day', () => {
    const plan = savedPlan();
    const names = new Map(framework.competencies.map((c) => [c.id, c.name]));
    const goal = plan.phases[0]?.goals[0];
    if (!goal) throw new Error('the fixture plan has goals');
    const planned = checkInFocus(
      checkIn({ focusCompetencyIds: [goal.competencyId], topics: ['What does good look like?'] }),
      plan,
      names,
    );
    expect(planned.competencies).toEqual([goal.competencyName]);
    expect(planned.topics).toEqual(['What does good look like?']);
    expect(planned.phase).toBe(plan.phases[0]?.name);

    const inFlight = checkInFocus(checkIn({ scheduledOn: goal.startDate }), plan, names);
    expect(inFlight.competencies).toContain(goal.competencyName);
    const after = checkInFocus(checkIn({ scheduledOn: '2099-01-01' }), plan, names);
    expect(after).toEqual({ competencies: [], topics: [], phase: null });
  });
});
