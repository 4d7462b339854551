// The dashboard's summaries on the team server: each active hire's packed facts kept in
// `hire_summaries`, as the desktop keeps them in SQLite. Every repository write that changes a fact
// deletes the hire's row in its own transaction (docs/team.md, "The dashboard summaries"); the
// dashboard reads the manager's active hires joined with their kept rows in one statement, works out
// the missing ones with one statement per table for all of them at once, and keeps them. This week's
// lists are read the same way, one statement each for all of the manager's hires. Every statement is
// scoped to the actor's hires (scope.ts), so a lead's or an administrator's dashboard shows only what
// is theirs.
import type { Assessment } from '@shared/assessments/schema';
import type { DashboardSummaries } from '../../core/progress/service';
import { assessmentFacts, planFacts } from '../../core/progress/facts';
import { pack, Packed, PackedFacts, type HireFacts, type SummaryRow } from '../../core/progress/summaries';
import type { Levels } from '@shared/progress/progress';
import type { SavedActivity } from '@shared/plans/schema';
import { ASSESSMENT_WITH_RATINGS, toAssessment } from './assessments';
import { actionOrder, binaryOrder } from './check-in-rows';
import { readableHire, type RepositoryScope } from './scope';

/** A row of the active hires with their kept facts (null columns when none are kept). */
interface ActiveRow {
  id: string;
  name: string;
  current_role_id: string;
  target_role_id: string;
  start_date: string;
  version: number | null;
  plan_start: string | null;
  planned_due: string | null;
  planned_kinds: string | null;
  done_due: string | null;
  last_done: string | null;
  scheduled: string | null;
  action_due: string | null;
  latest_levels: string | null;
  previous_levels: string | null;
}

type WeekLists = Pick<DashboardSummaries, 'checkInsBetween' | 'activitiesBetween' | 'actionsDueBy'>;
type CheckInItem = ReturnType<DashboardSummaries['checkInsBetween']>[number];
type ActivityItem = ReturnType<DashboardSummaries['activitiesBetween']>[number];
type ActionItemDue = ReturnType<DashboardSummaries['actionsDueBy']>[number];

// The hires' ids travel as one JSON array parameter (the client binds text, numbers and NULL only),
// as check-in-rows.ts does for check-ins: one statement for any number of hires.
const hireIn = (column: string, index: number) =>
  `${column} IN (SELECT json_array_elements_text($${index}::json))`;

const levels = (json: string | null): Levels | null => (json === null ? null : (JSON.parse(json) as Levels));

const keptFacts = (row: ActiveRow): PackedFacts =>
  new PackedFacts(
    row.plan_start,
    new Packed(row.planned_due ?? ''),
    row.planned_kinds ?? '',
    new Packed(row.done_due ?? ''),
    row.last_done,
    new Packed(row.scheduled ?? ''),
    new Packed(row.action_due ?? ''),
    levels(row.latest_levels),
    levels(row.previous_levels),
  );

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

/**
 * The facts of `hireIds` worked out from their history: one statement per table for all of them
 * (current plans, their live activities, assessments with their ratings, scheduled one-on-ones,
 * open action items with a due date), each scoped to the actor's hires.
 */
