// The shared role framework on the team server, on PGlite and on a real PostgreSQL server: the SQLite
// repository's answers for the same saves and deletes, usage counted across every manager's hires,
// read by everyone signed in and changed only by an HR/L&D lead.
import { afterAll, beforeEach, expect, it } from 'vitest';
import type { Activity, Competency, Role } from '@shared/framework/types';
import { createFrameworkRepository } from '../../src/main/core/framework/repository';
import { createPostgresFrameworkRepository } from '../../src/main/server/repositories/framework';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import {
  ADMIN,
  LEAD,
  MANAGER_A,
  MANAGER_B,
  countingScope,
  hireNamed,
  insertHires,
  scopeOf,
  sqliteDatabase,
  tableText,
  teamDatabases,
} from '../support/team-repositories';

const AT = '2028-02-29T09:00:00.000Z';
const LATER = '2028-03-01T09:00:00.000Z';
const LEVELS: Competency['levels'] = ['none', 'aware', 'able', 'strong', 'leads'];

// Ids whose order differs between a byte order and a locale's (the hyphen).
const competency = (id: string, name: string): Competency => ({
  id,
  areaId: 'product',
  name,
  summary: `${name}, in short`,
  levels: LEVELS,
  builtIn: false,
});
const activity = (id: string, competencyId: string, title: string): Activity => ({
  id,
  competencyId,
  fromLevel: 1,
  title,
  description: 'Do it',
  withWhom: 'A peer',
  evidence: 'It shows',
  kind: 'experience',
  effortHours: 2.5,
  builtIn: false,
});
const role = (id: string, name: string, expectations: Role['expectations']): Role => ({
  id,
  name,
  summary: `${name}, in short`,
  judgedOn: 'outcomes',
  successMeasures: 'adoption',
  habitsToRelease: 'owning every answer',
  basedOn: id === 'growth-pm' ? 'product-manager' : null,
  expectations,
  builtIn: false,
});

const SENSE = competency('product-sense', 'Product sense');
const PRODUCTIVITY = competency('productivity', 'Productivity');
const SENSE_ACTIVITIES = [activity('a-2', SENSE.id, 'Second'), activity('a-1', SENSE.id, 'First')];
const PRODUCTIVITY_ACTIVITIES = [activity('b-1', PRODUCTIVITY.id, 'Only')];
const ROLES = [
  role('growth-pm', 'growth PM', {
    [SENSE.id]: { level: 3, weight: 2 },
    [PRODUCTIVITY.id]: { level: 2, weight: 1 },
  }),
  role('data-pm', 'Data PM', { [SENSE.id]: { level: 2, weight: 3 } }),
  role('b-data-pm', 'data pm', {}),
];

const TABLES = ['custom_competencies', 'custom_activities', 'custom_roles', 'custom_role_expectations'];

