// SQL for check-ins, pulses, action items and drafts.
import type { Db } from '../db/connection';
import type { Synchronous } from '../awaitable';
import type { LastEdit } from '../edit-version';
import type {
  CancelledCheckIn,
  CheckInRepository,
  HeldPulse,
  NewCheckIn,
  ReplaceableCheckIn,
} from './repository-types';

export type {
  CancelledCheckIn,
  CheckInRepository,
  HeldPulse,
  NewCheckIn,
  ReplaceableCheckIn,
} from './repository-types';
import type { ActionItem, CheckIn, CheckInDraft, Pulse } from '@shared/checkins/schema';
import {
  ACTION_COLUMNS,
  CHECK_IN_SELECT,
  addTo,
  groupBy,
  toAction,
  toPulse,
  type ActionRow,
  type CheckInRow,
} from './rows';

interface ReplaceableRow {
  id: string;
  scheduled_on: string;
  start_time: string | null;
  minutes: number | null;
  sequence: number;
  created_at: string;
}

interface CancelledRow {
  id: string;
  hire_id: string;
  scheduled_on: string;
  start_time: string | null;
  minutes: number | null;
  sequence: number;
  cancelled_at: string;
}

/** The statements that read check-ins and what belongs to them (lists come as arrays: CheckInRow, ActionRow). */
const prepareListReads = (db: Db) => ({
  get: db.prepare<[string], CheckInRow>(`${CHECK_IN_SELECT} WHERE c.id = ?`).raw(true),
  scheduled: db
    .prepare<[string], CheckInRow>(
      `${CHECK_IN_SELECT} WHERE c.hire_id = ? AND c.status = 'scheduled' ORDER BY c.scheduled_on, c.id`,
    )
    .raw(true),
  history: db
    .prepare<[string, string], CheckInRow>(
      `${CHECK_IN_SELECT} WHERE c.hire_id = ? AND c.status = 'done' AND (? = '' OR c.shared_notes LIKE @p ESCAPE '\\' OR c.private_notes LIKE @p ESCAPE '\\'
         OR EXISTS (SELECT 1 FROM action_items a WHERE a.check_in_id = c.id AND a.text LIKE @p ESCAPE '\\'))
       ORDER BY c.held_on DESC, c.scheduled_on DESC`,
    )
    .raw(true),
  lastDoneBefore: db
    .prepare<[string, string, string], CheckInRow>(
      `${CHECK_IN_SELECT} WHERE c.hire_id = ? AND c.status = 'done' AND c.id <> ? AND c.held_on <= ? ORDER BY c.held_on DESC, c.updated_at DESC LIMIT 1`,
    )
    .raw(true),
  nextScheduledAfter: db
    .prepare<[string, string, string], CheckInRow>(
      `${CHECK_IN_SELECT} WHERE c.hire_id = ? AND c.status = 'scheduled' AND c.id <> ? AND c.scheduled_on > ? ORDER BY c.scheduled_on LIMIT 1`,
    )
    .raw(true),
  due: db.prepare<[string], { id: string; hire_id: string; scheduled_on: string; hire_name: string }>(
    `SELECT c.id, c.hire_id, c.scheduled_on, h.name AS hire_name FROM check_ins c JOIN hires h ON h.id = c.hire_id
       WHERE c.status = 'scheduled' AND c.scheduled_on <= ? AND h.status = 'active' ORDER BY c.scheduled_on, h.name`,
  ),
  // What belongs to a list of check-ins (a JSON array of ids), each in one statement however long
  // the list: a hire's history is a few statements, not three more per one-on-one.
  pulses: db
    .prepare<[string], [checkInId: string, competencyId: string, confidence: number]>(
      `SELECT check_in_id, competency_id, confidence FROM check_in_pulses
       WHERE check_in_id IN (SELECT value FROM json_each(?)) ORDER BY check_in_id, competency_id`,
    )
    .raw(true),
  lastPulses: db.prepare<[string], { competency_id: string; confidence: number; held_on: string }>(
    `SELECT p.competency_id, p.confidence, c.held_on FROM check_in_pulses p JOIN check_ins c ON c.id = p.check_in_id
       WHERE c.hire_id = ? AND c.status = 'done' ORDER BY c.held_on DESC, c.updated_at DESC`,
  ),
  // The items agreed in the listed check-ins and those closed in them, in one statement (each is
  // found through its own index); a row may be both.
  actions: db
    .prepare<[{ ids: string }], ActionRow>(
      `SELECT ${ACTION_COLUMNS} FROM action_items
       WHERE check_in_id IN (SELECT value FROM json_each(@ids))
         OR (closed_in_check_in_id IS NOT NULL AND closed_in_check_in_id IN (SELECT value FROM json_each(@ids)))
       ORDER BY created_at, rowid`,
    )
    .raw(true),
  openActions: db
    .prepare<[string], ActionRow>(
      `SELECT ${ACTION_COLUMNS} FROM action_items WHERE hire_id = ? AND status = 'open'
         ORDER BY coalesce(due_on, '9999-12-31'), created_at, rowid`,
    )
    .raw(true),
  action: db
    .prepare<[string], ActionRow>(`SELECT ${ACTION_COLUMNS} FROM action_items WHERE id = ?`)
    .raw(true),
});

