// What the plan document is made from, and what every section gets to draw with.
import type { CheckIn } from '@shared/checkins/schema';
import type { MoveWork, SavedPlan } from '@shared/plans/schema';
import type { HireProgress } from '@shared/progress/report';
import type { Blocks } from './blocks';
import type { Formats } from './format';
import type { Layout } from './layout';

/** Who the document is for: the hire (written to them, nothing private) or the manager's copy. */
export type Audience = 'hire' | 'manager';

export interface PlanPdfInput {
  audience: Audience;
  hireName: string;
  managerName: string;
  fromRoleName: string;
  toRoleName: string;
  /** How success is judged in the new role, written to the hire ("you"). */
  successNow: string;
  plan: SavedPlan;
  progress: HireProgress;
  /** Held and planned one-on-ones; only the manager's copy with summaries reads them. */
  checkIns: CheckIn[];
  competencyNames: Map<string, string>;
  options: { paper: 'A4' | 'LETTER'; includeCheckIns: boolean; includePrivateNotes: boolean };
  generatedOn: string;
  /** BCP 47 tag dates and numbers are written in. */
  locale: string;
}

export interface Context {
  input: PlanPdfInput;
  layout: Layout;
  blocks: Blocks;
  f: Formats;
  /** True for the hire's version: second person, nothing private, no status. */
  forHire: boolean;
}

/** A piece of the move's own work as the document shows it. */
export type MoveItem = Pick<
  MoveWork,
  | 'purpose'
  | 'competencyId'
  | 'title'
  | 'description'
  | 'withWhom'
  | 'evidence'
  | 'effortHours'
  | 'startDate'
  | 'dueDate'
> & { status: MoveWork['status']; doneOn: string | null };

/** The move's saved work, or the planner's for a plan saved before move work was kept. */
export function moveItems(plan: SavedPlan): MoveItem[] {
  if (plan.moveWork.length > 0) return plan.moveWork.filter((w) => w.status !== 'removed');
  return plan.transitionWork.map((w) => ({
    ...w,
    competencyId: w.competencyId ?? '',
    status: 'planned' as const,
    doneOn: null,
  }));
}
