// Assembles progress for one hire and the dashboard across all active hires, from the stored
// assessments, plans and check-ins, using the pure maths in src/shared/progress.
import { toCalendarDate } from '@shared/dates/calendar-date';
import { findRole } from '@shared/framework/lookup';
import type { Framework } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { loadWeeks, readiness } from '@shared/progress/progress';
import type { AssessmentPoint, Dashboard, HireProgress } from '@shared/progress/report';
import type { Settings } from '@shared/settings/schema';
import type { Awaitable } from '../awaitable';
import { notFound } from '../errors';
import type { AssessmentService } from '../assessments/service';
import type { CheckInService } from '../checkins/service';
import type { HireService } from '../hires/service';
import type { PlanService } from '../plans/service';
import type { SummaryStore } from './summaries';
import { createHireParts } from './dashboard-rows';
import { buildDashboard, createFrameworkIndex } from './dashboard';
import { hireProgress } from './hire-progress';
import { standingAssessments } from './facts';

/**
 * What the dashboard reads of every active hire, each fact worked out already (facts.ts), ready to
 * read at once. SQLite keeps it in a table kept fresh as the history changes (summaries.ts); another
 * storage may read it up front for the one dashboard it serves.
 */
export type DashboardSummaries = Pick<
  SummaryStore,
  'active' | 'checkInsBetween' | 'activitiesBetween' | 'actionsDueBy'
>;

export function createProgressService(deps: {
  /**
   * The dashboard's summaries, ready to read; `thisWeek` is the week whose lists it will be asked
   * for, so a storage that reads up front reads only that week.
   */
  summaries: (thisWeek: { from: string; to: string }) => Awaitable<DashboardSummaries>;
  hires: Pick<HireService, 'find'>;
  assessments: Pick<AssessmentService, 'history'>;
  plans: Pick<PlanService, 'currentOf'>;
  checkIns: Pick<CheckInService, 'scheduledOf' | 'pulsesOf'>;
  framework: () => Awaitable<Framework>;
  settings: () => Awaitable<Settings>;
  now: () => Date;
}) {
  const { hires, assessments, plans, checkIns, framework, now } = deps;
  const today = () => toCalendarDate(now());

  async function points(hire: Hire, fw: Framework): Promise<AssessmentPoint[]> {
    const target = findRole(fw, hire.targetRoleId);
    if (!target) return [];
    return standingAssessments(await assessments.history(hire.id)).map((a) => ({
      ...a,
      readiness: readiness(a.levels, target, fw.competencies),
    }));
  }

  const hirePart = createHireParts();
  const frameworkIndex = createFrameworkIndex();

  return {
    async hire(hireId: string): Promise<HireProgress> {
      const hire = await hires.find(hireId);
      if (!hire) throw notFound('hire', hireId);
      const fw = await framework();
      return hireProgress({
        hireId: hire.id,
        targetRoleId: hire.targetRoleId,
        fw,
        points: await points(hire, fw),
        plan: await plans.currentOf(hire.id),
        scheduled: await checkIns.scheduledOf(hire.id),
        pulses: await checkIns.pulsesOf(hire.id),
        today,
      });
    },

    /** Every active hire's figures today, this week's items and the coming weeks' load. */
    async dashboard(weekStartsOn = 1): Promise<Dashboard> {
      const day = today();
      const settings = await deps.settings();
      const [thisWeek] = loadWeeks(day, 1, weekStartsOn);
      return buildDashboard({
        day,
        weekStartsOn,
        fw: await framework(),
        settings,
        summaries: await deps.summaries(thisWeek as { from: string; to: string }),
        hirePart,
        frameworkIndex,
      });
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
