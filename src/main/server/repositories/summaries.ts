// The dashboard's summaries on the team server: each active hire's packed facts kept in
// `hire_summaries`, as the desktop keeps them in SQLite. Every repository write that changes a fact
// deletes the hire's row in its own transaction (docs/team.md, "The dashboard summaries"); the
// dashboard reads the manager's active hires joined with their kept rows in one statement, works out
// the missing ones from one statement for all of them (each table's rows as JSON arrays, the hires'
// ids as one JSON array parameter), and keeps them. This week's lists are one statement each for all
// of the manager's hires. Every statement is
// scoped to the actor's hires (scope.ts), so a lead's or an administrator's dashboard shows only what
// is theirs.
import type { Assessment } from '@shared/assessments/schema';
import type { DashboardSummaries } from '../../core/progress/service';
import { assessmentFacts, planFacts } from '../../core/progress/facts';
import {
  pack,
  stored,
  unpack,
  type Packed,
  type PackedFacts,
  type HireFacts,
  type SummaryRow,
  type HireRow,
  type FactsRow,
} from '../../core/progress/summaries';
import type { SavedActivity } from '@shared/plans/schema';
import { ASSESSMENT_WITH_RATINGS, toAssessment } from './assessments';
import { actionOrder, binaryOrder } from './check-in-rows';
import { readableHire, type RepositoryScope } from './scope';

/** A row of the active hires with their kept facts (null columns when none are kept). */
type ActiveRow = HireRow & { [Column in keyof FactsRow]: FactsRow[Column] | null };

type WeekLists = Pick<DashboardSummaries, 'checkInsBetween' | 'activitiesBetween' | 'actionsDueBy'>;
type CheckInItem = ReturnType<DashboardSummaries['checkInsBetween']>[number];
type ActivityItem = ReturnType<DashboardSummaries['activitiesBetween']>[number];
type ActionItemDue = ReturnType<DashboardSummaries['actionsDueBy']>[number];

const keptFacts = (row: ActiveRow): PackedFacts =>
  unpack({
    plan_start: row.plan_start,
    planned_due: row.planned_due ?? '',
    planned_kinds: row.planned_kinds ?? '',
    done_due: row.done_due ?? '',
    last_done: row.last_done,
    scheduled: row.scheduled ?? '',
    action_due: row.action_due ?? '',
    latest_levels: row.latest_levels,
    previous_levels: row.previous_levels,
  });

/** The actor's active hires in name order, each with its kept facts: one statement. */
function activeHires({ sql, actor }: RepositoryScope): Promise<ActiveRow[]> {
  return sql.query<ActiveRow>(
    `SELECT h.id, h.name, h.current_role_id, h.target_role_id, h.start_date, s.id AS version,
         s.plan_start, s.planned_due, s.planned_kinds, s.done_due, s.last_done, s.scheduled, s.action_due,
         s.latest_levels, s.previous_levels
       FROM hires h LEFT JOIN hire_summaries s ON s.hire_id = h.id
       WHERE ${readableHire(actor, 'h', 1)} AND h.status = 'active'
       ORDER BY lower(h.name), h.id`,
    [actor.id],
  );
}

/** Rows grouped by hire id. */
function byHire<Row extends { hire_id: string }>(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.hire_id);
    if (group) group.push(row);
    else groups.set(row.hire_id, [row]);
  }
  return groups;
}

/** A missing hire's history as workOut reads it: one row a hire, each list a JSON array. */
interface HistoryRow {
  hire_id: string;
  /** The statement's snapshot, taken with the history it read (see keep). */
  snapshot: string;
  plan_start: string | null;
  activities: Pick<SavedActivity, 'status' | 'dueDate' | 'kind' | 'doneOn'>[];
  assessments: Assessment[];
  scheduled: string[];
  action_due: string[];
}

/**
 * The history the facts of `hireIds` are worked out from, in one statement for all of them: each
 * hire's current plan start, its live activities in the order liveActivitiesOf lists them (the
 * move's own work, then each phase's goals' activities in plan order: pack keeps that order among
 * activities due on one day), its assessments with their ratings in the assessment repository's
 * order (which standingAssessments' stable sort keeps within a day), the dates of its scheduled
 * one-on-ones and of its open action items that have one. Scoped to the actor's hires.
 */
