// Assessments and ratings on the team server, on PGlite and on a real PostgreSQL server: the SQLite
// repository's answers for the same rows (newest first, ties by creation and id; ratings by
// competency), then isolation: another manager's assessments answer as if absent and refuse writes,
// a lead reads the ratings of the hire shared with them only, and changes nothing.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@shared/assessments/schema';
import { createAssessmentRepository } from '../../src/main/core/assessments/repository';
import { createPostgresAssessmentRepository } from '../../src/main/server/repositories/assessments';
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
  countingScope,
  scopeOf,
  seedTeam,
  sqliteDatabase,
  tablesText,
  teamDatabases,
} from '../support/team-repositories';

const assessment = (id: string, hireId: string, changes: Partial<Assessment> = {}): Assessment => ({
  id,
  hireId,
  roleId: 'product-manager',
  assessedOn: '2028-02-29',
  assessor: 'manager',
  note: `Note of ${id}`,
  ratings: [
    { competencyId: 'productivity', level: 2, evidence: 'Shipped the "beta" ✓' },
    { competencyId: 'product-sense', level: 1, evidence: '' },
    { competencyId: 'discovery', level: 3, evidence: 'Ran 12 interviews' },
  ],
  correctsId: null,
  correctionReason: null,
  correctedById: null,
  createdAt: '2028-02-29T09:00:00.000Z',
  ...changes,
});

// Same day and instant (ties by id), an older day, a later creation, one without ratings.
const OF_SHARED = [
  assessment('as-2', SHARED_A.id),
  assessment('as-1', SHARED_A.id),
  assessment('as-0', SHARED_A.id, { assessedOn: '2028-01-15', assessor: 'self' }),
  assessment('as-3', SHARED_A.id, { createdAt: '2028-02-29T10:00:00.000Z', ratings: [] }),
];
const CORRECTION = assessment('as-4', SHARED_A.id, {
  correctsId: 'as-1',
  correctionReason: 'Rated the wrong role',
  createdAt: '2028-03-01T09:00:00.000Z',
});
const OF_PRIVATE = assessment('ap-1', PRIVATE_A.id);
const OF_B = assessment('ab-1', HIRE_B.id);
const TABLES = ['assessments', 'assessment_ratings'];

