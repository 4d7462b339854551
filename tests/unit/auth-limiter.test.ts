// Sign-in rate limits on a fixed clock: per account with growing lockouts, per address (IPv6 /64),
// cleared by a success, and bounded in memory however many emails and addresses arrive.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/main/server/auth/bounded-map';
import { clientAddressKey, UNKNOWN_ADDRESS } from '../../src/main/server/auth/client-address';
import { DAY_MS, MINUTE_MS } from '../../src/main/server/auth/clock';
import { SignInLimiter } from '../../src/main/server/auth/sign-in-limiter';
import { manualClock } from './auth-memory-stores';

const EMAIL = 'dana.reyes@example.com';
const ADDRESS = '198.51.100.7';

function setup(capacity?: number) {
  const clock = manualClock();
  return { clock, limiter: new SignInLimiter({ now: clock.now, capacity }) };
}

function fail(limiter: SignInLimiter, times: number, email = EMAIL, address = ADDRESS) {
  for (let i = 0; i < times; i++) limiter.recordFailure(email, address);
}

describe('per account', () => {
  it('allows 4 failures, then locks for 15 minutes after the 5th', () => {
    const { clock, limiter } = setup();
    fail(limiter, 4);
    expect(limiter.retryAfterSeconds(EMAIL, ADDRESS)).toBe(0);
    fail(limiter, 1);
    expect(limiter.retryAfterSeconds(EMAIL, ADDRESS)).toBe(900);
    expect(limiter.retryAfterSeconds(EMAIL, '203.0.113.9')).toBe(900);
    clock.advance(10 * MINUTE_MS);
    expect(limiter.retryAfterSeconds(EMAIL, ADDRESS)).toBe(300);
    clock.advance(5 * MINUTE_MS);
    expect(limiter.retryAfterSeconds(EMAIL, ADDRESS)).toBe(0);
    expect(limiter.retryAfterSeconds('someone.else@example.com', '203.0.113.9')).toBe(0);
  });

  it('counts only failures within 15 minutes', () => {
    const { clock, limiter } = setup();
    for (let i = 0; i < 10; i++) {
      fail(limiter, 1);
      clock.advance(4 * MINUTE_MS);
    }
    expect(limiter.retryAfterSeconds(EMAIL, ADDRESS)).toBe(0);
  });

  it('doubles each further lockout up to 4 hours, and forgets them after a quiet day', () => {
    const { clock, limiter } = setup();
    const lockouts: number[] = [];
    for (let round = 0; round < 6; round++) {
      fail(limiter, 5);
      const wait = limiter.retryAfterSeconds(EMAIL, ADDRESS);
      lockouts.push(wait / 60);
      clock.advance(wait * 1000);
    }
    expect(lockouts).toEqual([15, 30, 60, 120, 240, 240]);
    clock.advance(DAY_MS);
    fail(limiter, 5);
    expect(limiter.retryAfterSeconds(EMAIL, ADDRESS)).toBe(900);
  });

  it('clears the account’s failures and lockouts on a successful sign-in', () => {
    const { clock, limiter } = setup();
    fail(limiter, 5);
    clock.advance(15 * MINUTE_MS);
    fail(limiter, 4);
    limiter.recordSuccess(EMAIL);
    fail(limiter, 4);
    expect(limiter.retryAfterSeconds(EMAIL, '203.0.113.9')).toBe(0);
    fail(limiter, 1);
    expect(limiter.retryAfterSeconds(EMAIL, '203.0.113.9')).toBe(900);
  });
});

describe('attempts', () => {
  it('counts an allowed attempt at once, and takes it back when it succeeds', () => {
    const { limiter } = setup();
    const attempts = Array.from({ length: 6 }, () => limiter.attempt(EMAIL, ADDRESS));
    expect(attempts.map((attempt) => attempt.allowed)).toEqual([true, true, true, true, true, false]);
    expect(attempts[5]).toEqual({ allowed: false, retryAfterSeconds: 900 });
    const last = attempts[4];
    if (last?.allowed) last.succeeded();
    expect(limiter.retryAfterSeconds(EMAIL, ADDRESS)).toBe(0);
    for (let i = 0; i < 15; i++) limiter.recordFailure(`p${i}@example.com`, ADDRESS);
    // 4 failures left from the attempts + 15 = 19: one more is allowed from this address.
    expect(limiter.retryAfterSeconds('q@example.com', ADDRESS)).toBe(0);
    limiter.recordFailure('q@example.com', ADDRESS);
    expect(limiter.retryAfterSeconds('r@example.com', ADDRESS)).toBe(900);
  });
});

