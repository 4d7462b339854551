// A hire's leave periods on the team server (hire_leave): the SQLite leave repository's methods,
// scoped through the hire to the signed-in account (its manager; a lead it is shared with reads).
import type { Leave } from '@shared/calendar/schema';
import type { LeaveRepository } from '../../core/calendar/repository';
import type { AsyncRepository } from './async-repository';
import { underChangeableHire, underReadableHire, writeOrRefuse } from './hire-content';
import { changeableHire, type RepositoryScope } from './scope';

const LEAVE = `l.id, l.hire_id AS "hireId", l.start_on AS "startOn", l.end_on AS "endOn", l.note,
  l.created_at AS "createdAt"`;

export function createPostgresLeaveRepository(scope: RepositoryScope) {
  const { sql, actor } = scope;
  return {
    async get(id: string): Promise<Leave | undefined> {
      const [leave] = await sql.query<Leave>(
        `SELECT ${LEAVE} FROM hire_leave l WHERE l.id = $2 AND ${underReadableHire(scope, 'l', 1)}`,
        [actor.id, id],
      );
      return leave;
    },

    list(hireId: string): Promise<Leave[]> {
      return sql.query<Leave>(
        `SELECT ${LEAVE} FROM hire_leave l WHERE l.hire_id = $2 AND ${underReadableHire(scope, 'l', 1)}
         ORDER BY l.start_on, l.end_on, l.created_at, l.id`,
        [actor.id, hireId],
      );
    },

    /** Periods with at least one day from `from` to `to`; `earliestStart` bounds how far back one can start. */
    overlapping(hireId: string, earliestStart: string, from: string, to: string): Promise<Leave[]> {
      return sql.query<Leave>(
        `SELECT ${LEAVE} FROM hire_leave l
         WHERE l.hire_id = $2 AND l.start_on BETWEEN $3 AND $4 AND l.end_on >= $5
           AND ${underReadableHire(scope, 'l', 1)}
         ORDER BY l.start_on, l.id`,
        [actor.id, hireId, earliestStart, to, from],
      );
    },

    async insert(leave: Leave): Promise<void> {
      await writeOrRefuse(
        scope,
        `INSERT INTO hire_leave (id, hire_id, start_on, end_on, note, created_at)
         SELECT $1::text, h.id, $3::text, $4::text, $5::text, $6::text FROM hires h
         WHERE h.id = $2 AND ${changeableHire(actor, 'h', 7)}
         RETURNING id`,
        [leave.id, leave.hireId, leave.startOn, leave.endOn, leave.note, leave.createdAt, actor.id],
        { label: 'hire', hireId: leave.hireId },
      );
    },

    async remove(id: string): Promise<void> {
      await writeOrRefuse(
        scope,
        `DELETE FROM hire_leave l WHERE l.id = $1 AND ${underChangeableHire(scope, 'l', 2)} RETURNING l.id`,
        [id, actor.id],
        { label: 'leave', row: { table: 'hire_leave', id } },
      );
    },
  } satisfies AsyncRepository<LeaveRepository>;
}

export type PostgresLeaveRepository = ReturnType<typeof createPostgresLeaveRepository>;
