// What the Progress tab and the dashboard receive from the core.
import { z } from 'zod';
import type { Level } from '../framework/types';
import { idField } from '../text/fields';
import type { CompletionWeek, Forecast, LoadWeek, TransitionStatus } from './progress';

/** The Progress tab's input: the hire whose progress it shows. */
export const progressHireInput = z.strictObject({ hireId: idField('hire') });

/** The dashboard's input: the day weeks start on in the manager's locale (0 Sunday … 6 Saturday). */
export const dashboardInput = z.strictObject({
  weekStartsOn: z
    .number({ error: 'The first day of the week is a number from 0 (Sunday) to 6 (Saturday)' })
    .int('The first day of the week is a number from 0 (Sunday) to 6 (Saturday)')
    .min(0, 'The first day of the week is a number from 0 (Sunday) to 6 (Saturday)')
    .max(6, 'The first day of the week is a number from 0 (Sunday) to 6 (Saturday)')
    .optional(),
});

export interface AssessmentPoint {
  id: string;
  assessedOn: string;
  assessor: 'manager' | 'self';
  readiness: number;
  levels: Record<string, Level>;
}

export interface HireProgress {
  hireId: string;
  today: string;
  competencies: { id: string; name: string; target: Level }[];
  /** Assessments in use (corrections replace what they correct), oldest first. */
  assessments: AssessmentPoint[];
  readiness: number | null;
  firstGap: number | null;
  latestGap: number | null;
  gapClosed: number | null;
  forecast: Forecast;
  status: { status: TransitionStatus; reasons: string[] };
  plan: { startDate: string; endDate: string; done: number; total: number; version: number } | null;
  completion: CompletionWeek[];
  pulses: { date: string; competencyId: string; confidence: number }[];
}

export interface DashboardRow {
  hireId: string;
  name: string;
  fromRoleName: string;
  toRoleName: string;
  weeksIn: number;
  readiness: number | null;
  status: TransitionStatus;
  reasons: string[];
  nextCheckIn: string | null;
  overdueItems: number;
}

/** The most items each "this week" list on the dashboard carries. */
export const THIS_WEEK_LIMIT = 20;

export interface Dashboard {
  today: string;
  rows: DashboardRow[];
  thisWeek: {
    weekStart: string;
    weekEnd: string;
    checkIns: { hireId: string; hireName: string; checkInId: string; date: string }[];
    activities: { hireId: string; hireName: string; title: string; dueDate: string }[];
    actionItems: {
      hireId: string;
      hireName: string;
      text: string;
      dueOn: string;
      owner: 'manager' | 'hire';
    }[];
    /**
     * How many there are of each in all: the lists hold the first THIS_WEEK_LIMIT by date (a team of
     * hundreds has hundreds of check-ins a week; the hires table shows each one's next check-in).
     */
    totals: { checkIns: number; activities: number; actionItems: number };
  };
  load: LoadWeek[];
  budgetHours: number;
  minutesPerCheckIn: number;
}
