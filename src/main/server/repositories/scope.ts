// What every PostgreSQL repository is built with: the request's transaction and the signed-in
// account. Scoping lives here, at the repository layer, not in the UI or the services: a manager's
// queries reach only hires whose manager_id is theirs, an HR/L&D lead's only hires shared with them
// (read-only), an administrator's none (src/main/server/auth/policy.ts says who may do what).
import type { Actor } from '../auth/policy';
import type { SqlClient } from '../db/sql-client';

export interface RepositoryScope {
  /** The request's transaction: every query of one call runs in it. */
  sql: SqlClient;
  actor: Actor;
}

/**
 * A condition on `hires` (aliased `alias`) true for the hires this actor may READ, with its
 * parameter at `$index`: a manager's own, a lead's shared ones, an administrator's none.
 */
export function readableHire(actor: Actor, alias: string, index: number): string {
  switch (actor.role) {
    case 'manager':
      return `${alias}.manager_id = $${index}`;
    case 'hr':
      return `EXISTS (SELECT 1 FROM hire_shares s WHERE s.hire_id = ${alias}.id AND s.account_id = $${index})`;
    default:
      return `FALSE AND $${index}::text IS NULL`;
  }
}

/** A condition on `hires` (aliased `alias`) true for the hires this actor may CHANGE: a manager's own. */
export function changeableHire(actor: Actor, alias: string, index: number): string {
  return actor.role === 'manager' ? `${alias}.manager_id = $${index}` : `FALSE AND $${index}::text IS NULL`;
}
