// The dispatcher's hot path answers most calls without awaiting anything: the envelope, the call log
// and unknown channels must stay as they were.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainIdInput, type CallLog } from '../../src/main/core/dispatcher';
import { hireIdInput } from '../../src/shared/hires/schema';
import { onTeamStorage } from '../support/team-temp-core';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
let log: CallLog[];

beforeEach(async () => {
  log = [];
  env = await openTempCore({
    now: () => new Date('2027-02-01T09:00:00'),
    onCall: (entry) => log.push(entry),
  });
});
afterEach(() => env.cleanup());

describe('the dispatcher', () => {
  /** A hire, then its read, a refused read and a missing one: the calls both tests below make. */
  async function readsOfOneHire() {
    const hire = valueOf(
      await env.core.call('hires.create', {
        name: 'Ada Lovelace',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    return {
      hire,
      read: await env.core.call('hires.get', { id: hire.id }),
      refused: await env.core.call('hires.get', { id: '' }),
      missing: await env.core.call('hires.get', { id: 'no-such-hire' }),
    };
  }

  it('answers a read, a refused input and an unknown record', async () => {
    const { hire, read, refused, missing } = await readsOfOneHire();
    expect(read).toEqual({ ok: true, value: hire });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ field: 'id' }] } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  // The call log is the desktop core's option (CoreOptions.onCall); the team server's calls take none.
  it.skipIf(onTeamStorage())('logs each call with its time', async () => {
    await readsOfOneHire();
    expect(log.map(({ channel, ok, code }) => ({ channel, ok, code }))).toEqual([
      { channel: 'hires.create', ok: true, code: undefined },
      { channel: 'hires.get', ok: true, code: undefined },
      { channel: 'hires.get', ok: false, code: 'VALIDATION' },
      { channel: 'hires.get', ok: false, code: 'NOT_FOUND' },
    ]);
    for (const entry of log) expect(entry.ms).toBeGreaterThanOrEqual(0);
  });

  it('names an unknown channel, including one inherited from Object', async () => {
    for (const channel of ['hires.delete', 'constructor', '__proto__', 'toString']) {
      expect(await env.core.call(channel, {})).toEqual({
        ok: false,
        error: { code: 'NOT_FOUND', message: `Unknown channel ${JSON.stringify(channel)}` },
      });
    }
    if (!onTeamStorage()) expect(log.every((entry) => entry.code === 'NOT_FOUND')).toBe(true);
  });

  it('always answers with a promise, even when the call fails at once', () => {
    expect(env.core.call('hires.get', { id: '' })).toBeInstanceOf(Promise);
    expect(env.core.call('nope', {})).toBeInstanceOf(Promise);
  });

  it('takes a plain { id } without zod only where zod takes it unchanged, and leaves the rest to zod', () => {
    const idText = fc.oneof(
      fc.stringMatching(/^[\w-]{0,70}$/),
      fc.string({ unit: 'binary', maxLength: 70 }),
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        ' a',
        'a\u0000',
        '\ud800',
        'é',
        'x'.repeat(65),
      ),
    );
    const input = fc.oneof(
      fc.record({ id: idText }),
      fc.record({ id: idText, extra: fc.anything() }),
      fc.record({ id: fc.anything() }),
      fc.anything(),
    );
    let taken = 0;
    fc.assert(
      fc.property(input, (value) => {
        const fast = plainIdInput(value);
        if (fast === undefined) return;
        taken += 1;
        expect(hireIdInput.safeParse(value)).toEqual({ success: true, data: fast });
      }),
      { numRuns: 2000 },
    );
    expect(taken).toBeGreaterThan(50);
    // An object that is not a literal (a class instance, a null prototype) goes to zod.
    expect(plainIdInput(Object.assign(Object.create(null), { id: 'a' }))).toBeUndefined();
    expect(
      plainIdInput(
        new (class {
          id = 'a';
        })(),
      ),
    ).toBeUndefined();
    expect(plainIdInput({ id: 'a-1_B' })).toEqual({ id: 'a-1_B' });
  });
});
