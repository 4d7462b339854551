// The administrator's account routes: the list of accounts and open invitations, and turning an
// account off. The policy (auth/policy.ts) decides who may; these read and write the account rows
// directly because the account store's interface covers sign-in only.
import { AppError } from '../../core/errors';
import { sendJson } from '../../web/http-answers';
import type { Role } from '../auth/accounts';
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

/**
 * Turns an account off and ends all its sessions in one transaction: from the commit on, it can
 * neither sign in nor use a session it had. Its data stays; nothing is deleted.
 */
const disable: Handler = async (context, { req, res, body }) => {
  const { actor } = await authenticate(context, req);
  onlyFields(body, ['accountId']);
  const { accountId } = body;
  if (typeof accountId !== 'string' || accountId === '')
    throw new AppError('VALIDATION', 'accountId: Name the account to turn off', [
      { field: 'accountId', message: 'Name the account to turn off' },
    ]);
  // Asked before the lookup: a manager learns nothing about which ids exist.
  assertAllowed(actor, { kind: 'accounts' }, 'read');
  assertAllowed(actor, { kind: 'account', userId: accountId }, 'disable');
  const now = context.now().toISOString();
  const sessionsEnded = await context.client.transaction(async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `UPDATE accounts SET disabled_at = COALESCE(disabled_at, $2), version = version + 1
        WHERE id = $1 RETURNING id`,
      [accountId, now],
    );
    if (!row) throw new AppError('NOT_FOUND', 'No account with that id');
    const gone = await tx.query('DELETE FROM sessions WHERE account_id = $1 RETURNING 1 AS gone', [
      accountId,
    ]);
    return gone.length;
  });
  sendJson(res, 200, { ok: true, value: { accountId, disabled: true, sessionsEnded } });
};

export const ADMIN_ROUTES: Record<string, Partial<Record<'GET' | 'POST', Handler>>> = {
  '/auth/accounts': { GET: people },
  '/auth/accounts/disable': { POST: disable },
};
