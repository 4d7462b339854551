// The built-in activity library: for every competency and every level step, three development
// activities: what to do, with whom, what evidence shows it worked, the effort it takes and the
// calendar weeks it needs. Lower steps mix experience, people and a course; higher steps lean on
// experience and other people (70-20-10).
//
// Stages, in the order a coach runs them within a step: learn (a course, reading, or watching or
// interviewing someone who does it), try (a first go, with help), feedback (someone reviews what
// you did), own (doing it on your own, repeatedly or at a larger scale).
import type { Activity, ActivityKind } from '../framework/types';
import type { A, Steps } from './activities/steps';
import { outcomeOwnership } from './activities/outcome-ownership';
import { visionRoadmap } from './activities/vision-roadmap';
import { prioritisation } from './activities/prioritisation';
import { businessAcumen } from './activities/business-acumen';
import { customerDiscovery } from './activities/customer-discovery';
import { dataFluency } from './activities/data-fluency';
import { userExperience } from './activities/user-experience';
import { marketAwareness } from './activities/market-awareness';
import { specification } from './activities/specification';
import { backlogManagement } from './activities/backlog-management';
import { deliveryPlanning } from './activities/delivery-planning';
import { technicalFluency } from './activities/technical-fluency';
import { stakeholderManagement } from './activities/stakeholder-management';
import { communication } from './activities/communication';
import { influenceLeadership } from './activities/influence-leadership';

const kinds: Record<A[0], ActivityKind> = { e: 'experience', p: 'people', c: 'course' };

const library: Record<string, Steps> = {
  'outcome-ownership': outcomeOwnership,
  'vision-roadmap': visionRoadmap,
  prioritisation: prioritisation,
  'business-acumen': businessAcumen,
  'customer-discovery': customerDiscovery,
  'data-fluency': dataFluency,
  'user-experience': userExperience,
  'market-awareness': marketAwareness,
  specification: specification,
  'backlog-management': backlogManagement,
  'delivery-planning': deliveryPlanning,
  'technical-fluency': technicalFluency,
  'stakeholder-management': stakeholderManagement,
  communication: communication,
  'influence-leadership': influenceLeadership,
};

/**
 * The few activities that need something which takes time to exist. Keys and `after` entries are
 * ids within the same competency ("1a" is its step 1, first activity).
 */
const prerequisites: Record<string, Record<string, Pick<Activity, 'earliestWeek' | 'after'>>> = {
  // A launch needs a metric set before the build, the build itself and a few weeks of use.
  'outcome-ownership': { '1b': { earliestWeek: 12, after: ['1a'] } },
  'vision-roadmap': { '2c': { after: ['2a'] }, '3c': { after: ['3a'] } },
  prioritisation: { '1c': { after: ['1a'] }, '2c': { after: ['2a'] } },
  'business-acumen': { '2c': { after: ['2a'] } },
  // "What customers taught you this quarter" needs a quarter of talking to them in the new role.
  'customer-discovery': { '2c': { after: ['2a'] }, '3c': { earliestWeek: 10 } },
  'data-fluency': { '1d': { after: ['1b'] }, '2c': { after: ['2a'] } },
  'user-experience': { '2c': { after: ['2a'] } },
  specification: { '1b': { after: ['1a'] }, '1c': { after: ['1a'] }, '2c': { after: ['2a'] } },
  'technical-fluency': { '2c': { after: ['2a'] } },
  'influence-leadership': { '1c': { after: ['1b'] } },
};

const suffix = ['a', 'b', 'c', 'd'] as const;

function constraintsOf(competencyId: string, key: string): Pick<Activity, 'earliestWeek' | 'after'> {
  const found = prerequisites[competencyId]?.[key];
  if (!found) return {};
  return {
    ...(found.earliestWeek === undefined ? {} : { earliestWeek: found.earliestWeek }),
    ...(found.after ? { after: found.after.map((local) => `${competencyId}.${local}`) } : {}),
  };
}

export const builtInActivities: Activity[] = Object.entries(library).flatMap(([competencyId, steps]) =>
  steps.flatMap((step, fromLevel) =>
    step.map(
      ([kind, effortHours, spanWeeks, stage, title, description, withWhom, evidence], index): Activity => ({
        id: `${competencyId}.${fromLevel}${suffix[index]}`,
        competencyId,
        fromLevel: fromLevel as Activity['fromLevel'],
        title,
        description,
        withWhom,
        evidence,
        kind: kinds[kind],
        effortHours,
        spanWeeks,
        stage,
        ...constraintsOf(competencyId, `${fromLevel}${suffix[index]}`),
        builtIn: true,
      }),
    ),
  ),
);
