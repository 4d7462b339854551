// The progress.* channels.
import type { AreaHandlers } from '../handlers';
import type { ProgressService } from './service';

export function progressHandlers(progress: ProgressService): AreaHandlers<'progress'> {
  return {
    'progress.hire': ({ hireId }) => progress.hire(hireId),
    'progress.dashboard': (input) => progress.dashboard(input.weekStartsOn ?? 1),
  };
}
