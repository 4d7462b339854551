// The range of days off (public holidays, the hire's leave) a plan needs passed in: the planner keeps
// activities, one-on-ones and reassessments off them. Used by the core (saved plans) and the plan
// preview alike, so both ask for the same days.
import { addYears } from 'date-fns';
import { toCalendarDate, toLocalDate } from '../dates/calendar-date';

/**
 * The days a plan starting on `startDate` can date anything on, for the days off passed to the
 * planner: two years covers its longest plan (52 weeks) and the reassessment after it.
 */
export function planDaysOffRange(startDate: string): { from: string; to: string } {
  return { from: startDate, to: toCalendarDate(addYears(toLocalDate(startDate), 2)) };
}
