// The worker thread that checks a desktop data file for moving in (checkMoveIn: seconds of CPU for
// a big file), so the team server's request thread keeps answering everyone else meanwhile. It
// parses the uploaded text, runs the desktop's checks and answers the staged file or the refusal.
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../core/errors';
import type { Actor } from '../auth/policy';
import { checkMoveIn } from './move-in';
import { parseMoveInText, type CheckAnswer } from './check-off-thread';

parentPort?.on('message', (message: { actor: Actor; text: string }) => {
  let answer: CheckAnswer;
  try {
    answer = { ok: true, file: checkMoveIn(message.actor, parseMoveInText(message.text)).file };
  } catch (error) {
    answer =
      error instanceof AppError
        ? { ok: false, error: { code: error.code, message: error.message, issues: error.issues } }
        : { ok: false, error: { code: 'INTERNAL', message: String(error) } };
  }
  parentPort?.postMessage(answer);
});
