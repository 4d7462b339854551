// The account, session and invitation stores on PostgreSQL, on PGlite and (when `npm test` started
// one) on a real server: the shared store contract (tests/unit/auth-store-contract.ts) that the
// in-memory stores also pass, then what only the database shows: the schema's own refusals,
// createFirstAdministrator over a client, the purge over a client, and the indexes the hot lookups
// use. A schema per test (tests/support/postgres.ts).
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/main/core/errors';
import { DAY_MS } from '../../src/main/server/auth/clock';
import { inviteAccount } from '../../src/main/server/auth/invitations';
import {
  createFirstAdministrator,
  postgresAuthStores,
  purgeExpiredPostgresSignIns,
} from '../../src/main/server/auth/postgres-stores';
import { startSession } from '../../src/main/server/auth/sessions';
import { migratePostgres } from '../../src/main/server/db/migrations';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import { describeAuthStoreContract } from '../unit/auth-store-contract';
import { manualClock } from '../unit/auth-memory-stores';

const AUTH_TABLES = ['accounts', 'sessions', 'invitations', 'server_setup'];
const PASSWORD = 'lantern orchard 1987 blue';

// Each target gives a test a schema of its own, migrated; the previous one is dropped first (PGlite
// holds one at a time). On a real server the races below run on several pooled connections at once.
describeOnPostgres('account stores', (target) => {
  let client: TestDatabase | undefined;
  afterAll(async () => {
    await client?.close();
    client = undefined;
  });

  /** A new schema holding the whole migrated database. */
  async function freshDatabase(): Promise<TestDatabase> {
    await client?.close();
    client = await target.open();
    await migratePostgres(client);
    return client;
  }

  async function storedText(on: TestDatabase): Promise<string> {
    const tables = await Promise.all(
      AUTH_TABLES.map((table) => on.query(`SELECT row_to_json(t)::text AS row FROM ${table} t`)),
    );
    return JSON.stringify(tables);
  }

  describeAuthStoreContract(target.name, async () => {
    const on = await freshDatabase();
    return { ...postgresAuthStores(on), storedText: () => storedText(on) };
  });

  describe('the accounts schema', () => {
    let db: TestDatabase;
    beforeEach(async () => {
      db = await freshDatabase();
    }, 120_000);

    const admin = {
      id: 'admin-1',
      email: 'ada@example.com',
      displayName: 'Ada',
      role: 'admin' as const,
      passwordHash: 'scrypt$ln=15,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA',
      createdAt: '2028-02-29T09:00:00.000Z',
    };

    it('refuses a role outside admin, manager, hr and an invitation for an administrator', async () => {
      await expect(
        db.query(
          `INSERT INTO accounts (id, email, display_name, role, password_hash, created_at)
           VALUES ('x', 'x@example.com', 'X', 'owner', 'scrypt$x', '2028-02-29T09:00:00.000Z')`,
        ),
      ).rejects.toMatchObject({ code: '23514' });
      await postgresAuthStores(db).accounts.create(admin);
      await expect(
        db.query(
          `INSERT INTO invitations (token_hash, id, email, role, invited_by, created_at, expires_at)
           VALUES ($1, 'i', 'b@example.com', 'admin', 'admin-1', '2028-02-29', '2028-03-07')`,
          ['A'.repeat(43)],
        ),
      ).rejects.toMatchObject({ code: '23514' });
    });

    it('ends an account’s sessions and invitations with the account', async () => {
      const { accounts, sessions, invitations } = postgresAuthStores(db);
      await accounts.create(admin);
      const clock = manualClock();
      const { session } = await startSession({ sessions, now: clock.now }, admin.id);
      const { invitation } = await inviteAccount({ invitations, accounts, now: clock.now }, admin, {
        email: 'sam@example.com',
        role: 'manager',
      });
      await db.query(`DELETE FROM accounts WHERE id = $1`, [admin.id]);
      expect(await sessions.findByTokenHash(session.tokenHash)).toBeUndefined();
      expect(await invitations.findPending(invitation.tokenHash, clock.now().toISOString())).toBeUndefined();
    });

    it('raises the account’s version when its password hash changes', async () => {
      const { accounts } = postgresAuthStores(db);
      await accounts.create(admin);
      await accounts.updatePasswordHash(admin.id, admin.passwordHash.replace('ln=15', 'ln=16'));
      const [row] = await db.query<{ version: number }>('SELECT version FROM accounts WHERE id = $1', [
        admin.id,
      ]);
      expect(row?.version).toBe(2);
    });

    it('creates the first administrator over a client, once, also when two requests race', async () => {
      const clock = manualClock();
      const input = (email: string) => ({ email, displayName: 'Ada', password: PASSWORD });
      const results = await Promise.allSettled([
        createFirstAdministrator(db, input('ada@example.com'), clock.now),
        createFirstAdministrator(db, input('bob@example.com'), clock.now),
      ]);
      const refused = results.filter((result) => result.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({
        code: 'CONFLICT',
        message: 'An administrator already exists',
      });
      const rows = await db.query<{ role: string; first_administrator_id: string; id: string }>(
        `SELECT a.id, a.role, s.first_administrator_id FROM accounts a, server_setup s`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]?.first_administrator_id).toBe(rows[0]?.id);
      expect(rows[0]?.role).toBe('admin');
    }, 30_000);

    it('answers a taken email as CONFLICT, never a database error, for a raw insert in another case', async () => {
      const { accounts } = postgresAuthStores(db);
      await accounts.create(admin);
      const refused = await accounts
        .create({ ...admin, id: 'admin-2', email: 'ADA@example.com' })
        .catch((e) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'CONFLICT', issues: [{ field: 'email' }] });
    });

    it('purges over a client on the clock it is given', async () => {
      const { accounts, sessions } = postgresAuthStores(db);
      await accounts.create(admin);
      const clock = manualClock();
      await startSession({ sessions, now: clock.now }, admin.id);
      expect(await purgeExpiredPostgresSignIns(db, clock.now)).toEqual({ sessions: 0, invitations: 0 });
      clock.advance(7 * DAY_MS);
      expect(await purgeExpiredPostgresSignIns(db, clock.now)).toEqual({ sessions: 1, invitations: 0 });
    });

    it('looks sessions up by an index for an account and for the purge', async () => {
      // Enough rows and fresh statistics that the planner prefers an index to reading the table.
      await postgresAuthStores(db).accounts.create(admin);
      await db.query(
        `INSERT INTO sessions (token_hash, id, account_id, created_at, last_seen_at, expires_at)
         SELECT lpad(n::text, 43, '0'), 'session-' || n, 'admin-1', '2028-02-29T09:00:00.000Z',
                '2028-02-29T09:00:00.000Z', '2028-03-07T09:00:00.000Z'
           FROM generate_series(1, 2000) n`,
      );
      await db.exec('ANALYZE sessions');
      // SET LOCAL inside one transaction: on a server's pool a plain SET would reach one connection only.
      const plans = await db.transaction(async (tx) => {
        await tx.exec('SET LOCAL enable_seqscan = off');
        const plan = async (sql: string) =>
          JSON.stringify(await tx.query(`EXPLAIN ${sql}`, ['2028-03-01T00:00:00.000Z']));
        return [
          await plan(`DELETE FROM sessions WHERE account_id = $1`),
          await plan(`SELECT token_hash FROM sessions WHERE expires_at <= $1`),
        ];
      });
      expect(plans[0]).toContain('sessions_account');
      expect(plans[1]).toContain('sessions_expires');
    });
  });
});
