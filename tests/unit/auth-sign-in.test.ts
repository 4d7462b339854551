// The sign-in service over in-memory stores and a fixed clock: a session cookie and CSRF token on
// success, one message for every wrong guess, a dummy hash for unknown emails, rate limits first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import { MINUTE_MS } from '../../src/main/server/auth/clock';
import { csrfTokenFor } from '../../src/main/server/auth/csrf';
import { hashPassword, parsePasswordHash } from '../../src/main/server/auth/passwords';
import { resolveSession, startSession } from '../../src/main/server/auth/sessions';
import { signIn, TooManyAttempts, WRONG_CREDENTIALS } from '../../src/main/server/auth/sign-in';
import { SignInLimiter } from '../../src/main/server/auth/sign-in-limiter';
import { sessionTokenFromCookies } from '../../src/main/server/auth/cookies';
import { manualClock, MemoryAccounts, MemorySessions } from './auth-memory-stores';

const PASSWORD = 'lantern orchard 1987 blue';
const csrfSecret = Buffer.alloc(32, 3);
// Cheap parameters for most tests; the rehash test shows they are upgraded on sign-in.
const FAST = { ln: 10, r: 8, p: 1 };

async function setup() {
  const clock = manualClock();
  const accounts = new MemoryAccounts();
  const sessions = new MemorySessions();
  const limiter = new SignInLimiter({ now: clock.now });
  await accounts.create({
    id: 'manager-a',
    email: 'dana@example.com',
    displayName: 'Dana Reyes',
    role: 'manager',
    passwordHash: await hashPassword(PASSWORD, FAST),
    createdAt: '2028-01-01T00:00:00.000Z',
  });
  return {
    clock,
    accounts,
    sessions,
    limiter,
    deps: { accounts, sessions, limiter, now: clock.now, csrfSecret },
  };
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const retry = error instanceof TooManyAttempts ? error.retryAfterSeconds : undefined;
    return { code: error.code, message: error.message, issues: error.issues, retry };
  }
  throw new Error('expected a refusal');
}

const request = (email: unknown, password: unknown, clientAddress = '198.51.100.7') => ({
  email,
  password,
  clientAddress,
});

