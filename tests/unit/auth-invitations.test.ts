// Invitations: only an administrator invites; the one-time link is stored hashed, expires after 7
// days, survives a refused password and is consumed exactly once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import { DAY_MS } from '../../src/main/server/auth/clock';
import {
  acceptInvitation,
  INVITATION_LIFETIME_MS,
  inviteAccount,
} from '../../src/main/server/auth/invitations';
import { verifyPassword } from '../../src/main/server/auth/passwords';
import type { Actor } from '../../src/main/server/auth/policy';
import { hashToken } from '../../src/main/server/auth/tokens';
import { manualClock, MemoryAccounts, MemoryInvitations } from './auth-memory-stores';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const PASSWORD = 'lantern orchard 1987 blue';

function setup() {
  const clock = manualClock();
  const accounts = new MemoryAccounts();
  const invitations = new MemoryInvitations(accounts);
  return { clock, invitations, accounts, deps: { invitations, accounts, now: clock.now } };
}

async function failure(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; issues?: unknown }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, message: error.message, issues: error.issues };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('inviting', () => {
  it('stores the invitation with a hashed token that expires in 7 days', async () => {
    const { invitations, deps } = setup();
    const { invitation, token } = await inviteAccount(deps, admin, {
      email: ' Sam.Okafor@Example.com ',
      role: 'hr',
    });
    expect(INVITATION_LIFETIME_MS).toBe(7 * DAY_MS);
    expect(invitation).toMatchObject({
      email: 'sam.okafor@example.com',
      role: 'hr',
      invitedBy: 'admin-1',
      tokenHash: hashToken(token),
      createdAt: '2028-02-29T09:00:00.000Z',
      expiresAt: '2028-03-07T09:00:00.000Z',
      acceptedAt: null,
    });
    expect(JSON.stringify([...invitations.rows.values()])).not.toContain(token);
  });

  it('is for administrators only', async () => {
    const { deps } = setup();
    for (const actor of [
      { id: 'm', role: 'manager' },
      { id: 'h', role: 'hr' },
    ] as Actor[]) {
      expect(
        (await failure(inviteAccount(deps, actor, { email: 'a@example.com', role: 'manager' }))).code,
      ).toBe('FORBIDDEN');
    }
  });

  it('names the email and role fields when they are wrong', async () => {
    const { deps } = setup();
    const refused = await failure(inviteAccount(deps, admin, { email: 'not an email', role: 'admin' }));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues).toEqual([
      { field: 'email', message: 'Enter an email address like name@example.com' },
      { field: 'role', message: 'Choose one of: manager, hr' },
    ]);
  });

  it('refuses an email that has an account already', async () => {
    const { deps } = setup();
    const { token } = await inviteAccount(deps, admin, { email: 'sam@example.com', role: 'manager' });
    await acceptInvitation(deps, { token, displayName: 'Sam', password: PASSWORD });
    expect((await failure(inviteAccount(deps, admin, { email: 'SAM@example.com', role: 'hr' }))).code).toBe(
      'CONFLICT',
    );
  });
});

describe('accepting', () => {
  it('creates the account with the invited role and the chosen password', async () => {
    const { accounts, deps } = setup();
    const { token } = await inviteAccount(deps, admin, { email: 'sam@example.com', role: 'manager' });
    const account = await acceptInvitation(deps, { token, displayName: '  Sam Okafor ', password: PASSWORD });
    expect(account).toMatchObject({ email: 'sam@example.com', role: 'manager', displayName: 'Sam Okafor' });
    expect(await verifyPassword(PASSWORD, (await accounts.findById(account.id))?.passwordHash ?? '')).toBe(
      true,
    );
  }, 20_000);

  it('refuses a weak password naming the field, and keeps the link usable', async () => {
    const { deps } = setup();
    const { token } = await inviteAccount(deps, admin, { email: 'sam@example.com', role: 'manager' });
    const refused = await failure(
      acceptInvitation(deps, { token, displayName: '', password: 'password1234' }),
    );
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues).toEqual([
      { field: 'displayName', message: 'Enter your name' },
      {
        field: 'password',
        message: 'This is one of the most common passwords; choose one that is harder to guess',
      },
    ]);
    await expect(
      acceptInvitation(deps, { token, displayName: 'Sam', password: PASSWORD }),
    ).resolves.toBeDefined();
  }, 20_000);

  it('works once: a second use of the link answers NOT_FOUND', async () => {
    const { deps } = setup();
    const { token } = await inviteAccount(deps, admin, { email: 'sam@example.com', role: 'manager' });
    await acceptInvitation(deps, { token, displayName: 'Sam', password: PASSWORD });
    const again = await failure(acceptInvitation(deps, { token, displayName: 'Sam', password: PASSWORD }));
    expect(again).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/expired or was used already/),
    });
  }, 20_000);

  it('makes one account when the link is opened twice at once', async () => {
    const { accounts, deps } = setup();
    const { token } = await inviteAccount(deps, admin, { email: 'sam@example.com', role: 'hr' });
    const results = await Promise.allSettled([
      acceptInvitation(deps, { token, displayName: 'Sam', password: PASSWORD }),
      acceptInvitation(deps, { token, displayName: 'Sam', password: PASSWORD }),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(accounts.rows.size).toBe(1);
  }, 20_000);

  it('expires after 7 days', async () => {
    const { clock, deps } = setup();
    const { token } = await inviteAccount(deps, admin, { email: 'sam@example.com', role: 'manager' });
    clock.advance(INVITATION_LIFETIME_MS);
    expect(
      (await failure(acceptInvitation(deps, { token, displayName: 'Sam', password: PASSWORD }))).code,
    ).toBe('NOT_FOUND');
  });

  it('answers any name and password with VALIDATION naming the field, or an account (property)', async () => {
    const { deps } = setup();
    const { token } = await inviteAccount(deps, admin, { email: 'sam@example.com', role: 'manager' });
    let made = false;
    await fc.assert(
      fc.asyncProperty(
        fc.anything(),
        fc.oneof(fc.anything(), fc.string({ unit: 'binary' })),
        async (displayName, password) => {
          const answer = await failure(acceptInvitation(deps, { token, displayName, password })).catch(() => {
            made = true; // a valid name and password: the account was made and the link used up
            return undefined;
          });
          if (answer === undefined || (made && answer.code === 'NOT_FOUND')) return;
          expect(answer.code).toBe('VALIDATION');
          for (const issue of answer.issues as { field: string }[])
            expect(['displayName', 'password']).toContain(issue.field);
        },
      ),
      { numRuns: 150, seed: 24 },
    );
  }, 60_000);

  it('answers NOT_FOUND for a token it never made, whatever its shape', async () => {
    const { deps } = setup();
    for (const token of [undefined, '', 'abc', 'A'.repeat(43), { toString: () => 'x' }]) {
      expect(
        (await failure(acceptInvitation(deps, { token, displayName: 'Sam', password: PASSWORD }))).code,
      ).toBe('NOT_FOUND');
    }
  });
});
