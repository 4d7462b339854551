// The writes of the PostgreSQL check-in repository (checkins.ts): each runs only on a hire the actor
// may change (a manager's own) and is refused otherwise, changing nothing. Edits of a check-in raise
// its version and name the actor; private notes name their author; writes the dashboard summarises
// (check-ins, action items) forget the hire's summary in the same statement.
import type { CancelledCheckIn, NewCheckIn } from '../../core/checkins/repository';
import type { CheckInDraft, Pulse } from '@shared/checkins/schema';
import type { LastEdit } from '../../core/edit-version';
import type { SqlParam } from '../db/sql-client';
import { changeableHire, type RepositoryScope } from './scope';
import { refusal, writeForgettingSummaries } from './sql-batches';

/** The hire of the check-in whose id is `$2`, for refusal(). */
const HIRE_OF_CHECK_IN = 'SELECT hire_id FROM check_ins WHERE id = $2';
const HIRE_OF_ACTION = 'SELECT hire_id FROM action_items WHERE id = $2';
const THE_HIRE = 'SELECT $2';

/** What a check-in edit sets besides its own change: a new version, by the actor ($1). */
const EDITED = 'version = version + 1, updated_by = $1';

/** Turns the number of rows a write changed into a refusal when that means it was out of scope. */
type Guard = (changed: number, what: string, id: string, hireOf: string) => Promise<void>;

/** What every write below is built from: the scope's SQL fragments and how a miss is refused. */
function writeKit(scope: RepositoryScope) {
  const { sql, actor } = scope;
  const hires = `SELECT h.id FROM hires h WHERE ${changeableHire(actor, 'h', 1)}`;
  const checkIns = `SELECT c.id FROM check_ins c WHERE c.hire_id IN (${hires})`;
  /** A write that matched no row was outside the scope (or of a row that does not exist). */
  const mustChange: Guard = async (changed, what, id, hireOf) => {
    if (changed === 0) throw await refusal(scope, what, id, hireOf);
  };
  /** A delete may match no row on a hire the actor may change (nothing to prune); else refused. */
  const mayBeEmpty: Guard = async (changed, what, id, hireOf) => {
    if (changed > 0) return;
    const allowed = await sql.query(`SELECT 1 AS allowed FROM (${hires}) h WHERE h.id IN (${hireOf})`, [
      actor.id,
      id,
    ]);
    if (allowed.length === 0) throw await refusal(scope, what, id, hireOf);
  };
  const summarised = (write: string, params: SqlParam[]) =>
    writeForgettingSummaries(sql, write, [actor.id, ...params]);
  const plain = async (write: string, params: SqlParam[]) =>
    (await sql.query(write, [actor.id, ...params])).length;

  /** Runs one UPDATE of the check-in `id` (its SET clause `set`, parameters from $3) and refuses a miss. */
  const editCheckIn = async (id: string, set: string, params: SqlParam[]) =>
    mustChange(
      await summarised(
        `UPDATE check_ins SET ${set}, ${EDITED} WHERE id = $2 AND hire_id IN (${hires}) RETURNING hire_id`,
        [id, ...params],
      ),
      'check-in',
      id,
      HIRE_OF_CHECK_IN,
    );

  return { sql, actor, hires, checkIns, mustChange, mayBeEmpty, summarised, plain, editCheckIn };
}

type WriteKit = ReturnType<typeof writeKit>;

