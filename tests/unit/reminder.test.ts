import { describe, expect, it } from 'vitest';
import { reminderText } from '../../src/shared/checkins/reminder';

const due = (hireName: string) => ({
  checkInId: hireName,
  hireId: hireName,
  hireName,
  scheduledOn: '2027-01-11',
});

describe('check-in reminder text', () => {
  it('says nothing on a day without one-on-ones', () => {
    expect(reminderText({ dueToday: [], overdue: [] })).toBeNull();
  });
  it('names who is due today and who is overdue', () => {
    expect(reminderText({ dueToday: [due('Priya'), due('Łukasz')], overdue: [due('Grace')] })).toEqual({
      title: '2 one-on-ones today',
      body: 'Today: Priya and Łukasz. Overdue: Grace. Rolebridge has the agendas ready.',
    });
    expect(reminderText({ dueToday: [], overdue: [due('A'), due('B'), due('C'), due('C')] })).toEqual({
      title: 'Overdue one-on-ones',
      body: 'Overdue: A, B and 1 more. Rolebridge has the agendas ready.',
    });
  });
});
