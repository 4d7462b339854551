// How emails are normalised and checked for accounts, invitations and the sign-in limiter.
import { describe, expect, it } from 'vitest';
import { emailIssues, normalizeEmail } from '../../src/main/server/auth/accounts';

describe('emails', () => {
  it('are compared trimmed, in NFC and lower case', () => {
    expect(normalizeEmail('  Dana.Reyes@Example.COM ')).toBe('dana.reyes@example.com');
    expect(normalizeEmail('Zoe\u0301@example.com')).toBe(normalizeEmail('zo\u00e9@example.com'));
  });

  it('are accepted loosely: one @ with something either side', () => {
    for (const email of ['a@b', 'dana+coaching@example.co.uk', 'zoé@exämple.de', ' Dana@Example.com ']) {
      expect(emailIssues(email), email).toEqual([]);
    }
  });

  it.each([
    [undefined, 'Enter the email address as text'],
    ['   ', 'Enter the email address'],
    ['dana', 'Enter an email address like name@example.com'],
    ['dana@@example.com', 'Enter an email address like name@example.com'],
    ['da na@example.com', 'Enter an email address like name@example.com'],
    ['@example.com', 'Enter an email address like name@example.com'],
    ['dana@example.com\u0000', 'Remove the control character U+0000 (keep it to one line)'],
    [`${'a'.repeat(250)}@b.co`, 'Keep the email address to 254 characters'],
  ])('refuses %j naming the field', (email, message) => {
    expect(emailIssues(email)).toEqual([{ field: 'email', message }]);
  });
});
