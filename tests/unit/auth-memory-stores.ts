// In-memory account, session and invitation stores for the auth tests: the same contracts the
// PostgreSQL stores keep (tests/unit/auth-store-contract.ts runs one suite over both): emails unique
// in any case, an invitation consumed together with its account's creation, bounded purges.
import {
  type Account,
  type AccountStore,
  emailTaken,
  type NewAccount,
} from '../../src/main/server/auth/accounts';
import type {
  AcceptedAccount,
  InvitationRecord,
  InvitationStore,
} from '../../src/main/server/auth/invitations';
import type { SessionRecord, SessionStore } from '../../src/main/server/auth/sessions';

export class MemoryAccounts implements AccountStore {
  readonly rows = new Map<string, Account>();
  readonly rehashed: string[] = [];
  private setUp = false;

  async findByEmail(email: string): Promise<Account | undefined> {
    return this.byEmail(email);
  }

  async findById(id: string): Promise<Account | undefined> {
    return this.rows.get(id);
  }

  async create(account: NewAccount): Promise<Account> {
    return this.insert(account);
  }

  async createFirstAdministrator(account: NewAccount & { role: 'admin' }): Promise<Account | undefined> {
    if (this.setUp || this.rows.size > 0) return undefined;
    this.setUp = true;
    return this.insert(account);
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    const row = this.rows.get(id);
    if (row) this.rows.set(id, { ...row, passwordHash });
    this.rehashed.push(id);
  }

  /** Synchronous, so a caller can check and insert with no other work in between. */
  insert(account: NewAccount): Account {
    if (this.byEmail(account.email)) throw emailTaken();
    const row = { ...account, disabled: false };
    this.rows.set(row.id, row);
    return { ...row };
  }

  private byEmail(email: string): Account | undefined {
    const wanted = email.toLowerCase();
    return [...this.rows.values()].find((account) => account.email.toLowerCase() === wanted);
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

  async purgeExpired(now: string, idleSince: string, limit: number): Promise<number> {
    const dead = [...this.rows.values()]
      .filter((row) => row.expiresAt <= now || row.lastSeenAt <= idleSince)
      .slice(0, limit);
    for (const row of dead) this.rows.delete(row.tokenHash);
    return dead.length;
  }
}

function pending(row: InvitationRecord | undefined, now: string): row is InvitationRecord {
  return row !== undefined && row.acceptedAt === null && row.expiresAt > now;
}

export class MemoryInvitations implements InvitationStore {
  readonly rows = new Map<string, InvitationRecord>();

  /** Accepting creates the account in `accounts`, as the PostgreSQL store does in its transaction. */
  constructor(private readonly accounts: MemoryAccounts) {}

  async create(invitation: InvitationRecord): Promise<void> {
    this.rows.set(invitation.tokenHash, { ...invitation });
  }

  async findPending(tokenHash: string, now: string): Promise<InvitationRecord | undefined> {
    const row = this.rows.get(tokenHash);
    return pending(row, now) ? { ...row } : undefined;
  }

  // Check, create and mark in one synchronous step, as the SQL transaction does: a refused account
  // (its email taken) throws before the link is marked, as the rolled-back UPDATE leaves it.
  async accept(tokenHash: string, now: string, account: AcceptedAccount): Promise<Account | undefined> {
    const row = this.rows.get(tokenHash);
    if (!pending(row, now)) return undefined;
    const created = this.accounts.insert({ ...account, email: row.email, role: row.role, createdAt: now });
    row.acceptedAt = now;
    return created;
  }

  async purgeExpired(now: string, limit: number): Promise<number> {
    const dead = [...this.rows.values()].filter((row) => row.expiresAt <= now).slice(0, limit);
    for (const row of dead) this.rows.delete(row.tokenHash);
    return dead.length;
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
