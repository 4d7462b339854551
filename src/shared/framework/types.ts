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

/**
 * Where an activity sits in learning one step, in the order a coach would run them: learn how it
 * is done, try it with help, get feedback on it, then do it on your own.
 */
export type ActivityStage = 'learn' | 'try' | 'feedback' | 'own';
export const activityStages: readonly ActivityStage[] = ['learn', 'try', 'feedback', 'own'];

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
  /**
   * Calendar weeks the activity needs from start to finish ("for a quarter": 13), whatever its
   * effort; the effort is spread across them. Absent (custom activities): worked out from effort.
   */
  spanWeeks?: number;
  /** Its place within a step (learn → try → feedback → own). Absent: worked out from its kind. */
  stage?: ActivityStage;
  /**
   * The earliest plan week (0 = the first) it can start, when it needs something that takes time
   * to exist (a post-launch review needs a launch).
   */
  earliestWeek?: number;
  /** Ids of activities that must be finished before this one starts, when they are in the plan. */
  after?: string[];
  builtIn: boolean;
}

export interface Framework {
  areas: Area[];
  competencies: Competency[];
  roles: Role[];
  activities: Activity[];
}

export type RoleSummary = Pick<Role, 'id' | 'name' | 'summary' | 'judgedOn' | 'builtIn' | 'basedOn'>;

/** A habit of the old role the person hands over, planned as dated work in the first phase. */
export interface LetGoActivity {
  id: string;
  /** The competency the habit belongs to (the old role's strength being released). */
  competencyId: string;
  title: string;
  description: string;
  withWhom: string;
  evidence: string;
  effortHours: number;
  spanWeeks: number;
  /** The question the manager asks about it at a one-on-one. */
  checkInTopic: string;
}

/**
 * What a built-in move between two roles asks first, what success now means, and what the person
 * hands over. Custom roles use the guide of the built-in role they were cloned from.
 */
export interface TransitionGuide {
  fromRoleId: string;
  toRoleId: string;
  /** Competency ids the person must flex first, most urgent first; the planner breaks ties by it. */
  flexFirst: string[];
  /** What the manager says plainly in week 1 about how success is now judged. */
  successNow: string;
  letGo: LetGoActivity[];
}
