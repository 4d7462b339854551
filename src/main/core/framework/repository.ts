// SQL for the manager's custom roles and competencies.
import type { Db } from '../db/connection';
import type { Awaitable, Synchronous } from '../awaitable';
import type { Activity, Competency, Expectation, Role } from '@shared/framework/types';

interface CompetencyRow {
  id: string;
  area_id: string;
  name: string;
  summary: string;
  levels: string;
}
interface ActivityRow {
  id: string;
  competency_id: string;
  from_level: number;
  title: string;
  description: string;
  with_whom: string;
  evidence: string;
  kind: Activity['kind'];
  effort_hours: number;
}
interface RoleRow {
  id: string;
  name: string;
  summary: string;
  judged_on: Role['judgedOn'];
  success_measures: string;
  habits_to_release: string;
  based_on: string | null;
}
interface ExpectationRow {
  role_id: string;
  competency_id: string;
  level: number;
  weight: number;
}

export interface CustomEntries {
  competencies: Competency[];
  activities: Activity[];
  roles: Role[];
}

/** The manager's custom framework entries, as every storage keeps them. */
export interface FrameworkRepository {
  load(): Awaitable<CustomEntries>;
  saveCompetency(competency: Competency, activities: Activity[], now: string): Awaitable<void>;
  deleteCompetency(id: string): Awaitable<void>;
  saveRole(role: Role, now: string): Awaitable<void>;
  deleteRole(id: string): Awaitable<void>;
  hiresUsingRole(id: string): Awaitable<number>;
  /** Assessment ratings and one-on-one confidence ratings given for a competency. */
  ratingsOfCompetency(id: string): Awaitable<{ assessments: number; checkIns: number }>;
}

export function createFrameworkRepository(db: Db): Synchronous<FrameworkRepository> {
  const s = {
    competencies: db.prepare<[], CompetencyRow>('SELECT * FROM custom_competencies ORDER BY created_at, id'),
    activities: db.prepare<[], ActivityRow>(
      'SELECT * FROM custom_activities ORDER BY competency_id, position',
    ),
    roles: db.prepare<[], RoleRow>('SELECT * FROM custom_roles ORDER BY name COLLATE NOCASE, id'),
    expectations: db.prepare<[], ExpectationRow>('SELECT * FROM custom_role_expectations'),
    upsertCompetency: db.prepare(
      `INSERT INTO custom_competencies (id, area_id, name, summary, levels, created_at, updated_at)
       VALUES (@id, @areaId, @name, @summary, @levels, @now, @now)
       ON CONFLICT (id) DO UPDATE SET area_id = excluded.area_id, name = excluded.name, summary = excluded.summary,
         levels = excluded.levels, updated_at = excluded.updated_at`,
    ),
    deleteActivities: db.prepare('DELETE FROM custom_activities WHERE competency_id = ?'),
    insertActivity: db.prepare(
      `INSERT INTO custom_activities (id, competency_id, position, from_level, title, description, with_whom, evidence, kind, effort_hours)
       VALUES (@id, @competencyId, @position, @fromLevel, @title, @description, @withWhom, @evidence, @kind, @effortHours)`,
    ),
    deleteCompetency: db.prepare('DELETE FROM custom_competencies WHERE id = ?'),
    deleteExpectationsFor: db.prepare('DELETE FROM custom_role_expectations WHERE competency_id = ?'),
    upsertRole: db.prepare(
      `INSERT INTO custom_roles (id, name, summary, judged_on, success_measures, habits_to_release, based_on, created_at, updated_at)
       VALUES (@id, @name, @summary, @judgedOn, @successMeasures, @habitsToRelease, @basedOn, @now, @now)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, summary = excluded.summary, judged_on = excluded.judged_on,
         success_measures = excluded.success_measures, habits_to_release = excluded.habits_to_release,
         based_on = excluded.based_on, updated_at = excluded.updated_at`,
    ),
    deleteRoleExpectations: db.prepare('DELETE FROM custom_role_expectations WHERE role_id = ?'),
    insertExpectation: db.prepare(
      'INSERT INTO custom_role_expectations (role_id, competency_id, level, weight) VALUES (?, ?, ?, ?)',
    ),
    deleteRole: db.prepare('DELETE FROM custom_roles WHERE id = ?'),
    hiresUsingRole: db.prepare<[string, string], { count: number }>(
      'SELECT count(*) AS count FROM hires WHERE current_role_id = ? OR target_role_id = ?',
    ),
    ratingsOfCompetency: db.prepare<[string], { count: number }>(
      'SELECT count(*) AS count FROM assessment_ratings WHERE competency_id = ?',
    ),
    pulsesOfCompetency: db.prepare<[string], { count: number }>(
      'SELECT count(*) AS count FROM check_in_pulses WHERE competency_id = ?',
    ),
  };

  return {
    load(): CustomEntries {
      const activities = s.activities.all().map((row): Activity => ({
        id: row.id,
        competencyId: row.competency_id,
        fromLevel: row.from_level as Activity['fromLevel'],
        title: row.title,
        description: row.description,
        withWhom: row.with_whom,
        evidence: row.evidence,
        kind: row.kind,
        effortHours: row.effort_hours,
        builtIn: false,
      }));
      const competencies = s.competencies.all().map((row): Competency => ({
        id: row.id,
        areaId: row.area_id,
        name: row.name,
        summary: row.summary,
        levels: JSON.parse(row.levels) as Competency['levels'],
        builtIn: false,
      }));
      const expectations = new Map<string, Record<string, Expectation>>();
      for (const row of s.expectations.all()) {
        const forRole = expectations.get(row.role_id) ?? {};
        forRole[row.competency_id] = { level: row.level, weight: row.weight } as Expectation;
        expectations.set(row.role_id, forRole);
      }
      const roles = s.roles.all().map((row): Role => ({
        id: row.id,
        name: row.name,
        summary: row.summary,
        judgedOn: row.judged_on,
        successMeasures: row.success_measures,
        habitsToRelease: row.habits_to_release,
        basedOn: row.based_on,
        expectations: expectations.get(row.id) ?? {},
        builtIn: false,
      }));
      return { competencies, activities, roles };
    },

    saveCompetency(competency: Competency, activities: Activity[], now: string): void {
      s.upsertCompetency.run({ ...competency, levels: JSON.stringify(competency.levels), now });
      s.deleteActivities.run(competency.id);
      activities.forEach((activity, position) => s.insertActivity.run({ ...activity, position }));
    },

    deleteCompetency(id: string): void {
      s.deleteExpectationsFor.run(id);
      s.deleteCompetency.run(id);
    },

    saveRole(role: Role, now: string): void {
      s.upsertRole.run({ ...role, now });
      s.deleteRoleExpectations.run(role.id);
      for (const [competencyId, { level, weight }] of Object.entries(role.expectations)) {
        s.insertExpectation.run(role.id, competencyId, level, weight);
      }
    },

    deleteRole(id: string): void {
      s.deleteRole.run(id);
    },

    hiresUsingRole(id: string): number {
      return s.hiresUsingRole.get(id, id)?.count ?? 0;
    },

    /** Assessment ratings and one-on-one confidence ratings given for a competency. */
    ratingsOfCompetency(id: string): { assessments: number; checkIns: number } {
      return {
        assessments: s.ratingsOfCompetency.get(id)?.count ?? 0,
        checkIns: s.pulsesOfCompetency.get(id)?.count ?? 0,
      };
    },
  };
}
