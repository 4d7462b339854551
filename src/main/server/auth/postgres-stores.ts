// The account, session and invitation stores of a team server, over PostgreSQL (migrations/postgres/
// 0004_accounts.sql). The auth modules decide; these only keep rows, with the atomic steps the store
// interfaces promise done by the database: unique emails by an index, an invitation's consume and
// its account's insert in one transaction, the first administrator guarded by a one-row setup table.
import { sqlState, type SqlClient } from '../db/sql-client';
import { type Account, type AccountStore, emailTaken, type NewAccount, type Role } from './accounts';
import { systemClock, type Clock } from './clock';
import { type FirstAdministratorInput, setUpFirstAdministrator } from './first-administrator';
import type { AcceptedAccount, InvitationRecord, InvitationStore } from './invitations';
import { purgeExpiredSignIns, type PurgeReport } from './purge';
import type { SessionRecord, SessionStore } from './sessions';

const UNIQUE_VIOLATION = '23505';
const EMAIL_INDEX = 'accounts_email';

/** Whether `error` is PostgreSQL refusing a duplicate in the unique index or key `constraint`. */
function violates(error: unknown, constraint: string): boolean {
  return (
    sqlState(error) === UNIQUE_VIOLATION && (error as { constraint?: unknown }).constraint === constraint
  );
}

// ---- accounts ----------------------------------------------------------------------------------

interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

const ACCOUNT_COLUMNS = 'id, email, display_name, role, password_hash, created_at, disabled_at';

function accountOf(row: AccountRow): Account {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
    disabled: row.disabled_at !== null,
  };
}

/** Inserts an account; a taken email (in any case, even by a racing insert) is `emailTaken()`. */
async function insertAccount(client: SqlClient, account: NewAccount): Promise<Account> {
  try {
    const [row] = await client.query<AccountRow>(
      `INSERT INTO accounts (id, email, display_name, role, password_hash, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${ACCOUNT_COLUMNS}`,
      [account.id, account.email, account.displayName, account.role, account.passwordHash, account.createdAt],
    );
    return accountOf(row as AccountRow);
  } catch (error) {
    if (violates(error, EMAIL_INDEX)) throw emailTaken();
    throw error;
  }
}

export class PostgresAccounts implements AccountStore {
  constructor(private readonly client: SqlClient) {}

  async findByEmail(email: string): Promise<Account | undefined> {
    // lower(email) = lower($1) is what the unique index accounts_email is on, so this uses it.
    const [row] = await this.client.query<AccountRow>(
      `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE lower(email) = lower($1)`,
      [email],
    );
    return row && accountOf(row);
  }

  async findById(id: string): Promise<Account | undefined> {
    const [row] = await this.client.query<AccountRow>(
      `SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1`,
      [id],
    );
    return row && accountOf(row);
  }

  create(account: NewAccount): Promise<Account> {
    return insertAccount(this.client, account);
  }

  /**
   * In one transaction: the setup row (key id = 1) first, so a racing setup waits on that key and,
   * once the first commits, inserts nothing; then a check that no account exists (an account made
   * before any setup row, which the app never does, still stops it); then the administrator.
   */
  async createFirstAdministrator(account: NewAccount & { role: 'admin' }): Promise<Account | undefined> {
    try {
      return await this.client.transaction(async (tx) => {
        const claimed = await tx.query(
          `INSERT INTO server_setup (id, first_administrator_id, completed_at) VALUES (1, $1, $2)
           ON CONFLICT (id) DO NOTHING RETURNING id`,
          [account.id, account.createdAt],
        );
        if (claimed.length === 0) return undefined;
        const [any] = await tx.query('SELECT 1 AS found FROM accounts LIMIT 1');
        // Throwing rolls the setup row back: a database with accounts but no setup row stays as it is.
        if (any) throw new FirstAdministratorTooLate();
        return insertAccount(tx, account);
      });
    } catch (error) {
      if (error instanceof FirstAdministratorTooLate) return undefined;
      throw error;
    }
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.client.query('UPDATE accounts SET password_hash = $2, version = version + 1 WHERE id = $1', [
      id,
      passwordHash,
    ]);
  }
}

class FirstAdministratorTooLate extends Error {}

// ---- sessions ----------------------------------------------------------------------------------

interface SessionRow {
  id: string;
  token_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

const SESSION_COLUMNS = 'id, token_hash, account_id, created_at, last_seen_at, expires_at';

/** A session by its token hash, with its account as one JSON column: every request's one statement. */
const SESSION_WITH_ACCOUNT = `SELECT ${SESSION_COLUMNS.split(', ')
  .map((column) => `s.${column}`)
  .join(', ')},
    (SELECT row_to_json(a) FROM (SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = s.account_id) a) AS account
  FROM sessions s WHERE s.token_hash = $1`;

function sessionOf(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    userId: row.account_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}

export class PostgresSessions implements SessionStore {
  constructor(private readonly client: SqlClient) {}