function readHistory({ sql, actor }: RepositoryScope, hireIds: string[]): Promise<HistoryRow[]> {
  const list = (select: string) => `(SELECT coalesce(json_agg(${select}), '[]')`;
  return sql.query<HistoryRow>(
    `SELECT h.id AS hire_id, pg_current_snapshot()::text AS snapshot,
         p.summary::json -> 'horizon' ->> 'startDate' AS plan_start,
         ${list(`json_build_object('status', a.status, 'dueDate', a.due_date, 'kind', a.kind, 'doneOn', a.done_on)
             ORDER BY a.move_purpose IS NULL, ph.position, ph.id, g.position, g.id, a.position, a.id`)}
           FROM plan_activities a
           LEFT JOIN plan_goals g ON g.id = a.goal_id AND a.move_purpose IS NULL
           LEFT JOIN plan_phases ph ON ph.id = g.phase_id
           WHERE a.plan_id = p.id AND a.status <> 'removed'
             AND (a.goal_id IS NOT NULL OR a.move_purpose IS NOT NULL)) AS activities,
         ${list(`x ORDER BY x."assessedOn" DESC, x."createdAt" DESC, x.id DESC`)}
           FROM (SELECT ${ASSESSMENT_WITH_RATINGS} FROM assessments a WHERE a.hire_id = h.id) x) AS assessments,
         ${list('c.scheduled_on')} FROM check_ins c WHERE c.hire_id = h.id AND c.status = 'scheduled') AS scheduled,
         ${list('i.due_on')} FROM action_items i
           WHERE i.hire_id = h.id AND i.status = 'open' AND i.due_on IS NOT NULL) AS action_due
       FROM hires h LEFT JOIN plans p ON p.hire_id = h.id AND p.status = 'current'
       WHERE ${readableHire(actor, 'h', 1)} AND h.id IN (SELECT json_array_elements_text($2::json))`,
    [actor.id, JSON.stringify(hireIds)],
  );
}

/** A hire's facts from its history, with the pure functions the desktop's summary store uses. */
const factsFrom = (row: HistoryRow): HireFacts => ({
  ...planFacts(row.plan_start, row.activities),
  scheduled: row.scheduled,
  actionDue: row.action_due,
  ...assessmentFacts(row.assessments.map(toAssessment)),
});

/** When nothing writes between two snapshots: none in progress at the first, no id handed out since. */
const QUIET_SINCE = `pg_current_snapshot()::text = $2 AND $2 LIKE '%:'`;

/**
 * Keeps worked-out facts, in one statement, unless another transaction could have written between
 * `snapshot` (taken before the history was read) and now. A write deletes a hire's row in its own
 * transaction; one still running when the history was read, or begun since, deleted nothing (the row
 * was not there yet) and would leave these facts stale for good. So the row is kept only if no
 * transaction had or has taken an id since then; otherwise the next dashboard works it out again.
 * A new row, or a replaced one, takes a new id (`id = DEFAULT`), as SQLite's INSERT OR REPLACE does,
 * so a version is never reused; ON CONFLICT makes two processes keeping the same hire's row safe.
 */
async function keep({ sql, actor }: RepositoryScope, snapshot: string, facts: [string, PackedFacts][]) {
  // One JSON array of rows, so the statement has three parameters however many hires it keeps.
  const rows = facts.map(([hireId, f]) => ({ hire_id: hireId, ...stored(f) }));
  const columns = Object.keys(rows[0] ?? {});
  await sql.query(
    `INSERT INTO hire_summaries (${columns.join(', ')})
       SELECT ${columns.map((c) => `v ->> '${c}'`).join(', ')} FROM json_array_elements($3::json) AS v
       WHERE ${QUIET_SINCE}
         AND v ->> 'hire_id' IN (SELECT h.id FROM hires h WHERE ${readableHire(actor, 'h', 1)})
       ON CONFLICT (hire_id) DO UPDATE SET id = DEFAULT,
         ${columns
           .filter((c) => c !== 'hire_id')
           .map((c) => `${c} = EXCLUDED.${c}`)
           .join(', ')}`,
    [actor.id, snapshot, JSON.stringify(rows)],
  );
}

/** Each hire's facts: the kept ones, and the missing ones worked out (and kept when safe). */
async function factsOf(scope: RepositoryScope, hires: ActiveRow[]): Promise<Map<string, PackedFacts>> {
  const facts = new Map(hires.flatMap((h) => (h.version === null ? [] : [[h.id, keptFacts(h)] as const])));
  const missing = hires.filter((h) => h.version === null).map((h) => h.id);
  if (missing.length === 0) return facts;
  const history = await readHistory(scope, missing);
  const workedOut = history.map((row): [string, PackedFacts] => [row.hire_id, pack(factsFrom(row))]);
  const snapshot = history[0]?.snapshot;
  if (snapshot !== undefined) await keep(scope, snapshot, workedOut);
  for (const [id, f] of workedOut) facts.set(id, f);
  return facts;
}

