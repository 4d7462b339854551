// A hire's leave on the team server, on PGlite and on a real PostgreSQL server: the SQLite leave
// repository's answers for the same periods (list order, the overlap window), then isolation: another
// manager's leave answers as if absent and refuses writes; a lead reads the shared hire's only.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Leave } from '@shared/calendar/schema';
import { createLeaveRepository } from '../../src/main/core/calendar/repository';
import { createPostgresLeaveRepository } from '../../src/main/server/repositories/calendar';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import {
  ADMIN,
  HIRE_B,
  LEAD,
  MANAGER_A,
  MANAGER_B,
  OTHER_LEAD,
  PRIVATE_A,
  SHARED_A,
  scopeOf,
  seedTeam,
  sqliteDatabase,
  tablesText,
  teamDatabases,
} from '../support/team-repositories';

const leave = (
  id: string,
  hireId: string,
  startOn: string,
  endOn: string,
  createdAt = '2028-02-01T09:00:00.000Z',
): Leave => ({
  id,
  hireId,
  startOn,
  endOn,
  note: `Leave ${id}`,
  createdAt,
});

// Same start (ordered by end, then creation, then id), one over the leap day, one long before.
const OF_SHARED = [
  leave('l-4', SHARED_A.id, '2028-03-06', '2028-03-10'),
  leave('l-2', SHARED_A.id, '2028-02-28', '2028-03-01'),
  leave('l-3', SHARED_A.id, '2028-03-06', '2028-03-06', '2028-02-02T09:00:00.000Z'),
  leave('l-5', SHARED_A.id, '2028-03-06', '2028-03-06'),
  leave('l-1', SHARED_A.id, '2027-12-20', '2028-01-02'),
];
const OF_PRIVATE = leave('lp-1', PRIVATE_A.id, '2028-03-01', '2028-03-02');
const OF_B = leave('lb-1', HIRE_B.id, '2028-03-01', '2028-03-02');
// [earliestStart, from, to]: windows ending, starting and falling inside periods.
const WINDOWS: [string, string, string][] = [
  ['2028-01-01', '2028-03-01', '2028-03-06'],
  ['2027-11-01', '2028-01-02', '2028-01-02'],
  ['2028-01-01', '2028-02-29', '2028-02-29'],
  ['2028-03-07', '2028-03-07', '2028-03-31'],
  ['2027-01-01', '2027-01-01', '2027-12-19'],
];
const TABLES = ['hire_leave'];

describeOnPostgres('leave repository', (target) => {
  const databases = teamDatabases(target);
  afterAll(() => databases.close());
  let db: TestDatabase;
  beforeEach(async () => {
    db = await databases.open();
  }, 120_000);

  const as = (actor: typeof MANAGER_A) => createPostgresLeaveRepository(scopeOf(db, actor));

  it('answers get, list and overlapping as SQLite does, before and after a removal', async () => {
    const sqliteDb = sqliteDatabase();
    await seedTeam(db, sqliteDb);
    const sqlite = createLeaveRepository(sqliteDb);
    for (const each of [...OF_SHARED, OF_PRIVATE]) {
      sqlite.insert(each);
      await as(MANAGER_A).insert(each);
    }
    const compare = async () => {
      for (const hireId of [SHARED_A.id, PRIVATE_A.id, 'nobody']) {
        expect(await as(MANAGER_A).list(hireId)).toEqual(sqlite.list(hireId));
        for (const [earliest, from, to] of WINDOWS) {
          expect(await as(MANAGER_A).overlapping(hireId, earliest, from, to)).toEqual(
            sqlite.overlapping(hireId, earliest, from, to),
          );
        }
      }
      for (const { id } of [...OF_SHARED, OF_PRIVATE, { id: 'nobody' }]) {
        expect(await as(MANAGER_A).get(id)).toEqual(sqlite.get(id));
      }
    };
    await compare();
    expect(sqlite.list(SHARED_A.id).map((l) => l.id)).toEqual(['l-1', 'l-2', 'l-5', 'l-3', 'l-4']);
    sqlite.remove('l-3');
    await as(MANAGER_A).remove('l-3');
    await compare();
  });

  describe('who sees and changes what', () => {
    beforeEach(async () => {
      await seedTeam(db);
      for (const each of [...OF_SHARED, OF_PRIVATE]) await as(MANAGER_A).insert(each);
      await as(MANAGER_B).insert(OF_B);
    });

    it("a manager reads none of another manager's leave, and their writes there are NOT_FOUND", async () => {
      expect(await as(MANAGER_A).get(OF_B.id)).toBeUndefined();
      expect(await as(MANAGER_A).list(HIRE_B.id)).toEqual([]);
      expect(await as(MANAGER_A).overlapping(HIRE_B.id, '2028-01-01', '2028-03-01', '2028-03-31')).toEqual(
        [],
      );
      expect(await as(MANAGER_B).list(SHARED_A.id)).toEqual([]);
      const before = await tablesText(db, TABLES);
      await expect(
        as(MANAGER_A).insert(leave('new', HIRE_B.id, '2028-04-03', '2028-04-03')),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(MANAGER_A).remove(OF_B.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(as(MANAGER_A).remove('nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await tablesText(db, TABLES)).toEqual(before);
      expect(await as(MANAGER_B).list(HIRE_B.id)).toEqual([OF_B]);
    });

    it("a lead reads the shared hire's leave only and changes nothing", async () => {
      const before = await tablesText(db, TABLES);
      expect(await as(LEAD).list(SHARED_A.id)).toEqual(await as(MANAGER_A).list(SHARED_A.id));
      expect(await as(LEAD).get('l-1')).toEqual(OF_SHARED[4]);
      for (const actor of [LEAD, OTHER_LEAD, ADMIN]) {
        expect(await as(actor).get(OF_PRIVATE.id)).toBeUndefined();
        expect(await as(actor).list(PRIVATE_A.id)).toEqual([]);
        expect(await as(actor).overlapping(PRIVATE_A.id, '2028-01-01', '2028-03-01', '2028-03-31')).toEqual(
          [],
        );
      }
      expect(await as(OTHER_LEAD).list(SHARED_A.id)).toEqual([]);
      const refused = (hireId: string) => leave('new', hireId, '2028-04-03', '2028-04-03');
      await expect(as(LEAD).insert(refused(SHARED_A.id))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(as(LEAD).remove('l-1')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(as(LEAD).insert(refused(PRIVATE_A.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(as(LEAD).remove(OF_PRIVATE.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(as(ADMIN).remove('l-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await tablesText(db, TABLES)).toEqual(before);
    });
  });
});
