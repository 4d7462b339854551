// Invitations: an administrator invites a manager or an HR/L&D lead by email; the link carries a
// one-time token (only its SHA-256 is stored) that expires after 7 days. Accepting it sets the
// password and creates the account with the invited role; the store consumes the token and creates
// the account in one atomic step, so two clicks on one link make one account and a crash none.
import { randomUUID } from 'node:crypto';
import { textProblem } from '@shared/text/fields';
import { AppError, invalid } from '../../core/errors';
import {
  type Account,
  type AccountStore,
  emailIssues,
  emailTaken,
  normalizeEmail,
  type Role,
} from './accounts';
import { type Clock, DAY_MS } from './clock';
import { hashPassword, passwordIssues } from './passwords';
import { assertAllowed, type Actor } from './policy';
import { hashToken, isWellFormedToken, newSecretToken } from './tokens';

/** Long enough to cover a holiday week; short enough that an old mail in an inbox is worth nothing. */
export const INVITATION_LIFETIME_MS = 7 * DAY_MS;
/** Administrators invite these roles; the first administrator is made at the server's first start. */
export const INVITABLE_ROLES: readonly Role[] = ['manager', 'hr'];
export const DISPLAY_NAME_MAX = 120;

export interface InvitationRecord {
  id: string;
  email: string;
  role: Role;
  tokenHash: string;
  invitedBy: string;
  /** ISO-8601 UTC instants. */
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
}

/** What accepting adds to the invitation to make the account (its email and role come from the invitation). */
export type AcceptedAccount = Pick<Account, 'id' | 'displayName' | 'passwordHash'>;

export interface InvitationStore {
  create(invitation: InvitationRecord): Promise<void>;
  /** A pending invitation (not accepted, not expired at `now`) by its token's hash. Reads only. */
  findPending(tokenHash: string, now: string): Promise<InvitationRecord | undefined>;
  /**
   * Consumes the invitation and creates its account (created at `now`) as one unit: in SQL one
   * transaction holding `UPDATE … SET accepted_at = $now WHERE accepted_at IS NULL AND expires_at >
   * $now RETURNING *` and the account's INSERT, so a crash cannot leave a used link without an
   * account. Undefined when the invitation was not pending (of two concurrent acceptances exactly
   * one wins); rejects with `emailTaken()` when the email has an account, leaving the link unused.
   */
  accept(tokenHash: string, now: string, account: AcceptedAccount): Promise<Account | undefined>;
  /**
   * Deletes at most `limit` invitations whose link expired at or before `now` (used or not: the
   * account keeps its own creation time); returns how many went.
   */
  purgeExpired(now: string, limit: number): Promise<number>;
}

export interface InvitationDeps {
  invitations: InvitationStore;
  accounts: AccountStore;
  now: Clock;
}

export interface IssuedInvitation {
  invitation: InvitationRecord;
  /** Goes into the link the administrator sends; never stored. */
  token: string;
}

export async function inviteAccount(
  deps: InvitationDeps,
  actor: Actor,
  input: { email: unknown; role: unknown },
): Promise<IssuedInvitation> {
  assertAllowed(actor, { kind: 'accounts' }, 'invite');
  const issues = emailIssues(input.email);
  if (!INVITABLE_ROLES.includes(input.role as Role))
    issues.push({ field: 'role', message: `Choose one of: ${INVITABLE_ROLES.join(', ')}` });
  if (issues.length > 0) throw invalid(issues);
  const email = normalizeEmail(input.email as string);
  if (await deps.accounts.findByEmail(email)) throw emailTaken();
  const now = deps.now();
  const token = newSecretToken();
  const invitation: InvitationRecord = {
    id: randomUUID(),
    email,
    role: input.role as Role,
    tokenHash: hashToken(token),
    invitedBy: actor.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS).toISOString(),
    acceptedAt: null,
  };
  await deps.invitations.create(invitation);
  return { invitation, token };
}

const GONE = 'This invitation link has expired or was used already; ask your administrator for a new one';

/** The name a person gives themselves, trimmed, or the issue naming `displayName`. */
export function displayNameIssues(name: unknown): {
  value: string;
  issues: { field: string; message: string }[];
} {
  if (typeof name !== 'string')
    return { value: '', issues: [{ field: 'displayName', message: 'Enter your name' }] };
  const value = name.trim();
  if (value === '') return { value, issues: [{ field: 'displayName', message: 'Enter your name' }] };
  const problem = textProblem(value, false);
  if (problem) return { value, issues: [{ field: 'displayName', message: problem }] };
  if ([...value].length > DISPLAY_NAME_MAX)
    return {
      value,
      issues: [{ field: 'displayName', message: `Keep your name to ${DISPLAY_NAME_MAX} characters` }],
    };
  return { value, issues: [] };
}

/**
 * Accepts an invitation: checks the new password against the policy first (a weak password does not
 * use up the link), then consumes the token and creates the account with the invited role.
 */
export async function acceptInvitation(
  deps: InvitationDeps,
  input: { token: unknown; displayName: unknown; password: unknown },
): Promise<Account> {
  if (!isWellFormedToken(input.token)) throw new AppError('NOT_FOUND', GONE);
  const tokenHash = hashToken(input.token);
  const nowText = deps.now().toISOString();
  const pending = await deps.invitations.findPending(tokenHash, nowText);
  if (!pending) throw new AppError('NOT_FOUND', GONE);
  const name = displayNameIssues(input.displayName);
  const issues = [...name.issues, ...passwordIssues(input.password, pending.email)];
  if (issues.length > 0) throw invalid(issues);
  // Hashing takes ~100 ms; done before the token is consumed so the consume-create step stays short.
  const passwordHash = await hashPassword(input.password as string);
  const account = await deps.invitations.accept(tokenHash, nowText, {
    id: randomUUID(),
    displayName: name.value,
    passwordHash,
  });
  if (!account) throw new AppError('NOT_FOUND', GONE);
  return account;
}
