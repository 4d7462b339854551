// One behaviour suite for the account, session and invitation stores, run over the in-memory stores
// (tests/unit/auth-stores-memory.test.ts) and the PostgreSQL ones on PGlite
// (tests/core/postgres-accounts.test.ts), so the stores the auth tests use cannot drift from the
// server's. It drives the stores through the auth modules where they exist, on an injected clock.
import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import type { AccountStore, NewAccount } from '../../src/main/server/auth/accounts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/main/server/auth/clock';
import {
  ADMINISTRATOR_EXISTS,
  setUpFirstAdministrator,
} from '../../src/main/server/auth/first-administrator';
import {
  acceptInvitation,
  INVITATION_LIFETIME_MS,
  type InvitationStore,
  inviteAccount,
} from '../../src/main/server/auth/invitations';
import { verifyPassword } from '../../src/main/server/auth/passwords';
import { PURGE_MAX_BATCHES, purgeExpiredSignIns } from '../../src/main/server/auth/purge';
import {
  endAllSessions,
  resolveSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  type SessionStore,
  startSession,
} from '../../src/main/server/auth/sessions';
import { hashToken } from '../../src/main/server/auth/tokens';
import { manualClock } from './auth-memory-stores';

export interface ContractStores {
  accounts: AccountStore;
  sessions: SessionStore;
  invitations: InvitationStore;
  /** Everything the stores hold, as text, to search for what must never be kept. */
  storedText(): Promise<string>;
}

const PASSWORD = 'lantern orchard 1987 blue';
/** A well-formed stored hash for accounts whose password no test checks (hashing costs ~200 ms). */
const SOME_HASH = 'scrypt$ln=15,r=8,p=1$c29tZSBzYWx0IGJ5dGVz$c29tZSBoYXNoIGJ5dGVzIHRoYXQgYXJlIDMyIGJ5dGU';

let accountCount = 0;

