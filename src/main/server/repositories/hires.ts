// Hires on the team server's PostgreSQL: the SQLite hire repository's methods (get, insert, update,
// list), each scoped to the signed-in account, plus what only a team has: handing a hire to another
// manager and sharing it with an HR/L&D lead.
import { randomUUID } from 'node:crypto';
import type { Hire, HireStatus } from '@shared/hires/schema';
import { AppError, validationError } from '../../core/errors';
import type { HireRepository } from '../../core/hires/repository';
import type { LastEdit } from '../../core/edit-version';
import type { AsyncRepository } from './async-repository';
import { likePattern, refusedWrite, writeOrRefuse } from './hire-content';
import { changeableHire, readableHire, type RepositoryScope } from './scope';

/** The columns named as `Hire` names its fields (quoted: PostgreSQL folds bare names to lower case). */
const HIRE = `h.id, h.name, h.current_role_id AS "currentRoleId", h.target_role_id AS "targetRoleId",
  h.start_date AS "startDate", h.notes, h.status, h.created_at AS "createdAt", h.updated_at AS "updatedAt",
  h.archived_at AS "archivedAt", h.version`;

/** An account a hire may be handed to, or shared with: of this role and not turned off. */
const ACTIVE_ACCOUNT = `SELECT 1 FROM accounts a WHERE a.id = $2 AND a.role = $3 AND a.disabled_at IS NULL`;

export interface HireShare {
  accountId: string;
  sharedBy: string;
  sharedAt: string;
}

export interface HireHandover {
  fromManagerId: string;
  toManagerId: string;
  handedBy: string;
  handedAt: string;
}

/** What a team does with a hire that a desktop cannot: hand it over, share it with a lead. */
function teamActions(scope: RepositoryScope) {
  const { sql, actor } = scope;
  return {
    /**
     * Hands the hire to another manager (a move between teams): manager_id moves, a hire_handovers
     * row records who handed it to whom and when, and everything under the hire goes with it. The
     * shares the previous manager made end: sharing is the new manager's decision. Private notes stay
     * their author's (check-ins repository).
     */
    async handOver(hireId: string, toManagerId: string, at: string): Promise<void> {
      const moved = await sql.query(
        `UPDATE hires h SET manager_id = $2, updated_at = $4, version = h.version + 1, updated_by = $5
         WHERE h.id = $1 AND ${changeableHire(actor, 'h', 5)} AND $2 <> $5 AND EXISTS (${ACTIVE_ACCOUNT})
         RETURNING h.id`,
        [hireId, toManagerId, 'manager', at, actor.id],
      );
      if (moved.length === 0) {
        const own = await sql.query(
          `SELECT 1 AS one FROM hires h WHERE h.id = $1 AND ${changeableHire(actor, 'h', 2)}`,
          [hireId, actor.id],
        );
        if (own.length === 0) throw await refusedWrite(scope, { label: 'hire', hireId });
        throw validationError(
          'toManagerId',
          toManagerId === actor.id
            ? 'This hire is already yours; pick another manager'
            : 'No active manager account with that id; pick a manager from the list',
        );
      }
      await sql.query(
        `INSERT INTO hire_handovers (id, hire_id, from_manager_id, to_manager_id, handed_by, handed_at)
         VALUES ($1, $2, $3, $4, $3, $5)`,
        [randomUUID(), hireId, actor.id, toManagerId, at],
      );
      await sql.query('DELETE FROM hire_shares WHERE hire_id = $1', [hireId]);
    },

    /** Lets an active HR/L&D lead read the hire (never its private notes); sharing twice changes nothing. */
    async share(hireId: string, leadId: string, at: string): Promise<void> {
      const shared = await sql.query(
        `INSERT INTO hire_shares (hire_id, account_id, shared_by, shared_at)
         SELECT h.id, $2::text, $4::text, $5::text FROM hires h
         WHERE h.id = $1 AND ${changeableHire(actor, 'h', 4)} AND EXISTS (${ACTIVE_ACCOUNT})
         ON CONFLICT (hire_id, account_id) DO NOTHING
         RETURNING hire_id`,
        [hireId, leadId, 'hr', actor.id, at],
      );
      if (shared.length > 0) return;
      const [own] = await sql.query<{ lead: number | null }>(
        `SELECT (SELECT 1 FROM accounts a WHERE a.id = $3 AND a.role = 'hr' AND a.disabled_at IS NULL) AS lead
         FROM hires h WHERE h.id = $1 AND ${changeableHire(actor, 'h', 2)}`,
        [hireId, actor.id, leadId],
      );
      if (!own) throw await refusedWrite(scope, { label: 'hire', hireId });
      if (own.lead === null) {
        throw validationError(
          'leadId',
          'No active HR/L&D lead account with that id; pick a lead from the list',
        );
      }
      // Otherwise it was shared with this lead already.
    },

    /** Ends a share; ending one that does not exist changes nothing. */
    async unshare(hireId: string, leadId: string): Promise<void> {
      const own = await sql.query(
        `SELECT 1 AS one FROM hires h WHERE h.id = $1 AND ${changeableHire(actor, 'h', 2)}`,
        [hireId, actor.id],
      );
      if (own.length === 0) throw await refusedWrite(scope, { label: 'hire', hireId });
      await sql.query('DELETE FROM hire_shares WHERE hire_id = $1 AND account_id = $2', [hireId, leadId]);
    },

    /** Who handed the hire to whom and when, oldest first: for whoever may read the hire now. */
    async handoversOf(hireId: string): Promise<HireHandover[]> {
      return sql.query<HireHandover>(
        `SELECT o.from_manager_id AS "fromManagerId", o.to_manager_id AS "toManagerId", o.handed_by AS "handedBy",
           o.handed_at AS "handedAt"
         FROM hire_handovers o JOIN hires h ON h.id = o.hire_id
         WHERE o.hire_id = $1 AND ${readableHire(actor, 'h', 2)}
         ORDER BY o.handed_at, o.id`,
        [hireId, actor.id],
      );
    },

    /** Who the manager shared their hire with (empty for anyone else, as for a hire that is not there). */
    async sharesOf(hireId: string): Promise<HireShare[]> {
      return sql.query<HireShare>(
        `SELECT s.account_id AS "accountId", s.shared_by AS "sharedBy", s.shared_at AS "sharedAt"
         FROM hire_shares s JOIN hires h ON h.id = s.hire_id
         WHERE s.hire_id = $1 AND ${changeableHire(actor, 'h', 2)}
         ORDER BY s.shared_at, s.account_id`,
        [hireId, actor.id],
      );
    },
  };
}

