// The dispatcher's hot path answers most calls without awaiting anything: the envelope, the call log
// and unknown channels must stay as they were.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallLog } from '../../src/main/core/dispatcher';
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
  it('answers a read, a refused input and an unknown record, and logs each with its time', async () => {
    const hire = valueOf(
      await env.core.call('hires.create', {
        name: 'Ada Lovelace',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    expect(await env.core.call('hires.get', { id: hire.id })).toEqual({ ok: true, value: hire });
    const refused = await env.core.call('hires.get', { id: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ field: 'id' }] } });
    const missing = await env.core.call('hires.get', { id: 'no-such-hire' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
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
    expect(log.every((entry) => entry.code === 'NOT_FOUND')).toBe(true);
  });

  it('always answers with a promise, even when the call fails at once', () => {
    expect(env.core.call('hires.get', { id: '' })).toBeInstanceOf(Promise);
    expect(env.core.call('nope', {})).toBeInstanceOf(Promise);
  });
});
