// The administrator's account routes: the list of accounts and open invitations, turning an account
// off, and changing a manager into an HR/L&D lead or back. The policy (auth/policy.ts) decides who may; these read and write the account rows
// directly because the account store's interface covers sign-in only.
import { AppError } from '../../core/errors';
import { sendJson } from '../../web/http-answers';
import { type Role } from '../auth/accounts';
import { INVITABLE_ROLES } from '../auth/invitations';
import { assertAllowed } from '../auth/policy';
import type { SqlClient } from '../db/sql-client';
import { authenticate, type Handler, onlyFields } from './auth-routes';

/** An administrator's page lists at most this many of each; a team server has tens of people. */
export const LIST_LIMIT = 1000;

export interface ListedAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: string;
  /** When an administrator turned it off; null while it may sign in. */
  disabledAt: string | null;
}

export interface ListedInvitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
  /** The link stopped working (expired, not accepted); the periodic purge removes it later. */
  expired: boolean;
}

async function listAccounts(client: SqlClient): Promise<ListedAccount[]> {
  const rows = await client.query<{
    id: string;
    email: string;
    display_name: string;
    role: Role;
    created_at: string;
    disabled_at: string | null;
  }>(
    `SELECT id, email, display_name, role, created_at, disabled_at FROM accounts
      ORDER BY lower(display_name), id LIMIT $1`,
    [LIST_LIMIT],
  );
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  }));
}

/** Invitations not accepted yet, newest first; an expired one is listed (marked) until purged. */
async function listInvitations(client: SqlClient, now: string): Promise<ListedInvitation[]> {
  const rows = await client.query<{
    id: string;
    email: string;
    role: Role;
    created_at: string;
    expires_at: string;
  }>(
    `SELECT id, email, role, created_at, expires_at FROM invitations
      WHERE accepted_at IS NULL ORDER BY created_at DESC, id LIMIT $1`,
    [LIST_LIMIT],
  );
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    expired: row.expires_at <= now,
  }));
}

const people: Handler = async (context, { req, res }) => {
  const { actor } = await authenticate(context, req);
  assertAllowed(actor, { kind: 'accounts' }, 'read');
  const now = context.now().toISOString();
  sendJson(res, 200, {
    ok: true,
    value: {
      accounts: await listAccounts(context.client),
      invitations: await listInvitations(context.client, now),
    },
  });
};

/** The account id a route names, as a VALIDATION error naming `accountId` when missing. */
function accountIdIn(body: Record<string, unknown>, doing: string): string {
  const { accountId } = body;
  if (typeof accountId !== 'string' || accountId === '' || accountId.length > 200)
    throw new AppError('VALIDATION', `accountId: Name the account to ${doing}`, [
      { field: 'accountId', message: `Name the account to ${doing}` },
    ]);
  return accountId;
}

interface Target {
  id: string;
  display_name: string;
  role: Role;
  hires: number;
}

/** The account, locked for the rest of the transaction, with how many hires it manages. */
async function lockedTarget(tx: SqlClient, accountId: string): Promise<Target> {
  const [target] = await tx.query<Target>(
    `SELECT a.id, a.display_name, a.role,
            (SELECT count(*) FROM hires h WHERE h.manager_id = a.id)::int AS hires
       FROM accounts a WHERE a.id = $1 FOR UPDATE`,
    [accountId],
  );
  if (!target) throw new AppError('NOT_FOUND', 'No account with that id');
  return target;
}

/**
 * A manager's hires would have nobody who may change them (nobody else sees them): the refusal says
 * what to do first. Hand-over is the manager's action, on each hire's page.
 */
function stillHoldsHires(target: Target, doing: string): AppError {
  const count = target.hires === 1 ? '1 hire' : `${target.hires} hires`;
  return new AppError(
    'CONFLICT',
    `${target.display_name} still manages ${count}. Before you ${doing}, they hand each hire over to another manager (on the hire's page: Hand over to another manager).`,
  );
}

/**
 * Turns an account off and ends all its sessions in one transaction: from the commit on, it can
 * neither sign in nor use a session it had. Its data stays; nothing is deleted.
 */
const disable: Handler = async (context, { req, res, body }) => {
  const { actor } = await authenticate(context, req);
  onlyFields(body, ['accountId']);
  const accountId = accountIdIn(body, 'turn off');
  // Asked before the lookup: a manager learns nothing about which ids exist.
  assertAllowed(actor, { kind: 'accounts' }, 'read');
  assertAllowed(actor, { kind: 'account', userId: accountId }, 'disable');
  const now = context.now().toISOString();
  const sessionsEnded = await context.client.transaction(async (tx) => {
    const target = await lockedTarget(tx, accountId);
    if (target.hires > 0) throw stillHoldsHires(target, 'turn the account off');
    await tx.query(
      `UPDATE accounts SET disabled_at = COALESCE(disabled_at, $2), version = version + 1 WHERE id = $1`,
      [accountId, now],
    );
    const gone = await tx.query('DELETE FROM sessions WHERE account_id = $1 RETURNING 1 AS gone', [
      accountId,
    ]);
    return gone.length;
  });
  sendJson(res, 200, { ok: true, value: { accountId, disabled: true, sessionsEnded } });
};

/**
 * Makes a manager an HR/L&D lead or a lead a manager, and ends the person's sessions at once: what
 * they may see changes with the role, so no page loaded under the old one keeps working. A manager
 * who still manages hires is refused (their hires would have nobody to change them); a lead who
 * becomes a manager no longer reads the hires shared with them as a lead.
 */
const changeRole: Handler = async (context, { req, res, body }) => {
  const { actor } = await authenticate(context, req);
  onlyFields(body, ['accountId', 'role']);
  const accountId = accountIdIn(body, 'change');
  const role = body.role as Role;
  if (!INVITABLE_ROLES.includes(role))
    throw new AppError('VALIDATION', `role: Choose one of: ${INVITABLE_ROLES.join(', ')}`, [
      { field: 'role', message: `Choose one of: ${INVITABLE_ROLES.join(', ')}` },
    ]);
  assertAllowed(actor, { kind: 'accounts' }, 'read');
  assertAllowed(actor, { kind: 'account', userId: accountId }, 'changeRole');
  const value = await context.client.transaction(async (tx) => {
    const target = await lockedTarget(tx, accountId);
    if (target.role === 'admin')
      throw new AppError('FORBIDDEN', 'An administrator’s role is not changed here');
    if (target.role === role) return { accountId, role, sessionsEnded: 0 };
    if (target.hires > 0) throw stillHoldsHires(target, 'make them an HR/L&D lead');
    await tx.query('UPDATE accounts SET role = $2, version = version + 1 WHERE id = $1', [accountId, role]);
    if (role === 'manager') await tx.query('DELETE FROM hire_shares WHERE account_id = $1', [accountId]);
    const gone = await tx.query('DELETE FROM sessions WHERE account_id = $1 RETURNING 1 AS gone', [
      accountId,
    ]);
    return { accountId, role, sessionsEnded: gone.length };
  });
  sendJson(res, 200, { ok: true, value });
};

export const ADMIN_ROUTES: Record<string, Partial<Record<'GET' | 'POST', Handler>>> = {
  '/auth/accounts': { GET: people },
  '/auth/accounts/disable': { POST: disable },
  '/auth/accounts/role': { POST: changeRole },
};
