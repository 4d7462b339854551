// The team bench's history: one manager's 20 hires made through the real channels (hires, assessments,
// plans, two years of weekly one-on-ones with notes, pulses, action items and topics, dated from a
// fixed "today"), then those rows copied for the other managers by set-based SQL with new ids.
import { addDays, addWeeks } from 'date-fns';
import { toCalendarDate } from '../src/shared/dates/calendar-date';
import { builtInFramework } from '../src/shared/catalog';
import type { Actor } from '../src/main/server/auth/policy';
import type { SqlClient } from '../src/main/server/db/sql-client';
import type { TeamCalls } from '../src/main/server/http/team-calls';

/** A Monday, so weekly one-on-ones fall on weekdays; never the real date. */
export const TODAY = new Date('2026-06-15T10:00:00Z');
export const MANAGERS = 500;
export const HIRES_PER_MANAGER = 20;
/** The longest-coached hire started two years before TODAY; the newest nine weeks before it. */
const LONGEST_WEEKS = 104;
const STAGGER_WEEKS = 5;
/** Tables that hang under a hire or an account, parents first: what a manager's copy is made of. */
const CLONED_TABLES = [
  'account_settings',
  'hires',
  'assessments',
  'assessment_ratings',
  'plans',
  'plan_phases',
  'plan_goals',
  'plan_activities',
  'plan_check_ins',
  'plan_reassessments',
  'check_ins',
  'check_in_pulses',
  'action_items',
  'check_in_drafts',
  'hire_summaries',
  'hire_leave',
  'hire_topics',
  'evidence_entries',
  'hire_packets',
  'check_in_exports',
  'cancelled_check_ins',
];

export function managerId(n: number): string {
  return `bench-manager-${String(n).padStart(3, '0')}`;
}

export function managerActor(n: number): Actor {
  return { id: managerId(n), role: 'manager' };
}

