// Rows of one-on-ones on PostgreSQL and how they become the domain's CheckIn and ActionItem, exactly
// as the SQLite repository (src/main/core/checkins/repository.ts) builds them, with private notes
// masked: they are returned to the account that wrote them (check_ins.private_notes_by) and to no one
// else, not the hire's next manager after a handover, not a lead the hire is shared with.
import type { ActionItem, CheckIn, CheckInStatus, Pulse } from '@shared/checkins/schema';
import type { Actor } from '../auth/policy';
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
  /** The check-in's pulses, the action items made in it and those closed in it (JSON arrays). */
  pulse_rows: Omit<PulseRow, 'check_in_id'>[];
  created_actions: ActionRow[];
  closed_actions: ActionRow[];
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

/** An action item's columns as a JSON object (ActionRow's fields), for a JSON array of them. */
const ACTION_JSON = `json_build_object('id', a.id, 'hire_id', a.hire_id, 'check_in_id', a.check_in_id,
  'text', a.text, 'owner', a.owner, 'due_on', a.due_on, 'status', a.status,
  'closed_in_check_in_id', a.closed_in_check_in_id, 'closed_on', a.closed_on, 'created_at', a.created_at)`;

/**
 * `FROM check_ins c JOIN hires h` with the columns of CheckInRow, limited to the check-ins of hires
 * the actor may read; `$1` is the actor's id. Private notes are '' unless the actor wrote them. The
 * pulses and action items come as JSON arrays in the same row, so a list of check-ins is one
 * statement however long it is.
 */
export function checkInsReadableBy(actor: Actor): string {
  return `SELECT c.id, c.hire_id, c.plan_id, c.scheduled_on, c.status, c.origin, c.held_on, c.shared_notes,
      CASE WHEN c.private_notes_by = $1 THEN c.private_notes ELSE '' END AS private_notes,
      c.focus_competency_ids, c.topics, c.start_time, c.minutes, c.sequence, c.created_at, c.updated_at, c.version,
      EXISTS (SELECT 1 FROM check_in_drafts d WHERE d.check_in_id = c.id) AS has_draft,
      (SELECT coalesce(json_agg(json_build_object('competency_id', p.competency_id, 'confidence', p.confidence)), '[]')
         FROM check_in_pulses p WHERE p.check_in_id = c.id) AS pulse_rows,
      (SELECT coalesce(json_agg(${ACTION_JSON} ORDER BY ${actionOrder('a')}), '[]')
         FROM action_items a WHERE a.check_in_id = c.id) AS created_actions,
      (SELECT coalesce(json_agg(${ACTION_JSON} ORDER BY ${actionOrder('a')}), '[]')
         FROM action_items a WHERE a.closed_in_check_in_id = c.id) AS closed_actions
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

/** Check-ins read with checkInsReadableBy, their pulses in SQLite's BINARY order of competencies. */
export function toCheckIns(rows: CheckInRow[]): CheckIn[] {
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
    pulses: [...row.pulse_rows].sort((x, y) => binaryOrder(x.competency_id, y.competency_id)).map(toPulse),
    actionItems: row.created_actions.map(toAction),
    closedActionItems: row.closed_actions.map(toAction),
    hasDraft: row.has_draft,
    startTime: row.start_time,
    minutes: row.minutes,
    sequence: row.sequence,
    updatedAt: row.updated_at,
    version: row.version,
  }));
}
