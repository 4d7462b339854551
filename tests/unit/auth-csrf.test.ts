// CSRF: the per-session synchronizer token, compared in constant time, and the Origin/Sec-Fetch-Site check.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import { checkCsrf, checkRequestOrigin, csrfTokenFor } from '../../src/main/server/auth/csrf';

const secret = Buffer.alloc(32, 7);
const sessionId = '7f0e4a52-6d1b-4c84-9a55-2f3f3f0d9b11';
const token = csrfTokenFor(sessionId, secret);

function refusal(run: () => void): { code: string; message: string } | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('CSRF token', () => {
  it('is an HMAC of the session id: the same for one session, different across sessions and secrets', () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfTokenFor(sessionId, secret)).toBe(token);
    expect(csrfTokenFor('another-session', secret)).not.toBe(token);
    expect(csrfTokenFor(sessionId, randomBytes(32))).not.toBe(token);
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => csrfTokenFor(sessionId, Buffer.alloc(16))).toThrow(/32 random bytes/);
  });

  it('lets reads through without a token', () => {
    for (const method of ['GET', 'HEAD', 'get']) {
      expect(refusal(() => checkCsrf({ method, header: undefined, sessionId, secret }))).toBeUndefined();
    }
  });

  it('lets a write through with its session’s token', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(refusal(() => checkCsrf({ method, header: token, sessionId, secret }))).toBeUndefined();
    }
  });

  it.each([
    ['no header', undefined, 'This change needs the page’s security token; reload the page and try again'],
    ['an empty header', '', 'This change needs the page’s security token; reload the page and try again'],
    [
      'two headers',
      [token, token],
      'This change needs the page’s security token; reload the page and try again',
    ],
    [
      'another session’s token',
      csrfTokenFor('another-session', secret),
      'The page’s security token does not match your session; reload the page and try again',
    ],
    [
      'a token one character off',
      token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'),
      'The page’s security token does not match your session; reload the page and try again',
    ],
  ])('refuses a write with %s as FORBIDDEN', (_label, header, message) => {
    expect(refusal(() => checkCsrf({ method: 'POST', header, sessionId, secret }))).toEqual({
      code: 'FORBIDDEN',
      message,
    });
  });

  it('accepts nothing but the exact token and never throws anything but FORBIDDEN (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.constant(token.slice(1)), fc.constant(token + 'x')),
        (guess) => {
          fc.pre(guess !== token);
          expect(refusal(() => checkCsrf({ method: 'POST', header: guess, sessionId, secret }))?.code).toBe(
            'FORBIDDEN',
          );
        },
      ),
      { numRuns: 2000, seed: 24 },
    );
  });
});

describe('request origin', () => {
  const expectedOrigin = 'https://rolebridge.example.com';
  const check = (method: string, origin: unknown, secFetchSite: unknown) =>
    refusal(() => checkRequestOrigin({ method, origin, secFetchSite, expectedOrigin }))?.code ?? 'allowed';

  it.each([
    ['POST', expectedOrigin, 'same-origin', 'allowed'],
    ['POST', undefined, undefined, 'allowed'],
    ['POST', expectedOrigin, undefined, 'allowed'],
    ['POST', undefined, 'same-origin', 'allowed'],
    ['GET', undefined, 'none', 'allowed'],
    ['POST', undefined, 'none', 'FORBIDDEN'],
    ['POST', undefined, 'cross-site', 'FORBIDDEN'],
    ['GET', undefined, 'same-site', 'FORBIDDEN'],
    ['POST', 'https://evil.example', 'same-origin', 'FORBIDDEN'],
    ['POST', 'https://rolebridge.example.com.evil.example', undefined, 'FORBIDDEN'],
    ['POST', 'http://rolebridge.example.com', undefined, 'FORBIDDEN'],
    ['POST', 'https://rolebridge.example.com:8443', undefined, 'FORBIDDEN'],
    ['POST', 'https://rolebridge.example.com/', undefined, 'FORBIDDEN'],
    ['POST', 'null', undefined, 'FORBIDDEN'],
    ['POST', ['https://rolebridge.example.com'], undefined, 'FORBIDDEN'],
  ])('%s with Origin %j and Sec-Fetch-Site %j: %s', (method, origin, site, expected) => {
    expect(check(method, origin, site)).toBe(expected);
  });
});
