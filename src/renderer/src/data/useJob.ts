// Runs a long core operation (back up, restore, import) as a job: names it, asks how far it is
// while it runs, and asks it to stop when the manager presses Stop.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CancelResult, JobProgress } from '@shared/jobs/schema';
import { useApi, type ApiClient } from '../api/client';
import { ApiError } from '../api/errors';

/** How often a running job is asked how far it is. */
export const JOB_POLL_MS = 250;

export interface JobControl {
  /** The job's latest progress while one runs; null otherwise (and before its first report). */
  progress: JobProgress | null;
  running: boolean;
  /** Whether Stop was pressed and the job agreed to stop. */
  stopping: boolean;
  /** Why the last Stop was refused (it had finished, or can no longer stop safely). */
  refused: string | null;
  /** Starts `work` under a new job id; one job at a time. */
  run<T>(work: (jobId: string) => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export function useJob(): JobControl {
  const api = useApi();
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [stopping, setStopping] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  useEffect(() => {
    if (!jobId) return;
    return watchJob(api, jobId, (latest) => {
      if (live.current) setProgress(latest);
    });
  }, [api, jobId]);

  const run = useCallback(async <T>(work: (jobId: string) => Promise<T>): Promise<T> => {
    const id = `job-${crypto.randomUUID()}`;
    setJobId(id);
    setProgress(null);
    setStopping(false);
    setRefused(null);
    try {
      return await work(id);
    } finally {
      if (live.current) {
        setJobId(null);
        setProgress(null);
        setStopping(false);
      }
    }
  }, []);

  const stop = useCallback(async () => {
    if (!jobId) return;
    const answer: CancelResult = await api.call('jobs.cancel', { jobId });
    if (!live.current) return;
    if (answer.cancelled) setStopping(true);
    else setRefused(answer.message);
  }, [api, jobId]);

  return { progress, running: jobId !== null, stopping, refused, run, stop };
}

/**
 * Asks how far the job is every JOB_POLL_MS (one question at a time) and hands on each report of
 * it; a missed report is made good by the next. Returns what stops the asking.
 */
export function watchJob(api: ApiClient, jobId: string, onProgress: (progress: JobProgress) => void) {
  let asking = false;
  const timer = setInterval(() => {
    if (asking) return;
    asking = true;
    api
      .call('jobs.progress', { jobId })
      .then((latest) => {
        if (latest) onProgress(latest);
      })
      .catch(() => undefined)
      .finally(() => {
        asking = false;
      });
  }, JOB_POLL_MS);
  return () => clearInterval(timer);
}

/** True for the error a job answers with when it was stopped and changed nothing. */
export function wasStopped(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'CANCELLED';
}