function newAccount(overrides: Partial<NewAccount> = {}): NewAccount {
  accountCount += 1;
  return {
    id: `account-${accountCount}`,
    email: `person${accountCount}@example.com`,
    displayName: `Person ${accountCount}`,
    role: 'manager',
    passwordHash: SOME_HASH,
    createdAt: '2028-02-29T09:00:00.000Z',
    ...overrides,
  };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function settledCodes(results: PromiseSettledResult<unknown>[]): string[] {
  return results
    .map((result) =>
      result.status === 'fulfilled'
        ? 'ok'
        : result.reason instanceof AppError
          ? result.reason.code
          : 'THROWN',
    )
    .sort();
}

export function describeAuthStoreContract(label: string, open: () => Promise<ContractStores>): void {
  describe(`auth stores: ${label}`, () => {
    let stores: ContractStores;
    let clock: ReturnType<typeof manualClock>;
    let admin: { id: string; role: 'admin' };

    beforeEach(async () => {
      stores = await open();
      clock = manualClock();
      const created = await stores.accounts.create(newAccount({ role: 'admin' }));
      admin = { id: created.id, role: 'admin' };
    });

    const sessionDeps = () => ({ sessions: stores.sessions, now: clock.now });
    const invitationDeps = () => ({
      invitations: stores.invitations,
      accounts: stores.accounts,
      now: clock.now,
    });

    describe('accounts', () => {
      it('finds an account by id and by its email in any case', async () => {
        const made = await stores.accounts.create(
          newAccount({ email: 'dana.reyes@example.com', role: 'hr' }),
        );
        expect(made).toMatchObject({ email: 'dana.reyes@example.com', role: 'hr', disabled: false });
        expect(await stores.accounts.findById(made.id)).toEqual(made);
        expect(await stores.accounts.findByEmail('Dana.Reyes@EXAMPLE.com')).toEqual(made);
        expect(await stores.accounts.findById('no-such-account')).toBeUndefined();
        expect(await stores.accounts.findByEmail('nobody@example.com')).toBeUndefined();
      });

      it('refuses a second account with the same email in another case as CONFLICT naming email', async () => {
        await stores.accounts.create(newAccount({ email: 'sam@example.com' }));
        const refused = await refusal(stores.accounts.create(newAccount({ email: 'SAM@Example.com' })));
        expect(refused.code).toBe('CONFLICT');
        expect(refused.issues).toEqual([
          { field: 'email', message: 'An account with this email exists already' },
        ]);
      });

      it('makes one account of two racing creations with one email', async () => {
        const results = await Promise.allSettled([
          stores.accounts.create(newAccount({ email: 'lee@example.com' })),
          stores.accounts.create(newAccount({ email: 'Lee@Example.COM' })),
        ]);
        expect(settledCodes(results)).toEqual(['CONFLICT', 'ok']);
        expect(await stores.accounts.findByEmail('lee@example.com')).toBeDefined();
      });

      it('stores a new password hash', async () => {
        const made = await stores.accounts.create(newAccount());
        const newer = SOME_HASH.replace('ln=15', 'ln=16');
        await stores.accounts.updatePasswordHash(made.id, newer);
        expect((await stores.accounts.findById(made.id))?.passwordHash).toBe(newer);
      });
    });

    describe('the first administrator', () => {
      // The suite's beforeEach made an administrator; these tests need stores with no account.
      beforeEach(async () => {
        stores = await open();
      });

      const input = (email: string) => ({ email, displayName: 'Ada Admin', password: PASSWORD });

      it('is made once; a later call answers CONFLICT', async () => {
        const deps = { accounts: stores.accounts, now: clock.now };
        const made = await setUpFirstAdministrator(deps, input(' Ada@Example.com '));
        expect(made).toMatchObject({ email: 'ada@example.com', role: 'admin', displayName: 'Ada Admin' });
        expect(await verifyPassword(PASSWORD, made.passwordHash)).toBe(true);
        const again = await refusal(setUpFirstAdministrator(deps, input('other@example.com')));
        expect(again).toMatchObject({ code: 'CONFLICT', message: ADMINISTRATOR_EXISTS });
        expect(await stores.accounts.findByEmail('other@example.com')).toBeUndefined();
      }, 20_000);

      it('is made once when two requests race, with the same or different emails', async () => {
        const deps = { accounts: stores.accounts, now: clock.now };
        const results = await Promise.allSettled([
          setUpFirstAdministrator(deps, input('ada@example.com')),
          setUpFirstAdministrator(deps, input('bob@example.com')),
          setUpFirstAdministrator(deps, input('ADA@example.com')),
        ]);
        expect(settledCodes(results)).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
        for (const result of results)
          if (result.status === 'rejected') expect(result.reason.message).toBe(ADMINISTRATOR_EXISTS);
        const found = await Promise.all(
          ['ada@example.com', 'bob@example.com'].map((email) => stores.accounts.findByEmail(email)),
        );
        expect(found.filter(Boolean)).toHaveLength(1);
      }, 30_000);

      it('is refused when an account exists already', async () => {
        await stores.accounts.create(newAccount());
        const deps = { accounts: stores.accounts, now: clock.now };
        expect(await refusal(setUpFirstAdministrator(deps, input('ada@example.com')))).toMatchObject({
          code: 'CONFLICT',
          message: ADMINISTRATOR_EXISTS,
        });
      }, 20_000);

      it('checks the input first, naming each field, and stores nothing', async () => {
        const deps = { accounts: stores.accounts, now: clock.now };
        const refused = await refusal(
          setUpFirstAdministrator(deps, {
            email: 'not an email',
            displayName: ' ',
            password: 'password1234',
          }),
        );
        expect(refused.code).toBe('VALIDATION');
        expect(refused.issues?.map((issue) => issue.field)).toEqual(['email', 'displayName', 'password']);
        await expect(setUpFirstAdministrator(deps, input('ada@example.com'))).resolves.toBeDefined();
      }, 20_000);
    });

    describe('sessions', () => {
      it('keep only the token hash at rest', async () => {
        const { token, session } = await startSession(sessionDeps(), admin.id);
        const stored = await stores.storedText();
        expect(stored).toContain(hashToken(token));
        expect(stored).toContain(session.id);
        expect(stored).not.toContain(token);
        // A store may read the session's account with it (one statement a request): then its own.
        const { account, ...found } = (await stores.sessions.findByTokenHash(hashToken(token))) ?? {};
        expect(found).toEqual(session);
        if (account !== undefined) expect(account).toEqual(await stores.accounts.findById(admin.id));
      });

      it('end after 12 idle hours by the injected clock, and the row goes', async () => {
        const { token, session } = await startSession(sessionDeps(), admin.id);
        clock.advance(SESSION_IDLE_MS - MINUTE_MS);
        expect((await resolveSession(sessionDeps(), token))?.lastSeenAt).toBe(clock.now().toISOString());
        expect((await stores.sessions.findByTokenHash(session.tokenHash))?.lastSeenAt).toBe(
          clock.now().toISOString(),
        );
        clock.advance(SESSION_IDLE_MS);
        expect(await resolveSession(sessionDeps(), token)).toBeUndefined();
        expect(await stores.sessions.findByTokenHash(session.tokenHash)).toBeUndefined();
      });

      it('end 7 days after sign-in however busy', async () => {
        const { token, session } = await startSession(sessionDeps(), admin.id);
        // A request every 11 hours keeps it from idling; the last one is 3 hours before the end.
        for (let hours = 11; hours < 7 * 24; hours += 11) {
          clock.advance(11 * HOUR_MS);
          expect(await resolveSession(sessionDeps(), token)).toBeDefined();
        }
        clock.advance(Date.parse(session.expiresAt) - clock.now().getTime());
        expect(await resolveSession(sessionDeps(), token)).toBeUndefined();
      });

      it('all end at "sign out everywhere", and only that person’s', async () => {
        const other = await stores.accounts.create(newAccount());
        const mine = await Promise.all([1, 2, 3].map(() => startSession(sessionDeps(), admin.id)));
        const theirs = await startSession(sessionDeps(), other.id);
        expect(await endAllSessions(sessionDeps(), admin.id)).toBe(3);
        for (const { token } of mine) expect(await resolveSession(sessionDeps(), token)).toBeUndefined();
        expect(await resolveSession(sessionDeps(), theirs.token)).toBeDefined();
        expect(await endAllSessions(sessionDeps(), admin.id)).toBe(0);
      });

      it('one ends at sign-out', async () => {
        const { token, session } = await startSession(sessionDeps(), admin.id);
        await stores.sessions.delete(session.tokenHash);
        expect(await resolveSession(sessionDeps(), token)).toBeUndefined();
      });
    });

    describe('invitations', () => {
      it('keep only the token hash at rest', async () => {
        const { token, invitation } = await inviteAccount(invitationDeps(), admin, {
          email: 'sam@example.com',
          role: 'manager',
        });
        const stored = await stores.storedText();
        expect(stored).toContain(invitation.tokenHash);
        expect(stored).not.toContain(token);
        expect(await stores.invitations.findPending(hashToken(token), clock.now().toISOString())).toEqual(
          invitation,
        );
      });

      it('make exactly one account when two acceptances race', async () => {
        const { token } = await inviteAccount(invitationDeps(), admin, {
          email: 'sam@example.com',
          role: 'hr',
        });
        const accept = () =>
          acceptInvitation(invitationDeps(), { token, displayName: 'Sam', password: PASSWORD });
        const results = await Promise.allSettled([accept(), accept()]);
        expect(settledCodes(results)).toEqual(['NOT_FOUND', 'ok']);
        const account = await stores.accounts.findByEmail('sam@example.com');
        expect(account).toMatchObject({ role: 'hr', displayName: 'Sam' });
        expect(
          await stores.invitations.findPending(hashToken(token), clock.now().toISOString()),
        ).toBeUndefined();
      }, 30_000);

      it('stay unused when the account cannot be made (its email was taken meanwhile)', async () => {
        const { token } = await inviteAccount(invitationDeps(), admin, {
          email: 'sam@example.com',
          role: 'manager',
        });
        await stores.accounts.create(newAccount({ email: 'Sam@example.com' }));
        const refused = await refusal(
          acceptInvitation(invitationDeps(), { token, displayName: 'Sam', password: PASSWORD }),
        );
        expect(refused).toMatchObject({ code: 'CONFLICT', issues: [{ field: 'email' }] });
        expect(
          await stores.invitations.findPending(hashToken(token), clock.now().toISOString()),
        ).toBeDefined();
      }, 20_000);

      it('expire by the injected clock', async () => {
        const { token } = await inviteAccount(invitationDeps(), admin, {
          email: 'sam@example.com',
          role: 'manager',
        });
        const tokenHash = hashToken(token);
        clock.advance(INVITATION_LIFETIME_MS - 1);
        expect(await stores.invitations.findPending(tokenHash, clock.now().toISOString())).toBeDefined();
        clock.advance(1);
        const now = clock.now().toISOString();
        expect(await stores.invitations.findPending(tokenHash, now)).toBeUndefined();
        expect(
          await stores.invitations.accept(tokenHash, now, {
            id: 'x',
            displayName: 'Sam',
            passwordHash: SOME_HASH,
          }),
        ).toBeUndefined();
        expect(await stores.accounts.findByEmail('sam@example.com')).toBeUndefined();
      });
    });

    describe('the purge', () => {
      it('deletes expired and idle sessions and expired invitations, and keeps the rest', async () => {
        const expired = await startSession(sessionDeps(), admin.id);
        const oldLink = await inviteAccount(invitationDeps(), admin, {
          email: 'old@example.com',
          role: 'hr',
        });
        clock.advance(6 * DAY_MS);
        const idle = await startSession(sessionDeps(), admin.id);
        clock.advance(13 * HOUR_MS);
        const live = await startSession(sessionDeps(), admin.id);
        const liveLink = await inviteAccount(invitationDeps(), admin, {
          email: 'new@example.com',
          role: 'hr',
        });
        clock.advance(11 * HOUR_MS);
        // Seven days in: `expired` was just seen, so only its absolute end condemns it; `idle` was
        // last seen 24 hours ago, `live` 11 hours ago; the old link's 7 days are up.
        await stores.sessions.touch(expired.session.tokenHash, clock.now().toISOString());

        expect(await purgeExpiredSignIns({ ...invitationDeps(), sessions: stores.sessions })).toEqual({
          sessions: 2,
          invitations: 1,
        });
        expect(await stores.sessions.findByTokenHash(expired.session.tokenHash)).toBeUndefined();
        expect(await stores.sessions.findByTokenHash(idle.session.tokenHash)).toBeUndefined();
        expect(await stores.sessions.findByTokenHash(live.session.tokenHash)).toBeDefined();
        const now = clock.now().toISOString();
        expect(await stores.invitations.purgeExpired(now, 10)).toBe(0);
        expect(await stores.invitations.findPending(liveLink.invitation.tokenHash, now)).toBeDefined();
        expect(await stores.storedText()).not.toContain(oldLink.invitation.tokenHash);
      });

      it('works in bounded batches: a backlog is finished by the next runs', async () => {
        for (let n = 0; n < PURGE_MAX_BATCHES + 5; n += 1) await startSession(sessionDeps(), admin.id);
        clock.advance(SESSION_ABSOLUTE_MS);
        const deps = { ...invitationDeps(), sessions: stores.sessions };
        expect((await purgeExpiredSignIns(deps, 1)).sessions).toBe(PURGE_MAX_BATCHES);
        expect((await purgeExpiredSignIns(deps, 1)).sessions).toBe(5);
        expect((await purgeExpiredSignIns(deps, 1)).sessions).toBe(0);
      });
    });
  });
}