/** Whether any hire has a date of `dates` between `from` and `to` (inclusive). */
const anyBetween = (rows: SummaryRow[], dates: (f: PackedFacts) => Packed, from: string, to: string) =>
  rows.some((r) => dates(r.facts).countBefore(to, true) > dates(r.facts).countBefore(from));

/**
 * This week's lists for all the actor's active hires, one statement each, in the SQLite summary
 * store's order (summaries.ts in core); a list no hire's facts have anything on is not read.
 */
async function weekLists(
  { sql, actor }: RepositoryScope,
  rows: SummaryRow[],
  week: { from: string; to: string },
): Promise<WeekLists> {
  const readable = `${readableHire(actor, 'h', 1)} AND h.status = 'active'`;
  const params = [actor.id, week.from, week.to];
  const none = Promise.resolve([]);
  const [checkIns, activities, actions] = await Promise.all([
    anyBetween(rows, (f) => f.scheduled, week.from, week.to)
      ? sql.query<CheckInItem & { hire_id: string }>(
          `SELECT c.hire_id, c.id, c.scheduled_on FROM check_ins c JOIN hires h ON h.id = c.hire_id
             WHERE ${readable} AND c.status = 'scheduled' AND c.scheduled_on BETWEEN $2 AND $3`,
          params,
        )
      : none,
    anyBetween(rows, (f) => f.plannedDue, week.from, week.to)
      ? sql.query<ActivityItem & { hire_id: string }>(
          // The move's own work has no goal and comes first on a day; earlier work is history.
          `SELECT p.hire_id, a.title, a.due_date FROM plans p JOIN hires h ON h.id = p.hire_id
             JOIN plan_activities a ON a.plan_id = p.id
             LEFT JOIN plan_goals g ON g.id = a.goal_id
             LEFT JOIN plan_phases ph ON ph.id = g.phase_id
             WHERE ${readable} AND p.status = 'current' AND a.status = 'planned' AND a.due_date BETWEEN $2 AND $3
               AND (a.goal_id IS NOT NULL OR a.move_purpose IS NOT NULL)
             ORDER BY a.due_date, coalesce(ph.position, -1), coalesce(g.position, -1), a.position`,
          params,
        )
      : none,
    anyBetween(rows, (f) => f.actionDue, '', week.to)
      ? sql.query<ActionItemDue & { hire_id: string }>(
          `SELECT a.hire_id, a.text, a.due_on, a.owner FROM action_items a JOIN hires h ON h.id = a.hire_id
             WHERE ${readable} AND a.status = 'open' AND a.due_on <= $2
             ORDER BY a.due_on, ${actionOrder('a')}`,
          [actor.id, week.to],
        )
      : none,
  ]);
  // Ids in SQLite's BINARY order, whatever the database's collation.
  checkIns.sort((a, b) => binaryOrder(a.scheduled_on, b.scheduled_on) || binaryOrder(a.id, b.id));
  const checkInsOf = byHire(checkIns);
  const activitiesOf = byHire(activities);
  const actionsOf = byHire(actions);
  const strip = <Row extends { hire_id: string }>({ hire_id: _hire, ...item }: Row) => item;
  const outside = (from: string, to: string) => {
    if (from !== week.from || to !== week.to) {
      throw new Error(`The dashboard read the week ${week.from}–${week.to}, not ${from}–${to}`);
    }
  };
  return {
    checkInsBetween(hireId, from, to) {
      outside(from, to);
      return (checkInsOf.get(hireId) ?? []).map(strip);
    },
    activitiesBetween(hireId, from, to) {
      outside(from, to);
      return (activitiesOf.get(hireId) ?? []).map(strip);
    },
    actionsDueBy(hireId, to) {
      outside(week.from, to);
      return (actionsOf.get(hireId) ?? []).map(strip);
    },
  };
}

/** The dashboard's summaries for the week `thisWeek`, read up front for the one dashboard a call serves. */
export async function readPostgresSummaries(
  scope: RepositoryScope,
  thisWeek: { from: string; to: string },
): Promise<DashboardSummaries> {
  const hires = await activeHires(scope);
  const facts = await factsOf(scope, hires);
  // A hire handed to another manager between the two reads has no facts here: it is not theirs now.
  const rows: SummaryRow[] = hires.flatMap((h) => {
    const known = facts.get(h.id);
    if (!known) return [];
    return [
      {
        id: h.id,
        name: h.name,
        currentRoleId: h.current_role_id,
        targetRoleId: h.target_role_id,
        startDate: h.start_date,
        facts: known,
      },
    ];
  });
  return { active: () => rows, ...(await weekLists(scope, rows, thisWeek)) };
}
