// SQL for a hire's leave periods. Rows are mapped to the shared `Leave` type here and nowhere else.
import type { Db } from '../db/connection';
import type { Awaitable, Synchronous } from '../awaitable';
import type { Leave } from '@shared/calendar/schema';

interface LeaveRow {
  id: string;
  hire_id: string;
  start_on: string;
  end_on: string;
  note: string;
  created_at: string;
}

function toLeave(row: LeaveRow): Leave {
  return {
    id: row.id,
    hireId: row.hire_id,
    startOn: row.start_on,
    endOn: row.end_on,
    note: row.note,
    createdAt: row.created_at,
  };
}

/** A hire's leave, as every storage keeps it. */
export interface LeaveRepository {
  get(id: string): Awaitable<Leave | undefined>;
  list(hireId: string): Awaitable<Leave[]>;
  /** Periods with at least one day from `from` to `to`; `earliestStart` bounds how far back one can start. */
  overlapping(hireId: string, earliestStart: string, from: string, to: string): Awaitable<Leave[]>;
  insert(leave: Leave): Awaitable<void>;
  remove(id: string): Awaitable<void>;
}

export function createLeaveRepository(db: Db): Synchronous<LeaveRepository> {
  const statements = {
    get: db.prepare<[string], LeaveRow>('SELECT * FROM hire_leave WHERE id = ?'),
    list: db.prepare<[string], LeaveRow>(
      'SELECT * FROM hire_leave WHERE hire_id = ? ORDER BY start_on, end_on, created_at, id',
    ),
    // A period overlaps the range when it starts by the range's end and ends on or after its start;
    // no period is longer than 60 days, so starting from 60 days before the range is enough.
    overlapping: db.prepare<[string, string, string, string], LeaveRow>(
      `SELECT * FROM hire_leave WHERE hire_id = ? AND start_on BETWEEN ? AND ? AND end_on >= ?
       ORDER BY start_on, id`,
    ),
    insert: db.prepare(
      `INSERT INTO hire_leave (id, hire_id, start_on, end_on, note, created_at)
       VALUES (@id, @hireId, @startOn, @endOn, @note, @createdAt)`,
    ),
    remove: db.prepare('DELETE FROM hire_leave WHERE id = ?'),
  };

  return {
    get(id: string): Leave | undefined {
      const row = statements.get.get(id);
      return row ? toLeave(row) : undefined;
    },
    list(hireId: string): Leave[] {
      return statements.list.all(hireId).map(toLeave);
    },
    /** Periods with at least one day from `from` to `to`; `earliestStart` bounds how far back one can start. */
    overlapping(hireId: string, earliestStart: string, from: string, to: string): Leave[] {
      return statements.overlapping.all(hireId, earliestStart, to, from).map(toLeave);
    },
    insert(leave: Leave): void {
      statements.insert.run(leave);
    },
    remove(id: string): void {
      statements.remove.run(id);
    },
  };
}