describeOnPostgres('framework repository', (target) => {
  const databases = teamDatabases(target);
  afterAll(() => databases.close());
  let db: TestDatabase;
  beforeEach(async () => {
    db = await databases.open();
  }, 120_000);

  const as = (actor: typeof MANAGER_A) => createPostgresFrameworkRepository(scopeOf(db, actor));

  it('loads what SQLite loads after the same saves and deletes', async () => {
    const sqlite = createFrameworkRepository(sqliteDatabase());
    const postgres = as(LEAD);
    const both = async (step: (repo: Pick<typeof sqlite, keyof typeof sqlite>) => unknown) => {
      step(sqlite);
      await step(postgres as never);
      expect(await postgres.load()).toEqual(sqlite.load());
    };
    expect(await postgres.load()).toEqual(sqlite.load());
    await both((repo) => repo.saveCompetency(SENSE, SENSE_ACTIVITIES, AT));
    await both((repo) => repo.saveCompetency(PRODUCTIVITY, PRODUCTIVITY_ACTIVITIES, AT));
    for (const each of ROLES) await both((repo) => repo.saveRole(each, AT));
    const sqliteLoaded = sqlite.load();
    expect(sqliteLoaded.activities.map((a) => a.id)).toEqual(['a-2', 'a-1', 'b-1']);
    expect(sqliteLoaded.roles.map((r) => r.id)).toEqual(['b-data-pm', 'data-pm', 'growth-pm']);
    await both((repo) =>
      repo.saveCompetency(
        { ...SENSE, name: 'Sense', levels: ['0', '1', '2', '3', '4'] },
        [SENSE_ACTIVITIES[1]!],
        LATER,
      ),
    );
    await both((repo) => repo.saveRole({ ...ROLES[0]!, name: 'Growth', expectations: {} }, LATER));
    await both((repo) => repo.saveCompetency(PRODUCTIVITY, [], LATER));
    await both((repo) => repo.deleteCompetency(SENSE.id));
    await both((repo) => repo.deleteRole('data-pm'));
    expect(
      await db.query('SELECT created_at, updated_at FROM custom_roles WHERE id = $1', ['growth-pm']),
    ).toEqual([{ created_at: AT, updated_at: LATER }]);
  });

  it("counts every manager's hires and ratings that use a role or competency, as SQLite counts them", async () => {
    const sqliteDb = sqliteDatabase();
    const sqlite = createFrameworkRepository(sqliteDb);
    const hires = [
      hireNamed('h-1', 'Ada', { targetRoleId: 'growth-pm' }),
      hireNamed('h-2', 'Bea', { currentRoleId: 'growth-pm', targetRoleId: 'growth-pm' }),
      hireNamed('h-3', 'Cy'),
    ];
    const insertHire = sqliteDb.prepare(
      `INSERT INTO hires (id, name, current_role_id, target_role_id, start_date, notes, status, created_at, updated_at)
       VALUES (@id, @name, @currentRoleId, @targetRoleId, @startDate, @notes, @status, @createdAt, @updatedAt)`,
    );
    for (const hire of hires) insertHire.run(hire);
    await insertHires(db, MANAGER_A.id, hires.slice(0, 1));
    await insertHires(db, MANAGER_B.id, hires.slice(1));
    const rows = `
      INSERT INTO assessments (id, hire_id, role_id, assessed_on, assessor, note, created_at)
        VALUES ('as-1', 'h-1', 'growth-pm', '2028-02-29', 'manager', '', '${AT}'),
               ('as-2', 'h-2', 'growth-pm', '2028-02-29', 'manager', '', '${AT}');
      INSERT INTO assessment_ratings (assessment_id, competency_id, level, evidence)
        VALUES ('as-1', 'product-sense', 2, ''), ('as-2', 'product-sense', 3, ''), ('as-2', 'productivity', 1, '');
      INSERT INTO check_ins (id, hire_id, scheduled_on, origin, created_at, updated_at)
        VALUES ('ci-1', 'h-3', '2028-03-01', 'manager', '${AT}', '${AT}');
      INSERT INTO check_in_pulses (check_in_id, competency_id, confidence) VALUES ('ci-1', 'product-sense', 4);`;
    sqliteDb.exec(rows);
    await db.exec(rows);
    for (const actor of [LEAD, MANAGER_A]) {
      for (const id of ['growth-pm', 'product-manager', 'project-manager', 'nobody']) {
        expect(await as(actor).hiresUsingRole(id)).toBe(sqlite.hiresUsingRole(id));
      }
      for (const id of ['product-sense', 'productivity', 'nobody']) {
        expect(await as(actor).ratingsOfCompetency(id)).toEqual(sqlite.ratingsOfCompetency(id));
      }
    }
    expect(await as(LEAD).hiresUsingRole('growth-pm')).toBe(2);
    expect(await as(LEAD).ratingsOfCompetency('product-sense')).toEqual({ assessments: 2, checkIns: 1 });
  });

  it('loads and saves in a fixed number of statements, whatever the number of entries', async () => {
    const counting = countingScope(db, LEAD);
    const repo = createPostgresFrameworkRepository(counting.scope);
    const many = Array.from({ length: 12 }, (_, i) => activity(`m-${i}`, SENSE.id, `Step ${i}`));
    await repo.saveCompetency(SENSE, many, AT);
    expect(counting.statements()).toBe(3);
    await repo.saveRole(ROLES[0]!, AT);
    expect(counting.statements()).toBe(6);
    // The four custom tables in one statement.
    await repo.load();
    expect(counting.statements()).toBe(7);
  });

  it('everyone reads the framework; only an HR/L&D lead changes it', async () => {
    await as(LEAD).saveCompetency(SENSE, SENSE_ACTIVITIES, AT);
    for (const each of ROLES) await as(LEAD).saveRole(each, AT);
    const loaded = await as(LEAD).load();
    const before = await Promise.all(TABLES.map((table) => tableText(db, table)));
    for (const actor of [MANAGER_A, ADMIN]) {
      expect(await as(actor).load()).toEqual(loaded);
      const refused = [
        as(actor).saveCompetency({ ...SENSE, name: 'Mine' }, [], LATER),
        as(actor).saveCompetency(PRODUCTIVITY, PRODUCTIVITY_ACTIVITIES, LATER),
        as(actor).deleteCompetency(SENSE.id),
        as(actor).saveRole({ ...ROLES[0]!, name: 'Mine' }, LATER),
        as(actor).deleteRole(ROLES[1]!.id),
      ];
      for (const attempt of refused) await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await Promise.all(TABLES.map((table) => tableText(db, table)))).toEqual(before);
  });
});
