// Rows of one-on-ones on PostgreSQL and how they become the domain's CheckIn and ActionItem, exactly
// as the SQLite repository (src/main/core/checkins/repository.ts) builds them, with private notes
// masked: they are returned to the account that wrote them (check_ins.private_notes_by) and to no one
// else, not the hire's next manager after a handover, not a lead the hire is shared with.
import type { ActionItem, CheckIn, CheckInStatus, Pulse } from '@shared/checkins/schema';
import type { Actor } from '../auth/policy';
import type { SqlClient } from '../db/sql-client';
import { readableHire } from './scope';

export interface CheckInRow {
  id: string;
  hire_id: string;
  plan_id: string | null;
  scheduled_on: string;
  status: CheckInStatus;
  origin: 'plan' | 'manager';
  held_on: string | null;
  shared_notes: string;
  private_notes: string;
  focus_competency_ids: string;
  topics: string;
  start_time: string | null;
  minutes: number | null;
  sequence: number;
  created_at: string;
  updated_at: string;
  version: number;
  has_draft: boolean;
}

export interface ActionRow {
  id: string;
  hire_id: string;
  check_in_id: string;
  text: string;
  owner: ActionItem['owner'];
  due_on: string | null;
  status: ActionItem['status'];
  closed_in_check_in_id: string | null;
  closed_on: string | null;
  created_at: string;
}

export const toAction = (r: ActionRow): ActionItem => ({
  id: r.id,
  hireId: r.hire_id,
  checkInId: r.check_in_id,
  text: r.text,
  owner: r.owner,
  dueOn: r.due_on,
  status: r.status,
  closedInCheckInId: r.closed_in_check_in_id,
  closedOn: r.closed_on,
  createdAt: r.created_at,
});

interface PulseRow {
  check_in_id: string;
  competency_id: string;
  confidence: number;
}

export const toPulse = (r: Omit<PulseRow, 'check_in_id'>): Pulse => ({
  competencyId: r.competency_id,
  confidence: r.confidence,
});

/** Rows grouped by a key, each mapped, in the order they came. */
function groupBy<Row, T>(rows: Row[], key: (row: Row) => string, map: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(map(row));
    else groups.set(key(row), [map(row)]);
  }
  return groups;
}

/**
 * `FROM check_ins c JOIN hires h` with the columns of CheckInRow, limited to the check-ins of hires
 * the actor may read; `$1` is the actor's id. Private notes are '' unless the actor wrote them.
 */
export function checkInsReadableBy(actor: Actor): string {
  return `SELECT c.id, c.hire_id, c.plan_id, c.scheduled_on, c.status, c.origin, c.held_on, c.shared_notes,
      CASE WHEN c.private_notes_by = $1 THEN c.private_notes ELSE '' END AS private_notes,
      c.focus_competency_ids, c.topics, c.start_time, c.minutes, c.sequence, c.created_at, c.updated_at, c.version,
      EXISTS (SELECT 1 FROM check_in_drafts d WHERE d.check_in_id = c.id) AS has_draft
    FROM check_ins c JOIN hires h ON h.id = c.hire_id
    WHERE ${readableHire(actor, 'h', 1)}`;
}

/**
 * Action items (aliased `alias`) in SQLite's `created_at, rowid` order: PostgreSQL has no rowid, so
 * the id breaks ties between items made at the same instant.
 */
export const actionOrder = (alias: string) => `${alias}.created_at, ${alias}.seq`;

/**
 * SQLite's BINARY order of text, which ORDER BY on PostgreSQL gives only under the C collation (the
 * database's locale may ignore case and punctuation); sorted here, it is the same on every engine.
 */
export const binaryOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// The ids of a list of check-ins travel as one JSON array parameter, so the list is three statements
// however long it is (PostgreSQL's arrays would do too, but the client binds text, numbers and NULL).
const idsIn = (column: string) => `${column} IN (SELECT json_array_elements_text($1::json))`;

/** Check-ins with their pulses and action items: three statements for any number of rows. */
export async function toCheckIns(sql: SqlClient, rows: CheckInRow[]): Promise<CheckIn[]> {
  if (rows.length === 0) return [];
  const ids = [JSON.stringify(rows.map((row) => row.id))];
  const [pulseRows, createdRows, closedRows] = await Promise.all([
    sql.query<PulseRow>(
      `SELECT check_in_id, competency_id, confidence FROM check_in_pulses WHERE ${idsIn('check_in_id')}`,
      ids,
    ),
    sql.query<ActionRow>(
      `SELECT * FROM action_items a WHERE ${idsIn('a.check_in_id')} ORDER BY ${actionOrder('a')}`,
      ids,
    ),
    sql.query<ActionRow>(
      `SELECT * FROM action_items a WHERE a.closed_in_check_in_id IS NOT NULL AND ${idsIn('a.closed_in_check_in_id')}
         ORDER BY ${actionOrder('a')}`,
      ids,
    ),
  ]);
  const byCompetency = pulseRows.sort((x, y) => binaryOrder(x.competency_id, y.competency_id));
  const pulses = groupBy(byCompetency, (p) => p.check_in_id, toPulse);
  const created = groupBy(createdRows, (a) => a.check_in_id, toAction);
  const closed = groupBy(closedRows, (a) => a.closed_in_check_in_id ?? '', toAction);
  return rows.map((row) => ({
    id: row.id,
    hireId: row.hire_id,
    planId: row.plan_id,
    scheduledOn: row.scheduled_on,
    status: row.status,
    origin: row.origin,
    heldOn: row.held_on,
    sharedNotes: row.shared_notes,
    privateNotes: row.private_notes,
    focusCompetencyIds: JSON.parse(row.focus_competency_ids) as string[],
    topics: JSON.parse(row.topics) as string[],
    pulses: pulses.get(row.id) ?? [],
    actionItems: created.get(row.id) ?? [],
    closedActionItems: closed.get(row.id) ?? [],
    hasDraft: row.has_draft,
    startTime: row.start_time,
    minutes: row.minutes,
    sequence: row.sequence,
    updatedAt: row.updated_at,
    version: row.version,
  }));
}