  async create(session: SessionRecord): Promise<void> {
    await this.client.query(`INSERT INTO sessions (${SESSION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)`, [
      session.id,
      session.tokenHash,
      session.userId,
      session.createdAt,
      session.lastSeenAt,
      session.expiresAt,
    ]);
  }

  /** The session with its account (null when the account is gone), in one statement. */
  async findByTokenHash(tokenHash: string): Promise<SessionRecord | undefined> {
    const [row] = await this.client.query<SessionRow & { account: AccountRow | null }>(SESSION_WITH_ACCOUNT, [
      tokenHash,
    ]);
    return row && { ...sessionOf(row), account: row.account && accountOf(row.account) };
  }

  async touch(tokenHash: string, lastSeenAt: string): Promise<void> {
    await this.client.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1', [
      tokenHash,
      lastSeenAt,
    ]);
  }

  async delete(tokenHash: string): Promise<void> {
    await this.client.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  async deleteAllForUser(userId: string): Promise<number> {
    const gone = await this.client.query('DELETE FROM sessions WHERE account_id = $1 RETURNING 1 AS gone', [
      userId,
    ]);
    return gone.length;
  }

  async purgeExpired(now: string, idleSince: string, limit: number): Promise<number> {
    // DELETE … LIMIT is not PostgreSQL; a keyed subquery with LIMIT runs on every engine.
    const gone = await this.client.query(
      `DELETE FROM sessions WHERE token_hash IN (
         SELECT token_hash FROM sessions WHERE expires_at <= $1 OR last_seen_at <= $2 LIMIT $3
       ) RETURNING 1 AS gone`,
      [now, idleSince, limit],
    );
    return gone.length;
  }
}

// ---- invitations -------------------------------------------------------------------------------

interface InvitationRow {
  id: string;
  token_hash: string;
  email: string;
  role: Role;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

const INVITATION_COLUMNS = 'id, token_hash, email, role, invited_by, created_at, expires_at, accepted_at';

function invitationOf(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    tokenHash: row.token_hash,
    email: row.email,
    role: row.role,
    invitedBy: row.invited_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
  };
}

export class PostgresInvitations implements InvitationStore {
  constructor(private readonly client: SqlClient) {}

  async create(invitation: InvitationRecord): Promise<void> {
    await this.client.query(
      `INSERT INTO invitations (${INVITATION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        invitation.id,
        invitation.tokenHash,
        invitation.email,
        invitation.role,
        invitation.invitedBy,
        invitation.createdAt,
        invitation.expiresAt,
        invitation.acceptedAt,
      ],
    );
  }

  async findPending(tokenHash: string, now: string): Promise<InvitationRecord | undefined> {
    const [row] = await this.client.query<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM invitations
        WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2`,
      [tokenHash, now],
    );
    return row && invitationOf(row);
  }

  /**
   * The UPDATE takes the invitation's row lock: a second acceptance waits on it, then finds
   * accepted_at set and updates nothing. A taken email throws inside, rolling the UPDATE back.
   */
  accept(tokenHash: string, now: string, account: AcceptedAccount): Promise<Account | undefined> {
    return this.client.transaction(async (tx) => {
      const [invitation] = await tx.query<InvitationRow>(
        `UPDATE invitations SET accepted_at = $2
          WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > $2
          RETURNING ${INVITATION_COLUMNS}`,
        [tokenHash, now],
      );
      if (!invitation) return undefined;
      return insertAccount(tx, {
        ...account,
        email: invitation.email,
        role: invitation.role,
        createdAt: now,
      });
    });
  }

  async purgeExpired(now: string, limit: number): Promise<number> {
    const gone = await this.client.query(
      `DELETE FROM invitations WHERE token_hash IN (
         SELECT token_hash FROM invitations WHERE expires_at <= $1 LIMIT $2
       ) RETURNING 1 AS gone`,
      [now, limit],
    );
    return gone.length;
  }
}

// ---- what the server calls -------------------------------------------------------------------

export interface PostgresAuthStores {
  accounts: PostgresAccounts;
  sessions: PostgresSessions;
  invitations: PostgresInvitations;
}

export function postgresAuthStores(client: SqlClient): PostgresAuthStores {
  return {
    accounts: new PostgresAccounts(client),
    sessions: new PostgresSessions(client),
    invitations: new PostgresInvitations(client),
  };
}

/**
 * The server's first start: makes the administrator while the database has no account; CONFLICT
 * "An administrator already exists" after that, also for the loser of two requests at once.
 */
export function createFirstAdministrator(
  client: SqlClient,
  input: FirstAdministratorInput,
  now: Clock = systemClock,
): Promise<Account> {
  return setUpFirstAdministrator({ accounts: new PostgresAccounts(client), now }, input);
}

/** One run of the periodic purge of expired sessions and invitations, in bounded batches. */
export function purgeExpiredPostgresSignIns(
  client: SqlClient,
  now: Clock = systemClock,
): Promise<PurgeReport> {
  const { sessions, invitations } = postgresAuthStores(client);
  return purgeExpiredSignIns({ sessions, invitations, now });
}
