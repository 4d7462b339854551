// The organisation overview an HR/L&D lead sees on a team server: how many people are moving between
// which roles, how far into their moves they are, and how much coaching each manager carries. Only
// counts and managers' names: no hire's name, no notes, no evidence, no ratings (docs/team.md, "Who
// sees what"). One grouped query per figure, so it costs the same for 50 hires or 10,000.
import { addDays } from 'date-fns';
import { dayNumber, toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import { assertAllowed, type Actor } from '../auth/policy';
import { int8ToNumber, type SqlClient } from '../db/sql-client';

/** How far into their move the active hires of one transition are, in weeks since their start. */
export const WEEK_BANDS = [
  'notStarted',
  'weeks1to4',
  'weeks5to8',
  'weeks9to13',
  'weeks14to26',
  'over26',
] as const;
export type WeekBand = (typeof WEEK_BANDS)[number];

export interface TransitionCount {
  fromRoleId: string;
  toRoleId: string;
  active: number;
  archived: number;
  /** Active hires only. */
  weeksIn: Record<WeekBand, number>;
}

export interface ManagerLoad {
  managerId: string;
  displayName: string;
  /** The account was turned off; its hires wait to be handed to another manager. */
  disabled: boolean;
  activeHires: number;
  /** One-on-ones held in the 28 days up to and including today. */
  heldLast28Days: number;
  /** One-on-ones on the schedule from today through the next 13 days. */
  scheduledNext14Days: number;
  /** Scheduled one-on-ones whose date has passed without being held or cancelled. */
  overdue: number;
}

export interface OrgOverview {
  /** The day the figures are for (YYYY-MM-DD). */
  asOf: string;
  transitions: TransitionCount[];
  managers: ManagerLoad[];
}

/** Week 1 is the start date and the six days after it. */
export function weekBand(startDate: string, today: string): WeekBand {
  const days = dayNumber(today) - dayNumber(startDate);
  if (days < 0) return 'notStarted';
  const week = Math.floor(days / 7) + 1;
  if (week <= 4) return 'weeks1to4';
  if (week <= 8) return 'weeks5to8';
  if (week <= 13) return 'weeks9to13';
  if (week <= 26) return 'weeks14to26';
  return 'over26';
}

const count = (value: unknown): number => int8ToNumber(String(value));

function emptyBands(): Record<WeekBand, number> {
  return Object.fromEntries(WEEK_BANDS.map((band) => [band, 0])) as Record<WeekBand, number>;
}

async function transitionCounts(sql: SqlClient, today: string): Promise<TransitionCount[]> {
  // Grouped by start date too, so the weeks are worked out here from a few hundred rows at most.
  const rows = await sql.query<{
    from_role: string;
    to_role: string;
    status: string;
    start_date: string;
    hires: string | number;
  }>(
    `SELECT current_role_id AS from_role, target_role_id AS to_role, status, start_date, count(*) AS hires
       FROM hires
      GROUP BY current_role_id, target_role_id, status, start_date`,
  );
  const byMove = new Map<string, TransitionCount>();
  for (const row of rows) {
    const key = JSON.stringify([row.from_role, row.to_role]);
    let move = byMove.get(key);
    if (!move) {
      move = {
        fromRoleId: row.from_role,
        toRoleId: row.to_role,
        active: 0,
        archived: 0,
        weeksIn: emptyBands(),
      };
      byMove.set(key, move);
    }
    const hires = count(row.hires);
    if (row.status === 'active') {
      move.active += hires;
      move.weeksIn[weekBand(row.start_date, today)] += hires;
    } else {
      move.archived += hires;
    }
  }
  return [...byMove.values()].sort(
    (a, b) =>
      b.active - a.active || a.fromRoleId.localeCompare(b.fromRoleId) || a.toRoleId.localeCompare(b.toRoleId),
  );
}

async function managerLoads(sql: SqlClient, today: string): Promise<ManagerLoad[]> {
  const date = toLocalDate(today);
  const since = toCalendarDate(addDays(date, -27));
  const until = toCalendarDate(addDays(date, 13));
  const rows = await sql.query<{
    id: string;
    display_name: string;
    disabled: boolean;
    active_hires: string | number;
    held: string | number;
    scheduled: string | number;
    overdue: string | number;
  }>(
    `SELECT a.id, a.display_name, a.disabled_at IS NOT NULL AS disabled,
            (SELECT count(*) FROM hires h WHERE h.manager_id = a.id AND h.status = 'active') AS active_hires,
            count(*) FILTER (WHERE c.status = 'done' AND c.held_on BETWEEN $1 AND $2) AS held,
            count(*) FILTER (WHERE c.status = 'scheduled' AND c.scheduled_on BETWEEN $2 AND $3) AS scheduled,
            count(*) FILTER (WHERE c.status = 'scheduled' AND c.scheduled_on < $2) AS overdue
       FROM accounts a
       LEFT JOIN hires h ON h.manager_id = a.id AND h.status = 'active'
       LEFT JOIN check_ins c ON c.hire_id = h.id
      WHERE a.role = 'manager' OR EXISTS (SELECT 1 FROM hires o WHERE o.manager_id = a.id)
      GROUP BY a.id, a.display_name, a.disabled_at`,
    [since, today, until],
  );
  return rows
    .map((row) => ({
      managerId: row.id,
      displayName: row.display_name,
      disabled: row.disabled === true,
      activeHires: count(row.active_hires),
      heldLast28Days: count(row.held),
      scheduledNext14Days: count(row.scheduled),
      overdue: count(row.overdue),
    }))
    .filter((manager) => !manager.disabled || manager.activeHires > 0)
    .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.managerId.localeCompare(b.managerId));
}

/** The overview for `today` (the server's calendar date); refused to anyone but an HR/L&D lead. */
export async function readOrgOverview(sql: SqlClient, actor: Actor, today: string): Promise<OrgOverview> {
  assertAllowed(actor, { kind: 'orgOverview' }, 'read');
  // One after the other: inside a transaction both share one connection.
  const transitions = await transitionCounts(sql, today);
  const managers = await managerLoads(sql, today);
  return { asOf: today, transitions, managers };
}
