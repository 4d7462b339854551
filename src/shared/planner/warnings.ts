// The plan's warnings to the manager: assumed levels, heavy hours, a plan that runs long, goals moved
// to "next", a missed end date and an effort mix far from 70-20-10.
import { format } from 'date-fns';
import { toLocalDate } from '../dates/calendar-date';
import type { ActivityKind } from '../framework/types';
import { listNames } from './brief';
import type { Sized } from './fit';
import { CORE_MAX_WEEKS, MAX_WEEKS } from './limits';
import type { Resolved } from './resolve';
import { TARGET_MIX, type GoalSpec } from './size';
import type { CompetencyGap } from './types';

const HEAVY_HOURS_PER_WEEK = 10;
/** Points the effort mix may stray from 70-20-10 before the plan says so. */
const MIX_TOLERANCE = 10;

function readableDate(value: string): string {
  return format(toLocalDate(value), 'd MMM yyyy');
}

function hoursText(minutes: number): string {
  const hours = Math.ceil(minutes / 30) / 2;
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

export function sizeWarnings(r: Resolved, core: GoalSpec[][], sized: Sized, minutes: number): string[] {
  const warnings: string[] = [];
  const s = sized.schedule;
  for (const goal of core.flat()) {
    if (goal.library.length >= goal.wants) continue;
    const step = `${goal.competency.name} from level ${goal.fromLevel} to ${goal.fromLevel + 1}`;
    warnings.push(
      goal.library.length === 0
        ? `The framework has no activities for ${step}; add some on the Roles page, or agree one with the person.`
        : `${step} wants ${goal.wants} activities and the framework has ${goal.library.length}; add some on the Roles page, or agree more with the person.`,
    );
  }
  if (s.weeks > MAX_WEEKS) {
    warnings.push(
      `Even with fewer activities per goal this move takes about ${Math.round(s.weeks / 4.35)} months at ` +
        `${hoursText(minutes)} a week. Consider more development time, or a first plan for the most important gaps only.`,
    );
  } else if (s.weeks > CORE_MAX_WEEKS) {
    warnings.push(
      `At ${hoursText(minutes)} a week the core plan takes ${s.weeks} weeks, longer than the six months a move usually takes, even with fewer activities per goal. ` +
        (sized.neededMinutes === null
          ? `More hours alone would not fit it in six months: the calendar time its activities need, ${r.maxConcurrent} competencies at a time, sets the pace. Consider a first plan for the most important gaps.`
          : `About ${hoursText(sized.neededMinutes)} a week would fit it in six months.`),
    );
  }
  if (sized.deferred.length > 0) {
    const names = [...new Set(sized.deferred.map((g) => g.competency.name))];
    warnings.push(
      `At ${hoursText(minutes)} a week every essential and important goal would not fit in about 30 weeks, so ${sized.deferred.length} of the least urgent important goal${sized.deferred.length === 1 ? '' : 's'} (${listNames(names)}) come next, once the first six months are done; every essential goal and the skills this move must flex first stay in the plan. ` +
        (sized.minutesForAll === null
          ? 'More hours alone would not fit them all in 30 weeks: the calendar time their activities need sets the pace.'
          : `About ${hoursText(sized.minutesForAll)} a week would fit them all.`),
    );
  }
  if (sized.trimmed > 0) {
    warnings.push(
      `To fit the core plan in about 30 weeks at ${hoursText(minutes)} a week, ${sized.trimmed} goal${sized.trimmed === 1 ? ' has' : 's have'} fewer activities than ${sized.trimmed === 1 ? 'it' : 'they'} would want (the least urgent first); more hours a week give them their full set.`,
    );
  }
  return warnings;
}

export function mixWarning(hoursByKind: Record<ActivityKind, number>): string | null {
  const total = hoursByKind.experience + hoursByKind.people + hoursByKind.course;
  if (total === 0) return null;
  const share = (k: ActivityKind) => Math.round((hoursByKind[k] / total) * 100);
  const off = (Object.keys(TARGET_MIX) as ActivityKind[]).some(
    (k) => Math.abs(share(k) - TARGET_MIX[k]) > MIX_TOLERANCE,
  );
  if (!off) return null;
  return (
    `The activities available give a mix of ${share('experience')}% on the job, ${share('people')}% with people and ` +
    `${share('course')}% courses, not the 70-20-10 to aim for; add activities of the missing kind on the Roles page if it matters here.`
  );
}

/** An end date the hours cannot meet: keep the hours, end later, and say what the date would take. */
export function lateWarning(
  minutes: number,
  endDate: string,
  targetEndDate: string,
  needed: number | null,
): string {
  return (
    `At ${hoursText(minutes)} a week the gaps close by ${readableDate(endDate)}, later than the ` +
    `${readableDate(targetEndDate)} you asked for. ` +
    (needed === null
      ? 'Even a full-time effort would not close them by then. '
      : `Finishing by then would take about ${hoursText(needed)} a week. `) +
    'The plan keeps the hours you set and ends later, rather than overload the person.'
  );
}

/** What the plan rests on that the manager should know first: assumed levels, heavy hours. */
export function inputWarnings(r: Resolved, gaps: CompetencyGap[]): string[] {
  const warnings: string[] = [];
  if (r.assumed) {
    warnings.push(
      `No assessment yet: this plan assumes the levels a ${r.from.name} is expected to have. Record an assessment and re-plan so it fits the person.`,
    );
  } else if (r.assumedIds.length > 0) {
    const names = gaps.filter((g) => g.assumed).map((g) => g.name);
    warnings.push(
      `The assessment leaves out ${names.join(', ')}: the plan assumes the level a ${r.from.name} is expected to have there. Assess ${names.length === 1 ? 'it' : 'them'} and re-plan to be sure.`,
    );
  }
  if (r.hoursPerWeek > HEAVY_HOURS_PER_WEEK) {
    warnings.push(
      `${r.hoursPerWeek} hours a week on development is a lot beside a full role; check it is realistic, or the plan will slip.`,
    );
  }
  return warnings;
}
