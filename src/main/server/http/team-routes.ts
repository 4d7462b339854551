// The team routes under /team/: what a team server has and a desktop does not — the organisation
// overview, moving in a desktop data file, framework proposals, and handing a hire over or sharing
// it with an HR/L&D lead. Same conventions as auth-routes.ts: a live session first (401), the CSRF
// token on every POST (403), unknown fields refused by name, the policy (auth/policy.ts) and the
// scoped repositories decide, and each route runs in one transaction.
import { toCalendarDate } from '@shared/dates/calendar-date';
import { AppError, validationError } from '../../core/errors';
import { isJsonContentType, readBody, HttpFailure, sendJson } from '../../web/http-answers';
import { isAllowed, type Actor } from '../auth/policy';
import type { SqlClient } from '../db/sql-client';
import type { MoveInChecker } from '../move-in/check-off-thread';
import { writeMoveIn } from '../move-in/move-in';
import { acceptProposal, listProposals } from '../move-in/proposals';
import { readOrgOverview } from '../overview/org-overview';
import { createPostgresHireRepository } from '../repositories/hires';
import { authenticate, onlyFields, type Handler, type RouteContext } from './auth-routes';

/** A desktop data file for a few hundred hires with two years of history is well under this. */
export const MOVE_IN_BODY_BYTES = 50 * 1024 * 1024;

/** Routes whose handler reads the body itself (after the session and role are checked). */
export const STREAMED_BODY_ROUTES: ReadonlySet<string> = new Set(['/team/move-in']);

export interface TeamRouteOptions {
  /** Checks an uploaded data file off the request thread (move-in/check-off-thread.ts). */
  checkMoveIn: MoveInChecker;
}

export interface Colleague {
  id: string;
  displayName: string;
  role: 'manager' | 'hr';
}

/** An account's name beside its id, for the people a sharing page names. */
export interface NamedAccount {
  id: string;
  displayName: string;
}

/** A string id in the body or query, at most 200 characters, named by its field when missing. */
function idIn(source: Record<string, unknown>, field: string): string {
  const value = source[field];
  if (typeof value !== 'string' || value.trim() === '') throw validationError(field, 'Give an id');
  if (value.length > 200) throw validationError(field, 'An id is at most 200 characters');
  return value;
}

/** The query string as fields, refusing any but `fields` by name. */
function queryOf(url: string | undefined, fields: readonly string[]): Record<string, unknown> {
  const params = new URL(url ?? '/', 'http://server').searchParams;
  const query: Record<string, unknown> = {};
  for (const [key, value] of params) query[key] = value;
  onlyFields(query, fields);
  return query;
}

/** Managers hand hires over and share them: only they pick colleagues. */
function assertManager(actor: Actor, doing: string): void {
  const ownHire = { kind: 'hire', managerId: actor.id, sharedWith: [] } as const;
  if (!isAllowed(actor, ownHire, 'handOver'))
    throw new AppError(
      'FORBIDDEN',
      `Your account (${actor.role}) may not ${doing}; only a manager's account holds hires`,
    );
}

const inTransaction = <T>(context: RouteContext, work: (tx: SqlClient) => Promise<T>) =>
  context.client.transaction(work);