/** The statements of this area, prepared once per connection. */
const prepareStatements = (db: Db) => ({
  ...prepareListReads(db),
  insert: db.prepare(
    `INSERT INTO check_ins (id, hire_id, plan_id, scheduled_on, origin, focus_competency_ids, topics, created_at, updated_at)
       VALUES (@id, @hireId, @planId, @scheduledOn, @origin, @focus, @topicsJson, @now, @now)`,
  ),
  // The plan's one-on-ones a re-plan may move or drop: not held, not cancelled, nothing drafted.
  replaceablePlanCheckIns: db.prepare<[string], ReplaceableRow>(
    `SELECT c.id, c.scheduled_on, c.start_time, c.minutes, c.sequence, c.created_at FROM check_ins c
       WHERE c.hire_id = ? AND c.status = 'scheduled' AND c.origin = 'plan'
         AND NOT EXISTS (SELECT 1 FROM check_in_drafts d WHERE d.check_in_id = c.id)
       ORDER BY c.scheduled_on, c.id`,
  ),
  datesTaken: db.prepare<[string], { id: string; scheduled_on: string }>(
    "SELECT id, scheduled_on FROM check_ins WHERE hire_id = ? AND status IN ('scheduled', 'done')",
  ),
  replan: db.prepare(
    `UPDATE check_ins SET plan_id = @planId, scheduled_on = @scheduledOn, focus_competency_ids = @focus,
         topics = @topicsJson, sequence = sequence + @moved, updated_at = @now, version = version + 1 WHERE id = @id`,
  ),
  remove: db.prepare('DELETE FROM check_ins WHERE id = ?'),
  lastExport: db.prepare<[string], { exported_at: string }>(
    'SELECT exported_at FROM check_in_exports WHERE hire_id = ?',
  ),
  markExported: db.prepare(
    `INSERT INTO check_in_exports (hire_id, exported_at) VALUES (?, ?)
       ON CONFLICT (hire_id) DO UPDATE SET exported_at = excluded.exported_at`,
  ),
  insertCancelled: db.prepare(
    `INSERT INTO cancelled_check_ins (id, hire_id, scheduled_on, start_time, minutes, sequence, cancelled_at)
       VALUES (@id, @hireId, @scheduledOn, @startTime, @minutes, @sequence, @cancelledAt)`,
  ),
  cancelled: db.prepare<[string], CancelledRow>(
    'SELECT * FROM cancelled_check_ins WHERE hire_id = ? ORDER BY scheduled_on, id',
  ),
  pruneCancelled: db.prepare('DELETE FROM cancelled_check_ins WHERE hire_id = ? AND scheduled_on < ?'),
  move: db.prepare(
    `UPDATE check_ins SET scheduled_on = @date, start_time = @time, minutes = @minutes,
         sequence = sequence + 1, updated_at = @now, version = version + 1 WHERE id = @id`,
  ),
  cancel: db.prepare(
    `UPDATE check_ins SET status = 'cancelled', sequence = sequence + 1, updated_at = ?, version = version + 1
       WHERE id = ?`,
  ),
  complete: db.prepare(
    `UPDATE check_ins SET status = 'done', held_on = @heldOn, shared_notes = @sharedNotes, private_notes = @privateNotes,
         sequence = sequence + 1, updated_at = @now, version = version + 1 WHERE id = @id`,
  ),
  insertPulse: db.prepare(
    'INSERT INTO check_in_pulses (check_in_id, competency_id, confidence) VALUES (?, ?, ?)',
  ),
  insertAction: db.prepare(
    `INSERT INTO action_items (id, hire_id, check_in_id, text, owner, due_on, status, created_at)
       VALUES (@id, @hireId, @checkInId, @text, @owner, @dueOn, 'open', @now)`,
  ),
  closeAction: db.prepare(
    'UPDATE action_items SET status = ?, closed_in_check_in_id = ?, closed_on = ? WHERE id = ?',
  ),
  draft: db.prepare<[string], { draft: string }>('SELECT draft FROM check_in_drafts WHERE check_in_id = ?'),
  saveDraft: db.prepare(
    `INSERT INTO check_in_drafts (check_in_id, draft, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (check_in_id) DO UPDATE SET draft = excluded.draft, updated_at = excluded.updated_at`,
  ),
  deleteDraft: db.prepare('DELETE FROM check_in_drafts WHERE check_in_id = ?'),
  raiseVersion: db.prepare<[string], { version: number }>(
    'UPDATE check_ins SET version = version + 1 WHERE id = ? RETURNING version',
  ),
  // One person at a time on the desktop: a newer edit was theirs, in another window.
  lastEdit: db.prepare<[string], LastEdit>(
    `SELECT c.version, max(c.updated_at, coalesce(d.updated_at, '')) AS at, NULL AS "by"
       FROM check_ins c LEFT JOIN check_in_drafts d ON d.check_in_id = c.id WHERE c.id = ?`,
  ),
  forCalendar: db
    .prepare<[string], CheckInRow>(
      `${CHECK_IN_SELECT} WHERE c.hire_id = ? AND c.status IN ('scheduled', 'cancelled') ORDER BY c.scheduled_on`,
    )
    .raw(true),
});

