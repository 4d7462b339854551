// Password hashing (scrypt, parameters in the stored string) and the password policy.
import { describe, expect, it } from 'vitest';
import {
  CURRENT_PARAMS,
  HASHING_SLOTS,
  hashesRunning,
  hashPassword,
  needsRehash,
  parsePasswordHash,
  passwordIssues,
  verifyPassword,
} from '../../src/main/server/auth/passwords';

const EMAIL = 'dana.reyes@example.com';
const FAST = { ln: 10, r: 8, p: 1 };

describe('password hashes', () => {
  it('stores scrypt with its parameters, a 16-byte salt and a 32-byte key, and verifies', async () => {
    const stored = await hashPassword('a long and private sentence');
    expect(stored).toMatch(/^scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(CURRENT_PARAMS.ln).toBeGreaterThanOrEqual(15);
    expect(await verifyPassword('a long and private sentence', stored)).toBe(true);
    expect(await verifyPassword('a long and private sentencE', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  }, 30_000);

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([
      hashPassword('same words twice', FAST),
      hashPassword('same words twice', FAST),
    ]);
    expect(a).not.toBe(b);
  });

  it('verifies an old hash under its own parameters and asks for a rehash', async () => {
    const old = await hashPassword('kept from an older release', FAST);
    expect(old.startsWith('scrypt$ln=10,r=8,p=1$')).toBe(true);
    expect(await verifyPassword('kept from an older release', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, FAST)).toBe(false);
  });

  it('treats a password typed composed or decomposed (é as one or two code points) as the same', async () => {
    const stored = await hashPassword('caf\u00e9 au lait le matin', FAST);
    expect(await verifyPassword('cafe\u0301 au lait le matin', stored)).toBe(true);
  });

  it('never matches a stored string it cannot read, and never throws on one', async () => {
    const good = await hashPassword('a long and private sentence', FAST);
    const [, params, salt, hash] = good.split('$');
    const broken = [
      '',
      'plain text password',
      `bcrypt$${params}$${salt}$${hash}`,
      `scrypt$ln=10,r=8$${salt}$${hash}`,
      `scrypt$ln=30,r=8,p=1$${salt}$${hash}`, // would need 256 GiB: refused, not attempted
      `scrypt$ln=20,r=16,p=1$${salt}$${hash}`, // 2 GiB
      `scrypt$ln=19,r=8,p=1$${salt}$${hash}`, // 512 MiB
      `scrypt$ln=10,r=8,p=1$${salt}$${hash}AAAA`,
      `scrypt$ln=10,r=8,p=1$$${hash}`,
      `scrypt$ln=10,r=8,p=1$${salt}$${hash}$extra`,
      `scrypt$ln=10,r=8,p=1$${salt}!$${hash}`,
    ];
    for (const stored of broken) {
      expect(parsePasswordHash(stored), stored).toBeUndefined();
      await expect(verifyPassword('a long and private sentence', stored)).resolves.toBe(false);
      expect(needsRehash(stored)).toBe(true);
    }
  }, 30_000);

  it('runs at most two hashes at once; the others wait their turn', async () => {
    expect(HASHING_SLOTS).toBe(2);
    const peaks: number[] = [];
    const all = Array.from({ length: 6 }, (_, i) =>
      hashPassword(`queued password ${i}`, FAST).then((stored) => {
        peaks.push(hashesRunning());
        return stored;
      }),
    );
    expect(hashesRunning()).toBe(2);
    const hashes = await Promise.all(all);
    expect(new Set(hashes).size).toBe(6);
    expect(Math.max(...peaks)).toBeLessThanOrEqual(2);
    expect(hashesRunning()).toBe(0);
  });

  it('takes tens of milliseconds or more per verify (figure printed for docs/accounts.md)', async () => {
    const stored = await hashPassword('measure me please');
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      await verifyPassword('measure me please', stored);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`scrypt ln=${CURRENT_PARAMS.ln} verify: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
    expect(times[0]).toBeGreaterThan(20);
  }, 60_000);
});

describe('password policy', () => {
  const messages = (password: unknown) => passwordIssues(password, EMAIL);

  it('accepts a long, uncommon password', () => {
    expect(messages('lantern orchard 1987 blue')).toEqual([]);
    // Twelve characters as a person counts them, though 24 UTF-16 units.
    expect(messages('🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊🦊')).toEqual([]);
  });

  it.each([
    ['short', 'elevenchars', 'Use at least 12 characters'],
    ['eleven emoji', '🦊'.repeat(11), 'Use at least 12 characters'],
    ['too long', 'x'.repeat(257), 'Keep the password to 256 characters'],
    [
      'common',
      'Password1234',
      'This is one of the most common passwords; choose one that is harder to guess',
    ],
    ['the email', 'Dana.Reyes@example.com', 'Do not use your email address as your password'],
    [
      'a control character',
      'twelve chars\u0000ok',
      'Remove the control character U+0000 (keep it to one line)',
    ],
    ['not text', 123456789012, 'Enter the password as text'],
  ])('refuses %s, naming the field password', (_label, password, message) => {
    expect(messages(password)).toEqual([{ field: 'password', message }]);
  });

  it('refuses the part of the email before the @', () => {
    expect(passwordIssues(' Dana.Reyes.Product ', 'dana.reyes.product@example.com')).toEqual([
      { field: 'password', message: 'Do not use your email address as your password' },
    ]);
  });

  it('allows exactly 12 and exactly 256 characters', () => {
    expect(messages('q7#Lm2!pX9zR')).toEqual([]);
    expect(messages('q7#Lm2!pX9zR'.repeat(21) + 'abcd')).toEqual([]);
  });
});
