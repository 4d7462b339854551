// The first administrator, made when a team server starts on an empty database: the setup page's
// one call. It works only while no account exists, and two setup requests racing each other make
// one administrator (the store decides atomically); the loser and every later call get CONFLICT.
import { randomUUID } from 'node:crypto';
import { AppError, invalid } from '../../core/errors';
import { type Account, type AccountStore, emailIssues, normalizeEmail } from './accounts';
import type { Clock } from './clock';
import { displayNameIssues } from './invitations';
import { hashPassword, passwordIssues } from './passwords';

export const ADMINISTRATOR_EXISTS = 'An administrator already exists';

export interface FirstAdministratorDeps {
  accounts: AccountStore;
  now: Clock;
}

export interface FirstAdministratorInput {
  email: unknown;
  displayName: unknown;
  password: unknown;
}

/** Checks the input (VALIDATION naming each field), then creates the administrator or answers CONFLICT. */
export async function setUpFirstAdministrator(
  deps: FirstAdministratorDeps,
  input: FirstAdministratorInput,
): Promise<Account> {
  const issues = emailIssues(input.email);
  const email = issues.length === 0 ? normalizeEmail(input.email as string) : '';
  const name = displayNameIssues(input.displayName);
  issues.push(...name.issues, ...passwordIssues(input.password, email));
  if (issues.length > 0) throw invalid(issues);
  const passwordHash = await hashPassword(input.password as string);
  const account = await deps.accounts.createFirstAdministrator({
    id: randomUUID(),
    email,
    displayName: name.value,
    role: 'admin',
    passwordHash,
    createdAt: deps.now().toISOString(),
  });
  if (!account) throw new AppError('CONFLICT', ADMINISTRATOR_EXISTS);
  return account;
}
