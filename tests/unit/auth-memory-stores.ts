// In-memory account, session and invitation stores for the auth tests: the same contracts the
// PostgreSQL stores keep (unique emails, atomic invitation consume), with nothing on disk.
import type { Account, AccountStore, NewAccount } from '../../src/main/server/auth/accounts';
import type { InvitationRecord, InvitationStore } from '../../src/main/server/auth/invitations';
import type { SessionRecord, SessionStore } from '../../src/main/server/auth/sessions';

export class MemoryAccounts implements AccountStore {
  readonly rows = new Map<string, Account>();
  readonly rehashed: string[] = [];

  async findByEmail(email: string): Promise<Account | undefined> {
    return [...this.rows.values()].find((account) => account.email === email);
  }

  async findById(id: string): Promise<Account | undefined> {
    return this.rows.get(id);
  }

  async create(account: NewAccount): Promise<Account> {
    if (await this.findByEmail(account.email)) throw new Error('duplicate key value violates unique email');
    const row = { ...account, disabled: false };
    this.rows.set(row.id, row);
    return row;
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, passwordHash });
    this.rehashed.push(id);
  }
}

export class MemorySessions implements SessionStore {
  readonly rows = new Map<string, SessionRecord>();

  async create(session: SessionRecord): Promise<void> {
    this.rows.set(session.tokenHash, { ...session });
  }

  async findByTokenHash(tokenHash: string): Promise<SessionRecord | undefined> {
    const row = this.rows.get(tokenHash);
    return row && { ...row };
  }

  async touch(tokenHash: string, lastSeenAt: string): Promise<void> {
    const row = this.rows.get(tokenHash);
    if (row) row.lastSeenAt = lastSeenAt;
  }

  async delete(tokenHash: string): Promise<void> {
    this.rows.delete(tokenHash);
  }

  async deleteAllForUser(userId: string): Promise<number> {
    const mine = [...this.rows.values()].filter((row) => row.userId === userId);
    for (const row of mine) this.rows.delete(row.tokenHash);
    return mine.length;
  }
}

function pending(row: InvitationRecord | undefined, now: string): row is InvitationRecord {
  return row !== undefined && row.acceptedAt === null && row.expiresAt > now;
}

export class MemoryInvitations implements InvitationStore {
  readonly rows = new Map<string, InvitationRecord>();

  async create(invitation: InvitationRecord): Promise<void> {
    this.rows.set(invitation.tokenHash, { ...invitation });
  }

  async findPending(tokenHash: string, now: string): Promise<InvitationRecord | undefined> {
    const row = this.rows.get(tokenHash);
    return pending(row, now) ? { ...row } : undefined;
  }

  // Check and mark in one synchronous step, as the SQL UPDATE … RETURNING does in one statement.
  async consume(tokenHash: string, now: string): Promise<InvitationRecord | undefined> {
    const row = this.rows.get(tokenHash);
    if (!pending(row, now)) return undefined;
    row.acceptedAt = now;
    return { ...row };
  }
}

/** A clock the test moves by hand. */
export function manualClock(start = '2028-02-29T09:00:00.000Z') {
  let at = Date.parse(start);
  const now = () => new Date(at);
  return {
    now,
    advance(ms: number) {
      at += ms;
    },
  };
}
