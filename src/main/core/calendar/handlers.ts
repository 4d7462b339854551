// The leave.* and calendar.* channels: a hire's time off and the public holidays plans skip.
import type { AreaHandlers } from '../handlers';
import type { CalendarService } from './service';

export function calendarHandlers(calendar: CalendarService): AreaHandlers<'leave' | 'calendar'> {
  return {
    'leave.list': ({ hireId }) => calendar.listLeave(hireId),
    'leave.add': calendar.addLeave,
    'leave.remove': ({ id }) => calendar.removeLeave(id),
    'calendar.nonWorkingDays': ({ hireId, from, to }) => calendar.nonWorkingDays(hireId, from, to),
    'calendar.countries': () => calendar.countries(),
  };
}
