// The hires.* channels.
import type { AreaHandlers } from '../handlers';
import type { HireService } from './service';

export function hireHandlers(hires: HireService): AreaHandlers<'hires'> {
  return {
    'hires.create': hires.create,
    'hires.get': hires.get,
    'hires.list': hires.list,
    'hires.update': hires.update,
    'hires.archive': hires.archive,
    'hires.restore': hires.restore,
  };
}
