// The dashboard's summaries on the team server, read up front for the one dashboard a call serves:
// the signed-in manager's active hires, each with the facts worked out from their current plan,
// assessments, scheduled one-on-ones and open action items through the PostgreSQL repositories
// (so every read is scoped to the actor there). A manager has tens of hires, not thousands, so
// nothing is kept between calls: there is nothing to go stale when another server process writes.
import type { SavedPlan } from '@shared/plans/schema';
import type { ActionItem, CheckIn } from '@shared/checkins/schema';
import type { DashboardSummaries } from '../../core/progress/service';
import { hireFacts } from '../../core/progress/facts';
import { pack, type SummaryRow } from '../../core/progress/summaries';
import type { Repositories } from '../../core/area-services';

type Reads = Pick<Repositories, 'hires' | 'plans' | 'assessments' | 'checkIns'>;

interface HireReads {
  plan: SavedPlan | undefined;
  scheduled: CheckIn[];
  openActions: ActionItem[];
}

/** The plan's planned work due between two dates, the move's own work first on a day, then plan order. */
function activitiesBetween(plan: SavedPlan | undefined, from: string, to: string) {
  if (!plan) return [];
  const placed = [
    ...plan.moveWork.map((activity, index) => ({ activity, place: [-1, -1, index] })),
    ...plan.phases.flatMap((phase, p) =>
      phase.goals.flatMap((goal, g) =>
        goal.activities.map((activity, index) => ({ activity, place: [p, g, index] })),
      ),
    ),
  ];
  return placed
    .filter(
      ({ activity }) => activity.status === 'planned' && activity.dueDate >= from && activity.dueDate <= to,
    )
    .sort(
      (a, b) =>
        a.activity.dueDate.localeCompare(b.activity.dueDate) ||
        a.place[0]! - b.place[0]! ||
        a.place[1]! - b.place[1]! ||
        a.place[2]! - b.place[2]!,
    )
    .map(({ activity }) => ({ title: activity.title, due_date: activity.dueDate }));
}

export async function readPostgresSummaries(repositories: Reads): Promise<DashboardSummaries> {
  const hires = await repositories.hires.list('active', '');
  const rows: SummaryRow[] = [];
  const reads = new Map<string, HireReads>();
  // One after the other: a call's queries share its transaction's one connection.
  for (const hire of hires) {
    const plan = await repositories.plans.current(hire.id);
    const assessments = await repositories.assessments.listForHire(hire.id);
    const scheduled = await repositories.checkIns.scheduled(hire.id);
    const openActions = await repositories.checkIns.openActions(hire.id);
    reads.set(hire.id, { plan, scheduled, openActions });
    rows.push({
      id: hire.id,
      name: hire.name,
      currentRoleId: hire.currentRoleId,
      targetRoleId: hire.targetRoleId,
      startDate: hire.startDate,
      facts: pack(hireFacts({ plan, assessments, scheduled, openActions })),
    });
  }
  const of = (hireId: string): HireReads =>
    reads.get(hireId) ?? { plan: undefined, scheduled: [], openActions: [] };
  return {
    active: () => rows,
    checkInsBetween: (hireId, from, to) =>
      of(hireId)
        .scheduled.filter((c) => c.scheduledOn >= from && c.scheduledOn <= to)
        .map((c) => ({ id: c.id, scheduled_on: c.scheduledOn })),
    activitiesBetween: (hireId, from, to) => activitiesBetween(of(hireId).plan, from, to),
    actionsDueBy: (hireId, to) =>
      of(hireId)
        .openActions.filter((a): a is ActionItem & { dueOn: string } => a.dueOn !== null && a.dueOn <= to)
        .map((a) => ({ text: a.text, due_on: a.dueOn, owner: a.owner })),
  };
}
