// The checkIns.* channels.
import type { AreaHandlers } from '../handlers';
import type { CheckInService } from './service';

export function checkInHandlers(checkIns: CheckInService): AreaHandlers<'checkIns'> {
  return {
    'checkIns.schedule': ({ hireId }) => checkIns.schedule(hireId),
    'checkIns.history': ({ hireId, search }) => checkIns.history(hireId, search),
    'checkIns.get': ({ id }) => checkIns.get(id),
    'checkIns.agenda': ({ id }) => checkIns.agenda(id),
    'checkIns.add': ({ hireId, scheduledOn }) => checkIns.add(hireId, scheduledOn),
    'checkIns.move': ({ id, scheduledOn, time, minutes, expectedVersion }) =>
      checkIns.move(id, scheduledOn, { time, minutes }, expectedVersion),
    'checkIns.cancel': ({ id }) => checkIns.cancel(id),
    'checkIns.saveDraft': checkIns.saveDraft,
    'checkIns.complete': checkIns.complete,
    'checkIns.due': () => checkIns.due(),
    'checkIns.exportIcs': ({ hireId }) => checkIns.exportIcs(hireId),
  };
}
