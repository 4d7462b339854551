// Dating the schedule: turns scheduled weeks into the plan's phases, goals, transition work and milestones.
import { levelNames } from '../framework/types';
import type { PlanCalendar } from './calendar';
import { MILESTONE_DAYS, phaseIndexAt, type PhaseFrame } from './phases';
import type { Schedule } from './schedule';
import type { GoalSpec } from './size';
import type { Goal, Milestone, Phase, PlannedActivity, TransitionActivity } from './types';

const MILESTONE_GRACE_DAYS = 14;

function plannedActivity(
  spec: GoalSpec['chosen'][number],
  timed: { startWeek: number; endWeek: number },
  calendar: PlanCalendar,
): PlannedActivity {
  const a = spec.source;
  return {
    activityId: a.id,
    competencyId: a.competencyId,
    title: a.title,
    description: a.description,
    withWhom: a.withWhom,
    evidence: a.evidence,
    kind: a.kind,
    effortHours: a.effortHours,
    stage: spec.stage,
    spanWeeks: timed.endWeek - timed.startWeek + 1,
    startDate: calendar.day(calendar.weekStart(timed.startWeek)),
    dueDate: calendar.day(calendar.weekEnd(timed.endWeek)),
  };
}

export function buildPhases(
  core: GoalSpec[][],
  s: Schedule,
  frames: PhaseFrame[],
  calendar: PlanCalendar,
): Phase[] {
  const phases: Phase[] = frames.map((f, index) => ({
    index,
    key: f.shape.key,
    name: f.shape.name,
    focus: f.shape.focus,
    startDate: calendar.day(f.startDay),
    endDate: calendar.day(f.endDay),
    goals: [],
  }));
  const placed: { goal: Goal; day: number; priority: number }[] = [];
  for (const spec of core.flat()) {
    const timed = s.goals.get(spec);
    if (!timed) continue;
    const day = calendar.weekStart(timed.startWeek);
    placed.push({
      day,
      priority: spec.priority,
      goal: {
        id: `${spec.competency.id}@${spec.fromLevel + 1}`,
        competencyId: spec.competency.id,
        competencyName: spec.competency.name,
        fromLevel: spec.fromLevel,
        toLevel: (spec.fromLevel + 1) as Goal['toLevel'],
        weight: spec.weight,
        startDate: calendar.day(day),
        dueDate: calendar.day(calendar.weekEnd(timed.endWeek)),
        activities: (s.placed.get(spec) ?? spec.chosen).map((a) =>
          plannedActivity(a, s.activities.get(a) ?? timed, calendar),
        ),
      },
    });
  }
  placed.sort((a, b) => a.day - b.day || a.priority - b.priority);
  for (const p of placed) phases[phaseIndexAt(frames, p.day)]?.goals.push(p.goal);
  return phases;
}

export function transitionActivities(s: Schedule, calendar: PlanCalendar): TransitionActivity[] {
  return [...s.transition].map(([w, timed]) => ({
    id: w.id,
    purpose: w.purpose,
    competencyId: w.competencyId,
    title: w.title,
    description: w.description,
    withWhom: w.withWhom,
    evidence: w.evidence,
    kind: w.kind,
    effortHours: Math.round((w.minutes / 60) * 100) / 100,
    spanWeeks: timed.endWeek - timed.startWeek + 1,
    startDate: calendar.day(calendar.weekStart(timed.startWeek)),
    dueDate: calendar.day(calendar.weekEnd(timed.endWeek)),
    checkInTopic: w.checkInTopic,
  }));
}

export function milestones(
  calendar: PlanCalendar,
  endDay: number,
  goals: Goal[],
  work: TransitionActivity[],
): Milestone[] {
  const labels: Record<number, string> = { 30: '30 days', 60: '60 days', 90: '90 days', 182: '6 months' };
  // A plan ending within two weeks of a milestone still gets it, on its last day.
  return MILESTONE_DAYS.filter((d) => d - MILESTONE_GRACE_DAYS <= endDay).map((d) => {
    const date = calendar.day(Math.min(endDay, calendar.workingDayFrom(d)));
    // Only the highest level each competency has reached by then.
    const reached = goals.filter(
      (g) =>
        g.dueDate <= date &&
        !goals.some((h) => h.competencyId === g.competencyId && h.toLevel > g.toLevel && h.dueDate <= date),
    );
    const underway = goals.filter((g) => g.startDate <= date && g.dueDate > date);
    const handedOver = work.filter((w) => w.purpose === 'letGo' && w.dueDate <= date);
    const parts: string[] = [];
    if (d === 30) parts.push('expectations agreed');
    if (handedOver.length > 0 && d === 30)
      parts.push(`handed over: ${handedOver.map((w) => w.title.toLowerCase()).join('; ')}`);
    if (reached.length > 0)
      parts.push(
        `reached: ${reached.map((g) => `${g.competencyName} ${levelNames[g.toLevel].toLowerCase()}`).join(', ')}`,
      );
    if (underway.length > 0)
      parts.push(`under way: ${[...new Set(underway.map((g) => g.competencyName))].join(', ')}`);
    const text = parts.join('; ');
    return {
      day: d,
      label: labels[d] ?? `${d} days`,
      date,
      expect: text.charAt(0).toUpperCase() + text.slice(1),
    };
  });
}