type Statements = ReturnType<typeof prepareStatements>;

/** What re-planning reads and writes: the one-on-ones it may move or drop, and the days already taken. */
function replanStatements(s: Statements) {
  return {
    /** The plan's unheld one-on-ones a re-plan may move or drop, earliest first. */
    replaceablePlanCheckIns: (hireId: string): ReplaceableCheckIn[] =>
      s.replaceablePlanCheckIns.all(hireId).map((r) => ({
        id: r.id,
        scheduledOn: r.scheduled_on,
        startTime: r.start_time,
        minutes: r.minutes,
        sequence: r.sequence,
        createdAt: r.created_at,
      })),
    /** Days that already have a scheduled or held one-on-one, leaving out the check-ins in `except`. */
    datesTaken: (hireId: string, except: ReadonlySet<string> = new Set()) =>
      new Set(
        s.datesTaken
          .all(hireId)
          .filter((r) => !except.has(r.id))
          .map((r) => r.scheduled_on),
      ),
    /** Gives a kept one-on-one the new plan's date, focus and questions; `moved` raises its sequence. */
    replan: (change: {
      id: string;
      planId: string;
      scheduledOn: string;
      focusCompetencyIds: string[];
      topics: string[];
      moved: boolean;
      now: string;
    }) =>
      void s.replan.run({
        id: change.id,
        planId: change.planId,
        scheduledOn: change.scheduledOn,
        focus: JSON.stringify(change.focusCompetencyIds),
        topicsJson: JSON.stringify(change.topics),
        moved: change.moved ? 1 : 0,
        now: change.now,
      }),
    remove: (id: string) => void s.remove.run(id),
  };
}

/** What the calendar export remembers: when it last ran, and the one-on-ones re-plans dropped since. */
function calendarRecords(s: Statements) {
  return {
    /** When the hire's one-on-ones were last exported as .ics; undefined when never. */
    lastExport: (hireId: string): string | undefined => s.lastExport.get(hireId)?.exported_at,
    markExported: (hireId: string, at: string) => void s.markExported.run(hireId, at),
    insertCancelled: (cancelled: CancelledCheckIn) => void s.insertCancelled.run(cancelled),
    cancelled: (hireId: string): CancelledCheckIn[] =>
      s.cancelled.all(hireId).map((r) => ({
        id: r.id,
        hireId: r.hire_id,
        scheduledOn: r.scheduled_on,
        startTime: r.start_time,
        minutes: r.minutes,
        sequence: r.sequence,
        cancelledAt: r.cancelled_at,
      })),
    /** Forgets cancellations of one-on-ones dated before `before`. */
    pruneCancelled: (hireId: string, before: string) => void s.pruneCancelled.run(hireId, before),
  };
}

