// Makes a plan around the days nobody works (weekends, public holidays, the hire's leave). The
// planner takes those days and keeps activities and reassessments off them; its one-on-ones are
// stepped a week or two from the first day without that check, so a one-on-one that lands on a day
// off moves to the next working day here. Used by the core (saved plans) and the plan preview alike.
import { addDays, addYears, isWeekend } from 'date-fns';
import { toCalendarDate, toLocalDate } from '../dates/calendar-date';
import { generatePlan, type Plan, type PlanInput, type PlannedCheckIn } from '../planner';

/**
 * The days a plan starting on `startDate` can date anything on, for the days off passed to the
 * planner: two years covers its longest plan (52 weeks) and the reassessment after it.
 */
export function planDaysOffRange(startDate: string): { from: string; to: string } {
  return { from: startDate, to: toCalendarDate(addYears(toLocalDate(startDate), 2)) };
}

/** Looks no further than this for a working day; past it the one-on-one keeps its date. */
const LOOK_AHEAD_DAYS = 100;

function nextWorkingDay(date: string, off: ReadonlySet<string>): string {
  let day = toLocalDate(date);
  for (let i = 0; i <= LOOK_AHEAD_DAYS; i += 1, day = addDays(day, 1)) {
    const value = toCalendarDate(day);
    if (!isWeekend(day) && !off.has(value)) return value;
  }
  return date;
}

/** One-on-ones moved off days off; two that land on the same day become one with both focuses. */
export function checkInsOnWorkingDays(
  checkIns: readonly PlannedCheckIn[],
  nonWorkingDays: readonly string[],
): PlannedCheckIn[] {
  const off = new Set(nonWorkingDays);
  const byDate = new Map<string, PlannedCheckIn>();
  for (const checkIn of checkIns) {
    const date = nextWorkingDay(checkIn.date, off);
    const same = byDate.get(date);
    if (same) {
      same.focusCompetencyIds = [...new Set([...same.focusCompetencyIds, ...checkIn.focusCompetencyIds])];
      same.focusActivityIds = [...new Set([...same.focusActivityIds, ...checkIn.focusActivityIds])];
    } else {
      byDate.set(date, { ...checkIn, date });
    }
  }
  return [...byDate.values()];
}

/** `generatePlan` with every dated item on a working day. */
export function generatePlanAroundDaysOff(input: PlanInput): Plan {
  const plan = generatePlan(input);
  const days = input.nonWorkingDays ?? [];
  return { ...plan, checkIns: checkInsOnWorkingDays(plan.checkIns, days) };
}
