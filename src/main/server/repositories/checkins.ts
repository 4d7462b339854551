// One-on-ones on PostgreSQL for the team server: the twin of src/main/core/checkins/repository.ts
// (same methods, answers and order), every query scoped to the signed-in account through the
// check-in's hire. Outside the scope a read answers nothing and a write changes nothing and is refused
// (NOT_FOUND; FORBIDDEN to a lead the hire is shared with). Private notes, in check-ins and in drafts,
// are the author's alone; every edit of a check-in raises its version and names the actor.
import type { CancelledCheckIn, HeldPulse, ReplaceableCheckIn } from '../../core/checkins/repository';
import type { CheckIn, CheckInDraft } from '@shared/checkins/schema';
import type { SqlParam } from '../db/sql-client';
import {
  actionOrder,
  binaryOrder,
  checkInsReadableBy,
  toAction,
  toCheckIns,
  toPulse,
  type ActionRow,
  type CheckInRow,
} from './check-in-rows';
import { checkInWrites } from './check-in-writes';
import { readableHire, type RepositoryScope } from './scope';

/** Reads of one-on-ones, pulses, action items, drafts and calendar records of hires the actor may read. */
function checkInReads({ sql, actor }: RepositoryScope) {
  const readable = checkInsReadableBy(actor);
  const hireReadable = readableHire(actor, 'h', 1);
  const checkIns = async (where: string, params: SqlParam[]) =>
    toCheckIns(await sql.query<CheckInRow>(`${readable} AND ${where}`, [actor.id, ...params]));
  const first = async (where: string, params: SqlParam[]): Promise<CheckIn | undefined> =>
    (await checkIns(`${where} LIMIT 1`, params))[0];
  const likeTerm = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

  return {
    get: (id: string) => first('c.id = $2', [id]),
    scheduled: (hireId: string) =>
      checkIns("c.hire_id = $2 AND c.status = 'scheduled' ORDER BY c.scheduled_on, c.id", [hireId]),
    /** SQLite's LIKE ignores ASCII case; lower() on both sides does the same here. Private notes match only their author's. */
    history: (hireId: string, search: string) => {
      const term = search.trim();
      return checkIns(
        `c.hire_id = $2 AND c.status = 'done' AND ($3::text = '' OR lower(c.shared_notes) LIKE lower($4) ESCAPE '\\'
           OR (c.private_notes_by = $1 AND lower(c.private_notes) LIKE lower($4) ESCAPE '\\')
           OR EXISTS (SELECT 1 FROM action_items a WHERE a.check_in_id = c.id AND lower(a.text) LIKE lower($4) ESCAPE '\\'))
         ORDER BY c.held_on DESC, c.scheduled_on DESC, c.id`,
        [hireId, term, likeTerm(term)],
      );
    },
    lastDoneBefore: (hireId: string, excludeId: string, date: string) =>
      first(
        "c.hire_id = $2 AND c.status = 'done' AND c.id <> $3 AND c.held_on <= $4 ORDER BY c.held_on DESC, c.updated_at DESC, c.id",
        [hireId, excludeId, date],
      ),
    nextScheduledAfter: (hireId: string, excludeId: string, date: string) =>
      first(
        "c.hire_id = $2 AND c.status = 'scheduled' AND c.id <> $3 AND c.scheduled_on > $4 ORDER BY c.scheduled_on, c.id",
        [hireId, excludeId, date],
      ),
    /** Names in SQLite's BINARY order (the column has no NOCASE), whatever the database's locale. */
    async due(today: string) {
      const rows = await sql.query<{ id: string; hire_id: string; hire_name: string; scheduled_on: string }>(
        `SELECT c.id, c.hire_id, h.name AS hire_name, c.scheduled_on FROM check_ins c JOIN hires h ON h.id = c.hire_id
           WHERE ${hireReadable} AND c.status = 'scheduled' AND c.scheduled_on <= $2 AND h.status = 'active'
           ORDER BY c.scheduled_on, c.id`,
        [actor.id, today],
      );
      rows.sort(
        (x, y) => binaryOrder(x.scheduled_on, y.scheduled_on) || binaryOrder(x.hire_name, y.hire_name),
      );
      return rows.map((r) => ({
        checkInId: r.id,
        hireId: r.hire_id,
        hireName: r.hire_name,
        scheduledOn: r.scheduled_on,
      }));
    },
    /** Every confidence rating the hire was given, latest check-in first. */
    async lastPulses(hireId: string): Promise<HeldPulse[]> {
      const rows = await sql.query<{
        check_in_id: string;
        competency_id: string;
        confidence: number;
        held_on: string;
      }>(
        `SELECT p.check_in_id, p.competency_id, p.confidence, c.held_on FROM check_in_pulses p
           JOIN check_ins c ON c.id = p.check_in_id JOIN hires h ON h.id = c.hire_id
           WHERE ${hireReadable} AND c.hire_id = $2 AND c.status = 'done'
           ORDER BY c.held_on DESC, c.updated_at DESC, c.id`,
        [actor.id, hireId],
      );
      // Check-ins as the query ordered them; within one, competencies in SQLite's BINARY order.
      const rank = new Map<string, number>();
      rows.forEach((r, i) => rank.set(r.check_in_id, rank.get(r.check_in_id) ?? i));
      rows.sort(
        (x, y) =>
          (rank.get(x.check_in_id) ?? 0) - (rank.get(y.check_in_id) ?? 0) ||
          binaryOrder(x.competency_id, y.competency_id),
      );
      return rows.map((p) => ({ ...toPulse(p), heldOn: p.held_on }));
    },
    async openActions(hireId: string) {
      const rows = await sql.query<ActionRow>(
        `SELECT a.* FROM action_items a JOIN hires h ON h.id = a.hire_id
           WHERE ${hireReadable} AND a.hire_id = $2 AND a.status = 'open'
           ORDER BY coalesce(a.due_on, '9999-12-31'), ${actionOrder('a')}`,
        [actor.id, hireId],
      );
      return rows.map(toAction);
    },
    async action(id: string) {
      const [row] = await sql.query<ActionRow>(
        `SELECT a.* FROM action_items a JOIN hires h ON h.id = a.hire_id WHERE ${hireReadable} AND a.id = $2`,
        [actor.id, id],
      );
      return row ? toAction(row) : undefined;
    },
    /** The draft; its private notes only to the account that wrote them (the check-in's private_notes_by). */
    async draft(checkInId: string): Promise<CheckInDraft | null> {
      const [row] = await sql.query<{ draft: string; author: boolean }>(
        `SELECT d.draft, c.private_notes_by IS NOT DISTINCT FROM $1 AS author FROM check_in_drafts d
           JOIN check_ins c ON c.id = d.check_in_id JOIN hires h ON h.id = c.hire_id
           WHERE ${hireReadable} AND d.check_in_id = $2`,
        [actor.id, checkInId],
      );
      if (!row) return null;
      const draft = JSON.parse(row.draft) as CheckInDraft;
      if (row.author) return draft;
      const { privateNotes: _hidden, ...shown } = draft;
      return shown;
    },
    forCalendar: (hireId: string) =>
      checkIns("c.hire_id = $2 AND c.status IN ('scheduled', 'cancelled') ORDER BY c.scheduled_on, c.id", [
        hireId,
      ]),
    ...replanReads({ sql, actor }),
    ...calendarReads({ sql, actor }),
  };
}

