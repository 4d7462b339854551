// Assembles progress for one hire and the dashboard across all active hires, from the stored
// assessments, plans and check-ins, using the pure maths in src/shared/progress.
import { toCalendarDate } from '@shared/dates/calendar-date';
import { findRole } from '@shared/framework/lookup';
import type { Framework } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import { readiness, type Levels } from '@shared/progress/progress';
import type { AssessmentPoint, Dashboard, HireProgress } from '@shared/progress/report';
import type { Settings } from '@shared/settings/schema';
import { notFound } from '../errors';
import type { AssessmentService } from '../assessments/service';
import type { CheckInService } from '../checkins/service';
import type { HireService } from '../hires/service';
import type { PlanService } from '../plans/service';
import type { HireFacts, SummaryStore } from './summaries';
import { createHireParts } from './dashboard-rows';
import { buildDashboard, createFrameworkIndex } from './dashboard';
import { basisOf, hireProgress, liveActivitiesOf } from './hire-progress';

export function createProgressService(deps: {
  /** The dashboard's summary table, kept fresh with `facts` (see summaries.ts). */
  summaryStore: (facts: (hireId: string) => HireFacts) => SummaryStore;
  hires: Pick<HireService, 'find'>;
  assessments: Pick<AssessmentService, 'history'>;
  plans: Pick<PlanService, 'currentOf'>;
  checkIns: Pick<CheckInService, 'scheduledOf' | 'openActionsOf' | 'pulsesOf'>;
  framework: () => Framework;
  settings: () => Settings;
  now: () => Date;
}) {
  const { hires, assessments, plans, checkIns, framework, now } = deps;
  const today = () => toCalendarDate(now());

  /** The hire's assessments that stand (not corrected), oldest first, with their levels. */
  function assessed(hireId: string) {
    return assessments
      .history(hireId)
      .filter((a) => a.correctedById === null)
      .map((a) => ({
        id: a.id,
        assessedOn: a.assessedOn,
        assessor: a.assessor,
        levels: Object.fromEntries(a.ratings.map((r) => [r.competencyId, r.level])) as Levels,
      }))
      .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  }

  function points(hire: Hire, fw: Framework): AssessmentPoint[] {
    const target = findRole(fw, hire.targetRoleId);
    if (!target) return [];
    return assessed(hire.id).map((a) => ({
      ...a,
      readiness: readiness(a.levels, target, fw.competencies),
    }));
  }

  /** What the dashboard keeps about a hire between changes to their history (see summaries.ts). */
  function facts(hireId: string): HireFacts {
    const plan = plans.currentOf(hireId);
    const activities = liveActivitiesOf(plan);
    const done = activities.filter((a) => a.status === 'done');
    const basis = basisOf(assessed(hireId));
    return {
      planStart: plan?.horizon.startDate ?? null,
      planned: activities
        .filter((a) => a.status === 'planned')
        .map((a) => ({ dueDate: a.dueDate, kind: a.kind })),
      doneDue: done.map((a) => a.dueDate),
      lastDone:
        done
          .map((a) => a.doneOn ?? '')
          .sort()
          .at(-1) ?? null,
      scheduled: checkIns.scheduledOf(hireId).map((c) => c.scheduledOn),
      actionDue: checkIns.openActionsOf(hireId).flatMap((a) => (a.dueOn === null ? [] : [a.dueOn])),
      latest: basis.at(-1)?.levels ?? null,
      previous: basis.at(-2)?.levels ?? null,
    };
  }

  const summaries = deps.summaryStore(facts);
  const hirePart = createHireParts();
  const frameworkIndex = createFrameworkIndex();

  return {
    hire(hireId: string): HireProgress {
      const hire = hires.find(hireId);
      if (!hire) throw notFound('hire', hireId);
      const fw = framework();
      return hireProgress({
        hireId: hire.id,
        targetRoleId: hire.targetRoleId,
        fw,
        points: points(hire, fw),
        plan: plans.currentOf(hire.id),
        scheduled: checkIns.scheduledOf(hire.id),
        pulses: checkIns.pulsesOf(hire.id),
        today,
      });
    },

    /** Every active hire's figures today, this week's items and the coming weeks' load. */
    dashboard(weekStartsOn = 1): Dashboard {
      const day = today();
      const settings = deps.settings();
      return buildDashboard({
        day,
        weekStartsOn,
        fw: framework(),
        settings,
        summaries,
        hirePart,
        frameworkIndex,
      });
    },
  };
}

export type ProgressService = ReturnType<typeof createProgressService>;
