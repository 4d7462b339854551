// Step 5 of the planner: phases on the calendar. A move is coached in the rhythm practitioners use:
// the first 30 days to listen and learn, days 31–90 for first wins, months 4–6 to own the work, and
// anything after six months to consolidate. A goal belongs to the phase it starts in.
import type { PlanCalendar } from './calendar';
import type { Phase } from './types';

type Shape = { key: Phase['key']; name: string; focus: string };

/** Phase boundaries in days from the start, and the milestones the plan names. */
export const PHASE_DAYS = [0, 30, 90, 182] as const;
export const MILESTONE_DAYS = [30, 60, 90, 182] as const;
/** A last phase shorter than this joins the one before it. */
const SHORTEST_PHASE_DAYS = 21;

const SHAPES: Shape[] = [
  {
    key: 'learn',
    name: 'First 30 days: listen and learn',
    focus:
      'Say what success now means in week 1, hand over the old role’s work, and build the basics of the largest gaps with close guidance.',
  },
  {
    key: 'practise',
    name: 'Days 31–90: first wins',
    focus: 'Apply the new skills on real work, with feedback after each piece; aim for visible first wins.',
  },
  {
    key: 'own',
    name: 'Months 4–6: own the work',
    focus: 'The person leads their goals and you coach; harder work in the remaining gaps.',
  },
  {
    key: 'consolidate',
    name: 'After six months: consolidate',
    focus: 'Finish what is under way, start nothing essential, and confirm the move with a reassessment.',
  },
];

const STEP_BACK = ' You step back to coaching and meet every two weeks.';

export interface PhaseFrame {
  shape: Shape;
  startDay: number;
  endDay: number;
}

/** The calendar phases a plan ending on `endDay` (days from the start) runs through. */
export function framePhases(
  calendar: PlanCalendar,
  endDay: number,
  hasGoals: boolean,
  stepsBack: boolean,
): PhaseFrame[] {
  if (!hasGoals) {
    return [
      {
        shape: {
          key: 'consolidate',
          name: 'Consolidate',
          focus:
            'Already at or above what the new role expects: set expectations, hand over ownership, and confirm it with a reassessment.',
        },
        startDay: 0,
        endDay,
      },
    ];
  }
  const frames: PhaseFrame[] = [];
  PHASE_DAYS.forEach((day, i) => {
    if (day > endDay) return;
    const next = PHASE_DAYS[i + 1];
    const startDay = calendar.workingDayFrom(day);
    if (startDay > endDay) return;
    const endDay_ =
      next === undefined ? endDay : Math.min(endDay, calendar.workingDayUntil(next - 1, startDay));
    frames.push({ shape: SHAPES[i] as Shape, startDay, endDay: endDay_ });
  });
  const last = frames.at(-1) as PhaseFrame;
  if (frames.length > 1 && last.endDay - last.startDay < SHORTEST_PHASE_DAYS) {
    frames.pop();
    (frames.at(-1) as PhaseFrame).endDay = last.endDay;
  }
  if (stepsBack && frames.length > 1) {
    const final = frames.at(-1) as PhaseFrame;
    final.shape = { ...final.shape, focus: final.shape.focus + STEP_BACK };
  }
  return frames;
}

/** Index of the phase a day falls in (the last one for days after it). */
export function phaseIndexAt(frames: readonly PhaseFrame[], day: number): number {
  const index = frames.findIndex((f) => day <= f.endDay);
  return index === -1 ? frames.length - 1 : index;
}