/** Putting one-on-ones on the schedule, moving, cancelling and dropping them. */
function scheduleWrites({ hires, mustChange, summarised, editCheckIn }: WriteKit) {
  return {
    insert: async (c: NewCheckIn): Promise<void> =>
      mustChange(
        await summarised(
          `INSERT INTO check_ins (id, hire_id, plan_id, scheduled_on, origin, focus_competency_ids, topics, created_at, updated_at, updated_by)
             SELECT $3, h.id, $4, $5, $6, $7, $8, $9, $9, $1 FROM (${hires}) h WHERE h.id = $2
             RETURNING hire_id`,
          [
            c.hireId,
            c.id,
            c.planId,
            c.scheduledOn,
            c.origin,
            JSON.stringify(c.focusCompetencyIds),
            JSON.stringify(c.topics),
            c.now,
          ],
        ),
        'hire',
        c.hireId,
        THE_HIRE,
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
    }): Promise<void> =>
      editCheckIn(
        change.id,
        `plan_id = $3, scheduled_on = $4, focus_competency_ids = $5, topics = $6,
           sequence = sequence + $7::integer, updated_at = $8`,
        [
          change.planId,
          change.scheduledOn,
          JSON.stringify(change.focusCompetencyIds),
          JSON.stringify(change.topics),
          change.moved ? 1 : 0,
          change.now,
        ],
      ),

    remove: async (id: string): Promise<void> =>
      mustChange(
        await summarised(`DELETE FROM check_ins WHERE id = $2 AND hire_id IN (${hires}) RETURNING hire_id`, [
          id,
        ]),
        'check-in',
        id,
        HIRE_OF_CHECK_IN,
      ),

    /** Every move raises the sequence, so a re-imported calendar replaces its copy of the event. */
    move: (id: string, to: { date: string; time: string | null; minutes: number | null }, now: string) =>
      editCheckIn(
        id,
        'scheduled_on = $3, start_time = $4, minutes = $5::integer, sequence = sequence + 1, updated_at = $6',
        [to.date, to.time, to.minutes, now],
      ),

    cancel: (id: string, now: string) =>
      editCheckIn(id, "status = 'cancelled', sequence = sequence + 1, updated_at = $3", [now]),
  };
}

/** What the calendar export remembers: when it ran, and the one-on-ones re-plans dropped. */
function calendarWrites({ hires, mustChange, mayBeEmpty, plain }: WriteKit) {
  return {
    markExported: async (hireId: string, at: string): Promise<void> =>
      mustChange(
        await plain(
          `INSERT INTO check_in_exports (hire_id, exported_at) SELECT h.id, $3 FROM (${hires}) h WHERE h.id = $2
             ON CONFLICT (hire_id) DO UPDATE SET exported_at = excluded.exported_at RETURNING hire_id`,
          [hireId, at],
        ),
        'hire',
        hireId,
        THE_HIRE,
      ),

    insertCancelled: async (c: CancelledCheckIn): Promise<void> =>
      mustChange(
        await plain(
          `INSERT INTO cancelled_check_ins (id, hire_id, scheduled_on, start_time, minutes, sequence, cancelled_at)
             SELECT $3, h.id, $4, $5, $6::integer, $7::integer, $8 FROM (${hires}) h WHERE h.id = $2
             RETURNING hire_id`,
          [c.hireId, c.id, c.scheduledOn, c.startTime, c.minutes, c.sequence, c.cancelledAt],
        ),
        'hire',
        c.hireId,
        THE_HIRE,
      ),

    /** Forgets cancellations of one-on-ones dated before `before`. */
    pruneCancelled: async (hireId: string, before: string): Promise<void> =>
      mayBeEmpty(
        await plain(
          `DELETE FROM cancelled_check_ins WHERE hire_id = $2 AND scheduled_on < $3 AND hire_id IN (${hires})
             RETURNING hire_id`,
          [hireId, before],
        ),
        'hire',
        hireId,
        THE_HIRE,
      ),
  };
}

