// Long operations (backing up, restoring a backup, importing a data file) report how far they are
// and can be stopped while stopping leaves everything as it was. The renderer names the operation
// with a job id of its own when it starts it, asks for `jobs.progress` while it runs, and may ask
// for `jobs.cancel`.
import { z } from 'zod';

export const jobId = z
  .string({ error: 'The job id must be text' })
  .regex(/^[A-Za-z0-9-]{8,64}$/, 'is not a job id (8 to 64 letters, digits or dashes)');

/** The optional job id a long operation's input takes. */
export const withJob = { jobId: jobId.optional() };

export const jobIdInput = z.strictObject({ jobId });

export type JobState = 'running' | 'finished' | 'cancelled' | 'failed';

export interface JobProgress {
  jobId: string;
  /** What is happening now, for the manager: "Backing up your current data". */
  step: string;
  /** Units of the step done and in all (pages, rows); `total` is 0 when the step cannot be measured. */
  done: number;
  total: number;
  /** Whether stopping now leaves everything as it was. */
  cancellable: boolean;
  state: JobState;
}

export interface CancelResult {
  /** True when the operation will stop; false when it had finished or can no longer stop safely. */
  cancelled: boolean;
  message: string;
}
