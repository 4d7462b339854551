// The schedule of one-on-ones as the Check-ins tab shows it: the next few in full, with what the
// plan says each covers, and the rest folded by month. Pure, so it is tested without a screen.
import type { CheckIn } from '@shared/checkins/schema';
import type { SavedPlan } from '@shared/plans/schema';

/** How many of the coming check-ins are shown in full; the rest fold by month. */
export const SHOWN_IN_FULL = 3;

export interface CheckInFocus {
  /** The competencies it is about: the plan's focus for that date, else the goals in flight then. */
  competencies: string[];
  /** Questions from the move's own work (expectations, peer, hand-over) the plan gave it. */
  topics: string[];
  /** The plan's phase it falls in, by name. */
  phase: string | null;
}

/** What a scheduled check-in covers, in the manager's words, from the check-in and the current plan. */
export function checkInFocus(
  checkIn: CheckIn,
  plan: SavedPlan | null,
  names: Map<string, string>,
): CheckInFocus {
  const on = checkIn.scheduledOn;
  const phases = plan?.phases ?? [];
  const phase = phases.find((p) => p.startDate <= on && on <= p.endDate) ?? null;
  let ids = checkIn.focusCompetencyIds;
  if (ids.length === 0) {
    const inFlight = phases
      .flatMap((p) => p.goals)
      .filter(
        (g) => g.startDate <= on && on <= g.dueDate && g.activities.some((a) => a.status === 'planned'),
      );
    ids = [...new Set(inFlight.map((g) => g.competencyId))];
  }
  return {
    competencies: ids.map((id) => names.get(id) ?? id),
    topics: checkIn.topics,
    phase: phase?.name ?? null,
  };
}

export interface ScheduleMonth {
  /** `2026-12` */
  month: string;
  checkIns: CheckIn[];
}

/** The next SHOWN_IN_FULL check-ins, and the later ones grouped by the month they fall in, in date order. */
export function foldSchedule(
  schedule: readonly CheckIn[],
  shown = SHOWN_IN_FULL,
): { next: CheckIn[]; later: ScheduleMonth[] } {
  const sorted = [...schedule].sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn));
  const later: ScheduleMonth[] = [];
  for (const checkIn of sorted.slice(shown)) {
    const month = checkIn.scheduledOn.slice(0, 7);
    const last = later.at(-1);
    if (last?.month === month) last.checkIns.push(checkIn);
    else later.push({ month, checkIns: [checkIn] });
  }
  return { next: sorted.slice(0, shown), later };
}
