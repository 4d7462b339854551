// Checking a move-in file off the request thread (src/main/server/move-in/check-off-thread.ts): the
// worker's answer comes back as the staged file or as the AppError that refused it, a worker that
// dies is a failure rather than a hang, and files are checked one at a time. The workers here are
// small scripts speaking the same messages as check-worker.ts; the real worker runs in the built
// server (tests/e2e/team-roles.spec.ts moves a desktop file in through it).
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import { parseMoveInText, workerMoveInChecker } from '../../src/main/server/move-in/check-off-thread';

const ANA = { id: 'm-ana', role: 'manager' } as const;

// Answers by the text it gets; notes when it starts and answers so a test can see overlap.
const SCRIPT = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ text }) => {
  if (text === 'die') process.exit(3);
  setTimeout(() => {
    if (text === 'bad') parentPort.postMessage({ ok: false, error: { code: 'VALIDATION', message: 'format: must be "rolebridge-data"', issues: [{ field: 'format', message: 'must be "rolebridge-data"' }] } });
    else if (text === 'broken') parentPort.postMessage({ ok: false, error: { code: 'INTERNAL', message: 'TypeError: x' } });
    else parentPort.postMessage({ ok: true, file: { format: 'rolebridge-data', tables: { hires: [{ id: text }] } } });
  }, 30);
});`;

function scriptedChecker() {
  let running = 0;
  let most = 0;
  const checker = workerMoveInChecker(() => {
    const worker = new Worker(SCRIPT, { eval: true });
    running += 1;
    most = Math.max(most, running);
    worker.once('exit', () => (running -= 1));
    return worker;
  });
  return { checker, most: () => most };
}

describe('checking a move-in file in a worker thread', () => {
  it('answers the staged file with the actor it was checked for', async () => {
    const { checker } = scriptedChecker();
    const checked = await checker(ANA, 'h1');
    expect(checked).toEqual({
      actor: ANA,
      file: { format: 'rolebridge-data', tables: { hires: [{ id: 'h1' }] } },
    });
  });

  it('rejects with the AppError the check raised, issues and all', async () => {
    const { checker } = scriptedChecker();
    const error = await checker(ANA, 'bad').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION');
    expect((error as AppError).issues).toEqual([{ field: 'format', message: 'must be "rolebridge-data"' }]);
  });

  it('turns an unexpected failure and a worker that died into plain errors (answered INTERNAL, logged)', async () => {
    const { checker } = scriptedChecker();
    const broken = await checker(ANA, 'broken').catch((caught: unknown) => caught);
    expect(broken).toBeInstanceOf(Error);
    expect(broken).not.toBeInstanceOf(AppError);
    await expect(checker(ANA, 'die')).rejects.toThrow(/exit code 3/);
    // The queue goes on after a failure.
    await expect(checker(ANA, 'h2')).resolves.toMatchObject({ actor: ANA });
  });

  it('checks one file at a time', async () => {
    const { checker, most } = scriptedChecker();
    const all = await Promise.all(['a', 'b', 'c'].map((id) => checker(ANA, id)));
    expect(all.map((checked) => checked.file.tables.hires?.[0]?.id)).toEqual(['a', 'b', 'c']);
    expect(most()).toBe(1);
  });

  it('refuses text that is not JSON naming the body', () => {
    expect(() => parseMoveInText('{nope')).toThrow(AppError);
    try {
      parseMoveInText('{nope');
    } catch (error) {
      expect((error as AppError).issues?.[0]?.field).toBe('body');
    }
  });
});
