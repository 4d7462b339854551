// The per-hire facts the dashboard reads (migration 0007): kept in `hire_summaries`, deleted by
// triggers whenever the history they summarise changes, and worked out again on the next read. They
// hold no date-dependent figure and nothing from the role framework, so they stay true until the
// history changes; the dashboard derives today's figures from them. Dates are packed (sorted
// YYYY-MM-DD strings one after another) so a dashboard of thousands of hires parses nothing.
import type { ActivityKind } from '@shared/framework/types';
import type { Levels } from '@shared/progress/progress';
import type { Db } from '../db/connection';
import { keepLevels, levelsText, readLevels, type FactLevels } from './kept-levels';

export interface HireFacts {
  planStart: string | null;
  /** The current plan's planned activities (in any order; they are stored by due date). */
  planned: { dueDate: string; kind: ActivityKind }[];
  /** Due dates of the current plan's done activities, and the latest day one was done. */
  doneDue: string[];
  lastDone: string | null;
  /** Dates of scheduled (not held, not cancelled) check-ins. */
  scheduled: string[];
  /** Due dates of open action items that have one. */
  actionDue: string[];
  /** Levels at the latest and the one before of the assessments progress is judged on. */
  latest: Levels | null;
  previous: Levels | null;
}

const KIND_LETTER: Record<ActivityKind, string> = { experience: 'e', people: 'p', course: 'c' };
const KIND_OF_LETTER: Record<string, ActivityKind> = { e: 'experience', p: 'people', c: 'course' };

/** A YYYY-MM-DD date as the number YYYYMMDD, which sorts the same way. */
function dateNumber(text: string, at = 0): number {
  const digit = (i: number) => text.charCodeAt(at + i) - 48;
  return (
    digit(0) * 10_000_000 +
    digit(1) * 1_000_000 +
    digit(2) * 100_000 +
    digit(3) * 10_000 +
    digit(5) * 1000 +
    digit(6) * 100 +
    digit(8) * 10 +
    digit(9)
  );
}

/**
 * Sorted YYYY-MM-DD dates written one after another, `length` of them from character `start` of
 * `source` (a hire's dates read in one string after a restart hold several lists). Searched in place:
 * each step of a search reads the date at its place as the number YYYYMMDD, which allocates nothing
 * and keeps nothing beside the text (a parsed copy of every list cost more to make and to keep than
 * the dozen searches it served).
 */
export class Packed {
  readonly length: number;

  constructor(
    private readonly source: string,
    private readonly start = 0,
    length = source.length / 10,
  ) {
    this.length = length;
  }

  static of(dates: string[]): Packed {
    return new Packed([...dates].sort().join(''));
  }

  /** The dates as stored: YYYY-MM-DD one after another. */
  get text(): string {
    const end = this.start + this.length * 10;
    return this.start === 0 && end === this.source.length ? this.source : this.source.slice(this.start, end);
  }

  at(index: number): string {
    const at = this.start + index * 10;
    return this.source.slice(at, at + 10);
  }

  /** How many dates are before `date` (with `orOn`, on or before it). */
  countBefore(date: string, orOn = false): number {
    const bound = boundOf(date, orOn);
    let low = 0;
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (dateNumber(this.source, this.start + mid * 10) < bound) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /**
   * countBefore's answer found by stepping forward from `start` (which must not be past it): a few
   * steps instead of a search when the dates are walked week by week.
   */
  countBeforeFrom(start: number, date: string, orOn = false): number {
    const bound = boundOf(date, orOn);
    let at = start;
    while (at < this.length && dateNumber(this.source, this.start + at * 10) < bound) at += 1;
    return at;
  }
}

/** The number every date before `date` (with `orOn`, on or before it) is below; '' is before all. */
const boundOf = (date: string, orOn: boolean): number =>
  date === '' ? 0 : dateNumber(date) + (orOn ? 1 : 0);

/** A hire's facts as stored: packed dates, read without parsing. */
export class PackedFacts {
  constructor(
    readonly planStart: string | null,
    readonly plannedDue: Packed,
    /** One letter per planned activity, in the order of plannedDue. */
    readonly plannedKinds: string,
    readonly doneDue: Packed,
    readonly lastDone: string | null,
    readonly scheduled: Packed,
    readonly actionDue: Packed,
    /** The latest and the one before of the assessments progress is judged on (kept-levels.ts). */
    readonly latest: FactLevels | null,
    readonly previous: FactLevels | null,
  ) {}