export function createCheckInRepository(db: Db): Synchronous<CheckInRepository> {
  const s = prepareStatements(db);

  /** Check-ins with their pulses and action items: two statements for any number of rows. */
  function toCheckIns(rows: CheckInRow[]): CheckIn[] {
    if (rows.length === 0) return [];
    const listed = new Set(rows.map((row) => row[0]));
    const ids = JSON.stringify([...listed]);
    const pulses = groupBy(
      s.pulses.all(ids),
      (p) => p[0],
      (p): Pulse => ({ competencyId: p[1], confidence: p[2] }),
    );
    const created = new Map<string, ActionItem[]>();
    const closed = new Map<string, ActionItem[]>();
    for (const row of s.actions.all({ ids })) {
      const action = toAction(row);
      if (listed.has(action.checkInId)) addTo(created, action.checkInId, action);
      if (action.closedInCheckInId !== null && listed.has(action.closedInCheckInId))
        addTo(closed, action.closedInCheckInId, action);
    }
    return rows.map((row) => ({
      id: row[0],
      hireId: row[1],
      planId: row[2],
      scheduledOn: row[3],
      status: row[4],
      origin: row[5],
      heldOn: row[6],
      sharedNotes: row[7],
      privateNotes: row[8],
      focusCompetencyIds: JSON.parse(row[9]) as string[],
      topics: JSON.parse(row[10]) as string[],
      pulses: pulses.get(row[0]) ?? [],
      actionItems: created.get(row[0]) ?? [],
      closedActionItems: closed.get(row[0]) ?? [],
      hasDraft: row[16] === 1,
      startTime: row[11],
      minutes: row[12],
      sequence: row[13],
      updatedAt: row[14],
      version: row[15],
    }));
  }
  const toCheckIn = (row: CheckInRow | undefined): CheckIn | undefined =>
    row ? toCheckIns([row])[0] : undefined;

  const likeTerm = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

  return {
    get: (id: string) => toCheckIn(s.get.get(id)),
    scheduled: (hireId: string) => toCheckIns(s.scheduled.all(hireId)),
    history: (hireId: string, search: string) => {
      const term = search.trim();
      return toCheckIns(
        (s.history.all as (...args: unknown[]) => CheckInRow[])(hireId, term, { p: likeTerm(term) }),
      );
    },
    lastDoneBefore: (hireId: string, excludeId: string, date: string) =>
      toCheckIn(s.lastDoneBefore.get(hireId, excludeId, date)),
    nextScheduledAfter: (hireId: string, excludeId: string, date: string) =>
      toCheckIn(s.nextScheduledAfter.get(hireId, excludeId, date)),
    due: (today: string) =>
      s.due.all(today).map((r) => ({
        checkInId: r.id,
        hireId: r.hire_id,
        hireName: r.hire_name,
        scheduledOn: r.scheduled_on,
      })),
    /** Every confidence rating the hire was given, latest check-in first. */
    lastPulses: (hireId: string): HeldPulse[] =>
      s.lastPulses.all(hireId).map((p) => ({ ...toPulse(p), heldOn: p.held_on })),
    openActions: (hireId: string) => s.openActions.all(hireId).map(toAction),
    action: (id: string) => {
      const row = s.action.get(id);
      return row ? toAction(row) : undefined;
    },
    insert: (c: NewCheckIn) =>
      void s.insert.run({
        ...c,
        focus: JSON.stringify(c.focusCompetencyIds),
        topicsJson: JSON.stringify(c.topics),
      }),
    ...replanStatements(s),
    ...calendarRecords(s),
    /** Every move raises the sequence, so a re-imported calendar replaces its copy of the event. */
    move: (id: string, to: { date: string; time: string | null; minutes: number | null }, now: string) =>
      void s.move.run({ id, ...to, now }),
    cancel: (id: string, now: string) => void s.cancel.run(now, id),
    complete: (change: {
      id: string;
      heldOn: string;
      sharedNotes: string;
      privateNotes: string;
      now: string;
    }) => void s.complete.run(change),
    insertPulse: (checkInId: string, p: Pulse) =>
      void s.insertPulse.run(checkInId, p.competencyId, p.confidence),
    insertAction: (a: {
      id: string;
      hireId: string;
      checkInId: string;
      text: string;
      owner: string;
      dueOn: string | null;
      now: string;
    }) => void s.insertAction.run(a),
    closeAction: (id: string, status: 'done' | 'dropped', checkInId: string, on: string) =>
      void s.closeAction.run(status, checkInId, on, id),
    draft: (checkInId: string): CheckInDraft | null => {
      const row = s.draft.get(checkInId);
      return row ? (JSON.parse(row.draft) as CheckInDraft) : null;
    },
    saveDraft: (checkInId: string, draft: CheckInDraft, now: string): number => {
      s.saveDraft.run(checkInId, JSON.stringify(draft), now);
      return s.raiseVersion.get(checkInId)?.version ?? 1;
    },
    lastEdit: (id: string): LastEdit | undefined => s.lastEdit.get(id),
    deleteDraft: (checkInId: string) => void s.deleteDraft.run(checkInId),
    forCalendar: (hireId: string) => toCheckIns(s.forCalendar.all(hireId)),
  };
}
