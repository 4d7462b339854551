// The custom role framework on the team server: competencies, their activities and roles, shared by
// everyone on the server. Everyone signed in reads it; only an HR/L&D lead changes it (policy.ts:
// framework), anyone else is refused with FORBIDDEN.
import type { Activity, Competency, Expectation, Role } from '@shared/framework/types';
import { AppError } from '../../core/errors';
import type { FrameworkRepository, CustomEntries } from '../../core/framework/repository';
import type { AsyncRepository } from './async-repository';
import { valuesList } from './hire-content';
import type { RepositoryScope } from './scope';

type ActivityRow = Omit<Activity, 'builtIn'> & { position: number };
type CompetencyRow = Omit<Competency, 'builtIn' | 'levels'> & { levels: string };
type RoleRow = Omit<Role, 'builtIn' | 'expectations'>;
interface ExpectationRow extends Expectation {
  roleId: string;
  competencyId: string;
}

const ACTIVITY_COLUMNS = 10;

/** Ids compared as SQLite compares text (by code unit), whatever the database's collation. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `rows` of `table` (aliased x) as one JSON array of objects with `fields`, in `order`. */
const jsonList = (table: string, fields: Record<string, string>, order: string) =>
  `(SELECT coalesce(json_agg(json_build_object(${Object.entries(fields)
    .map(([name, column]) => `'${name}', x.${column}`)
    .join(', ')}) ORDER BY ${order}), '[]') FROM ${table} x)`;

/** The four custom tables in one statement: every dashboard and hire's page reads them. */
const CUSTOM_ENTRIES = `SELECT
  ${jsonList(
    'custom_activities',
    {
      id: 'id',
      competencyId: 'competency_id',
      position: 'position',
      fromLevel: 'from_level',
      title: 'title',
      description: 'description',
      withWhom: 'with_whom',
      evidence: 'evidence',
      kind: 'kind',
      effortHours: 'effort_hours',
    },
    'x.competency_id, x.position',
  )} AS activities,
  ${jsonList(
    'custom_competencies',
    { id: 'id', areaId: 'area_id', name: 'name', summary: 'summary', levels: 'levels' },
    'x.created_at, x.id',
  )} AS competencies,
  ${jsonList(
    'custom_roles',
    {
      id: 'id',
      name: 'name',
      summary: 'summary',
      judgedOn: 'judged_on',
      successMeasures: 'success_measures',
      habitsToRelease: 'habits_to_release',
      basedOn: 'based_on',
    },
    'lower(x.name), x.id',
  )} AS roles,
  ${jsonList(
    'custom_role_expectations',
    { roleId: 'role_id', competencyId: 'competency_id', level: 'level', weight: 'weight' },
    'x.role_id, x.competency_id',
  )} AS expectations`;

async function loadEntries({ sql }: RepositoryScope): Promise<CustomEntries> {
  const [row] = await sql.query<{
    activities: ActivityRow[];
    competencies: CompetencyRow[];
    roles: RoleRow[];
    expectations: ExpectationRow[];
  }>(CUSTOM_ENTRIES);
  const activityRows = row?.activities ?? [];
  const competencyRows = row?.competencies ?? [];
  const roleRows = row?.roles ?? [];
  const expectationRows = row?.expectations ?? [];
  // A stable sort keeps each competency's activities in position order.
  const activities = activityRows
    .sort((a, b) => byCode(a.competencyId, b.competencyId))
    .map(({ position: _position, ...activity }): Activity => ({ ...activity, builtIn: false }));
  const competencies = competencyRows.map((row): Competency => ({
    ...row,
    levels: JSON.parse(row.levels) as Competency['levels'],
    builtIn: false,
  }));
  const expectations = new Map<string, Record<string, Expectation>>();
  for (const { roleId, competencyId, level, weight } of expectationRows) {
    const forRole = expectations.get(roleId) ?? {};
    forRole[competencyId] = { level, weight };
    expectations.set(roleId, forRole);
  }
  const roles = roleRows.map((row): Role => ({
    ...row,
    expectations: expectations.get(row.id) ?? {},
    builtIn: false,
  }));
  return { competencies, activities, roles };
}

