// Long operations the manager can follow and stop: each reports its step and how far it is, and
// says when stopping is safe. A stop is honoured at the operation's next safe point, where it
// throws CANCELLED after putting everything back as it was.
import type { CancelResult, JobProgress } from '@shared/jobs/schema';
import { AppError } from './errors';
import type { AreaHandlers } from './handlers';

/** How long a finished job's last state stays readable, for a renderer's last progress poll. */
const KEEP_FINISHED_MS = 60_000;

export class Job {
  private progress: JobProgress;
  private stopAsked = false;
  private readonly stopped: Promise<void>;
  private markStopped: () => void = () => undefined;

  constructor(
    jobId: string,
    private readonly onChange?: (progress: JobProgress) => void,
  ) {
    this.progress = { jobId, step: 'Starting', done: 0, total: 0, cancellable: true, state: 'running' };
    this.stopped = new Promise((resolve) => {
      this.markStopped = resolve;
    });
  }

  /** Settles when a stop is asked (never, if none is). */
  whenStopped(): Promise<void> {
    return this.stopped;
  }

  get snapshot(): JobProgress {
    return { ...this.progress };
  }

  /** Starts a step; `cancellable` says whether stopping during it leaves everything as it was. */
  step(step: string, options: { cancellable: boolean; total?: number }): void {
    this.throwIfStopped();
    this.update({ step, cancellable: options.cancellable, done: 0, total: options.total ?? 0 });
  }

  /** How far the current step is. */
  report(done: number, total: number): void {
    this.update({ done, total });
  }

  /** Throws CANCELLED when a stop was asked and the current step allows it. */
  throwIfStopped(): void {
    if (this.stopAsked && this.progress.cancellable) throw new CancelledError();
  }

  /** Asks the operation to stop at its next safe point. */
  cancel(): CancelResult {
    if (this.progress.state !== 'running') return { cancelled: false, message: 'It has already finished.' };
    if (!this.progress.cancellable)
      return {
        cancelled: false,
        message: `It can no longer be stopped safely (${this.progress.step.toLowerCase()}).`,
      };
    this.stopAsked = true;
    this.markStopped();
    return { cancelled: true, message: 'Stopping; nothing will be changed.' };
  }

  end(state: Exclude<JobProgress['state'], 'running'>): void {
    this.update({ state, cancellable: false });
  }

  private update(changes: Partial<JobProgress>): void {
    this.progress = { ...this.progress, ...changes };
    this.onChange?.(this.snapshot);
  }
}

export class CancelledError extends AppError {
  constructor(message = 'Stopped; nothing was changed.') {
    super('CANCELLED', message);
  }
}

export function createJobs(options: { now?: () => number; onChange?: (progress: JobProgress) => void } = {}) {
  const now = options.now ?? Date.now;
  const running = new Map<string, Job>();
  const finished = new Map<string, { job: Job; at: number }>();

  function forget(): void {
    for (const [id, { at }] of finished) if (now() - at > KEEP_FINISHED_MS) finished.delete(id);
  }

  return {
    /**
     * Runs `work` as the job named `jobId` (or as an anonymous one when the caller gave no id) and
     * records how it ended. A second operation under an id that is still running is refused.
     */
    async run<T>(jobId: string | undefined, work: (job: Job) => Promise<T>): Promise<T> {
      forget();
      if (jobId !== undefined && running.has(jobId))
        throw new AppError('CONFLICT', `jobId: ${jobId} is already running`, [
          { field: 'jobId', message: 'is already running' },
        ]);
      const job = new Job(jobId ?? 'anonymous', options.onChange);
      if (jobId !== undefined) running.set(jobId, job);
      try {
        const result = await work(job);
        job.end('finished');
        return result;
      } catch (error) {
        job.end(error instanceof CancelledError ? 'cancelled' : 'failed');
        throw error;
      } finally {
        if (jobId !== undefined) {
          running.delete(jobId);
          finished.set(jobId, { job, at: now() });
        }
      }
    },

    progress(jobId: string): JobProgress | null {
      return (running.get(jobId) ?? finished.get(jobId)?.job)?.snapshot ?? null;
    },

    cancel(jobId: string): CancelResult {
      const job = running.get(jobId) ?? finished.get(jobId)?.job;
      if (!job) return { cancelled: false, message: 'No operation is running under that id.' };
      return job.cancel();
    },
  };
}

export type Jobs = ReturnType<typeof createJobs>;

/** Operations on the whole database that must not overlap one another. */
export type WholeDatabaseWork = 'backup' | 'import' | 'restore';

const BUSY: Record<WholeDatabaseWork, string> = {
  backup: 'A backup is already running',
  import: 'An import is already running',
  restore: 'A restore is already running',
};

/**
 * Which operation each one waits for: a backup beside another backup would copy the same data twice,
 * and a restore replaces the file a backup or an import is working on. A backup and an import may
 * run together (the import's rows land in one transaction, before or after the copy's snapshot).
 */
const CLASHES: Record<WholeDatabaseWork, readonly WholeDatabaseWork[]> = {
  backup: ['backup', 'restore'],
  import: ['import', 'restore'],
  restore: ['restore', 'import', 'backup'],
};

/**
 * Refuses, with CONFLICT and at once, an operation that would overlap one already running, rather
 * than queueing it: the manager sees why, and nothing waits behind a long copy.
 */
export function createWholeDatabaseGuard() {
  const running = new Map<WholeDatabaseWork, number>();

  /** Marks `work` as running and answers the function that marks it finished. */
  function start(work: WholeDatabaseWork): () => void {
    const clash = CLASHES[work].find((other) => (running.get(other) ?? 0) > 0);
    if (clash) throw new AppError('CONFLICT', `${BUSY[clash]}; try again once it has finished.`);
    running.set(work, (running.get(work) ?? 0) + 1);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      running.set(work, (running.get(work) ?? 1) - 1);
    };
  }

  return {
    start,
    /** Whether `work` would be refused now (the hourly daily-backup check skips a round instead). */
    busy: (work: WholeDatabaseWork) => CLASHES[work].some((other) => (running.get(other) ?? 0) > 0),
    /** Runs `body` as `work`, refused with CONFLICT while a clashing operation runs. */
    async run<T>(work: WholeDatabaseWork, body: () => Promise<T>): Promise<T> {
      const finish = start(work);
      try {
        return await body();
      } finally {
        finish();
      }
    },
  };
}

export type WholeDatabaseGuard = ReturnType<typeof createWholeDatabaseGuard>;

/** The jobs.* channels: any long operation's progress, and a stop. */
export function jobHandlers(jobs: Jobs): AreaHandlers<'jobs'> {
  return {
    'jobs.progress': ({ jobId }) => jobs.progress(jobId),
    'jobs.cancel': ({ jobId }) => jobs.cancel(jobId),
  };
}
