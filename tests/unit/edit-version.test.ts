// The words of a stale edit's refusal: who, and when in the manager's time zone (the day too when
// it was not today), or "another window" when it was the same person.
import { describe, expect, it } from 'vitest';
import { refuseStaleEdit, staleEditMessage } from '../../src/main/core/edit-version';

const now = new Date('2028-02-29T16:00:00Z');

describe('stale edit message', () => {
  it('names the other person and the time in the manager’s zone', () => {
    expect(
      staleEditMessage({
        what: 'one-on-one',
        last: { version: 3, at: '2028-02-29T13:02:00Z', by: 'Sam Rivera' },
        timeZone: 'Europe/Berlin',
        now,
      }),
    ).toBe('Sam Rivera changed this one-on-one at 14:02; reload to see their change, then make yours again.');
  });

  it('says the day when the change was not today there, and “another window” for the same person', () => {
    expect(
      staleEditMessage({
        what: 'hire',
        last: { version: 3, at: '2028-02-28T23:30:00Z', by: null },
        timeZone: 'America/New_York',
        now,
      }),
    ).toBe(
      'This hire was changed in another window on 28 Feb 2028 at 18:30; reload to see that change, then make yours again.',
    );
  });

  it('refuses only an edit made on another version, with the issue on expectedVersion', () => {
    const last = { version: 4, at: '2028-02-29T15:59:00Z', by: null };
    const check = { what: 'hire', last, timeZone: 'UTC', now };
    expect(() => refuseStaleEdit({ ...check, expected: undefined })).not.toThrow();
    expect(() => refuseStaleEdit({ ...check, expected: 4 })).not.toThrow();
    expect(() => refuseStaleEdit({ ...check, expected: 3 })).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        issues: [expect.objectContaining({ field: 'expectedVersion' })],
      }),
    );
  });
});
