// The team server's hire repository on PGlite and on a real PostgreSQL server: the same answers as
// the SQLite repository for the same hires (order by name without regard to case, ties by id, LIKE
// wildcards searched literally), then who sees what: two managers, a lead one hire is shared with,
// an administrator; handing a hire over and sharing it.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Hire, HireStatus } from '@shared/hires/schema';
import { createHireRepository } from '../../src/main/core/hires/repository';
import { createPostgresHireRepository } from '../../src/main/server/repositories/hires';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import {
  ADMIN,
  DISABLED_MANAGER,
  LEAD,
  MANAGER_A,
  MANAGER_B,
  OTHER_LEAD,
  hireNamed,
  scopeOf,
  shareHire,
  sqliteDatabase,
  tableText,
  teamDatabases,
} from '../support/team-repositories';

// Names that tell the orders apart: case, ties broken by id, LIKE's own characters, a backslash.
const FIXTURE: Hire[] = [
  hireNamed('h-03', 'bob Stone'),
  hireNamed('h-01', 'Ada Lovelace', { notes: 'Led the billing migration.' }),
  hireNamed('h-05', 'ada lovelace'),
  hireNamed('h-02', 'ADA LOVELACE', {
    status: 'archived',
    archivedAt: '2028-02-10T09:00:00.000Z',
    updatedAt: '2028-02-10T09:00:00.000Z',
  }),
  hireNamed('h-04', 'Chen 50% Li'),
  hireNamed('h-06', 'Dana_Ng'),
  hireNamed('h-07', 'Eve \\ Wu'),
  hireNamed('h-08', 'Zoe Adams'),
];
const STATUSES: (HireStatus | 'all')[] = ['active', 'archived', 'all'];
const SEARCHES = ['', 'ada', 'ADA', 'LoVe', '50%', '%', '_', 'a_n', '\\', 'e \\ w', 'nobody'];

const TABLES = ['hires', 'hire_shares', 'hire_handovers'];
const stored = (db: TestDatabase) => Promise.all(TABLES.map((table) => tableText(db, table)));

