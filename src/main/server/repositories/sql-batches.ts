// Statement shapes the plan and check-in repositories share on PostgreSQL: many rows in one INSERT,
// a scoped write that forgets the dashboard summary of the hire it touched (SQLite's 0007 triggers do
// that on the desktop; the server has no triggers, docs/team.md "The dashboard summaries"), and the
// refusal a scoped write that matched nothing answers.
import { AppError, notFound } from '../../core/errors';
import type { SqlClient, SqlParam } from '../db/sql-client';
import { readableHire, type RepositoryScope } from './scope';

/** PostgreSQL takes at most 65535 parameters per statement; stay well below it. */
const MAX_PARAMS = 30_000;

/** Inserts `rows` (values in `columns` order) in as few multi-row INSERTs as the parameter limit allows. */
export async function insertRows(
  sql: SqlClient,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlParam[])[],
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values = chunk.map(
      (_, row) => `(${columns.map((__, column) => `$${row * columns.length + column + 1}`).join(', ')})`,
    );
    await sql.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, chunk.flat());
  }
}

/** How the hires a write changed are found from its RETURNING rows (`changed`). */
export const HIRES_CHANGED = 'SELECT hire_id FROM changed';
export const HIRES_OF_CHANGED_PLANS = 'SELECT p.hire_id FROM plans p JOIN changed c ON c.plan_id = p.id';

/**
 * Runs `write` (an INSERT, UPDATE or DELETE with a RETURNING clause) and, in the same statement,
 * deletes the summaries of the hires `hiresChanged` finds in its rows; answers how many rows it
 * changed, so a scoped write that matched nothing can answer NOT_FOUND.
 */
export async function writeForgettingSummaries(
  sql: SqlClient,
  write: string,
  params: readonly SqlParam[],
  hiresChanged: string = HIRES_CHANGED,
): Promise<number> {
  const rows = await sql.query(
    // The outer query reads `forgotten` so that every engine runs the DELETE (PostgreSQL runs an
    // unread data-modifying CTE anyway; being explicit costs nothing).
    `WITH changed AS (${write}),
       forgotten AS (DELETE FROM hire_summaries WHERE hire_id IN (${hiresChanged}) RETURNING hire_id)
     SELECT 1 AS changed FROM changed WHERE (SELECT count(*) FROM forgotten) >= 0`,
    params,
  );
  return rows.length;
}

/**
 * Why a scoped write matched nothing, as policy.ts's assertAllowed answers: FORBIDDEN when the actor
 * may read the hire (an HR/L&D lead on a hire shared with them), NOT_FOUND when the row is not theirs
 * to see or does not exist. `hireOf` selects the hire's id from `$2`, the row's id.
 */
export async function refusal(
  { sql, actor }: RepositoryScope,
  what: string,
  id: string,
  hireOf: string,
): Promise<AppError> {
  const seen = await sql.query(
    `SELECT 1 AS seen FROM hires h WHERE h.id IN (${hireOf}) AND ${readableHire(actor, 'h', 1)}`,
    [actor.id, id],
  );
  return seen.length > 0
    ? new AppError('FORBIDDEN', `Your account (${actor.role}) may not change this ${what}`)
    : notFound(what, id);
}