async function workOut({ sql, actor }: RepositoryScope, hireIds: string[]): Promise<Map<string, HireFacts>> {
  const readable = readableHire(actor, 'h', 1);
  const params = [actor.id, JSON.stringify(hireIds)];
  const [plans, activities, assessments, scheduled, actions] = await Promise.all([
    sql.query<{ hire_id: string; plan_start: string | null }>(
      `SELECT p.hire_id, p.summary::json -> 'horizon' ->> 'startDate' AS plan_start
         FROM plans p JOIN hires h ON h.id = p.hire_id
         WHERE ${readable} AND p.status = 'current' AND ${hireIn('p.hire_id', 2)}`,
      params,
    ),
    // The plan's live activities as liveActivitiesOf lists them: the move's own work, then each
    // phase's goals' activities in plan order (pack keeps that order among activities due on one day).
    sql.query<{
      hire_id: string;
      status: SavedActivity['status'];
      due_date: string;
      kind: SavedActivity['kind'];
      done_on: string | null;
    }>(
      `SELECT p.hire_id, a.status, a.due_date, a.kind, a.done_on
         FROM plans p JOIN hires h ON h.id = p.hire_id JOIN plan_activities a ON a.plan_id = p.id
         LEFT JOIN plan_goals g ON g.id = a.goal_id AND a.move_purpose IS NULL
         LEFT JOIN plan_phases ph ON ph.id = g.phase_id
         WHERE ${readable} AND p.status = 'current' AND ${hireIn('p.hire_id', 2)}
           AND a.status <> 'removed' AND (a.goal_id IS NOT NULL OR a.move_purpose IS NOT NULL)
         ORDER BY p.hire_id, a.move_purpose IS NULL, ph.position, ph.id, g.position, g.id, a.position, a.id`,
      params,
    ),
    // In the assessment repository's order, which standingAssessments' stable sort keeps within a day.
    sql.query<Assessment>(
      `SELECT ${ASSESSMENT_WITH_RATINGS} FROM assessments a JOIN hires h ON h.id = a.hire_id
         WHERE ${readable} AND ${hireIn('a.hire_id', 2)}
         ORDER BY a.assessed_on DESC, a.created_at DESC, a.id DESC`,
      params,
    ),
    sql.query<{ hire_id: string; scheduled_on: string }>(
      `SELECT c.hire_id, c.scheduled_on FROM check_ins c JOIN hires h ON h.id = c.hire_id
         WHERE ${readable} AND c.status = 'scheduled' AND ${hireIn('c.hire_id', 2)}`,
      params,
    ),
    sql.query<{ hire_id: string; due_on: string }>(
      `SELECT a.hire_id, a.due_on FROM action_items a JOIN hires h ON h.id = a.hire_id
         WHERE ${readable} AND a.status = 'open' AND a.due_on IS NOT NULL AND ${hireIn('a.hire_id', 2)}`,
      params,
    ),
  ]);
  const planStart = new Map(plans.map((p) => [p.hire_id, p.plan_start]));
  const activitiesOf = byHire(activities);
  const assessmentsOf = new Map<string, Assessment[]>();
  for (const assessment of assessments.map(toAssessment)) {
    const list = assessmentsOf.get(assessment.hireId) ?? [];
    list.push(assessment);
    assessmentsOf.set(assessment.hireId, list);
  }
  const scheduledOf = byHire(scheduled);
  const actionsOf = byHire(actions);
  return new Map(
    hireIds.map((hireId) => [
      hireId,
      {
        ...planFacts(
          planStart.get(hireId) ?? null,
          (activitiesOf.get(hireId) ?? []).map((a) => ({
            status: a.status,
            dueDate: a.due_date,
            kind: a.kind,
            doneOn: a.done_on,
          })),
        ),
        scheduled: (scheduledOf.get(hireId) ?? []).map((c) => c.scheduled_on),
        actionDue: (actionsOf.get(hireId) ?? []).map((a) => a.due_on),
        ...assessmentFacts(assessmentsOf.get(hireId) ?? []),
      },
    ]),
  );
}

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
async function keep(
  { sql, actor }: RepositoryScope,
  snapshot: string,
  facts: Map<string, PackedFacts>,
): Promise<void> {
  const params: (string | null)[] = [actor.id, snapshot];
  const values = [...facts].map(([hireId, f]) => {
    const row = [
      hireId,
      f.planStart,
      f.plannedDue.text,
      f.plannedKinds,
      f.doneDue.text,
      f.lastDone,
      f.scheduled.text,
      f.actionDue.text,
      f.latest && JSON.stringify(f.latest),
      f.previous && JSON.stringify(f.previous),
    ];
    const first = params.length + 1;
    params.push(...row);
    return `(${row.map((_, i) => `$${first + i}::text`).join(', ')})`;
  });
  await sql.query(
    `INSERT INTO hire_summaries (hire_id, plan_start, planned_due, planned_kinds, done_due, last_done,
         scheduled, action_due, latest_levels, previous_levels)
       SELECT v.* FROM (VALUES ${values.join(', ')}) AS v (hire_id, plan_start, planned_due, planned_kinds,
           done_due, last_done, scheduled, action_due, latest_levels, previous_levels)
       WHERE ${QUIET_SINCE}
         AND v.hire_id IN (SELECT h.id FROM hires h WHERE ${readableHire(actor, 'h', 1)})
       ON CONFLICT (hire_id) DO UPDATE SET id = DEFAULT, plan_start = EXCLUDED.plan_start,
         planned_due = EXCLUDED.planned_due, planned_kinds = EXCLUDED.planned_kinds,
         done_due = EXCLUDED.done_due, last_done = EXCLUDED.last_done, scheduled = EXCLUDED.scheduled,
         action_due = EXCLUDED.action_due, latest_levels = EXCLUDED.latest_levels,
         previous_levels = EXCLUDED.previous_levels`,
    params,
  );
}

/** Each hire's facts: the kept ones, and the missing ones worked out (and kept when safe). */
async function factsOf(scope: RepositoryScope, hires: ActiveRow[]): Promise<Map<string, PackedFacts>> {
  const facts = new Map(hires.flatMap((h) => (h.version === null ? [] : [[h.id, keptFacts(h)] as const])));
  const missing = hires.filter((h) => h.version === null).map((h) => h.id);
  if (missing.length === 0) return facts;
  const [{ snapshot } = { snapshot: '' }] = await scope.sql.query<{ snapshot: string }>(
    'SELECT pg_current_snapshot()::text AS snapshot',
  );
  const workedOut = new Map([...(await workOut(scope, missing))].map(([id, f]) => [id, pack(f)] as const));
  await keep(scope, snapshot, workedOut);
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
  const rows: SummaryRow[] = hires.map((h) => ({
    id: h.id,
    name: h.name,
    currentRoleId: h.current_role_id,
    targetRoleId: h.target_role_id,
    startDate: h.start_date,
    facts: facts.get(h.id) as PackedFacts,
  }));
  return { active: () => rows, ...(await weekLists(scope, rows, thisWeek)) };
}