export function createPostgresFrameworkRepository(scope: RepositoryScope) {
  const { sql, actor } = scope;

  function requireLead(): void {
    if (actor.role !== 'hr') {
      throw new AppError('FORBIDDEN', `Your account (${actor.role}) may not change the role framework`);
    }
  }

  async function count(query: string, id: string): Promise<number> {
    const [row] = await sql.query<{ count: number }>(query, [id]);
    return row?.count ?? 0;
  }

  return {
    load: () => loadEntries(scope),

    async saveCompetency(competency: Competency, activities: Activity[], now: string): Promise<void> {
      requireLead();
      await sql.query(
        `INSERT INTO custom_competencies (id, area_id, name, summary, levels, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6)
         ON CONFLICT (id) DO UPDATE SET area_id = excluded.area_id, name = excluded.name, summary = excluded.summary,
           levels = excluded.levels, updated_at = excluded.updated_at`,
        [
          competency.id,
          competency.areaId,
          competency.name,
          competency.summary,
          JSON.stringify(competency.levels),
          now,
        ],
      );
      await sql.query('DELETE FROM custom_activities WHERE competency_id = $1', [competency.id]);
      if (activities.length === 0) return;
      await sql.query(
        `INSERT INTO custom_activities (id, competency_id, position, from_level, title, description, with_whom,
           evidence, kind, effort_hours)
         VALUES ${valuesList(activities.length, ACTIVITY_COLUMNS)}`,
        activities.flatMap((activity, position) => [
          activity.id,
          activity.competencyId,
          position,
          activity.fromLevel,
          activity.title,
          activity.description,
          activity.withWhom,
          activity.evidence,
          activity.kind,
          activity.effortHours,
        ]),
      );
    },

    async deleteCompetency(id: string): Promise<void> {
      requireLead();
      await sql.query('DELETE FROM custom_role_expectations WHERE competency_id = $1', [id]);
      await sql.query('DELETE FROM custom_competencies WHERE id = $1', [id]);
    },

    async saveRole(role: Role, now: string): Promise<void> {
      requireLead();
      await sql.query(
        `INSERT INTO custom_roles (id, name, summary, judged_on, success_measures, habits_to_release, based_on,
           created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, summary = excluded.summary, judged_on = excluded.judged_on,
           success_measures = excluded.success_measures, habits_to_release = excluded.habits_to_release,
           based_on = excluded.based_on, updated_at = excluded.updated_at`,
        [
          role.id,
          role.name,
          role.summary,
          role.judgedOn,
          role.successMeasures,
          role.habitsToRelease,
          role.basedOn,
          now,
        ],
      );
      await sql.query('DELETE FROM custom_role_expectations WHERE role_id = $1', [role.id]);
      const expectations = Object.entries(role.expectations);
      if (expectations.length === 0) return;
      await sql.query(
        `INSERT INTO custom_role_expectations (role_id, competency_id, level, weight)
         VALUES ${valuesList(expectations.length, 4)}`,
        expectations.flatMap(([competencyId, { level, weight }]) => [role.id, competencyId, level, weight]),
      );
    },

    async deleteRole(id: string): Promise<void> {
      requireLead();
      await sql.query('DELETE FROM custom_roles WHERE id = $1', [id]);
    },

    /**
     * Hires of every manager on the server in this role: a count, no names, because the framework is
     * shared and a role still in use by anyone must not be deleted.
     */
    hiresUsingRole: (id: string): Promise<number> =>
      count('SELECT count(*) AS count FROM hires WHERE current_role_id = $1 OR target_role_id = $1', id),

    /** Assessment and one-on-one confidence ratings given for a competency, server-wide (counts only). */
    async ratingsOfCompetency(id: string): Promise<{ assessments: number; checkIns: number }> {
      return {
        assessments: await count(
          'SELECT count(*) AS count FROM assessment_ratings WHERE competency_id = $1',
          id,
        ),
        checkIns: await count('SELECT count(*) AS count FROM check_in_pulses WHERE competency_id = $1', id),
      };
    },
  } satisfies AsyncRepository<FrameworkRepository>;
}

export type PostgresFrameworkRepository = ReturnType<typeof createPostgresFrameworkRepository>;
