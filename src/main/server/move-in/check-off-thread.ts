// Checking a desktop data file for moving in, off the team server's request thread: each upload is
// checked in a worker thread (check-worker.ts), one at a time, so a big file costs its uploader
// seconds and nobody else anything. The staged file comes back as plain data for writeMoveIn.
import { Worker } from 'node:worker_threads';
import type { DataFile } from '@shared/data/schema';
import type { FieldIssue } from '@shared/api/result';
import { AppError } from '../../core/errors';
import type { Actor } from '../auth/policy';
import { checkMoveIn, type CheckedMoveIn } from './move-in';

/** What the worker answers for one file. */
export type CheckAnswer =
  | { ok: true; file: DataFile }
  | { ok: false; error: { code: AppError['code']; message: string; issues?: FieldIssue[] } };

/** Checks one uploaded file (its text) for one actor; rejects with the AppError that refused it. */
export type MoveInChecker = (actor: Actor, text: string) => Promise<CheckedMoveIn>;

/** The upload's text as JSON; text that is not JSON is a VALIDATION error naming `body`. */
export function parseMoveInText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError(
      'VALIDATION',
      'body: The file is not JSON; pick the data file the desktop app exported',
      [{ field: 'body', message: 'The file is not JSON; pick the data file the desktop app exported' }],
    );
  }
}

/** One check in a fresh worker; the worker ends before its answer is given. */
function checkInWorker(startWorker: () => Worker, actor: Actor, text: string): Promise<CheckedMoveIn> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    let settled = false;
    const settle = (work: () => void) => {
      if (settled) return;
      settled = true;
      // Answered once the worker is gone, so the next file's worker never overlaps this one.
      void worker.terminate().then(work, work);
    };
    worker.once('message', (answer: CheckAnswer) =>
      settle(() => {
        if (answer.ok) resolve({ actor, file: answer.file });
        else if (answer.error.code === 'INTERNAL') reject(new Error(answer.error.message));
        else reject(new AppError(answer.error.code, answer.error.message, answer.error.issues));
      }),
    );
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`The move-in check stopped (exit code ${code}) before it answered`))),
    );
    worker.postMessage({ actor: { id: actor.id, role: actor.role }, text });
  });
}

/**
 * A checker that runs each file in a worker started by `startWorker`, one file at a time: the
 * machine's other cores stay with the server's other requests.
 */
export function workerMoveInChecker(startWorker: () => Worker): MoveInChecker {
  let queue: Promise<unknown> = Promise.resolve();
  return (actor, text) => {
    const turn = queue.then(() => checkInWorker(startWorker, actor, text));
    queue = turn.catch(() => undefined);
    return turn;
  };
}

/** The built server's checker: check-worker.ts built beside it as `workerFile` (out/web/move-in-check.js). */
export function builtMoveInChecker(workerFile: string): MoveInChecker {
  return workerMoveInChecker(() => new Worker(workerFile));
}

/** The check on the caller's thread: for tests and tools, never the built server (it blocks requests). */
export const inThreadMoveInChecker: MoveInChecker = async (actor, text) =>
  checkMoveIn(actor, parseMoveInText(text));
