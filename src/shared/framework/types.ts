// The vocabulary the planner, the assessments and the PDF share: areas, competencies with five
// behaviour levels, roles with an expected level and weight per competency, and activities.

/** 0: not yet · 1: learning · 2: practising on their own · 3: strong, trusted · 4: could teach it. */
export type Level = 0 | 1 | 2 | 3 | 4;
export const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];
export const levelNames: Record<Level, string> = {
  0: 'Not yet',
  1: 'Learning',
  2: 'Practising',
  3: 'Strong',
  4: 'Could teach it',
};

/** How much a competency matters in a role: 1 useful, 2 important, 3 essential. */
export type Weight = 1 | 2 | 3;
export const weightNames: Record<Weight, string> = { 1: 'Useful', 2: 'Important', 3: 'Essential' };

export type JudgedOn = 'outputs' | 'outcomes';

/** The 70-20-10 mix: learning on the job, from other people, and from courses. */
export type ActivityKind = 'experience' | 'people' | 'course';
export const activityKinds: readonly ActivityKind[] = ['experience', 'people', 'course'];

export interface Area {
  id: string;
  name: string;
  summary: string;
}

export interface Competency {
  id: string;
  areaId: string;
  name: string;
  summary: string;
  /** What someone at each level actually does, indexed by level 0 to 4. */
  levels: [string, string, string, string, string];
  builtIn: boolean;
}

export interface Expectation {
  level: Level;
  weight: Weight;
}

export interface Role {
  id: string;
  name: string;
  summary: string;
  judgedOn: JudgedOn;
  /** How success in the role shows, in a phrase: "adoption, retention and revenue after launch". */
  successMeasures: string;
  /** What people leaving this role tend to hold on to, for the manager's brief. */
  habitsToRelease: string;
  /** Expected level and weight for every competency in the framework, keyed by competency id. */
  expectations: Record<string, Expectation>;
  builtIn: boolean;
  /** The role this one was cloned from, if any. */
  basedOn: string | null;
}

export interface Activity {
  id: string;
  competencyId: string;
  /** The step this activity builds: from this level to the next one. */
  fromLevel: 0 | 1 | 2 | 3;
  title: string;
  /** What to do. */
  description: string;
  /** Who to do it with. */
  withWhom: string;
  /** What shows it worked. */
  evidence: string;
  kind: ActivityKind;
  effortHours: number;
  builtIn: boolean;
}

export interface Framework {
  areas: Area[];
  competencies: Competency[];
  roles: Role[];
  activities: Activity[];
}

export type RoleSummary = Pick<Role, 'id' | 'name' | 'summary' | 'judgedOn' | 'builtIn' | 'basedOn'>;
