// The version an edit was made on: a hire or a one-on-one read from the API carries `version`, and
// an edit that sends it back as `expectedVersion` is refused with CONFLICT when someone (another
// window, another manager) changed the record since. Optional, so imports and older callers work.
import { z } from 'zod';

export const expectedVersion = z
  .number({ error: 'expectedVersion is the version number the screen loaded' })
  .int('expectedVersion is a whole number')
  .min(1, 'expectedVersion starts at 1')
  .max(2_147_483_647, 'expectedVersion is too large')
  .optional();