async function namesOf(sql: SqlClient, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await sql.query<{ id: string; display_name: string }>(
    `SELECT id, display_name FROM accounts WHERE id IN (${unique.map((_, i) => `$${i + 1}`).join(', ')})`,
    unique,
  );
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

const overview: Handler = async (context, { req, res }) => {
  const { actor } = await authenticate(context, req);
  queryOf(req.url, []);
  const today = toCalendarDate(context.now());
  const value = await inTransaction(context, (tx) => readOrgOverview(tx, actor, today));
  sendJson(res, 200, { ok: true, value });
};

function moveIn(options: TeamRouteOptions): Handler {
  return async (context, { req, res }) => {
    const { actor } = await authenticate(context, req);
    // Before the body is read: nobody but a manager makes the server read fifty megabytes.
    assertManager(actor, 'move in a data file');
    if (!isJsonContentType(req.headers['content-type']))
      throw new HttpFailure(415, 'VALIDATION', 'Send the data file as application/json');
    const text = await readBody(req, MOVE_IN_BODY_BYTES);
    const checked = await options.checkMoveIn(actor, text);
    const report = await inTransaction(context, (tx) => writeMoveIn(tx, checked, context.now()));
    sendJson(res, 200, { ok: true, value: report });
  };
}

const proposals: Handler = async (context, { req, res }) => {
  const { actor } = await authenticate(context, req);
  queryOf(req.url, []);
  const value = await inTransaction(context, (tx) => listProposals(tx, actor));
  sendJson(res, 200, { ok: true, value });
};

const accept: Handler = async (context, { req, res, body }) => {
  const { actor } = await authenticate(context, req);
  onlyFields(body, ['kind', 'id']);
  const value = await inTransaction(context, (tx) => acceptProposal(tx, actor, body));
  sendJson(res, 200, { ok: true, value });
};

/** Active managers and HR/L&D leads other than the caller: names and ids, nothing else about them. */
const colleagues: Handler = async (context, { req, res }) => {
  const { actor } = await authenticate(context, req);
  queryOf(req.url, []);
  assertManager(actor, 'hand hires over or share them');
  const rows = await inTransaction(context, (tx) =>
    tx.query<{ id: string; display_name: string; role: 'manager' | 'hr' }>(
      `SELECT id, display_name, role FROM accounts
        WHERE role IN ('manager', 'hr') AND disabled_at IS NULL AND id <> $1
        ORDER BY lower(display_name), id LIMIT 1000`,
      [actor.id],
    ),
  );
  const value: Colleague[] = rows.map((row) => ({
    id: row.id,
    displayName: row.display_name,
    role: row.role,
  }));
  sendJson(res, 200, { ok: true, value });
};

const handOver: Handler = async (context, { req, res, body }) => {
  const { actor } = await authenticate(context, req);
  onlyFields(body, ['hireId', 'toManagerId']);
  const hireId = idIn(body, 'hireId');
  const toManagerId = idIn(body, 'toManagerId');
  const at = context.now().toISOString();
  await inTransaction(context, (tx) =>
    createPostgresHireRepository({ sql: tx, actor }).handOver(hireId, toManagerId, at),
  );
  sendJson(res, 200, { ok: true, value: { hireId, toManagerId, handedAt: at } });
};

const share: Handler = async (context, { req, res, body }) => {
  const { actor } = await authenticate(context, req);
  onlyFields(body, ['hireId', 'leadId']);
  const hireId = idIn(body, 'hireId');
  const leadId = idIn(body, 'leadId');
  const at = context.now().toISOString();
  await inTransaction(context, (tx) =>
    createPostgresHireRepository({ sql: tx, actor }).share(hireId, leadId, at),
  );
  sendJson(res, 200, { ok: true, value: { hireId, leadId, shared: true } });
};

const unshare: Handler = async (context, { req, res, body }) => {
  const { actor } = await authenticate(context, req);
  onlyFields(body, ['hireId', 'leadId']);
  const hireId = idIn(body, 'hireId');
  const leadId = idIn(body, 'leadId');
  await inTransaction(context, (tx) =>
    createPostgresHireRepository({ sql: tx, actor }).unshare(hireId, leadId),
  );
  sendJson(res, 200, { ok: true, value: { hireId, leadId, shared: false } });
};

/**
 * Who manages the hire and who handed it to whom (whoever may read it: a lead's page says whose hire
 * it reads), and who it is shared with (its manager only).
 */
const sharing: Handler = async (context, { req, res }) => {
  const { actor } = await authenticate(context, req);
  const hireId = idIn(queryOf(req.url, ['hireId']), 'hireId');
  const value = await inTransaction(context, async (tx) => {
    const hires = createPostgresHireRepository({ sql: tx, actor });
    if (!(await hires.get(hireId))) throw new AppError('NOT_FOUND', 'No hire with that id');
    const shares = await hires.sharesOf(hireId);
    const handovers = await hires.handoversOf(hireId);
    // Read only after the scoped get above found the hire readable by this actor.
    const [owner] = await tx.query<{ manager_id: string }>('SELECT manager_id FROM hires WHERE id = $1', [
      hireId,
    ]);
    const managerId = owner?.manager_id ?? '';
    const names = await namesOf(tx, [
      managerId,
      ...shares.flatMap((s) => [s.accountId, s.sharedBy]),
      ...handovers.flatMap((h) => [h.fromManagerId, h.toManagerId, h.handedBy]),
    ]);
    const named = (id: string): NamedAccount => ({ id, displayName: names.get(id) ?? '' });
    return {
      hireId,
      manager: named(managerId),
      sharedWith: shares.map((s) => ({ lead: named(s.accountId), sharedAt: s.sharedAt })),
      handovers: handovers.map((h) => ({
        from: named(h.fromManagerId),
        to: named(h.toManagerId),
        handedAt: h.handedAt,
      })),
    };
  });
  sendJson(res, 200, { ok: true, value });
};

/** Path → method → handler, as AUTH_ROUTES; the move-in route needs its checker. */
export function teamRoutes(
  options: TeamRouteOptions,
): Record<string, Partial<Record<'GET' | 'POST', Handler>>> {
  return {
    '/team/overview': { GET: overview },
    '/team/move-in': { POST: moveIn(options) },
    '/team/proposals': { GET: proposals },
    '/team/proposals/accept': { POST: accept },
    '/team/colleagues': { GET: colleagues },
    '/team/hires/hand-over': { POST: handOver },
    '/team/hires/share': { POST: share },
    '/team/hires/unshare': { POST: unshare },
    '/team/hires/sharing': { GET: sharing },
  };
}