describe('sign-in', () => {
  it('answers a session cookie, the session’s CSRF token and who signed in', async () => {
    const { sessions, deps } = await setup();
    const signedIn = await signIn(deps, request(' Dana@Example.com', PASSWORD));
    expect(signedIn.account).toEqual({
      id: 'manager-a',
      email: 'dana@example.com',
      displayName: 'Dana Reyes',
      role: 'manager',
    });
    expect(signedIn.cookie).toMatch(
      /^__Host-rolebridge_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict; Max-Age=604800$/,
    );
    const token = sessionTokenFromCookies(signedIn.cookie.split(';')[0]);
    const session = await resolveSession({ sessions, now: deps.now }, token);
    expect(session?.userId).toBe('manager-a');
    expect(signedIn.csrfToken).toBe(csrfTokenFor(session?.id ?? '', csrfSecret));
    expect(signedIn.expiresAt).toBe('2028-03-07T09:00:00.000Z');
  });

  it('gives the same answer for a wrong password, an unknown email and a disabled account', async () => {
    const { accounts, deps } = await setup();
    const wrongPassword = await refusal(signIn(deps, request('dana@example.com', 'not the password at all')));
    const unknown = await refusal(signIn(deps, request('nobody@example.com', PASSWORD)));
    const row = accounts.rows.get('manager-a');
    if (row) row.disabled = true;
    const disabled = await refusal(signIn(deps, request('dana@example.com', PASSWORD)));
    for (const answer of [wrongPassword, unknown, disabled]) {
      expect(answer).toEqual({
        code: 'UNAUTHORIZED',
        message: WRONG_CREDENTIALS,
        issues: undefined,
        retry: undefined,
      });
    }
    expect(WRONG_CREDENTIALS).toBe('Email or password is wrong');
  }, 20_000);

  it('spends a full scrypt verify on an unknown email (a dummy hash), so timing does not tell', async () => {
    const { deps } = await setup();
    await refusal(signIn(deps, request('warm-up@example.com', PASSWORD)));
    const started = performance.now();
    await refusal(signIn(deps, request('nobody@example.com', PASSWORD)));
    // ln=15 takes ~100 ms on an idle machine; without the dummy verify this answers in well under 5 ms.
    expect(performance.now() - started).toBeGreaterThan(30);
  }, 20_000);

  it('refuses missing or oversized input naming the field, before any rate limit or hashing', async () => {
    const { deps } = await setup();
    const refused = await refusal(signIn(deps, request('', 'x'.repeat(257))));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.issues).toEqual([
      { field: 'email', message: 'Enter the email address' },
      { field: 'password', message: 'Keep the password to 256 characters' },
    ]);
    expect((await refusal(signIn(deps, request('dana@example.com', undefined)))).issues).toEqual([
      { field: 'password', message: 'Enter your password' },
    ]);
  });

  it('answers any input with a clear refusal, never an internal error (property)', async () => {
    const { deps } = await setup();
    const hostile = fc.oneof(fc.anything(), fc.string({ unit: 'binary' }), fc.constant('x'.repeat(100_000)));
    await fc.assert(
      fc.asyncProperty(hostile, hostile, hostile, async (email, password, clientAddress) => {
        const answer = await refusal(signIn(deps, { email, password, clientAddress }));
        expect(['VALIDATION', 'UNAUTHORIZED', 'FORBIDDEN', 'RATE_LIMITED']).toContain(answer.code);
      }),
      { numRuns: 150, seed: 24 },
    );
  }, 60_000);

  it('locks the account after 5 failures, even for the right password, and says when to come back', async () => {
    const { clock, deps } = await setup();
    for (let i = 0; i < 5; i++)
      await refusal(signIn(deps, request('dana@example.com', `wrong guess number ${i}`)));
    const locked = await refusal(signIn(deps, request('DANA@example.com', PASSWORD, '203.0.113.50')));
    expect(locked).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many sign-in attempts. Try again in 15 minutes.',
      issues: undefined,
      retry: 900,
    });
    clock.advance(15 * MINUTE_MS);
    await expect(signIn(deps, request('dana@example.com', PASSWORD))).resolves.toBeDefined();
  }, 20_000);

  it('counts guesses sent all at once: 10 together get 5 answers and 5 refusals', async () => {
    const { deps } = await setup();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        refusal(signIn(deps, request('dana@example.com', `parallel guess ${i}`))),
      ),
    );
    expect(answers.map((answer) => answer.code).sort()).toEqual([
      ...Array<string>(5).fill('RATE_LIMITED'),
      ...Array<string>(5).fill('UNAUTHORIZED'),
    ]);
  }, 20_000);

  it('does not count a successful sign-in against the address', async () => {
    const { limiter, deps } = await setup();
    for (let i = 0; i < 19; i++) limiter.recordFailure(`someone${i}@example.com`, '198.51.100.7');
    await signIn(deps, request('dana@example.com', PASSWORD));
    expect(limiter.retryAfterSeconds('x@example.com', '198.51.100.7')).toBe(0);
  }, 20_000);

  it('locks an unknown email the same way, so a lockout does not reveal whether an account exists', async () => {
    const { deps } = await setup();
    for (let i = 0; i < 5; i++)
      await refusal(signIn(deps, request('nobody@example.com', `guess ${i} of many`)));
    expect((await refusal(signIn(deps, request('nobody@example.com', PASSWORD)))).retry).toBe(900);
  }, 60_000);

  it('clears the account’s failures on success', async () => {
    const { limiter, deps } = await setup();
    for (let i = 0; i < 4; i++)
      await refusal(signIn(deps, request('dana@example.com', `wrong guess number ${i}`)));
    await signIn(deps, request('dana@example.com', PASSWORD, '203.0.113.50'));
    limiter.recordFailure('dana@example.com', '192.0.2.1');
    expect(limiter.retryAfterSeconds('dana@example.com', '192.0.2.1')).toBe(0);
  }, 20_000);

  it('upgrades a hash made with older parameters', async () => {
    const { accounts, deps } = await setup();
    await signIn(deps, request('dana@example.com', PASSWORD));
    expect(accounts.rehashed).toEqual(['manager-a']);
    expect(parsePasswordHash(accounts.rows.get('manager-a')?.passwordHash ?? '')?.params.ln).toBe(15);
    await signIn(deps, request('dana@example.com', PASSWORD));
    expect(accounts.rehashed).toEqual(['manager-a']);
  }, 20_000);

  it('ends the session the browser held before (a new token at every sign-in)', async () => {
    const { sessions, deps } = await setup();
    const before = await startSession({ sessions, now: deps.now }, 'manager-a');
    await signIn(deps, { ...request('dana@example.com', PASSWORD), previousToken: before.token });
    expect(await resolveSession({ sessions, now: deps.now }, before.token)).toBeUndefined();
    expect(sessions.rows.size).toBe(1);
  }, 20_000);
});
