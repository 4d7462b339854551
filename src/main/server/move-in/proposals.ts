// Framework proposals: the custom roles and competencies managers brought in with their desktop
// data (move-in.ts), waiting for the HR/L&D lead who keeps the shared framework. The lead sees who
// proposed what, when, and how many hires already use it, and accepts one into the shared
// framework. Nobody else may list or accept them: they are the framework keeper's work.
import { z } from 'zod';
import { invalid, issuesFromZod, notFound } from '../../core/errors';
import { assertAllowed, type Actor } from '../auth/policy';
import { int8ToNumber, type SqlClient } from '../db/sql-client';
import type { FrameworkEntry, FrameworkKind } from './move-in';

export interface FrameworkProposal extends FrameworkEntry {
  proposedBy: { id: string; displayName: string };
  /** ISO-8601 UTC: when the file was moved in. */
  proposedAt: string;
  /** Hires on the server (any manager's) in or moving to the role, or assessed, planned or evidenced on the competency. */
  hiresUsing: number;
}

export const acceptProposalInput = z.strictObject({
  kind: z.enum(['competency', 'role']),
  id: z.string().min(1).max(200),
});
export type AcceptProposalInput = z.infer<typeof acceptProposalInput>;

export interface AcceptedProposal {
  /** The entry asked for, and the proposed competencies a role needed, now shared. */
  accepted: FrameworkEntry[];
}

/** Listing and accepting proposals is changing the shared framework: an HR/L&D lead's job. */
function assertKeepsFramework(actor: Actor): void {
  assertAllowed(actor, { kind: 'framework' }, 'change');
}

const HIRES_USING_ROLE = `(SELECT count(*) FROM hires h WHERE h.current_role_id = e.id OR h.target_role_id = e.id)`;
const HIRES_USING_COMPETENCY = `(SELECT count(*) FROM (
    SELECT a.hire_id FROM assessment_ratings r JOIN assessments a ON a.id = r.assessment_id WHERE r.competency_id = e.id
    UNION SELECT p.hire_id FROM plan_goals g JOIN plans p ON p.id = g.plan_id WHERE g.competency_id = e.id
    UNION SELECT v.hire_id FROM evidence_entries v WHERE v.competency_id = e.id
  ) AS users)`;

interface ProposalRow {
  kind: FrameworkKind;
  id: string;
  name: string;
  proposed_by: string;
  display_name: string;
  proposed_at: string;
  hires_using: number | string;
}

/** Every proposal, oldest first. */
export async function listProposals(sql: SqlClient, actor: Actor): Promise<FrameworkProposal[]> {
  assertKeepsFramework(actor);
  const select = (kind: FrameworkKind, table: string, using: string) => `
    SELECT '${kind}' AS kind, e.id, e.name, e.proposed_by, a.display_name, e.proposed_at, ${using} AS hires_using
    FROM ${table} e JOIN accounts a ON a.id = e.proposed_by
    WHERE e.proposed_by IS NOT NULL`;
  const rows = await sql.query<ProposalRow>(
    `${select('competency', 'custom_competencies', HIRES_USING_COMPETENCY)}
     UNION ALL ${select('role', 'custom_roles', HIRES_USING_ROLE)}
     ORDER BY proposed_at, kind, name, id`,
  );
  return rows.map((row) => ({
    kind: row.kind,
    id: row.id,
    name: row.name,
    proposedBy: { id: row.proposed_by, displayName: row.display_name },
    proposedAt: row.proposed_at,
    hiresUsing: typeof row.hires_using === 'number' ? row.hires_using : int8ToNumber(row.hires_using),
  }));
}

/** Makes competencies (with their activities) part of the shared framework; answers those that were proposals. */
async function shareCompetencies(sql: SqlClient, ids: string[]): Promise<FrameworkEntry[]> {
  if (ids.length === 0) return [];
  const list = ids.map((_, i) => `$${i + 1}`).join(', ');
  const shared = await sql.query<{ id: string; name: string }>(
    `UPDATE custom_competencies SET proposed_by = NULL, proposed_at = NULL
     WHERE id IN (${list}) AND proposed_by IS NOT NULL RETURNING id, name`,
    ids,
  );
  await sql.query(
    `UPDATE custom_activities SET proposed_by = NULL, proposed_at = NULL
     WHERE competency_id IN (${list}) AND proposed_by IS NOT NULL`,
    ids,
  );
  return shared.map((row) => ({ kind: 'competency', id: row.id, name: row.name }));
}

/**
 * Accepts one proposal into the shared framework. A role brings the proposed competencies its
 * expectations name, so the shared framework never depends on a proposal. Run it in a transaction.
 */
export async function acceptProposal(
  sql: SqlClient,
  actor: Actor,
  input: unknown,
): Promise<AcceptedProposal> {
  assertKeepsFramework(actor);
  const parsed = acceptProposalInput.safeParse(input);
  if (!parsed.success) throw invalid(issuesFromZod(parsed.error));
  const { kind, id } = parsed.data;
  if (kind === 'competency') {
    const accepted = await shareCompetencies(sql, [id]);
    if (accepted.length === 0) throw notFound('proposed competency', id);
    return { accepted };
  }
  const [role] = await sql.query<{ id: string; name: string }>(
    `UPDATE custom_roles SET proposed_by = NULL, proposed_at = NULL
     WHERE id = $1 AND proposed_by IS NOT NULL RETURNING id, name`,
    [id],
  );
  if (!role) throw notFound('proposed role', id);
  const needed = await sql.query<{ id: string }>(
    `SELECT c.id FROM custom_role_expectations x JOIN custom_competencies c ON c.id = x.competency_id
     WHERE x.role_id = $1 AND c.proposed_by IS NOT NULL ORDER BY c.id`,
    [id],
  );
  const competencies = await shareCompetencies(
    sql,
    needed.map((row) => row.id),
  );
  return { accepted: [{ kind: 'role', id: role.id, name: role.name }, ...competencies] };
}
