// Step 7 of the planner: the brief for the manager, written from the person's levels and the plan
// itself, never from the two roles' templates alone. A competency the plan builds is never named as
// a strength; "largest gaps" names the goals the plan actually starts with; levels the assessment
// left out are named as assumed.
import { levelNames, type Level, type Role } from '../framework/types';
import type { CompetencyGap, FollowOnGoal, Goal, TransitionActivity } from './types';

export interface BriefParts {
  carryOver: { competencyId: string; name: string; level: Level }[];
  letGo: { competencyId: string; name: string; from: Level; to: Level }[];
  largestGaps: { competencyId: string; name: string; current: Level; target: Level }[];
  expectations: string[];
}

/** Competencies the person holds above what the new role expects, in one the new role counts as merely useful, or that the move's guide hands over. */
export function letGoOf(gaps: CompetencyGap[], guided: ReadonlySet<string>): CompetencyGap[] {
  return gaps.filter(
    (g) => g.current > g.target && g.current >= 2 && (g.weight === 1 || guided.has(g.competencyId)),
  );
}

function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

export function listNames(names: string[]): string {
  const all = names.map(lower);
  if (all.length <= 1) return all.join('');
  // Names such as "communication and storytelling" need a stronger separator to stay readable.
  const separator = all.some((name) => name.includes(' and ')) ? '; ' : ', ';
  return `${all.slice(0, -1).join(separator)}${separator === '; ' ? '; and ' : ' and '}${all.at(-1)}`;
}

export function writeBrief(input: {
  from: Role;
  to: Role;
  gaps: CompetencyGap[];
  goals: Goal[];
  followOn: FollowOnGoal[];
  work: TransitionActivity[];
  letGo: CompetencyGap[];
  assumedNames: string[];
  noAssessment: boolean;
}): BriefParts {
  const { from, to, gaps, goals, followOn, work, letGo, assumedNames } = input;
  const built = new Set([...goals.map((g) => g.competencyId), ...followOn.map((g) => g.competencyId)]);
  const letGoIds = new Set(letGo.map((g) => g.competencyId));
  const carryOver = gaps
    .filter(
      (g) =>
        !built.has(g.competencyId) &&
        g.current >= g.target &&
        g.current >= 2 &&
        g.target >= 1 &&
        !(letGoIds.has(g.competencyId) && g.weight === 1),
    )
    .sort((a, b) => b.weight - a.weight || b.current - a.current)
    .map((g) => ({ competencyId: g.competencyId, name: g.name, level: g.current }));

  // The goals the plan starts with, in the order it starts them.
  const firstGoals = [...goals].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const seen = new Set<string>();
  const largestGaps: BriefParts['largestGaps'] = [];
  for (const goal of firstGoals) {
    if (seen.has(goal.competencyId) || largestGaps.length === 3) continue;
    seen.add(goal.competencyId);
    const gap = gaps.find((g) => g.competencyId === goal.competencyId) as CompetencyGap;
    largestGaps.push({
      competencyId: gap.competencyId,
      name: gap.name,
      current: gap.current,
      target: gap.target,
    });
  }

  const expectations: string[] = [];
  const conversation = work.find((w) => w.purpose === 'expectations');
  if (conversation) expectations.push(conversation.description);
  if (largestGaps.length > 0) {
    expectations.push(
      `Start with ${listNames(largestGaps.map((g) => `${g.name} (${levelNames[g.current]} → ${levelNames[g.target]})`))}: the largest gaps for this person, built one level at a time with real work and your coaching.`,
    );
  } else {
    expectations.push(
      `This person already works at the level a ${to.name} is expected to: the move is about focus and ownership, not new skills.`,
    );
  }
  if (carryOver.length > 0) {
    expectations.push(
      `Strengths to lean on: ${listNames(carryOver.slice(0, 4).map((s) => s.name))}. Name ${carryOver.length === 1 ? 'it' : 'them'}, so the person knows what they bring.`,
    );
  }
  if (letGo.length > 0) {
    // The move's own hand-overs say what to do; a habit without one is named by its competency.
    const handOvers = work.filter((w) => w.purpose === 'letGo');
    const covered = new Set(handOvers.map((w) => w.competencyId));
    const rest = letGo.filter((g) => !covered.has(g.competencyId)).map((g) => g.name);
    const steps = [...handOvers.map((w) => w.title), ...rest.map((name) => `hand ${lower(name)} to others`)];
    expectations.push(
      `Let go of what a ${from.name} carries and a ${to.name} leans on others for: ${listNames(steps)}. The first weeks plan ${steps.length === 1 ? 'it' : 'them'} as dated work, with a question for your one-on-ones.`,
    );
  }
  const next = [...new Set(followOn.filter((g) => g.when === 'next').map((g) => g.competencyName))];
  if (next.length > 0) {
    expectations.push(
      `Next, once the first six months are done: ${listNames(next)}. The ${to.name} role counts ${next.length === 1 ? 'it' : 'them'} as important, but the first plan keeps to the essential skills and the ones this move must flex first so it fits about six months.`,
    );
  }
  const optional = [...new Set(followOn.filter((g) => g.when !== 'next').map((g) => g.competencyName))];
  if (optional.length > 0) {
    expectations.push(
      `Optional, after the plan or alongside it if there is room: ${listNames(optional)}. The ${to.name} role counts ${optional.length === 1 ? 'it' : 'them'} as useful rather than essential.`,
    );
  }
  if (assumedNames.length > 0 && !input.noAssessment) {
    expectations.push(
      `Not in the assessment, so assumed at the level a ${from.name} is expected to have: ${listNames(assumedNames)}.`,
    );
  }
  return {
    carryOver,
    letGo: letGo.map((g) => ({ competencyId: g.competencyId, name: g.name, from: g.current, to: g.target })),
    largestGaps,
    expectations,
  };
}
