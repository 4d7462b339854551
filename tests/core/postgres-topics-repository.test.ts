// Topics for the one-on-ones on the team server, on PGlite and on a real PostgreSQL server: the SQLite
// topic repository's answers for the same rows (open ones oldest first, then closed ones latest first),
// then isolation: another manager's topics answer as if absent and refuse writes; a lead reads the
// shared hire's only and closes none.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Topic } from '@shared/topics/schema';
import { createTopicRepository } from '../../src/main/core/topics/repository';
import { createPostgresTopicRepository } from '../../src/main/server/repositories/topics';
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

const topic = (id: string, hireId: string, createdAt: string, changes: Partial<Topic> = {}): Topic => ({
  id,
  hireId,
  text: `Talk about ${id}`,
  addedBy: 'manager',
  status: 'open',
  closedOn: null,
  createdAt,
  ...changes,
});

// Added in id order when created at the same instant: PostgreSQL has no rowid to keep the order
// they were added in, and falls back to the id (see topics.ts).
const OF_SHARED = [
  topic('t-3', SHARED_A.id, '2028-02-03T09:00:00.000Z', { addedBy: 'hire' }),
  topic('t-1', SHARED_A.id, '2028-02-01T09:00:00.000Z'),
  topic('t-2', SHARED_A.id, '2028-02-01T09:00:00.000Z'),
  topic('t-4', SHARED_A.id, '2028-02-04T09:00:00.000Z'),
  topic('t-5', SHARED_A.id, '2028-02-05T09:00:00.000Z'),
  topic('t-6', SHARED_A.id, '2028-02-06T09:00:00.000Z'),
];
const OF_PRIVATE = topic('tp-1', PRIVATE_A.id, '2028-02-01T09:00:00.000Z');
const OF_B = topic('tb-1', HIRE_B.id, '2028-02-01T09:00:00.000Z');
const TABLES = ['hire_topics'];

describeOnPostgres('topic repository', (target) => {
  const databases = teamDatabases(target);
  afterAll(() => databases.close());
  let db: TestDatabase;
  beforeEach(async () => {
    db = await databases.open();
  }, 120_000);

  const as = (actor: typeof MANAGER_A) => createPostgresTopicRepository(scopeOf(db, actor));

  it('answers get and list (open, all) as SQLite does, as topics are discussed and dropped', async () => {
    const sqliteDb = sqliteDatabase();
    await seedTeam(db, sqliteDb);
    const sqlite = createTopicRepository(sqliteDb);
    for (const each of [...OF_SHARED, OF_PRIVATE]) {
      sqlite.insert(each);
      await as(MANAGER_A).insert(each);
    }
    const compare = async () => {
      for (const hireId of [SHARED_A.id, PRIVATE_A.id, 'nobody']) {
        for (const which of ['open', 'all'] as const) {
          expect(await as(MANAGER_A).list(hireId, which)).toEqual(sqlite.list(hireId, which));
        }
      }
      for (const { id } of [...OF_SHARED, OF_PRIVATE, { id: 'nobody' }]) {
        expect(await as(MANAGER_A).get(id)).toEqual(sqlite.get(id));
      }
    };
    await compare();
    const closes: [string, 'discussed' | 'dropped', string][] = [
      ['t-4', 'discussed', '2028-02-29'],
      ['t-2', 'dropped', '2028-02-29'],
      ['t-5', 'discussed', '2028-03-01'],
    ];
    for (const [id, status, on] of closes) {
      sqlite.close(id, status, on);
      await as(MANAGER_A).close(id, status, on);
      await compare();
    }
    expect(sqlite.list(SHARED_A.id, 'all').map((t) => t.id)).toEqual([
      't-1',
      't-3',
      't-6',
      't-5',
      't-4',
      't-2',
    ]);
  });

  describe('who sees and changes what', () => {
    beforeEach(async () => {
      await seedTeam(db);
      for (const each of [...OF_SHARED, OF_PRIVATE]) await as(MANAGER_A).insert(each);
      await as(MANAGER_B).insert(OF_B);
    });

    it("a manager reads none of another manager's topics, and their writes there are NOT_FOUND", async () => {
      expect(await as(MANAGER_A).get(OF_B.id)).toBeUndefined();
      expect(await as(MANAGER_A).list(HIRE_B.id, 'all')).toEqual([]);
      expect(await as(MANAGER_B).list(SHARED_A.id, 'open')).toEqual([]);
      const before = await tablesText(db, TABLES);
      await expect(
        as(MANAGER_A).insert(topic('new', HIRE_B.id, '2028-03-01T09:00:00.000Z')),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(MANAGER_A).close(OF_B.id, 'dropped', '2028-03-01')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(MANAGER_A).close('nobody', 'dropped', '2028-03-01')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await tablesText(db, TABLES)).toEqual(before);
      expect(await as(MANAGER_B).list(HIRE_B.id, 'all')).toEqual([OF_B]);
    });

    it("a lead reads the shared hire's topics only and changes nothing", async () => {
      const before = await tablesText(db, TABLES);
      expect(await as(LEAD).list(SHARED_A.id, 'all')).toEqual(await as(MANAGER_A).list(SHARED_A.id, 'all'));
      expect(await as(LEAD).get('t-1')).toEqual(OF_SHARED[1]);
      for (const actor of [LEAD, OTHER_LEAD, ADMIN]) {
        expect(await as(actor).get(OF_PRIVATE.id)).toBeUndefined();
        expect(await as(actor).list(PRIVATE_A.id, 'all')).toEqual([]);
      }
      expect(await as(OTHER_LEAD).list(SHARED_A.id, 'all')).toEqual([]);
      const added = (hireId: string) => topic('new', hireId, '2028-03-01T09:00:00.000Z');
      await expect(as(LEAD).insert(added(SHARED_A.id))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(as(LEAD).close('t-1', 'dropped', '2028-03-01')).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(as(LEAD).insert(added(PRIVATE_A.id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(as(LEAD).close(OF_PRIVATE.id, 'dropped', '2028-03-01')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(ADMIN).close('t-1', 'dropped', '2028-03-01')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await tablesText(db, TABLES)).toEqual(before);
    });
  });
});
