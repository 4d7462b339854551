// The first administrator's input: whatever the setup page sends, the answer is VALIDATION naming
// the field, CONFLICT once an administrator exists, or the administrator; never anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import { setUpFirstAdministrator } from '../../src/main/server/auth/first-administrator';
import { manualClock, MemoryAccounts } from './auth-memory-stores';

describe('setting up the first administrator', () => {
  it('answers any input with VALIDATION naming its fields, CONFLICT or the account (property)', async () => {
    const accounts = new MemoryAccounts();
    const deps = { accounts, now: manualClock().now };
    const text = fc.oneof(fc.anything(), fc.string({ unit: 'binary' }), fc.constant('ada@example.com'));
    await fc.assert(
      fc.asyncProperty(
        text,
        text,
        fc.oneof(text, fc.constant('lantern orchard 1987 blue')),
        async (email, displayName, password) => {
          try {
            await setUpFirstAdministrator(deps, { email, displayName, password });
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            const { code, issues } = error as AppError;
            expect(['VALIDATION', 'CONFLICT']).toContain(code);
            for (const issue of issues ?? [])
              expect(['email', 'displayName', 'password']).toContain(issue.field);
          }
        },
      ),
      { numRuns: 200, seed: 24 },
    );
    expect(accounts.rows.size).toBeLessThanOrEqual(1);
    for (const account of accounts.rows.values()) expect(account.role).toBe('admin');
  }, 60_000);
});
