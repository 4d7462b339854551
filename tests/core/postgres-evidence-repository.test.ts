// A hire's evidence log on the team server, on PGlite and on a real PostgreSQL server: the SQLite
// evidence repository's answers for the same entries (latest first), then isolation: another
// manager's evidence answers as if absent and refuses writes; a lead reads the shared hire's
// evidence text only and changes nothing.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceEntry } from '@shared/evidence/schema';
import { createEvidenceRepository } from '../../src/main/core/evidence/repository';
import { createPostgresEvidenceRepository } from '../../src/main/server/repositories/evidence';
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

const entry = (
  id: string,
  hireId: string,
  notedOn: string,
  changes: Partial<EvidenceEntry> = {},
): EvidenceEntry => ({
  id,
  hireId,
  competencyId: 'discovery',
  notedOn,
  source: 'manager',
  sourceName: '',
  text: `Evidence ${id}: ran the “pricing” interviews`,
  createdAt: '2028-02-29T09:00:00.000Z',
  ...changes,
});

// Same day (ordered by creation, latest first, then by id), a stakeholder's, the leap day.
const OF_SHARED = [
  entry('e-2', SHARED_A.id, '2028-02-29'),
  entry('e-1', SHARED_A.id, '2028-02-29'),
  entry('e-3', SHARED_A.id, '2028-02-29', {
    createdAt: '2028-02-29T10:00:00.000Z',
    competencyId: 'delivery',
  }),
  entry('e-0', SHARED_A.id, '2028-01-10', { source: 'stakeholder', sourceName: 'Priya, design lead' }),
  entry('e-4', SHARED_A.id, '2028-03-01', { source: 'hire' }),
];
const OF_PRIVATE = entry('ep-1', PRIVATE_A.id, '2028-02-29');
const OF_B = entry('eb-1', HIRE_B.id, '2028-02-29');
const TABLES = ['evidence_entries'];

describeOnPostgres('evidence repository', (target) => {
  const databases = teamDatabases(target);
  afterAll(() => databases.close());
  let db: TestDatabase;
  beforeEach(async () => {
    db = await databases.open();
  }, 120_000);

  const as = (actor: typeof MANAGER_A) => createPostgresEvidenceRepository(scopeOf(db, actor));

  it('answers get and list as SQLite does, before and after a removal', async () => {
    const sqliteDb = sqliteDatabase();
    await seedTeam(db, sqliteDb);
    const sqlite = createEvidenceRepository(sqliteDb);
    for (const each of [...OF_SHARED, OF_PRIVATE]) {
      sqlite.insert(each);
      await as(MANAGER_A).insert(each);
    }
    const compare = async () => {
      for (const hireId of [SHARED_A.id, PRIVATE_A.id, 'nobody']) {
        expect(await as(MANAGER_A).list(hireId)).toEqual(sqlite.list(hireId));
      }
      for (const { id } of [...OF_SHARED, OF_PRIVATE, { id: 'nobody' }]) {
        expect(await as(MANAGER_A).get(id)).toEqual(sqlite.get(id));
      }
    };
    await compare();
    expect(sqlite.list(SHARED_A.id).map((e) => e.id)).toEqual(['e-4', 'e-3', 'e-1', 'e-2', 'e-0']);
    sqlite.remove('e-1');
    await as(MANAGER_A).remove('e-1');
    await compare();
  });

  describe('who sees and changes what', () => {
    beforeEach(async () => {
      await seedTeam(db);
      for (const each of [...OF_SHARED, OF_PRIVATE]) await as(MANAGER_A).insert(each);
      await as(MANAGER_B).insert(OF_B);
    });

    it("a manager reads none of another manager's evidence, and their writes there are NOT_FOUND", async () => {
      expect(await as(MANAGER_A).get(OF_B.id)).toBeUndefined();
      expect(await as(MANAGER_A).list(HIRE_B.id)).toEqual([]);
      expect(await as(MANAGER_B).list(SHARED_A.id)).toEqual([]);
      const before = await tablesText(db, TABLES);
      await expect(as(MANAGER_A).insert(entry('new', HIRE_B.id, '2028-03-01'))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(MANAGER_A).remove(OF_B.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(as(MANAGER_A).remove('nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await tablesText(db, TABLES)).toEqual(before);
      expect(await as(MANAGER_B).list(HIRE_B.id)).toEqual([OF_B]);
    });

    it("a lead reads the shared hire's evidence only and changes nothing", async () => {
      const before = await tablesText(db, TABLES);
      expect(await as(LEAD).list(SHARED_A.id)).toEqual(await as(MANAGER_A).list(SHARED_A.id));
      expect(await as(LEAD).get('e-0')).toEqual(OF_SHARED[3]);
      for (const actor of [LEAD, OTHER_LEAD, ADMIN]) {
        expect(await as(actor).get(OF_PRIVATE.id)).toBeUndefined();
        expect(await as(actor).list(PRIVATE_A.id)).toEqual([]);
      }
      expect(await as(OTHER_LEAD).list(SHARED_A.id)).toEqual([]);
      await expect(as(LEAD).insert(entry('new', SHARED_A.id, '2028-03-01'))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(as(LEAD).remove('e-0')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(as(LEAD).insert(entry('new', PRIVATE_A.id, '2028-03-01'))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(LEAD).remove(OF_PRIVATE.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(as(ADMIN).remove('e-0')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await tablesText(db, TABLES)).toEqual(before);
    });
  });
});