/** Recording a held one-on-one: its notes, pulses and action items, and the draft kept before. */
function recordWrites({
  sql,
  actor,
  hires,
  checkIns,
  mustChange,
  mayBeEmpty,
  summarised,
  plain,
  editCheckIn,
}: WriteKit) {
  return {
    /** Private notes name the actor as their author; none name no one. */
    complete: (change: {
      id: string;
      heldOn: string;
      sharedNotes: string;
      privateNotes: string;
      now: string;
    }) =>
      editCheckIn(
        change.id,
        `status = 'done', held_on = $3, shared_notes = $4, private_notes = $5,
           private_notes_by = CASE WHEN $5 = '' THEN NULL ELSE $1 END, sequence = sequence + 1, updated_at = $6`,
        [change.heldOn, change.sharedNotes, change.privateNotes, change.now],
      ),

    insertPulse: async (checkInId: string, p: Pulse): Promise<void> =>
      mustChange(
        await plain(
          `INSERT INTO check_in_pulses (check_in_id, competency_id, confidence)
             SELECT c.id, $3, $4::integer FROM (${checkIns}) c WHERE c.id = $2 RETURNING check_in_id`,
          [checkInId, p.competencyId, p.confidence],
        ),
        'check-in',
        checkInId,
        HIRE_OF_CHECK_IN,
      ),

    insertAction: async (a: {
      id: string;
      hireId: string;
      checkInId: string;
      text: string;
      owner: string;
      dueOn: string | null;
      now: string;
    }): Promise<void> =>
      mustChange(
        await summarised(
          `INSERT INTO action_items (id, hire_id, check_in_id, text, owner, due_on, status, created_at)
             SELECT $3, c.hire_id, c.id, $5, $6, $7, 'open', $8 FROM check_ins c
             WHERE c.id = $2 AND c.hire_id = $4 AND c.hire_id IN (${hires})
             RETURNING hire_id`,
          [a.checkInId, a.id, a.hireId, a.text, a.owner, a.dueOn, a.now],
        ),
        'check-in',
        a.checkInId,
        HIRE_OF_CHECK_IN,
      ),

    /** Closes an action item of a changeable hire in a check-in of a changeable hire. */
    closeAction: async (
      id: string,
      status: 'done' | 'dropped',
      checkInId: string,
      on: string,
    ): Promise<void> =>
      mustChange(
        await summarised(
          `UPDATE action_items SET status = $3, closed_in_check_in_id = $4, closed_on = $5
             WHERE id = $2 AND hire_id IN (${hires}) AND $4 IN (${checkIns}) RETURNING hire_id`,
          [id, status, checkInId, on],
        ),
        'action item',
        id,
        HIRE_OF_ACTION,
      ),

    /**
     * The draft's private notes name the actor as their author, as a held check-in's do; notes
     * already recorded keep theirs (a draft never makes someone else's notes readable).
     */
    saveDraft: async (checkInId: string, draft: CheckInDraft, now: string): Promise<number> => {
      // One UPDATE of the check-in: two in one statement would leave only one of them in effect.
      const rows = await sql.query<{ version: number }>(
        `WITH saved AS (
           INSERT INTO check_in_drafts (check_in_id, draft, updated_at)
             SELECT c.id, $3, $4 FROM (${checkIns}) c WHERE c.id = $2
             ON CONFLICT (check_in_id) DO UPDATE SET draft = excluded.draft, updated_at = excluded.updated_at
             RETURNING check_in_id)
         UPDATE check_ins SET
             private_notes_by = CASE WHEN private_notes = '' THEN $5 ELSE private_notes_by END, ${EDITED}
           WHERE id IN (SELECT check_in_id FROM saved) RETURNING version`,
        [actor.id, checkInId, JSON.stringify(draft), now, draft.privateNotes ? actor.id : null],
      );
      await mustChange(rows.length, 'check-in', checkInId, HIRE_OF_CHECK_IN);
      return rows[0]?.version ?? 1;
    },

    deleteDraft: async (checkInId: string): Promise<void> =>
      mayBeEmpty(
        await plain(
          `DELETE FROM check_in_drafts WHERE check_in_id = $2 AND check_in_id IN (${checkIns}) RETURNING check_in_id`,
          [checkInId],
        ),
        'check-in',
        checkInId,
        HIRE_OF_CHECK_IN,
      ),
  };
}

/** What an edit made on a version checks first (core/edit-version.ts). */
function editChecks({ sql, actor, hires }: WriteKit) {
  return {
    /**
     * The newest edit of a check-in the actor may change (its draft's time when later), its row
     * locked until the call's transaction ends (FOR UPDATE), so a second edit made on the same
     * version waits and then sees this one's. `by` is the other account's name; null when it was the actor.
     */
    lastEdit: async (id: string): Promise<LastEdit | undefined> =>
      (
        await sql.query<LastEdit>(
          `SELECT c.version, coalesce(greatest(c.updated_at, d.updated_at), c.updated_at) AS at,
             (SELECT a.display_name FROM accounts a WHERE a.id = c.updated_by AND a.id <> $1) AS "by"
           FROM check_ins c LEFT JOIN check_in_drafts d ON d.check_in_id = c.id
           WHERE c.id = $2 AND c.hire_id IN (${hires}) FOR UPDATE OF c`,
          [actor.id, id],
        )
      )[0],
  };
}

/** The writes of the check-in repository, each on a hire the actor may change. */
export function checkInWrites(scope: RepositoryScope) {
  const kit = writeKit(scope);
  return {
    ...scheduleWrites(kit),
    ...calendarWrites(kit),
    ...recordWrites(kit),
    ...editChecks(kit),
  };
}
