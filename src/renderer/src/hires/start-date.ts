// The start date a new hire's form suggests: the next working day (Monday to Friday) after today,
// in the manager's own calendar.
import { addBusinessDays } from 'date-fns';
import { toCalendarDate } from '@shared/dates/calendar-date';

export function nextWorkingDay(today: Date = new Date()): string {
  return toCalendarDate(addBusinessDays(today, 1));
}
