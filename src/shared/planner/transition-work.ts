// Step 3 of the planner: the work of the move itself, planned before any goal. Week 1 holds the
// expectations conversation; a peer in the new role is there from week 1; each habit of the old
// role the person still holds is handed over as dated work with a question for the one-on-ones.
import type { ActivityKind, LetGoActivity, TransitionGuide } from '../framework/types';
import type { Resolved } from './resolve';

/** A piece of transition work before it has dates. */
export interface TransitionSpec {
  id: string;
  purpose: 'expectations' | 'peer' | 'letGo';
  competencyId: string | null;
  title: string;
  description: string;
  withWhom: string;
  evidence: string;
  kind: ActivityKind;
  minutes: number;
  spanWeeks: number;
  checkInTopic: string;
}

/** The peer meets every two weeks through the first 90 days: half an hour every other week. */
const PEER_WEEKS = 12;
export const PEER_MINUTES_A_WEEK = 15;

function successNow(r: Resolved, guide: TransitionGuide | undefined): string {
  if (guide) return guide.successNow;
  const { from, to } = r;
  return from.judgedOn === to.judgedOn
    ? `As a ${to.name}, success is ${to.successMeasures}, rather than ${from.successMeasures}.`
    : `As a ${from.name}, success was judged on ${from.judgedOn}: ${from.successMeasures}. ` +
        `As a ${to.name}, it is judged on ${to.judgedOn}: ${to.successMeasures}.`;
}

function expectationsConversation(r: Resolved, guide: TransitionGuide | undefined): TransitionSpec {
  return {
    id: 'move:expectations',
    purpose: 'expectations',
    competencyId: null,
    title: 'Agree what success means now',
    description:
      `In the first one-on-one, say plainly what success as a ${r.to.name} means: ${successNow(r, guide)} ` +
      'Agree who decides what, how disagreements are settled, and what should be true at 30, 60 and 90 days.',
    withWhom: 'You, their manager',
    evidence: 'The person can say, in their own words, how their work will be judged from now on.',
    kind: 'people',
    minutes: 60,
    spanWeeks: 1,
    checkInTopic: `What success as a ${r.to.name} means now, and what should be true at 30, 60 and 90 days`,
  };
}

function peer(r: Resolved): TransitionSpec {
  return {
    id: 'move:peer',
    purpose: 'peer',
    competencyId: null,
    title: `Meet a ${r.to.name} peer every two weeks`,
    description: `Pair the person with an experienced ${r.to.name} outside their line for the first 90 days: half an hour every two weeks on whatever is hard that week.`,
    withWhom: `An experienced ${r.to.name}`,
    evidence: 'The person brings a question from their own work to each meeting.',
    kind: 'people',
    minutes: PEER_MINUTES_A_WEEK * PEER_WEEKS,
    spanWeeks: PEER_WEEKS,
    checkInTopic: 'What did your peer suggest, and what did you try?',
  };
}

function handOver(activity: LetGoActivity): TransitionSpec {
  return {
    id: `letgo:${activity.id}`,
    purpose: 'letGo',
    competencyId: activity.competencyId,
    title: activity.title,
    description: activity.description,
    withWhom: activity.withWhom,
    evidence: activity.evidence,
    kind: 'experience',
    minutes: Math.max(1, Math.round(activity.effortHours * 60)),
    spanWeeks: Math.max(1, Math.round(activity.spanWeeks)),
    checkInTopic: activity.checkInTopic,
  };
}

/** A hand-over for a move with no guide: the old role's habits, in the framework's own words. */
function derivedHandOver(r: Resolved, competencyId: string, name: string): TransitionSpec {
  return {
    id: `letgo:${competencyId}`,
    purpose: 'letGo',
    competencyId,
    title: `Hand ${name.charAt(0).toLowerCase()}${name.slice(1)} to someone else`,
    description: `Agree who in the team takes over the ${name.toLowerCase()} work the person did as a ${r.from.name}, hand it over, and stop doing it. Habits to watch: ${r.from.habitsToRelease}.`,
    withWhom: 'The team, and you to agree who takes it',
    evidence: 'Someone else does it, and the person is not pulled back into it.',
    kind: 'experience',
    minutes: 120,
    spanWeeks: 3,
    checkInTopic: `What of the ${name.toLowerCase()} work have you handed over, and what still pulls you back?`,
  };
}

/**
 * The move's own work. Hand-overs only for habits the person actually holds: their level in the
 * competency is above what the new role expects (nobody hands over what they never did).
 */
export function transitionWork(
  r: Resolved,
  guide: TransitionGuide | undefined,
  letGoIds: ReadonlySet<string>,
): TransitionSpec[] {
  const work = [expectationsConversation(r, guide), peer(r)];
  if (guide) {
    for (const a of guide.letGo) if (letGoIds.has(a.competencyId)) work.push(handOver(a));
  } else {
    for (const c of r.framework.competencies)
      if (letGoIds.has(c.id)) work.push(derivedHandOver(r, c.id, c.name));
  }
  return work;
}
