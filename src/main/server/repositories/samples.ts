// Which of the signed-in manager's hires are the sample team's, and their removal with everything
// recorded for them, on PostgreSQL: the SQLite repository's statements, each scoped to hires whose
// manager is the actor, so one manager's sample team never touches another's people.
import type { SampleRepository } from '../../core/sample/repository';
import type { AsyncRepository } from './async-repository';
import { changeableHire, readableHire, type RepositoryScope } from './scope';

/** Children first, as the SQLite repository deletes them; the rest go by ON DELETE CASCADE. */
const CHILD_TABLES = ['action_items', 'check_ins', 'plans', 'assessments'] as const;

export function createPostgresSampleRepository(scope: RepositoryScope): AsyncRepository<SampleRepository> {
  const { sql, actor } = scope;
  const ownSampleHires = `SELECT s.hire_id FROM sample_hires s JOIN hires h ON h.id = s.hire_id
    WHERE ${changeableHire(actor, 'h', 1)}`;
  return {
    async hireIds(): Promise<string[]> {
      const rows = await sql.query<{ hire_id: string }>(
        `SELECT s.hire_id FROM sample_hires s JOIN hires h ON h.id = s.hire_id
          WHERE ${readableHire(actor, 'h', 1)} ORDER BY s.hire_id`,
        [actor.id],
      );
      return rows.map((row) => row.hire_id);
    },
    async mark(hireId: string): Promise<void> {
      await sql.query(
        `INSERT INTO sample_hires (hire_id)
           SELECT h.id FROM hires h WHERE h.id = $2 AND ${changeableHire(actor, 'h', 1)}`,
        [actor.id, hireId],
      );
    },
    async removeAll(): Promise<number> {
      const ids = (await sql.query<{ hire_id: string }>(ownSampleHires, [actor.id])).map((r) => r.hire_id);
      if (ids.length === 0) return 0;
      for (const table of CHILD_TABLES) {
        await sql.query(`DELETE FROM ${table} WHERE hire_id IN (${ownSampleHires})`, [actor.id]);
      }
      await sql.query(`DELETE FROM hires WHERE id IN (${ownSampleHires})`, [actor.id]);
      return ids.length;
    },
  };
}