/** What re-planning reads: the one-on-ones it may move or drop, and the days already taken. */
function replanReads({ sql, actor }: RepositoryScope) {
  const hireReadable = readableHire(actor, 'h', 1);
  return {
    /** The plan's unheld one-on-ones a re-plan may move or drop, earliest first. */
    async replaceablePlanCheckIns(hireId: string): Promise<ReplaceableCheckIn[]> {
      const rows = await sql.query<{
        id: string;
        scheduled_on: string;
        start_time: string | null;
        minutes: number | null;
        sequence: number;
        created_at: string;
      }>(
        `SELECT c.id, c.scheduled_on, c.start_time, c.minutes, c.sequence, c.created_at
           FROM check_ins c JOIN hires h ON h.id = c.hire_id
           WHERE ${hireReadable} AND c.hire_id = $2 AND c.status = 'scheduled' AND c.origin = 'plan'
             AND NOT EXISTS (SELECT 1 FROM check_in_drafts d WHERE d.check_in_id = c.id)
           ORDER BY c.scheduled_on, c.id`,
        [actor.id, hireId],
      );
      return rows.map((r) => ({
        id: r.id,
        scheduledOn: r.scheduled_on,
        startTime: r.start_time,
        minutes: r.minutes,
        sequence: r.sequence,
        createdAt: r.created_at,
      }));
    },
    /** Days that already have a scheduled or held one-on-one, leaving out the check-ins in `except`. */
    async datesTaken(hireId: string, except: ReadonlySet<string> = new Set()): Promise<Set<string>> {
      const rows = await sql.query<{ id: string; scheduled_on: string }>(
        `SELECT c.id, c.scheduled_on FROM check_ins c JOIN hires h ON h.id = c.hire_id
           WHERE ${hireReadable} AND c.hire_id = $2 AND c.status IN ('scheduled', 'done')`,
        [actor.id, hireId],
      );
      return new Set(rows.filter((r) => !except.has(r.id)).map((r) => r.scheduled_on));
    },
  };
}

/** What the calendar export remembers: when it last ran, and the one-on-ones re-plans dropped since. */
function calendarReads({ sql, actor }: RepositoryScope) {
  const hireReadable = readableHire(actor, 'h', 1);
  return {
    /** When the hire's one-on-ones were last exported as .ics; undefined when never. */
    async lastExport(hireId: string): Promise<string | undefined> {
      const [row] = await sql.query<{ exported_at: string }>(
        `SELECT e.exported_at FROM check_in_exports e JOIN hires h ON h.id = e.hire_id
           WHERE ${hireReadable} AND e.hire_id = $2`,
        [actor.id, hireId],
      );
      return row?.exported_at;
    },
    async cancelled(hireId: string): Promise<CancelledCheckIn[]> {
      const rows = await sql.query<{
        id: string;
        hire_id: string;
        scheduled_on: string;
        start_time: string | null;
        minutes: number | null;
        sequence: number;
        cancelled_at: string;
      }>(
        `SELECT x.* FROM cancelled_check_ins x JOIN hires h ON h.id = x.hire_id
           WHERE ${hireReadable} AND x.hire_id = $2 ORDER BY x.scheduled_on, x.id`,
        [actor.id, hireId],
      );
      return rows.map((r) => ({
        id: r.id,
        hireId: r.hire_id,
        scheduledOn: r.scheduled_on,
        startTime: r.start_time,
        minutes: r.minutes,
        sequence: r.sequence,
        cancelledAt: r.cancelled_at,
      }));
    },
  };
}

/** The one-on-ones of the signed-in account's hires; only a manager's own hires' ones can be changed. */
export function createPostgresCheckInRepository(scope: RepositoryScope) {
  return { ...checkInReads(scope), ...checkInWrites(scope) };
}

export type PostgresCheckInRepository = ReturnType<typeof createPostgresCheckInRepository>;
