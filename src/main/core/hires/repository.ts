// SQL for hires. Rows are mapped to the shared `Hire` type here and nowhere else.
import type { Db } from '../db/connection';
import type { Hire, HireStatus } from '@shared/hires/schema';

interface HireRow {
  id: string;
  name: string;
  current_role_id: string;
  target_role_id: string;
  start_date: string;
  notes: string;
  status: HireStatus;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

function toHire(row: HireRow): Hire {
  return {
    id: row.id,
    name: row.name,
    currentRoleId: row.current_role_id,
    targetRoleId: row.target_role_id,
    startDate: row.start_date,
    notes: row.notes,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    archivedAt: row.archived_at,
  };
}

/** Escapes LIKE wildcards so a search for `50%` finds exactly that. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export function createHireRepository(db: Db) {
  const statements = {
    get: db.prepare<[string], HireRow>('SELECT * FROM hires WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO hires (id, name, current_role_id, target_role_id, start_date, notes, status, created_at, updated_at, archived_at)
       VALUES (@id, @name, @currentRoleId, @targetRoleId, @startDate, @notes, @status, @createdAt, @updatedAt, @archivedAt)`,
    ),
    update: db.prepare(
      `UPDATE hires SET name = @name, current_role_id = @currentRoleId, target_role_id = @targetRoleId,
         start_date = @startDate, notes = @notes, status = @status, updated_at = @updatedAt, archived_at = @archivedAt
       WHERE id = @id`,
    ),
    listByStatus: db.prepare<[string, string], HireRow>(
      `SELECT * FROM hires WHERE status = ? AND name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE, id`,
    ),
    listAll: db.prepare<[string], HireRow>(
      `SELECT * FROM hires WHERE name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE, id`,
    ),
  };

  return {
    get(id: string): Hire | undefined {
      const row = statements.get.get(id);
      return row ? toHire(row) : undefined;
    },
    insert(hire: Hire): void {
      statements.insert.run(hire);
    },
    update(hire: Hire): void {
      statements.update.run(hire);
    },
    list(status: HireStatus | 'all', search: string): Hire[] {
      const pattern = likePattern(search);
      const rows =
        status === 'all' ? statements.listAll.all(pattern) : statements.listByStatus.all(status, pattern);
      return rows.map(toHire);
    },
  };
}

export type HireRepository = ReturnType<typeof createHireRepository>;
