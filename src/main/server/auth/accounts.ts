// The people who sign in to a team server: their roles, the account record the stores keep, the
// storage interface (PostgreSQL in the server, a map in the tests) and how an email is compared.
import type { FieldIssue } from '@shared/api/result';
import { textProblem } from '@shared/text/fields';
import { AppError } from '../../core/errors';

/** `hr` is the HR or L&D lead who keeps the shared role framework. */
export const ROLES = ['admin', 'manager', 'hr'] as const;
export type Role = (typeof ROLES)[number];

export interface Account {
  id: string;
  /** Normalised (see normalizeEmail): the stores compare emails as they are. */
  email: string;
  displayName: string;
  role: Role;
  /** scrypt$ln=…,r=…,p=…$salt$hash (see passwords.ts). */
  passwordHash: string;
  /** ISO-8601 UTC. */
  createdAt: string;
  /** An administrator turned the account off: it cannot sign in, and its sessions were ended. */
  disabled: boolean;
}

export type NewAccount = Omit<Account, 'disabled'>;

export interface AccountStore {
  findByEmail(email: string): Promise<Account | undefined>;
  findById(id: string): Promise<Account | undefined>;
  /**
   * Rejects a second account with the same email in any case with `emailTaken()` (CONFLICT naming
   * `email`), also when two creations race: the database's unique index decides, not a prior read.
   */
  create(account: NewAccount): Promise<Account>;
  /**
   * Creates the first administrator only while the server has no account and was never set up,
   * atomically (two first-start requests at once make one); undefined when it was too late.
   */
  createFirstAdministrator(account: NewAccount & { role: 'admin' }): Promise<Account | undefined>;
  /** After a sign-in with a hash made under older scrypt parameters (see needsRehash). */
  updatePasswordHash(id: string, passwordHash: string): Promise<void>;
}

const EMAIL_TAKEN = 'An account with this email exists already';

/** What every store answers for a second account with an email that has one. */
export function emailTaken(): AppError {
  return new AppError('CONFLICT', EMAIL_TAKEN, [{ field: 'email', message: EMAIL_TAKEN }]);
}

/** RFC 5321 caps a forward path at 254 characters. */
export const EMAIL_MAX = 254;

/**
 * The form an email is stored, compared and rate-limited in: trimmed, Unicode NFC, lower case. Mail
 * servers may treat the local part case-sensitively, but no one gives two colleagues addresses that
 * differ only in case, and a person typing their address in another case must still get in.
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}

/**
 * What is wrong with an email, naming `field`; empty when it can be used. Deliberately loose (one
 * `@`, something either side, no spaces): the invitation mail proves the address, not a pattern.
 */
export function emailIssues(email: unknown, field = 'email'): FieldIssue[] {
  if (typeof email !== 'string') return [{ field, message: 'Enter the email address as text' }];
  const normalized = normalizeEmail(email);
  if (normalized === '') return [{ field, message: 'Enter the email address' }];
  if (normalized.length > EMAIL_MAX)
    return [{ field, message: `Keep the email address to ${EMAIL_MAX} characters` }];
  const problem = textProblem(normalized, false);
  if (problem) return [{ field, message: problem }];
  if (!/^[^\s@]+@[^\s@]+$/u.test(normalized))
    return [{ field, message: 'Enter an email address like name@example.com' }];
  return [];
}
