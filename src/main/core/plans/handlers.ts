// The plans.* channels.
import type { AreaHandlers } from '../handlers';
import type { PlanService } from './service';

export function planHandlers(plans: PlanService): AreaHandlers<'plans'> {
  return {
    'plans.create': plans.create,
    'plans.get': ({ id }) => plans.get(id),
    'plans.current': ({ hireId }) => plans.current(hireId),
    'plans.versions': ({ hireId }) => plans.versions(hireId),
    'plans.completeActivity': plans.complete,
    'plans.reopenActivity': ({ activityId }) => plans.reopen(activityId),
    'plans.rescheduleActivity': plans.reschedule,
    'plans.addActivity': plans.add,
    'plans.removeActivity': ({ activityId }) => plans.remove(activityId),
    'plans.restoreActivity': ({ activityId }) => plans.restore(activityId),
  };
}
