// What the PostgreSQL repositories of things under a hire (assessments, leave, topics, evidence,
// packets) share: the scope conditions as SQL on a child row, multi-row VALUES lists, and how a
// refused write answers (NOT_FOUND when the hire is out of sight, FORBIDDEN when only read is allowed).
import { AppError } from '../../core/errors';
import type { SqlParam } from '../db/sql-client';
import { changeableHire, readableHire, type RepositoryScope } from './scope';

/**
 * A condition true for rows of `table` (aliased `alias`, with a `hire_id` column) whose hire the
 * actor may read, with the actor's id at `$index`.
 */
export function underReadableHire(scope: RepositoryScope, alias: string, index: number): string {
  return `EXISTS (SELECT 1 FROM hires h WHERE h.id = ${alias}.hire_id AND ${readableHire(scope.actor, 'h', index)})`;
}

/** As underReadableHire, for the hires the actor may change (a manager's own). */
export function underChangeableHire(scope: RepositoryScope, alias: string, index: number): string {
  return `EXISTS (SELECT 1 FROM hires h WHERE h.id = ${alias}.hire_id AND ${changeableHire(scope.actor, 'h', index)})`;
}

/**
 * `($from, $from+1, …), (…)` for `rows` rows of `width` values each, numbered from `$from`: one
 * INSERT for all of a hire's ratings or a competency's activities, never one per row.
 */
export function valuesList(rows: number, width: number, from = 1): string {
  return Array.from({ length: rows }, (_, row) => {
    const cells = Array.from({ length: width }, (_, column) => `$${from + row * width + column}`);
    return `(${cells.join(', ')})`;
  }).join(', ');
}

/** Escapes LIKE wildcards so a search for `50%` finds exactly that (the SQLite repository's rule). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** What a refused write was aimed at: a hire's id, or a row under one (`table` has a `hire_id`). */
export interface WriteTarget {
  label: string;
  hireId?: string;
  row?: { table: string; id: string };
}

/**
 * Why a write changed nothing, as the policy says it (policy.ts, assertAllowed): the actor may see
 * the hire but not change it (a lead it is shared with) → FORBIDDEN; otherwise the hire or the row
 * is not theirs, or not there → NOT_FOUND, as if it did not exist.
 */
export async function refusedWrite(scope: RepositoryScope, target: WriteTarget): Promise<AppError> {
  const { actor } = scope;
  if (actor.role === 'hr' && (target.hireId !== undefined || target.row)) {
    const [visible] = target.row
      ? await scope.sql.query(
          `SELECT 1 AS one FROM ${target.row.table} t WHERE t.id = $1 AND ${underReadableHire(scope, 't', 2)}`,
          [target.row.id, actor.id],
        )
      : await scope.sql.query(
          `SELECT 1 AS one FROM hires h WHERE h.id = $1 AND ${readableHire(actor, 'h', 2)}`,
          [target.hireId ?? null, actor.id],
        );
    if (visible) {
      return new AppError('FORBIDDEN', `Your account (${actor.role}) may not change this ${target.label}`);
    }
  }
  return new AppError('NOT_FOUND', `No ${target.label} with that id`);
}

/** Runs a write that RETURNs its rows; none back means it was refused (see refusedWrite). */
export async function writeOrRefuse<Row extends object = Record<string, unknown>>(
  scope: RepositoryScope,
  sql: string,
  params: readonly SqlParam[],
  target: WriteTarget,
): Promise<[Row, ...Row[]]> {
  const rows = await scope.sql.query<Row>(sql, params);
  const [first, ...rest] = rows;
  if (!first) throw await refusedWrite(scope, target);
  return [first, ...rest];
}
