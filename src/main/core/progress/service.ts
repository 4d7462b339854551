// Assembles progress for one hire and the dashboard across all active hires, from the stored
// assessments, plans and check-ins, using the pure maths in src/shared/progress.
import { addDays, differenceInCalendarDays } from 'date-fns';
import { toCalendarDate, toLocalDate } from '@shared/dates/calendar-date';
import { expectationFor, findRole } from '@shared/framework/lookup';
import type { Framework, Level } from '@shared/framework/types';
import type { Hire } from '@shared/hires/schema';
import type { SavedPlan } from '@shared/plans/schema';
import {
  coachingLoad,
  completionByWeek,
  forecast,
  gapClosed,
  readiness,
  transitionStatus,
  weightedGap,
} from '@shared/progress/progress';
import type { AssessmentPoint, Dashboard, DashboardRow, HireProgress } from '@shared/progress/report';
import type { Settings } from '@shared/checkins/schema';
import { notFound } from '../errors';
import type { AssessmentRepository } from '../assessments/repository';
import type { CheckInRepository } from '../checkins/repository';
import type { HireRepository } from '../hires/repository';
import type { PlanRepository } from '../plans/repository';

export function createProgressService(deps: {
  hires: HireRepository;
  assessments: AssessmentRepository;
  plans: PlanRepository;
  checkIns: CheckInRepository;
  framework: () => Framework;
  settings: () => Settings;
  now: () => Date;
}) {
  const { hires, assessments, plans, checkIns, framework, now } = deps;
  const today = () => toCalendarDate(now());

  const liveActivities = (plan: SavedPlan | undefined) =>
    plan
      ? plan.phases.flatMap((p) => p.goals.flatMap((g) => g.activities)).filter((a) => a.status !== 'removed')
      : [];

  function points(hire: Hire): AssessmentPoint[] {
    const fw = framework();
    const target = findRole(fw, hire.targetRoleId);
    if (!target) return [];
    return assessments
      .listForHire(hire.id)
      .filter((a) => a.correctedById === null)
      .map((a) => {
        const levels = Object.fromEntries(a.ratings.map((r) => [r.competencyId, r.level])) as Record<
          string,
          Level
        >;
        return {
          id: a.id,
          assessedOn: a.assessedOn,
          assessor: a.assessor,
          readiness: readiness(levels, target, fw.competencies),
          levels,
        };
      })
      .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
  }

  function summarise(hire: Hire) {
    const fw = framework();
    const target = findRole(fw, hire.targetRoleId);
    const all = points(hire);
    const manager = all.filter((p) => p.assessor === 'manager');
    const basis = manager.length > 0 ? manager : all;
    const latest = basis.at(-1);
    const previous = basis.at(-2);
    const plan = plans.current(hire.id);
    const activities = liveActivities(plan);
    const day = today();
    const scheduled = checkIns.scheduled(hire.id);
    const missed = scheduled.filter((c) => c.scheduledOn < day).length;
    const status = transitionStatus({
      today: day,
      planStart: plan?.horizon.startDate ?? null,
      activities,
      missedCheckIns: missed,
      latestReadiness: latest?.readiness ?? null,
      previousReadiness: previous?.readiness ?? null,
    });
    const gap = (p: AssessmentPoint | undefined) =>
      p && target ? weightedGap(p.levels, target, fw.competencies) : null;
    return {
      fw,
      target,
      all,
      basis,
      latest,
      plan,
      activities,
      scheduled,
      missed,
      status,
      firstGap: gap(basis[0]),
      latestGap: gap(latest),
    };
  }

  return {
    hire(hireId: string): HireProgress {
      const hire = hires.get(hireId);
      if (!hire) throw notFound('hire', hireId);
      const s = summarise(hire);
      const pulses = checkIns
        .lastPulses(hire.id)
        .map((p) => ({ date: p.held_on, competencyId: p.competency_id, confidence: p.confidence }))
        .sort((a, b) => a.date.localeCompare(b.date));
      return {
        hireId: hire.id,
        today: today(),
        competencies: s.target
          ? s.fw.competencies
              .map((c) => ({
                id: c.id,
                name: c.name,
                target: expectationFor(s.target as NonNullable<typeof s.target>, c.id).level,
              }))
              .filter((c) => c.target > 0)
          : [],
        assessments: s.all,
        readiness: s.latest?.readiness ?? null,
        firstGap: s.firstGap,
        latestGap: s.latestGap,
        gapClosed:
          s.firstGap === null || s.latestGap === null || s.basis.length < 2
            ? null
            : gapClosed(s.firstGap, s.latestGap),
        forecast: forecast(s.basis.map((p) => ({ date: p.assessedOn, readiness: p.readiness }))),
        status: s.status,
        plan: s.plan
          ? {
              startDate: s.plan.horizon.startDate,
              endDate: s.plan.horizon.endDate,
              done: s.activities.filter((a) => a.status === 'done').length,
              total: s.activities.length,
              version: s.plan.version,
            }
          : null,
        completion: s.plan
          ? completionByWeek(s.plan.horizon.startDate, s.plan.horizon.endDate, s.activities, today())
          : [],
        pulses,
      };
    },

    dashboard(): Dashboard {
      const day = today();
      const settings = deps.settings();
      const monday = addDays(toLocalDate(day), -((toLocalDate(day).getDay() + 6) % 7));
      const weekStart = toCalendarDate(monday);
      const weekEnd = toCalendarDate(addDays(monday, 6));
      const rows: DashboardRow[] = [];
      const thisWeek: Dashboard['thisWeek'] = {
        weekStart,
        weekEnd,
        checkIns: [],
        activities: [],
        actionItems: [],
      };
      const loadInputs: Parameters<typeof coachingLoad>[0] = [];
      for (const hire of hires.list('active', '')) {
        const s = summarise(hire);
        const overdueActivities = s.activities.filter(
          (a) => a.status === 'planned' && a.dueDate < day,
        ).length;
        const openActions = checkIns.openActions(hire.id);
        const overdueActions = openActions.filter((a) => a.dueOn !== null && a.dueOn < day).length;
        rows.push({
          hireId: hire.id,
          name: hire.name,
          fromRoleName: findRole(s.fw, hire.currentRoleId)?.name ?? hire.currentRoleId,
          toRoleName: s.target?.name ?? hire.targetRoleId,
          weeksIn: Math.max(
            0,
            Math.floor(differenceInCalendarDays(toLocalDate(day), toLocalDate(hire.startDate)) / 7),
          ),
          readiness: s.latest?.readiness ?? null,
          status: s.status.status,
          reasons: s.status.reasons,
          nextCheckIn:
            s.scheduled.find((c) => c.scheduledOn >= day)?.scheduledOn ?? s.scheduled[0]?.scheduledOn ?? null,
          overdueItems: overdueActivities + overdueActions + s.missed,
        });
        for (const c of s.scheduled.filter((x) => x.scheduledOn >= weekStart && x.scheduledOn <= weekEnd)) {
          thisWeek.checkIns.push({
            hireId: hire.id,
            hireName: hire.name,
            checkInId: c.id,
            date: c.scheduledOn,
          });
        }
        for (const a of s.activities.filter(
          (x) => x.status === 'planned' && x.dueDate >= weekStart && x.dueDate <= weekEnd,
        )) {
          thisWeek.activities.push({
            hireId: hire.id,
            hireName: hire.name,
            title: a.title,
            dueDate: a.dueDate,
          });
        }
        for (const a of openActions.filter((x) => x.dueOn !== null && x.dueOn <= weekEnd)) {
          thisWeek.actionItems.push({
            hireId: hire.id,
            hireName: hire.name,
            text: a.text,
            dueOn: a.dueOn as string,
            owner: a.owner,
          });
        }
        loadInputs.push({ checkInDates: s.scheduled.map((c) => c.scheduledOn), activities: s.activities });
      }
      const byDate = <T extends { date?: string; dueDate?: string; dueOn?: string }>(a: T, b: T) =>
        (a.date ?? a.dueDate ?? a.dueOn ?? '').localeCompare(b.date ?? b.dueDate ?? b.dueOn ?? '');
      // SQLite's NOCASE only folds ASCII; people's names need a locale-aware order.
      rows.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
      thisWeek.checkIns.sort(byDate);
      thisWeek.activities.sort(byDate);
      thisWeek.actionItems.sort(byDate);
      return {
        today: day,
        rows,
        thisWeek,
        load: coachingLoad(loadInputs, day, settings.checkInMinutes, settings.coachingBudgetHours),
        budgetHours: settings.coachingBudgetHours,
        minutesPerCheckIn: settings.checkInMinutes,
      };
    },
  };
}
