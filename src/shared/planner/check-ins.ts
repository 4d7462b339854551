// Step 6 of the planner: one-on-ones and reassessments. One-on-ones run from the first working day
// to the last day at the shared cadence rule; each lists the work running that period and the
// questions of the move itself (the first is built around the expectations conversation).
// Reassessments fall at 90 days, six months and the end, never more than about four months apart.
import type { PlanCalendar } from './calendar';
import { phaseIndexAt, type PhaseFrame } from './phases';
import { checkInIntervalDays, liveActivities } from './rules';
import type { Phase, PlannedCheckIn, Reassessment, TransitionActivity } from './types';

/** A stretch longer than this between reassessments gets one midway. */
const LONGEST_WITHOUT_REASSESSMENT_DAYS = 16 * 7;
/** Too early to reassess competencies; the first review is at 90 days (the end of first wins). */
const FIRST_REASSESSMENT_DAY = 60;
const FOCUS_WHEN_IDLE = 3;

export function planCheckIns(
  calendar: PlanCalendar,
  cadence: 'auto' | 'weekly' | 'biweekly',
  phases: Phase[],
  frames: PhaseFrame[],
  work: TransitionActivity[],
  priorityOf: (competencyId: string) => number,
): PlannedCheckIn[] {
  const endDay = frames.at(-1)?.endDay ?? 0;
  const plan = { options: { cadence }, phases };
  const days: number[] = [];
  // Counted on the nominal weekday, each moved past holidays and leave, so the rhythm does not drift.
  for (let nominal = 0; nominal <= endDay;) {
    const day = Math.min(endDay, calendar.workingDayFrom(nominal));
    if (day !== days.at(-1)) days.push(day);
    nominal += checkInIntervalDays(plan, calendar.day(day));
  }
  if ((days.at(-1) ?? -1) < endDay) days.push(endDay);
  const all = liveActivities(phases);
  const upcoming = [...all].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const running = [{ goals: [{ activities: all }] }];
  return days.map((day, i) => {
    const from = calendar.day(day);
    const until = calendar.day((days[i + 1] ?? day + 7) - 1);
    let focus = liveActivities(running, { from, until });
    if (focus.length === 0) focus = upcoming.filter((a) => a.startDate > from).slice(0, FOCUS_WHEN_IDLE);
    focus.sort(
      (a, b) => priorityOf(a.competencyId) - priorityOf(b.competencyId) || a.dueDate.localeCompare(b.dueDate),
    );
    const topics = work
      .filter((w) => w.startDate <= until && w.dueDate >= from)
      // The conversation is the first one-on-one; the peer comes up every fourth week, not every time.
      .filter((w) => (w.purpose === 'expectations' ? i === 0 : w.purpose !== 'peer' || i % 4 === 1))
      .map((w) => w.checkInTopic);
    return {
      date: from,
      phaseIndex: phaseIndexAt(frames, day),
      focusCompetencyIds: [...new Set(focus.map((a) => a.competencyId))],
      focusActivityIds: focus.map((a) => a.activityId),
      topics,
    };
  });
}

export function planReassessments(
  calendar: PlanCalendar,
  frames: PhaseFrame[],
  phases: Phase[],
  toRoleName: string,
): Reassessment[] {
  const result: Reassessment[] = [];
  let previous = 0;
  frames.forEach((frame, index) => {
    const last = index === frames.length - 1;
    if (!last && frame.endDay < FIRST_REASSESSMENT_DAY) return;
    const span = frame.endDay - previous;
    const intervals = Math.ceil(span / LONGEST_WITHOUT_REASSESSMENT_DAYS);
    for (let k = 1; k < intervals; k += 1) {
      const day = calendar.workingDayUntil(previous + Math.floor((span * k) / intervals), previous + 1);
      result.push({
        date: calendar.day(day),
        reason: `Midway through ${frame.shape.name}: check progress on the goals under way`,
      });
    }
    const names = phases[index]?.goals.map((g) => g.competencyName) ?? [];
    result.push({
      date: calendar.day(frame.endDay),
      reason: last
        ? `End of the plan: reassess every competency against the ${toRoleName} role`
        : `End of ${frame.shape.name}: reassess ${names.length > 0 ? names.slice(0, 4).join(', ') : 'the goals under way'}${names.length > 4 ? ' and the rest of this phase’s goals' : ''}`,
    });
    previous = frame.endDay;
  });
  return result;
}
