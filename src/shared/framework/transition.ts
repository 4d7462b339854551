// A move between two roles, derived from their expectations rather than written by hand:
// what to build, what carries over, what to let go of, and a brief for the manager.
import { expectationFor } from './lookup';
import type { Competency, Framework, Level, Role, Weight } from './types';

export interface CompetencyShift {
  competencyId: string;
  name: string;
  areaId: string;
  /** Level the current role expects. */
  from: Level;
  /** Level the target role expects. */
  to: Level;
  /** How much the competency matters in the target role. */
  weight: Weight;
  /** Levels to climb (0 when none) times the target weight. */
  weightedGap: number;
}

export interface Transition {
  fromRoleId: string;
  toRoleId: string;
  fromRoleName: string;
  toRoleName: string;
  judgedOnChanges: boolean;
  /** The target role expects more: the person must build these. Biggest weighted gap first. */
  build: CompetencyShift[];
  /** Practised (level 2+) and at or above what the target role expects: strengths to lean on. */
  carryOver: CompetencyShift[];
  /** The target role expects clearly less: hand to others rather than keep carrying. */
  letGo: CompetencyShift[];
  /** Weighted gap summed over every competency to build. */
  totalWeightedGap: number;
  /** Short paragraphs for the manager: how success is judged now, and what to watch. */
  brief: string[];
}

function shift(competency: Competency, from: Role, to: Role): CompetencyShift {
  const before = expectationFor(from, competency.id);
  const after = expectationFor(to, competency.id);
  return {
    competencyId: competency.id,
    name: competency.name,
    areaId: competency.areaId,
    from: before.level,
    to: after.level,
    weight: after.weight,
    weightedGap: Math.max(0, after.level - before.level) * after.weight,
  };
}

/**
 * The new role expects less and counts the competency as merely useful: keep the skill, but hand
 * the work to others. A drop in a competency the new role still weighs (an engineer's technical
 * depth becoming a product manager's technical fluency) is a strength that carries over instead.
 */
function isLetGo(s: CompetencyShift): boolean {
  return s.from > s.to && s.weight === 1;
}

function listNames(shifts: CompetencyShift[]): string {
  const names = shifts.map((s) => s.name.charAt(0).toLowerCase() + s.name.slice(1));
  if (names.length <= 1) return names.join('');
  // Names such as "communication and storytelling" need a stronger separator to stay readable.
  const separator = names.some((name) => name.includes(' and ')) ? '; ' : ', ';
  return `${names.slice(0, -1).join(separator)}${separator === '; ' ? '; and ' : ' and '}${names.at(-1)}`;
}

function byWeightedGap(a: CompetencyShift, b: CompetencyShift): number {
  return b.weightedGap - a.weightedGap || b.to - a.to || a.name.localeCompare(b.name);
}

function byStrength(a: CompetencyShift, b: CompetencyShift): number {
  return b.weight - a.weight || b.from - a.from || a.name.localeCompare(b.name);
}

function writeBrief(from: Role, to: Role, t: Omit<Transition, 'brief'>): string[] {
  const brief: string[] = [];
  if (t.judgedOnChanges) {
    brief.push(
      `As a ${from.name} the person was judged mostly on ${from.judgedOn} — ${from.successMeasures}. ` +
        `As a ${to.name} success is judged mostly on ${to.judgedOn} — ${to.successMeasures}. ` +
        'Say this plainly at the start: what used to count as success no longer does on its own.',
    );
  } else {
    brief.push(
      `Both roles are judged mostly on ${to.judgedOn}, but on different ones: ` +
        `${to.successMeasures}, rather than ${from.successMeasures}.`,
    );
  }
  brief.push(`Watch for habits from the old role: ${from.habitsToRelease}.`);
  if (t.build.length > 0) {
    const top = t.build.slice(0, 3);
    brief.push(
      `The largest gaps are in ${listNames(top)}. Build these first, one level at a time, with real work and your coaching.`,
    );
  } else {
    brief.push(
      `The ${to.name} role expects nothing the ${from.name} role does not: this move is about focus, not new skills.`,
    );
  }
  if (t.letGo.length > 0) {
    brief.push(
      `Hand ${listNames(t.letGo)} to others — the team or a delivery lead — rather than keep carrying it. ` +
        `A ${to.name} leans on others for this.`,
    );
  }
  if (t.carryOver.length > 0) {
    brief.push(
      `Strengths that carry over: ${listNames(t.carryOver.slice(0, 4))}. Name them, so the person knows what to lean on.`,
    );
  }
  return brief;
}

export function deriveTransition(framework: Framework, from: Role, to: Role): Transition {
  const shifts = framework.competencies.map((competency) => shift(competency, from, to));
  const build = shifts.filter((s) => s.to > s.from).sort(byWeightedGap);
  const letGo = shifts.filter(isLetGo).sort((a, b) => b.from - b.to - (a.from - a.to) || byStrength(a, b));
  // A strength is something the person already practises on their own (level 2 or more).
  const carryOver = shifts
    .filter((s) => s.from >= s.to && s.from >= 2 && s.to >= 1 && !isLetGo(s))
    .sort(byStrength);
  const partial = {
    fromRoleId: from.id,
    toRoleId: to.id,
    fromRoleName: from.name,
    toRoleName: to.name,
    judgedOnChanges: from.judgedOn !== to.judgedOn,
    build,
    carryOver,
    letGo,
    totalWeightedGap: build.reduce((sum, s) => sum + s.weightedGap, 0),
  };
  return { ...partial, brief: writeBrief(from, to, partial) };
}