export function managerEmail(n: number): string {
  return `manager${n}@bench.example.com`;
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function valueOf<T>(channel: string, result: Envelope): T {
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** The manager accounts, all with the same password hash (made once: scrypt is slow by design). */
export async function insertManagers(sql: SqlClient, passwordHash: string): Promise<void> {
  await sql.query(
    `INSERT INTO accounts (id, email, display_name, role, password_hash, created_at)
     SELECT 'bench-manager-' || lpad(n::text, 3, '0'), 'manager' || n || '@bench.example.com',
            'Manager ' || n, 'manager', $1, $2
     FROM generate_series(1, $3::int) AS g(n)`,
    [passwordHash, addWeeks(TODAY, -LONGEST_WEEKS - 4).toISOString(), MANAGERS],
  );
}

const day = (date: Date) => toCalendarDate(date);
const pmRole = builtInFramework.roles.find((role) => role.id === 'project-manager');
const ratingsAt = (lift: number) =>
  builtInFramework.competencies.map((competency, i) => ({
    competencyId: competency.id,
    level: Math.min(4, (pmRole?.expectations[competency.id]?.level ?? 0) + ((i + lift) % 3 === 0 ? lift : 0)),
    evidence: `Seen in the ${competency.id} work this quarter`,
  }));

/** One hire's life through the channels, as a manager records it week by week. */
async function coachOneHire(call: (channel: string, input: unknown) => Promise<unknown>, index: number) {
  const weeks = LONGEST_WEEKS - index * STAGGER_WEEKS;
  const start = addWeeks(TODAY, -weeks);
  const hire = (await call('hires.create', {
    name: `Hire ${index + 1} ${['Ada', 'Łukasz', 'Sofia', 'Kenji', 'Grace'][index % 5]}`,
    currentRoleId: 'project-manager',
    targetRoleId: 'product-manager',
    startDate: day(start),
  })) as { id: string };
  await call('assessments.create', {
    hireId: hire.id,
    assessedOn: day(start),
    assessor: 'manager',
    ratings: ratingsAt(0),
  });
  await call('plans.create', { hireId: hire.id, startDate: day(addDays(start, 7)) });
  let open: string[] = [];
  for (let week = 1; week < weeks; week += 1) {
    const on = day(addDays(addWeeks(start, week), 1));
    if (week % 26 === 0) {
      // A reassessment every half year, and the plan made again from it, as the app suggests.
      await call('assessments.create', {
        hireId: hire.id,
        assessedOn: on,
        assessor: 'manager',
        ratings: ratingsAt(1),
      });
      await call('plans.create', { hireId: hire.id, startDate: on });
    }
    if (week % 3 === 0)
      await call('topics.add', { hireId: hire.id, text: `Raise the week ${week} roadmap question` });
    const added = (await call('checkIns.add', { hireId: hire.id, scheduledOn: on })) as { id: string };
    const held = (await call('checkIns.complete', {
      id: added.id,
      heldOn: on,
      sharedNotes: `Week ${week}: went through the roadmap review, the interview notes and what to try next.`,
      privateNotes: week % 4 === 0 ? 'Check the workload next time.' : '',
      pulses: [
        { competencyId: 'prioritisation', confidence: 1 + (week % 5) },
        { competencyId: 'business-acumen', confidence: 2 + (week % 3) },
      ],
      newActionItems: [{ text: `Follow up on week ${week}`, owner: week % 2 === 0 ? 'hire' : 'manager' }],
      closeActionItems: open.map((id) => ({ id, status: 'done' })),
      completeActivities: [],
      nextDate: null,
    })) as { actionItems?: { id: string; status: string }[] };
    open = (held.actionItems ?? []).filter((item) => item.status === 'open').map((item) => item.id);
  }
  // The next one-on-one, still to come: what the simulated users write drafts into.
  await call('checkIns.add', { hireId: hire.id, scheduledOn: day(addDays(TODAY, 2)) });
}

/** Manager 1's hires and their history through createTeamCalls; returns how many calls it made. */
export async function coachFirstManager(calls: TeamCalls): Promise<number> {
  let made = 0;
  const call = async (channel: string, input: unknown) => {
    made += 1;
    return valueOf(channel, (await calls.call(managerActor(1), channel, input)) as Envelope);
  };
  for (let index = 0; index < HIRES_PER_MANAGER; index += 1) await coachOneHire(call, index);
  return made;
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  is_identity: string;
  references_table: string | null;
}

/**
 * Copies manager 1's rows for managers 2…MANAGERS: one INSERT … SELECT per table over
 * generate_series, each id and each reference to a copied table suffixed with the manager's number,
 * each reference to an account pointed at the new manager. Returns the number of rows written.
 */
export async function cloneFirstManager(sql: SqlClient): Promise<number> {
  const columns = await sql.query<ColumnRow>(
    `SELECT c.table_name, c.column_name, c.is_identity,
            (SELECT ref.relname FROM pg_constraint k
               JOIN pg_class own ON own.oid = k.conrelid
               JOIN pg_class ref ON ref.oid = k.confrelid
               JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
             WHERE k.contype = 'f' AND own.relname = c.table_name AND a.attname = c.column_name
             LIMIT 1) AS references_table
     FROM information_schema.columns c
     WHERE c.table_schema = current_schema() AND c.table_name = ANY(string_to_array($1, ','))
     ORDER BY c.table_name, c.ordinal_position`,
    [CLONED_TABLES.join(',')],
  );
  const suffix = `'~' || lpad(g.n::text, 3, '0')`;
  let rows = 0;
  for (const table of CLONED_TABLES) {
    const own = columns.filter((c) => c.table_name === table && c.is_identity !== 'YES');
    if (own.length === 0) throw new Error(`The bench does not know the table ${table}`);
    const values = own.map(({ column_name: name, references_table: ref }) => {
      if (ref === 'accounts')
        return `CASE WHEN ${name} IS NULL THEN NULL ELSE 'bench-manager-' || lpad(g.n::text, 3, '0') END`;
      if ((name === 'id' && table !== 'account_settings') || (ref !== null && CLONED_TABLES.includes(ref)))
        return `${name} || ${suffix}`;
      return name;
    });
    const names = own.map((c) => c.column_name).join(', ');
    const inserted = await sql.query<{ count: number }>(
      `WITH copied AS (
         INSERT INTO ${table} (${names})
         SELECT ${values.join(', ')} FROM ${table}, generate_series(2, $1::int) AS g(n)
         RETURNING 1)
       SELECT count(*)::int AS count FROM copied`,
      [MANAGERS],
    );
    rows += inserted[0]?.count ?? 0;
  }
  // A database two years old is not in the middle of vacuuming all of its rows: without this,
  // autovacuum's first pass over the 4.7 million just-copied rows runs during the measurements.
  await sql.exec('VACUUM (ANALYZE)');
  // Nor is it writing out the just-copied pages: the checkpoint after the copy would otherwise spread
  // its writes over the measurements. It needs a superuser (or pg_checkpoint); on a server that
  // refuses, the bench says so and goes on.
  try {
    await sql.exec('CHECKPOINT');
  } catch (error) {
    console.log(`Team bench: no CHECKPOINT after the copy (${(error as Error).message})`);
  }
  return rows;
}
