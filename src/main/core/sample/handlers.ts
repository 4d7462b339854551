// The sample.* channels.
import { Later } from '../dispatcher';
import type { AreaHandlers } from '../handlers';
import type { SampleService } from './service';

export function sampleHandlers(sample: SampleService): AreaHandlers<'sample'> {
  return {
    'sample.status': () => sample.status(),
    // Checked inside this call's transaction; the team is written after it, call by call.
    'sample.load': async () => new Later(await sample.load()),
    'sample.remove': () => sample.remove(),
  };
}
