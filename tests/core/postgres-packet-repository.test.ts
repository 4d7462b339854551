// The packets shared with each hire, on the team server, on PGlite and on a real PostgreSQL server:
// the SQLite packet repository's answers for the same versions, then isolation: another manager's
// packets answer as if absent and refuse writes; a lead reads the shared hire's only.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createPacketRepository, type SharedPacket } from '../../src/main/core/packet/repository';
import { createPostgresPacketRepository } from '../../src/main/server/repositories/packet';
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

const packet = (id: string, hireId: string, version: number): SharedPacket => ({
  id,
  hireId,
  version,
  createdAt: `2028-02-${String(20 + version).padStart(2, '0')}T09:00:00.000Z`,
});

// Written out of version order: latest is the highest version, not the last written.
const OF_SHARED = [
  packet('p-1', SHARED_A.id, 1),
  packet('p-3', SHARED_A.id, 3),
  packet('p-2', SHARED_A.id, 2),
];
const OF_PRIVATE = packet('pp-1', PRIVATE_A.id, 1);
const OF_B = packet('pb-1', HIRE_B.id, 1);
const TABLES = ['hire_packets'];

describeOnPostgres('packet repository', (target) => {
  const databases = teamDatabases(target);
  afterAll(() => databases.close());
  let db: TestDatabase;
  beforeEach(async () => {
    db = await databases.open();
  }, 120_000);

  const as = (actor: typeof MANAGER_A) => createPostgresPacketRepository(scopeOf(db, actor));

  it('answers get and latest as SQLite does', async () => {
    const sqliteDb = sqliteDatabase();
    await seedTeam(db, sqliteDb);
    const sqlite = createPacketRepository(sqliteDb);
    for (const hireId of [SHARED_A.id, PRIVATE_A.id]) {
      expect(await as(MANAGER_A).latest(hireId)).toEqual(sqlite.latest(hireId));
    }
    for (const each of [...OF_SHARED, OF_PRIVATE]) {
      sqlite.insert(each);
      await as(MANAGER_A).insert(each);
    }
    for (const hireId of [SHARED_A.id, PRIVATE_A.id, 'nobody']) {
      expect(await as(MANAGER_A).latest(hireId)).toEqual(sqlite.latest(hireId));
    }
    for (const { id } of [...OF_SHARED, OF_PRIVATE, { id: 'nobody' }]) {
      expect(await as(MANAGER_A).get(id)).toEqual(sqlite.get(id));
    }
    expect((await as(MANAGER_A).latest(SHARED_A.id))?.id).toBe('p-3');
  });

  describe('who sees and changes what', () => {
    beforeEach(async () => {
      await seedTeam(db);
      for (const each of [...OF_SHARED, OF_PRIVATE]) await as(MANAGER_A).insert(each);
      await as(MANAGER_B).insert(OF_B);
    });

    it("a manager reads none of another manager's packets, and cannot add one there", async () => {
      expect(await as(MANAGER_A).get(OF_B.id)).toBeUndefined();
      expect(await as(MANAGER_A).latest(HIRE_B.id)).toBeUndefined();
      expect(await as(MANAGER_B).latest(SHARED_A.id)).toBeUndefined();
      const before = await tablesText(db, TABLES);
      await expect(as(MANAGER_A).insert(packet('new', HIRE_B.id, 2))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await tablesText(db, TABLES)).toEqual(before);
      expect(await as(MANAGER_B).latest(HIRE_B.id)).toEqual(OF_B);
    });

    it("a lead reads the shared hire's packets only and adds none", async () => {
      const before = await tablesText(db, TABLES);
      expect(await as(LEAD).latest(SHARED_A.id)).toEqual(OF_SHARED[1]);
      expect(await as(LEAD).get('p-1')).toEqual(OF_SHARED[0]);
      for (const actor of [LEAD, OTHER_LEAD, ADMIN]) {
        expect(await as(actor).get(OF_PRIVATE.id)).toBeUndefined();
        expect(await as(actor).latest(PRIVATE_A.id)).toBeUndefined();
      }
      expect(await as(OTHER_LEAD).latest(SHARED_A.id)).toBeUndefined();
      await expect(as(LEAD).insert(packet('new', SHARED_A.id, 4))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(as(LEAD).insert(packet('new', PRIVATE_A.id, 2))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(ADMIN).insert(packet('new', SHARED_A.id, 4))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await tablesText(db, TABLES)).toEqual(before);
    });
  });
});
