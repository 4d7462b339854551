// How the check-in area's rows look and become domain objects. Lists of one-on-ones and their action
// items are read as arrays in a fixed column order (better-sqlite3's `raw`), so the column lists and
// the tuple types live together here.
import type { ActionItem, CheckInStatus, Pulse } from '@shared/checkins/schema';

/**
 * A check-in as CHECK_IN_SELECT reads it, column by column: lists of one-on-ones are read as arrays,
 * which better-sqlite3 makes faster than objects with a property per column (a hire's two years of
 * weekly one-on-ones: 258 µs against 430 for the list alone).
 */
export type CheckInRow = [
  id: string,
  hireId: string,
  planId: string | null,
  scheduledOn: string,
  status: CheckInStatus,
  origin: 'plan' | 'manager',
  heldOn: string | null,
  sharedNotes: string,
  privateNotes: string,
  focusCompetencyIds: string,
  topics: string,
  startTime: string | null,
  minutes: number | null,
  sequence: number,
  updatedAt: string,
  version: number,
  hasDraft: number,
];

/** An action item as ACTION_COLUMNS reads it, column by column (as CheckInRow). */
export type ActionRow = [
  id: string,
  hireId: string,
  checkInId: string,
  text: string,
  owner: ActionItem['owner'],
  dueOn: string | null,
  status: ActionItem['status'],
  closedInCheckInId: string | null,
  closedOn: string | null,
  createdAt: string,
];

export const toAction = (r: ActionRow): ActionItem => ({
  id: r[0],
  hireId: r[1],
  checkInId: r[2],
  text: r[3],
  owner: r[4],
  dueOn: r[5],
  status: r[6],
  closedInCheckInId: r[7],
  closedOn: r[8],
  createdAt: r[9],
});

export const toPulse = (r: { competency_id: string; confidence: number }): Pulse => ({
  competencyId: r.competency_id,
  confidence: r.confidence,
});

export function addTo<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** Rows grouped by a key, each mapped, in the order they came. */
export function groupBy<Row, T>(
  rows: Row[],
  key: (row: Row) => string,
  map: (row: Row) => T,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) addTo(groups, key(row), map(row));
  return groups;
}

/** Check-ins with the columns of CheckInRow, in its order (add WHERE and ORDER BY). */
export const CHECK_IN_SELECT = `SELECT c.id, c.hire_id, c.plan_id, c.scheduled_on, c.status, c.origin, c.held_on, c.shared_notes,
    c.private_notes, c.focus_competency_ids, c.topics, c.start_time, c.minutes, c.sequence, c.updated_at, c.version,
    EXISTS (SELECT 1 FROM check_in_drafts d WHERE d.check_in_id = c.id) AS has_draft
  FROM check_ins c`;

/** The columns of ActionRow, in its order. */
export const ACTION_COLUMNS = `id, hire_id, check_in_id, text, owner, due_on, status, closed_in_check_in_id, closed_on, created_at`;
