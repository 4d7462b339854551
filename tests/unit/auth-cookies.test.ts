// The session cookie: its exact attributes, and a Cookie parser that nothing a client sends can break.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clearedSessionCookie,
  parseCookieHeader,
  SESSION_COOKIE,
  sessionCookie,
  sessionTokenFromCookies,
} from '../../src/main/server/auth/cookies';
import { newSecretToken } from '../../src/main/server/auth/tokens';

const token = newSecretToken();

describe('session cookie', () => {
  it('is __Host- prefixed, HttpOnly, Secure, SameSite=Strict, Path=/, with no Domain and a Max-Age', () => {
    expect(sessionCookie(token, 604800.7)).toBe(
      `__Host-rolebridge_session=${token}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=604800`,
    );
    expect(sessionCookie(token, 604800)).not.toMatch(/Domain=/i);
    expect(clearedSessionCookie()).toBe(
      '__Host-rolebridge_session=; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=0',
    );
  });

  it('will not carry anything but a token (no header injection through the value)', () => {
    expect(() => sessionCookie('abc; Domain=evil.example', 60)).toThrow();
  });

  it('is read back from a Cookie header among others', () => {
    expect(sessionTokenFromCookies(`theme=dark; ${SESSION_COOKIE}=${token}; lang=de`)).toBe(token);
    expect(sessionTokenFromCookies(`${SESSION_COOKIE}="${token}"`)).toBe(token);
    expect(sessionTokenFromCookies(`  ${SESSION_COOKIE} = ${token} ;`)).toBe(token);
  });

  it('keeps the first of two cookies with the same name', () => {
    const other = newSecretToken();
    expect(sessionTokenFromCookies(`${SESSION_COOKIE}=${token}; ${SESSION_COOKIE}=${other}`)).toBe(token);
  });

  it.each([
    ['no header', undefined],
    ['an array', [`${SESSION_COOKIE}=${token}`]],
    ['an empty header', ''],
    ['a name without value', SESSION_COOKIE],
    ['an empty value', `${SESSION_COOKIE}=`],
    ['a short value', `${SESSION_COOKIE}=abc`],
    ['a padded value', `${SESSION_COOKIE}=${token.slice(0, 42)}=`],
    ['the unprefixed name', `rolebridge_session=${token}`],
    ['another case', `__host-rolebridge_session=${token}`],
    ['a value with a space', `${SESSION_COOKIE}=${token.slice(0, 20)} ${token.slice(21)}`],
  ])('finds no session in %s', (_label, header) => {
    expect(sessionTokenFromCookies(header)).toBeUndefined();
  });

  it('skips malformed pairs and never reaches an object prototype', () => {
    const cookies = parseCookieHeader('=x; ;;a; b=1; __proto__=2; c d=3; é=4; e="5"');
    expect([...cookies.entries()]).toEqual([
      ['b', '1'],
      ['__proto__', '2'],
      ['e', '5'],
    ]);
    expect(Object.getPrototypeOf(cookies)).toBe(Map.prototype);
  });

  it('never throws and always answers a Map, whatever the header (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(';', '=', '"', ' ', SESSION_COOKIE, token, '%', '\u0000', '\uD800'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const header = pieces.join('');
        const cookies = parseCookieHeader(header);
        expect(cookies).toBeInstanceOf(Map);
        const found = sessionTokenFromCookies(header);
        expect(found === undefined || /^[A-Za-z0-9_-]{43}$/.test(found)).toBe(true);
      }),
      { numRuns: 2000, seed: 24 },
    );
  });

  it('finds the session token wherever it sits among well-formed cookies (property)', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_-]{0,15}$/).filter((n) => n !== SESSION_COOKIE);
    const value = fc.stringMatching(/^[A-Za-z0-9_.-]{0,30}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { maxLength: 8 }), fc.nat(8), (others, at) => {
        const pairs = others.map(([n, v]) => `${n}=${v}`);
        pairs.splice(at % (pairs.length + 1), 0, `${SESSION_COOKIE}=${token}`);
        expect(sessionTokenFromCookies(pairs.join('; '))).toBe(token);
      }),
      { numRuns: 500, seed: 24 },
    );
  });

  it('reads no more than 16 KiB of a header, in linear time', () => {
    const huge = `${'a=b; '.repeat(1_000_000)}${SESSION_COOKIE}=${token}`;
    const started = performance.now();
    expect(sessionTokenFromCookies(huge)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