  /** The kind of the planned activity at `index` in plannedDue. */
  kind(index: number): ActivityKind {
    return KIND_OF_LETTER[this.plannedKinds[index] ?? 'e'] ?? 'experience';
  }
}

export interface SummaryRow {
  id: string;
  name: string;
  currentRoleId: string;
  targetRoleId: string;
  startDate: string;
  facts: PackedFacts;
}

export interface HireRow {
  id: string;
  name: string;
  current_role_id: string;
  target_role_id: string;
  start_date: string;
  /** The stored facts' version (hire_summaries.id), null when they are to be worked out. */
  version: number | null;
}

export interface FactsRow {
  plan_start: string | null;
  planned_due: string;
  planned_kinds: string;
  done_due: string;
  last_done: string | null;
  scheduled: string;
  action_due: string;
  latest_levels: string | null;
  previous_levels: string | null;
}

export function pack(facts: HireFacts): PackedFacts {
  const latest = keepLevels(facts.latest);
  const planned = [...facts.planned].sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  return new PackedFacts(
    facts.planStart,
    new Packed(planned.map((a) => a.dueDate).join('')),
    planned.map((a) => KIND_LETTER[a.kind]).join(''),
    Packed.of(facts.doneDue),
    facts.lastDone,
    Packed.of(facts.scheduled),
    Packed.of(facts.actionDue),
    latest,
    keepLevels(facts.previous),
  );
}

/** A hire's facts as their columns are stored (on SQLite and on PostgreSQL); `unpack` reads them back. */
export const stored = (facts: PackedFacts): FactsRow => ({
  plan_start: facts.planStart,
  planned_due: facts.plannedDue.text,
  planned_kinds: facts.plannedKinds,
  done_due: facts.doneDue.text,
  last_done: facts.lastDone,
  scheduled: facts.scheduled.text,
  action_due: facts.actionDue.text,
  latest_levels: levelsText(facts.latest),
  previous_levels: levelsText(facts.previous, facts.latest),
});

/** A hire's facts from their stored columns. */
export function unpack(row: FactsRow): PackedFacts {
  const latest = readLevels(row.latest_levels);
  return new PackedFacts(
    row.plan_start,
    new Packed(row.planned_due),
    row.planned_kinds,
    new Packed(row.done_due),
    row.last_done,
    new Packed(row.scheduled),
    new Packed(row.action_due),
    latest,
    readLevels(row.previous_levels, latest),
  );
}

/**
 * A row of ACTIVE_HIRES_WITH_FACTS_SQL, column by column (the facts are null without a version). The
 * dates and kinds come as one string with the lengths of its parts: read from SQLite, one string a
 * hire costs about half as much as seven (measured on 2,000 hires: 6–8 ms against 13–19 ms).
 */
type HireWithFacts = [
  id: string,
  name: string,
  currentRoleId: string,
  targetRoleId: string,
  startDate: string,
  version: number | null,
  /** plan_start, planned_due, planned_kinds, done_due, last_done, scheduled and action_due, joined. */
  dates: string | null,
  planStartLength: number | null,
  plannedDueLength: number | null,
  doneDueLength: number | null,
  lastDoneLength: number | null,
  scheduledLength: number | null,
  latestLevels: string | null,
  previousLevels: string | null,
];

/**
 * The facts of a row whose dates came joined: each date list a window on the one string. SQLite's
 * length() counts characters and JavaScript's UTF-16 units; they agree because dates and kind letters
 * are ASCII.
 */
function unpackColumns(row: HireWithFacts): PackedFacts {
  const dates = row[6] ?? '';
  const planStartLength = row[7] ?? 0;
  const planned = (row[8] ?? 0) / 10;
  const done = (row[9] ?? 0) / 10;
  const lastDoneLength = row[10] ?? 0;
  const scheduled = (row[11] ?? 0) / 10;
  const kindsAt = planStartLength + planned * 10;
  const doneAt = kindsAt + planned;
  const lastDoneAt = doneAt + done * 10;
  const scheduledAt = lastDoneAt + lastDoneLength;
  const actionAt = scheduledAt + scheduled * 10;
  const latest = readLevels(row[12]);
  return new PackedFacts(
    planStartLength === 0 ? null : dates.slice(0, planStartLength),
    new Packed(dates, planStartLength, planned),
    dates.slice(kindsAt, doneAt),
    new Packed(dates, doneAt, done),
    lastDoneLength === 0 ? null : dates.slice(lastDoneAt, scheduledAt),
    new Packed(dates, scheduledAt, scheduled),
    new Packed(dates, actionAt, (dates.length - actionAt) / 10),
    latest,
    readLevels(row[13], latest),
  );
}

/** Every active hire in name order with the version of its kept facts (null when to be worked out). */
export const ACTIVE_HIRES_SQL = `SELECT h.id, h.name, h.current_role_id, h.target_role_id, h.start_date, s.id AS version
       FROM hires h INDEXED BY hires_active_by_name LEFT JOIN hire_summaries s ON s.hire_id = h.id
       WHERE h.status = 'active'
       ORDER BY h.name COLLATE NOCASE, h.id`;

/**
 * The same with the facts themselves: the dashboard's first call after a start. The dates and kinds
 * come joined in one string, with the lengths to split it (see HireWithFacts).
 */
export const ACTIVE_HIRES_WITH_FACTS_SQL = `SELECT h.id, h.name, h.current_role_id, h.target_role_id, h.start_date, s.id AS version,
         coalesce(s.plan_start, '') || s.planned_due || s.planned_kinds || s.done_due
           || coalesce(s.last_done, '') || s.scheduled || s.action_due,
         length(s.plan_start), length(s.planned_due), length(s.done_due), length(s.last_done), length(s.scheduled),
         s.latest_levels, s.previous_levels
       FROM hires h INDEXED BY hires_active_by_name LEFT JOIN hire_summaries s ON s.hire_id = h.id
       WHERE h.status = 'active'
       ORDER BY h.name COLLATE NOCASE, h.id`;

/**
 * The statements the dashboard runs, prepared once per connection. The active hires are read through
 * their partial index (migration 0014), which holds the columns read here in the order wanted: named,
 * because a database analysed before the index existed has no statistics for it, and the planner then
 * prefers the older index on (status, name), which reads each hire's row from its own page and sorts.
 */
const prepareStatements = (db: Db) => ({
  active: db.prepare<[], HireRow>(ACTIVE_HIRES_SQL),
  // After a restart nothing is in memory: the hires and their facts come in one statement.
  // Rows as arrays: 2,000 rows of fifteen columns are read faster without naming each column.
  activeWithFacts: db.prepare<[], HireWithFacts>(ACTIVE_HIRES_WITH_FACTS_SQL).raw(true),
  // Changes made through this connection, and by any other (another process on the same file).
  changes: db.prepare<[], { n: number }>('SELECT total_changes() AS n'),
  facts: db.prepare<[number], FactsRow>(
    `SELECT plan_start, planned_due, planned_kinds, done_due, last_done, scheduled, action_due,
         latest_levels, previous_levels
       FROM hire_summaries WHERE id = ?`,
  ),
  checkIns: db.prepare<[string, string, string], { id: string; scheduled_on: string }>(
    `SELECT id, scheduled_on FROM check_ins
       WHERE hire_id = ? AND status = 'scheduled' AND scheduled_on BETWEEN ? AND ?
       ORDER BY scheduled_on, id`,
  ),
  activities: db.prepare<[string, string, string], { title: string; due_date: string }>(
    // The move's own work has no goal and comes first on a day; earlier work (no goal, no purpose) is history.
    `SELECT a.title, a.due_date FROM plans p
       JOIN plan_activities a ON a.plan_id = p.id
       LEFT JOIN plan_goals g ON g.id = a.goal_id
       LEFT JOIN plan_phases ph ON ph.id = g.phase_id
       WHERE p.hire_id = ? AND p.status = 'current' AND a.status = 'planned' AND a.due_date BETWEEN ? AND ?
         AND (a.goal_id IS NOT NULL OR a.move_purpose IS NOT NULL)
       ORDER BY a.due_date, coalesce(ph.position, -1), coalesce(g.position, -1), a.position`,
  ),
  actions: db.prepare<[string, string], { text: string; due_on: string; owner: 'manager' | 'hire' }>(
    `SELECT text, due_on, owner FROM action_items
       WHERE hire_id = ? AND status = 'open' AND due_on <= ?
       ORDER BY due_on, created_at, rowid`,
  ),
  save: db.prepare(
    `INSERT OR REPLACE INTO hire_summaries (hire_id, plan_start, planned_due, planned_kinds, done_due,
         last_done, scheduled, action_due, latest_levels, previous_levels)
       VALUES (@hire_id, @plan_start, @planned_due, @planned_kinds, @done_due, @last_done, @scheduled, @action_due,
         @latest_levels, @previous_levels)`,
  ),
});

export function createSummaryStore(db: Db, compute: (hireId: string) => HireFacts) {
  const s = prepareStatements(db);

  // Facts already read, by hire, with the version they were read at. A version is never reused, so a
  // matching version means the stored row is unchanged.
  let memo = new Map<string, { version: number; facts: PackedFacts }>();
  // The last list of active hires and the write counters it was read at: while nothing has been
  // written since, it is still the list, and the dashboard reads nothing.
  let last: { rows: SummaryRow[]; changes: string } | undefined;
  const changes = () => `${s.changes.get()?.n ?? 0}/${db.pragma('data_version', { simple: true }) as number}`;

  function store(hireId: string, facts: PackedFacts): number {
    const result = s.save.run({ hire_id: hireId, ...stored(facts) });
    return Number(result.lastInsertRowid);
  }

  return {
    /** A hire's scheduled check-ins between two dates, in the order the hire's page lists them. */
    checkInsBetween: (hireId: string, from: string, to: string) => s.checkIns.all(hireId, from, to),
    /** A hire's planned activities (current plan) due between two dates, by date then plan order. */
    activitiesBetween: (hireId: string, from: string, to: string) => s.activities.all(hireId, from, to),
    /** A hire's open action items due by a date, soonest first. */
    actionsDueBy: (hireId: string, to: string) => s.actions.all(hireId, to),
    /** Every active hire with its facts, in name order; missing facts are worked out and stored first. */
    active(): SummaryRow[] {
      const before = changes();
      if (last?.changes === before) return last.rows;
      const rows = memo.size === 0 ? readAll() : readChanged();
      // Working out missing facts writes them; what was just written is in the list already.
      last = { rows, changes: changes() };
      return rows;
    },
  };

  /** The hires with the facts kept in memory, reading only the facts whose version changed. */
  function readChanged(): SummaryRow[] {
    const next = new Map<string, { version: number; facts: PackedFacts }>();
    const rows = s.active.all().map((row) => {
      let entry = row.version === null ? undefined : memo.get(row.id);
      if (entry === undefined || entry.version !== row.version) {
        const stored = row.version === null ? undefined : s.facts.get(row.version);
        entry =
          stored && row.version !== null ? { version: row.version, facts: unpack(stored) } : workOut(row.id);
      }
      next.set(row.id, entry);
      return summaryRow(row, entry.facts);
    });
    memo = next;
    return rows;
  }

  /** The hires with every fact read in the same statement (nothing in memory yet). */
  function readAll(): SummaryRow[] {
    const next = new Map<string, { version: number; facts: PackedFacts }>();
    const rows = (s.activeWithFacts.all() as unknown as HireWithFacts[]).map((row): SummaryRow => {
      const [id, name, currentRoleId, targetRoleId, startDate, version] = row;
      if (version === null) {
        const entry = workOut(id);
        next.set(id, entry);
        return { id, name, currentRoleId, targetRoleId, startDate, facts: entry.facts };
      }
      // The row is its own entry in memory: one object a hire instead of two.
      const kept = { id, name, currentRoleId, targetRoleId, startDate, facts: unpackColumns(row), version };
      next.set(id, kept);
      return kept;
    });
    memo = next;
    return rows;
  }

  function workOut(hireId: string): { version: number; facts: PackedFacts } {
    const facts = pack(compute(hireId));
    return { version: store(hireId, facts), facts };
  }
}

const summaryRow = (row: HireRow, facts: PackedFacts): SummaryRow => ({
  id: row.id,
  name: row.name,
  currentRoleId: row.current_role_id,
  targetRoleId: row.target_role_id,
  startDate: row.start_date,
  facts,
});

export type SummaryStore = ReturnType<typeof createSummaryStore>;
