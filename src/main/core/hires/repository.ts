// SQL for hires. Rows come back as the shared `Hire` type (the columns are named for its fields) here
// and nowhere else.
import type { Db } from '../db/connection';
import type { Awaitable, Synchronous } from '../awaitable';
import type { Hire, HireStatus } from '@shared/hires/schema';
import type { LastEdit } from '../edit-version';

/**
 * The hires table's columns named as the shared `Hire` type names its fields, so each row SQLite hands
 * back is already a `Hire`: a hire is read on nearly every screen, and copying each row into a second
 * object cost a few per cent of a `hires.get` call, and more in garbage to collect.
 */
const HIRE = `id, name, current_role_id AS currentRoleId, target_role_id AS targetRoleId,
  start_date AS startDate, notes, status, created_at AS createdAt, updated_at AS updatedAt,
  archived_at AS archivedAt, version`;

/** Escapes LIKE wildcards so a search for `50%` finds exactly that. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Hires, as every storage keeps them. */
export interface HireRepository {
  get(id: string): Awaitable<Hire | undefined>;
  insert(hire: Hire): Awaitable<void>;
  /** Writes the hire's fields, raises its version and answers the new one. */
  update(hire: Hire): Awaitable<number>;
  /** The hire's newest edit, its row held for this call's edit (edit-version.ts); undefined when none. */
  lastEdit(id: string): Awaitable<LastEdit | undefined>;
  list(status: HireStatus | 'all', search: string): Awaitable<Hire[]>;
}

export function createHireRepository(db: Db): Synchronous<HireRepository> {
  const statements = {
    get: db.prepare<[string], Hire>(`SELECT ${HIRE} FROM hires WHERE id = ?`),
    insert: db.prepare(
      `INSERT INTO hires (id, name, current_role_id, target_role_id, start_date, notes, status, created_at, updated_at, archived_at, version)
       VALUES (@id, @name, @currentRoleId, @targetRoleId, @startDate, @notes, @status, @createdAt, @updatedAt, @archivedAt, @version)`,
    ),
    update: db.prepare<[Hire], { version: number }>(
      `UPDATE hires SET name = @name, current_role_id = @currentRoleId, target_role_id = @targetRoleId,
         start_date = @startDate, notes = @notes, status = @status, updated_at = @updatedAt, archived_at = @archivedAt,
         version = version + 1
       WHERE id = @id RETURNING version`,
    ),
    // One person at a time on the desktop: a newer edit was theirs, in another window.
    lastEdit: db.prepare<[string], LastEdit>(
      'SELECT version, updated_at AS at, NULL AS "by" FROM hires WHERE id = ?',
    ),
    listByStatus: db.prepare<[string, string], Hire>(
      `SELECT ${HIRE} FROM hires WHERE status = ? AND name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE, id`,
    ),
    listAll: db.prepare<[string], Hire>(
      `SELECT ${HIRE} FROM hires WHERE name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE, id`,
    ),
  };

  return {
    get(id: string): Hire | undefined {
      return statements.get.get(id);
    },
    insert(hire: Hire): void {
      statements.insert.run(hire);
    },
    update(hire: Hire): number {
      return statements.update.get(hire)?.version ?? hire.version;
    },
    lastEdit(id: string): LastEdit | undefined {
      return statements.lastEdit.get(id);
    },
    list(status: HireStatus | 'all', search: string): Hire[] {
      const pattern = likePattern(search);
      return status === 'all'
        ? statements.listAll.all(pattern)
        : statements.listByStatus.all(status, pattern);
    },
  };
}
