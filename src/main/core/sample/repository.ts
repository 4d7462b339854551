// Which hires are the sample team's, and their removal with everything recorded for them.
import type { Db } from '../db/connection';
import type { Awaitable, Synchronous } from '../awaitable';

/** Which hires are the sample team's, as every storage keeps it. */
export interface SampleRepository {
  hireIds(): Awaitable<string[]>;
  mark(hireId: string): Awaitable<void>;
  /** Deletes every sample hire and all that hangs off them; answers how many hires went. */
  removeAll(): Awaitable<number>;
}

export function createSampleRepository(db: Db): Synchronous<SampleRepository> {
  const ids = db.prepare<[], string>('SELECT hire_id FROM sample_hires ORDER BY hire_id').pluck();
  const mark = db.prepare('INSERT INTO sample_hires (hire_id) VALUES (?)');
  const remove = [
    'DELETE FROM action_items WHERE hire_id = ?',
    'DELETE FROM check_ins WHERE hire_id = ?',
    'DELETE FROM plans WHERE hire_id = ?',
    'DELETE FROM assessments WHERE hire_id = ?',
    'DELETE FROM hires WHERE id = ?',
  ].map((sql) => db.prepare(sql));
  return {
    hireIds: (): string[] => ids.all(),
    mark: (hireId: string): void => void mark.run(hireId),
    /** Deletes every sample hire and all that hangs off them; answers how many hires went. */
    removeAll(): number {
      const hireIds = ids.all();
      for (const id of hireIds) for (const statement of remove) statement.run(id);
      return hireIds.length;
    },
  };
}