describeOnPostgres('assessment repository', (target) => {
  const databases = teamDatabases(target);
  afterAll(() => databases.close());
  let db: TestDatabase;
  beforeEach(async () => {
    db = await databases.open();
  }, 120_000);

  const as = (actor: typeof MANAGER_A) => createPostgresAssessmentRepository(scopeOf(db, actor));

  it('answers get and listForHire as SQLite does, before and after a correction', async () => {
    const sqliteDb = sqliteDatabase();
    await seedTeam(db, sqliteDb);
    const sqlite = createAssessmentRepository(sqliteDb);
    for (const each of [...OF_SHARED, OF_PRIVATE]) {
      sqlite.insert(each);
      await as(MANAGER_A).insert(each);
    }
    const compare = async () => {
      for (const hireId of [SHARED_A.id, PRIVATE_A.id, 'nobody']) {
        expect(await as(MANAGER_A).listForHire(hireId)).toEqual(sqlite.listForHire(hireId));
      }
      for (const id of ['as-0', 'as-1', 'as-2', 'as-3', 'as-4', 'ap-1', 'nobody']) {
        expect(await as(MANAGER_A).get(id)).toEqual(sqlite.get(id));
      }
    };
    await compare();
    expect(sqlite.listForHire(SHARED_A.id).map((a) => a.id)).toEqual(['as-3', 'as-2', 'as-1', 'as-0']);
    sqlite.insert(CORRECTION);
    sqlite.markCorrected('as-1', CORRECTION.id);
    await as(MANAGER_A).insert(CORRECTION);
    await as(MANAGER_A).markCorrected('as-1', CORRECTION.id);
    await compare();
    expect((await as(MANAGER_A).get('as-1'))?.correctedById).toBe(CORRECTION.id);
  });

  it('reads a hire with any number of assessments, their ratings with them, in one statement', async () => {
    await seedTeam(db);
    const statementsFor = async (read: (repo: ReturnType<typeof as>) => Promise<unknown>) => {
      const counting = countingScope(db, MANAGER_A);
      await read(createPostgresAssessmentRepository(counting.scope));
      return counting.statements();
    };
    expect(await statementsFor((repo) => repo.listForHire(SHARED_A.id))).toBe(1);
    await as(MANAGER_A).insert(OF_SHARED[0]!);
    expect(await statementsFor((repo) => repo.listForHire(SHARED_A.id))).toBe(1);
    for (const each of OF_SHARED.slice(1)) await as(MANAGER_A).insert(each);
    expect(await statementsFor((repo) => repo.listForHire(SHARED_A.id))).toBe(1);
    expect(await statementsFor((repo) => repo.get('as-1'))).toBe(1);
  });

  it("forgets the hire's dashboard summary on every write, as SQLite's triggers do", async () => {
    const sqliteDb = sqliteDatabase();
    await seedTeam(db, sqliteDb);
    const sqlite = createAssessmentRepository(sqliteDb);
    const summarise = async (hireId: string) => {
      const row = `INSERT INTO hire_summaries (hire_id, planned_due, planned_kinds, done_due, scheduled, action_due)
        VALUES ('${hireId}', '', '', '', '', '')`;
      sqliteDb.exec(row);
      await db.exec(row);
    };
    const summarised = async () => ({
      postgres: (await db.query<{ hire_id: string }>('SELECT hire_id FROM hire_summaries')).map(
        (r) => r.hire_id,
      ),
      sqlite: sqliteDb
        .prepare<[], { hire_id: string }>('SELECT hire_id FROM hire_summaries')
        .all()
        .map((r) => r.hire_id),
    });
    await summarise(SHARED_A.id);
    await summarise(PRIVATE_A.id);
    const original = assessment('as-1', SHARED_A.id);
    sqlite.insert(original);
    await as(MANAGER_A).insert(original);
    expect(await summarised()).toEqual({ postgres: [PRIVATE_A.id], sqlite: [PRIVATE_A.id] });
    const correction = { ...CORRECTION, id: 'as-2' };
    sqlite.insert(correction);
    await as(MANAGER_A).insert(correction);
    await summarise(SHARED_A.id);
    sqlite.markCorrected('as-1', 'as-2');
    await as(MANAGER_A).markCorrected('as-1', 'as-2');
    expect(await summarised()).toEqual({ postgres: [PRIVATE_A.id], sqlite: [PRIVATE_A.id] });
  });

  describe('who sees and changes what', () => {
    beforeEach(async () => {
      await seedTeam(db);
      for (const each of OF_SHARED) await as(MANAGER_A).insert(each);
      await as(MANAGER_A).insert(OF_PRIVATE);
      await as(MANAGER_B).insert(OF_B);
    });

    it("a manager reads none of another manager's assessments or ratings", async () => {
      expect(await as(MANAGER_A).get(OF_B.id)).toBeUndefined();
      expect(await as(MANAGER_A).listForHire(HIRE_B.id)).toEqual([]);
      expect(await as(MANAGER_B).get('as-1')).toBeUndefined();
      expect(await as(MANAGER_B).listForHire(SHARED_A.id)).toEqual([]);
      expect((await as(MANAGER_B).get(OF_B.id))?.ratings).toHaveLength(3);
    });

    it("a manager's writes under another manager's hire are NOT_FOUND and change nothing", async () => {
      const before = await tablesText(db, TABLES);
      const seenByB = await as(MANAGER_B).get(OF_B.id);
      const attempts = [
        () => as(MANAGER_A).insert(assessment('new-1', HIRE_B.id)),
        () => as(MANAGER_A).markCorrected(OF_B.id, 'as-1'),
        () => as(MANAGER_A).markCorrected('as-1', OF_B.id),
        // A correction of B's assessment filed under A's own hire.
        () => as(MANAGER_A).insert(assessment('new-2', SHARED_A.id, { correctsId: OF_B.id })),
        () => as(MANAGER_A).insert(assessment('new-3', 'nobody')),
        () => as(MANAGER_A).markCorrected('nobody', 'as-2'),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await tablesText(db, TABLES)).toEqual(before);
      expect(await as(MANAGER_B).get(OF_B.id)).toEqual(seenByB);
      expect(seenByB?.note).toBe(OF_B.note);
    });

    it('a lead reads the shared hire’s assessments and ratings only, and changes nothing', async () => {
      const before = await tablesText(db, TABLES);
      expect(await as(LEAD).listForHire(SHARED_A.id)).toEqual(await as(MANAGER_A).listForHire(SHARED_A.id));
      expect((await as(LEAD).get('as-1'))?.ratings).toHaveLength(3);
      for (const actor of [LEAD, OTHER_LEAD, ADMIN]) {
        expect(await as(actor).get(OF_PRIVATE.id)).toBeUndefined();
        expect(await as(actor).listForHire(PRIVATE_A.id)).toEqual([]);
        expect(await as(actor).get(OF_B.id)).toBeUndefined();
      }
      expect(await as(OTHER_LEAD).listForHire(SHARED_A.id)).toEqual([]);
      await expect(as(LEAD).insert(assessment('new-1', SHARED_A.id))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(as(LEAD).markCorrected('as-1', 'as-2')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(as(LEAD).insert(assessment('new-2', PRIVATE_A.id))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(LEAD).markCorrected(OF_PRIVATE.id, 'as-2')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      await expect(as(ADMIN).insert(assessment('new-3', SHARED_A.id))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await tablesText(db, TABLES)).toEqual(before);
    });
  });
});