describeOnPostgres('hire repository', (target) => {
  const databases = teamDatabases(target);
  afterAll(() => databases.close());
  let db: TestDatabase;
  beforeEach(async () => {
    db = await databases.open();
  }, 120_000);

  const as = (actor: typeof MANAGER_A) => createPostgresHireRepository(scopeOf(db, actor));

  describe('the same answers as SQLite', () => {
    it('get and list, by status and search, in the same order', async () => {
      const sqlite = createHireRepository(sqliteDatabase());
      const postgres = as(MANAGER_A);
      for (const hire of FIXTURE) {
        sqlite.insert(hire);
        await postgres.insert(hire);
      }
      for (const hire of FIXTURE) expect(await postgres.get(hire.id)).toEqual(sqlite.get(hire.id));
      expect(await postgres.get('nobody')).toBeUndefined();
      for (const status of STATUSES) {
        for (const search of SEARCHES) {
          const expected = sqlite.list(status, search).map((hire) => hire.id);
          expect({ status, search, ids: (await postgres.list(status, search)).map((h) => h.id) }).toEqual({
            status,
            search,
            ids: expected,
          });
        }
      }
      expect(await postgres.list('all', '')).toEqual(sqlite.list('all', ''));
    });

    it('update stores the hire as SQLite does, raising the version and naming the author', async () => {
      const sqlite = createHireRepository(sqliteDatabase());
      const postgres = as(MANAGER_A);
      const hire = hireNamed('h-01', 'Ada Lovelace', { notes: 'Led the billing migration.' });
      sqlite.insert(hire);
      await postgres.insert(hire);
      const next: Hire = {
        ...hire,
        name: 'Ada King',
        notes: 'Moved to payments.',
        status: 'archived',
        archivedAt: '2028-03-01T09:00:00.000Z',
        updatedAt: '2028-03-01T09:00:00.000Z',
        // Never written: a hire's creation is fixed.
        createdAt: '2030-01-01T00:00:00.000Z',
      };
      sqlite.update(next);
      await postgres.update(next);
      expect(await postgres.get(hire.id)).toEqual(sqlite.get(hire.id));
      expect(await db.query('SELECT manager_id, version, updated_by FROM hires')).toEqual([
        { manager_id: MANAGER_A.id, version: 2, updated_by: MANAGER_A.id },
      ]);
    });
  });

  describe('who sees and changes what', () => {
    const ownA = hireNamed('a-1', 'Ada Shared');
    const otherA = hireNamed('a-2', 'Alan Private');
    const ownB = hireNamed('b-1', 'Bea Other');

    beforeEach(async () => {
      await as(MANAGER_A).insert(ownA);
      await as(MANAGER_A).insert(otherA);
      await as(MANAGER_B).insert(ownB);
      await shareHire(db, ownA.id, LEAD.id);
    });

    it("a manager reads only their own hires: another manager's answer as if absent", async () => {
      expect(await as(MANAGER_A).get(ownB.id)).toBeUndefined();
      for (const status of STATUSES) {
        expect((await as(MANAGER_A).list(status, '')).map((h) => h.id)).toEqual(
          status === 'archived' ? [] : [ownA.id, otherA.id],
        );
        expect((await as(MANAGER_B).list(status, 'a')).map((h) => h.id)).toEqual(
          status === 'archived' ? [] : [ownB.id],
        );
      }
      expect(await as(MANAGER_B).get(ownB.id)).toEqual(ownB);
    });

    it("a manager's write to another manager's hire is NOT_FOUND and changes nothing", async () => {
      const before = await stored(db);
      const changed = { ...ownB, name: 'Taken', updatedAt: '2028-03-01T09:00:00.000Z' };
      await expect(as(MANAGER_A).update(changed)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(as(MANAGER_A).update({ ...changed, id: 'nobody' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(MANAGER_A).handOver(ownB.id, MANAGER_A.id, '2028-03-01')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(MANAGER_A).share(ownB.id, LEAD.id, '2028-03-01')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(MANAGER_A).unshare(ownB.id, LEAD.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await as(MANAGER_A).sharesOf(ownA.id)).toHaveLength(1);
      expect(await as(MANAGER_B).sharesOf(ownA.id)).toEqual([]);
      expect(await stored(db)).toEqual(before);
      expect(await as(MANAGER_B).get(ownB.id)).toEqual(ownB);
    });

    it('a lead reads only the hire shared with them and changes nothing', async () => {
      const before = await stored(db);
      expect(await as(LEAD).get(ownA.id)).toEqual(ownA);
      expect(await as(LEAD).get(otherA.id)).toBeUndefined();
      expect(await as(LEAD).list('all', '')).toEqual([ownA]);
      expect(await as(OTHER_LEAD).list('all', '')).toEqual([]);
      const edit = { ...ownA, name: 'Renamed' };
      await expect(as(LEAD).update(edit)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(as(LEAD).update({ ...otherA, name: 'Renamed' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(LEAD).insert(hireNamed('l-1', 'Lead Made'))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(as(LEAD).handOver(ownA.id, MANAGER_B.id, '2028-03-01')).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(as(LEAD).share(ownA.id, OTHER_LEAD.id, '2028-03-01')).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(as(LEAD).unshare(ownA.id, LEAD.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await as(LEAD).sharesOf(ownA.id)).toEqual([]);
      expect(await stored(db)).toEqual(before);
    });

    it('an administrator sees no hire and adds none', async () => {
      expect(await as(ADMIN).list('all', '')).toEqual([]);
      expect(await as(ADMIN).get(ownA.id)).toBeUndefined();
      await expect(as(ADMIN).insert(hireNamed('x-1', 'Admin Made'))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(as(ADMIN).update({ ...ownA, name: 'Renamed' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('handing a hire over moves it, records who handed it to whom, and ends its shares', async () => {
      await as(MANAGER_A).handOver(ownA.id, MANAGER_B.id, '2028-03-01T09:00:00.000Z');
      expect(await as(MANAGER_A).get(ownA.id)).toBeUndefined();
      expect(await as(MANAGER_B).get(ownA.id)).toEqual({
        ...ownA,
        updatedAt: '2028-03-01T09:00:00.000Z',
        version: 2,
      });
      expect(await as(LEAD).list('all', '')).toEqual([]);
      expect(
        await db.query(
          'SELECT hire_id, from_manager_id, to_manager_id, handed_by, handed_at FROM hire_handovers',
        ),
      ).toEqual([
        {
          hire_id: ownA.id,
          from_manager_id: MANAGER_A.id,
          to_manager_id: MANAGER_B.id,
          handed_by: MANAGER_A.id,
          handed_at: '2028-03-01T09:00:00.000Z',
        },
      ]);
      await as(MANAGER_B).handOver(ownA.id, MANAGER_A.id, '2028-03-02T09:00:00.000Z');
      const history = [
        {
          fromManagerId: MANAGER_A.id,
          toManagerId: MANAGER_B.id,
          handedBy: MANAGER_A.id,
          handedAt: '2028-03-01T09:00:00.000Z',
        },
        {
          fromManagerId: MANAGER_B.id,
          toManagerId: MANAGER_A.id,
          handedBy: MANAGER_B.id,
          handedAt: '2028-03-02T09:00:00.000Z',
        },
      ];
      expect(await as(MANAGER_A).handoversOf(ownA.id)).toEqual(history);
      expect(await as(MANAGER_B).handoversOf(ownA.id)).toEqual([]);
      expect(await as(LEAD).handoversOf(ownA.id)).toEqual([]);
      await as(MANAGER_A).share(ownA.id, LEAD.id, '2028-03-03T09:00:00.000Z');
      expect(await as(LEAD).handoversOf(ownA.id)).toEqual(history);
      expect(await db.query('SELECT version, updated_by FROM hires WHERE id = $1', [ownA.id])).toEqual([
        { version: 3, updated_by: MANAGER_B.id },
      ]);
    });

    it('refuses a handover to anyone but another active manager, changing nothing', async () => {
      const before = await stored(db);
      for (const to of [MANAGER_A.id, LEAD.id, ADMIN.id, DISABLED_MANAGER.id, 'nobody']) {
        await expect(as(MANAGER_A).handOver(ownA.id, to, '2028-03-01')).rejects.toMatchObject({
          code: 'VALIDATION',
          issues: [{ field: 'toManagerId' }],
        });
      }
      expect(await stored(db)).toEqual(before);
    });

    it('shares a hire with an active lead only; sharing twice and unsharing an absent share change nothing', async () => {
      await as(MANAGER_A).share(otherA.id, LEAD.id, '2028-03-01T09:00:00.000Z');
      await as(MANAGER_A).share(otherA.id, LEAD.id, '2028-03-02T09:00:00.000Z');
      expect(await as(LEAD).list('all', '')).toEqual([ownA, otherA]);
      expect(await as(MANAGER_A).sharesOf(otherA.id)).toEqual([
        { accountId: LEAD.id, sharedBy: MANAGER_A.id, sharedAt: '2028-03-01T09:00:00.000Z' },
      ]);
      const before = await stored(db);
      for (const to of [MANAGER_B.id, ADMIN.id, 'nobody']) {
        await expect(as(MANAGER_A).share(otherA.id, to, '2028-03-01')).rejects.toMatchObject({
          code: 'VALIDATION',
          issues: [{ field: 'leadId' }],
        });
      }
      await as(MANAGER_A).unshare(otherA.id, OTHER_LEAD.id);
      expect(await stored(db)).toEqual(before);
      await as(MANAGER_A).unshare(otherA.id, LEAD.id);
      expect(await as(LEAD).list('all', '')).toEqual([ownA]);
      expect(await as(LEAD).get(otherA.id)).toBeUndefined();
    });
  });
});