export function createPostgresHireRepository(scope: RepositoryScope) {
  const { sql, actor } = scope;

  async function list(status: HireStatus | 'all', search: string): Promise<Hire[]> {
    const byStatus = status === 'all' ? '' : 'AND h.status = $3';
    const params =
      status === 'all' ? [actor.id, likePattern(search)] : [actor.id, likePattern(search), status];
    return sql.query<Hire>(
      `SELECT ${HIRE} FROM hires h
       WHERE ${readableHire(actor, 'h', 1)} ${byStatus} AND lower(h.name) LIKE lower($2) ESCAPE '\\'
       ORDER BY lower(h.name), h.id`,
      params,
    );
  }

  return {
    async get(id: string): Promise<Hire | undefined> {
      const [hire] = await sql.query<Hire>(
        `SELECT ${HIRE} FROM hires h WHERE h.id = $1 AND ${readableHire(actor, 'h', 2)}`,
        [id, actor.id],
      );
      return hire;
    },

    /** A new hire is the manager's who creates it; no other role creates hires. */
    async insert(hire: Hire): Promise<void> {
      if (actor.role !== 'manager') {
        throw new AppError('FORBIDDEN', `Your account (${actor.role}) may not add hires`);
      }
      await sql.query(
        `INSERT INTO hires (id, name, current_role_id, target_role_id, start_date, notes, status, created_at,
           updated_at, archived_at, manager_id, version, updated_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $11)`,
        [
          hire.id,
          hire.name,
          hire.currentRoleId,
          hire.targetRoleId,
          hire.startDate,
          hire.notes,
          hire.status,
          hire.createdAt,
          hire.updatedAt,
          hire.archivedAt,
          actor.id,
        ],
      );
    },

    /** Every edit raises the version and names its author, for the CONFLICT a stale edit gets. */
    async update(hire: Hire): Promise<number> {
      const [row] = await writeOrRefuse<{ version: number }>(
        scope,
        `UPDATE hires h SET name = $2, current_role_id = $3, target_role_id = $4, start_date = $5, notes = $6,
           status = $7, updated_at = $8, archived_at = $9, version = h.version + 1, updated_by = $10
         WHERE h.id = $1 AND ${changeableHire(actor, 'h', 10)} RETURNING h.version`,
        [
          hire.id,
          hire.name,
          hire.currentRoleId,
          hire.targetRoleId,
          hire.startDate,
          hire.notes,
          hire.status,
          hire.updatedAt,
          hire.archivedAt,
          actor.id,
        ],
        { label: 'hire', hireId: hire.id },
      );
      return row.version;
    },

    /**
     * The newest edit of a hire the actor may change, its row locked until the call's transaction
     * ends (FOR UPDATE), so a second edit made on the same version waits and then sees this one's.
     */
    async lastEdit(id: string): Promise<LastEdit | undefined> {
      const [edit] = await sql.query<LastEdit>(
        `SELECT h.version, h.updated_at AS at,
           (SELECT a.display_name FROM accounts a WHERE a.id = h.updated_by AND a.id <> $2) AS "by"
         FROM hires h WHERE h.id = $1 AND ${changeableHire(actor, 'h', 2)} FOR UPDATE`,
        [id, actor.id],
      );
      return edit;
    },

    list,
    ...teamActions(scope),
  } satisfies AsyncRepository<HireRepository>;
}

export type PostgresHireRepository = ReturnType<typeof createPostgresHireRepository>;