describe('per address', () => {
  it('allows 20 failures from one address in 15 minutes, across any emails', () => {
    const { clock, limiter } = setup();
    for (let i = 0; i < 19; i++) {
      limiter.recordFailure(`person${i}@example.com`, ADDRESS);
      clock.advance(10_000);
    }
    expect(limiter.retryAfterSeconds('fresh@example.com', ADDRESS)).toBe(0);
    limiter.recordFailure('person19@example.com', ADDRESS);
    // The oldest failure leaves the window 15 minutes after it happened: 15 min − 190 s from now.
    expect(limiter.retryAfterSeconds('fresh@example.com', ADDRESS)).toBe(900 - 190);
    expect(limiter.retryAfterSeconds('fresh@example.com', '198.51.100.8')).toBe(0);
    limiter.recordSuccess('fresh@example.com');
    expect(limiter.retryAfterSeconds('fresh@example.com', ADDRESS)).toBe(900 - 190);
    clock.advance((900 - 190) * 1000);
    expect(limiter.retryAfterSeconds('fresh@example.com', ADDRESS)).toBe(0);
  });

  it('counts a whole IPv6 /64 as one address', () => {
    const { limiter } = setup();
    for (let i = 0; i < 20; i++) {
      limiter.recordFailure(`p${i}@example.com`, clientAddressKey(`2001:db8:aa:bb:${i.toString(16)}::1`));
    }
    expect(limiter.retryAfterSeconds('x@example.com', clientAddressKey('2001:db8:aa:bb:ffff::9'))).toBe(900);
    expect(limiter.retryAfterSeconds('x@example.com', clientAddressKey('2001:db8:aa:bc::1'))).toBe(0);
  });
});

describe('client address keys', () => {
  it.each([
    ['198.51.100.7', '198.51.100.7'],
    [' 198.51.100.7 ', '198.51.100.7'],
    ['::ffff:198.51.100.7', '198.51.100.7'],
    ['::FFFF:c633:6407', '198.51.100.7'],
    ['2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::/64'],
    ['2001:0DB8:00AA:00BB::', '2001:db8:aa:bb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::198.51.100.7', '64:ff9b:0:0::/64'],
    ['', UNKNOWN_ADDRESS],
    ['localhost', UNKNOWN_ADDRESS],
    ['2001:db8::1::2', UNKNOWN_ADDRESS],
    ['999.1.1.1', UNKNOWN_ADDRESS],
    [undefined, UNKNOWN_ADDRESS],
  ])('%j counts as %s', (address, key) => {
    expect(clientAddressKey(address)).toBe(key);
  });

  it('gives any IPv6 address a /64 key shared with every address in its /64 (property)', () => {
    fc.assert(
      fc.property(
        fc.ipV6(),
        fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 4, maxLength: 4 }),
        (address, low) => {
          const key = clientAddressKey(address);
          expect(key.length).toBeLessThanOrEqual(45);
          if (!key.endsWith('::/64')) return; // an IPv4-mapped address counts as its IPv4 address
          const prefix = key.slice(0, -'::/64'.length);
          expect(clientAddressKey(`${prefix}:${low.map((h) => h.toString(16)).join(':')}`)).toBe(key);
        },
      ),
      { numRuns: 1000, seed: 24 },
    );
  });

  it('never throws on hostile input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (address) => {
        expect(typeof clientAddressKey(address)).toBe('string');
      }),
      { numRuns: 2000, seed: 24 },
    );
  });
});

describe('memory', () => {
  it('keeps at most the capacity, dropping the least recently used', () => {
    const map = new BoundedMap<string, number>(3);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    map.get('a');
    map.set('d', 4);
    expect([map.get('a'), map.get('b'), map.get('c'), map.get('d')]).toEqual([1, undefined, 3, 4]);
    expect(map.size).toBe(3);
  });

  it('stays within its capacity under a flood of random emails and addresses (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.emailAddress(), fc.oneof(fc.ipV4(), fc.ipV6())), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.integer({ min: 1, max: 50 }),
        (attempts, capacity) => {
          const { limiter } = setup(capacity);
          for (const [email, address] of attempts) limiter.recordFailure(email, clientAddressKey(address));
          expect(limiter.size.accounts).toBeLessThanOrEqual(capacity);
          expect(limiter.size.addresses).toBeLessThanOrEqual(capacity);
        },
      ),
      { numRuns: 200, seed: 24 },
    );
  });

  it('holds 10,000 entries per kind after 30,000 made-up emails, and still remembers an account under attack', () => {
    const { limiter } = setup();
    fail(limiter, 5);
    for (let i = 0; i < 30_000; i++) {
      limiter.recordFailure(
        `flood-${i}@example.com`,
        `2001:db8:${(i >> 16).toString(16)}:${(i & 0xffff).toString(16)}::1`,
      );
      // The attacked account is tried now and then, which keeps it among the recently used.
      if (i % 2000 === 0) expect(limiter.retryAfterSeconds(EMAIL, ADDRESS)).toBeGreaterThan(0);
    }
    expect(limiter.size).toEqual({ accounts: 10_000, addresses: 10_000 });
    expect(limiter.retryAfterSeconds(EMAIL, ADDRESS)).toBeGreaterThan(0);
  }, 30_000);
});
