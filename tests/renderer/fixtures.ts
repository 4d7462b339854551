import type { CheckIn } from '@shared/checkins/schema';
import type { Hire } from '@shared/hires/schema';
import { builtInRoles } from '@shared/catalog/roles';
import type { RoleSummary } from '@shared/framework/types';

export const roles: RoleSummary[] = builtInRoles.map(({ id, name, summary, judgedOn, builtIn, basedOn }) => ({
  id,
  name,
  summary,
  judgedOn,
  builtIn,
  basedOn,
}));

export function hire(overrides: Partial<Hire> = {}): Hire {
  return {
    id: overrides.id ?? `id-${overrides.name ?? 'ada'}`,
    name: 'Ada Lovelace',
    currentRoleId: 'project-manager',
    targetRoleId: 'product-manager',
    startDate: '2026-03-02',
    notes: '',
    status: 'active',
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    archivedAt: null,
    version: 1,
    ...overrides,
  };
}

import { builtInFramework } from '@shared/catalog';
import { generatePlan } from '@shared/planner';
import type { SavedPlan } from '@shared/plans/schema';

export const framework = builtInFramework;

/** A saved plan as the core would return it, built from a real generated plan. */
export function savedPlan(status: SavedPlan['status'] = 'current'): SavedPlan {
  const plan = generatePlan({
    framework,
    fromRoleId: 'project-manager',
    toRoleId: 'product-manager',
    startDate: '2027-01-04',
  });
  let n = 0;
  const phases = plan.phases.map((phase) => ({
    ...phase,
    id: `phase-${phase.index}`,
    goals: phase.goals.map((goal) => ({
      ...goal,
      activities: goal.activities.map((a) => ({
        ...a,
        id: `activity-${(n += 1)}`,
        libraryActivityId: a.activityId,
        status: 'planned' as const,
        doneOn: null,
        origin: 'planner' as const,
      })),
    })),
  }));
  const moveWork = plan.transitionWork.map((w, i) => ({
    id: `move-${i + 1}`,
    libraryActivityId: w.id,
    competencyId: w.competencyId ?? '',
    title: w.title,
    description: w.description,
    withWhom: w.withWhom,
    evidence: w.evidence,
    kind: w.kind,
    effortHours: w.effortHours,
    startDate: w.startDate,
    dueDate: w.dueDate,
    status: 'planned' as const,
    doneOn: null,
    origin: 'planner' as const,
    purpose: w.purpose,
    checkInTopic: w.checkInTopic,
  }));
  return {
    ...plan,
    id: 'plan-1',
    hireId: 'hire-1',
    version: 1,
    status,
    assessmentId: null,
    createdAt: '2027-01-04T09:00:00.000Z',
    phases,
    checkIns: plan.checkIns.map((c, i) => ({ ...c, id: `check-in-${i}` })),
    earlierWork: [],
    moveWork,
    progress: { done: 0, open: n + moveWork.length },
  };
}

/** A one-on-one planned for a hire, not yet held; `overrides` make it held, moved or noted. */
export function checkIn(overrides: Partial<CheckIn> = {}): CheckIn {
  return {
    id: 'c1',
    hireId: 'hire-1',
    planId: 'plan-1',
    scheduledOn: '2027-01-11',
    status: 'scheduled',
    origin: 'plan',
    heldOn: null,
    sharedNotes: '',
    privateNotes: '',
    focusCompetencyIds: [],
    topics: [],
    pulses: [],
    actionItems: [],
    closedActionItems: [],
    hasDraft: false,
    startTime: null,
    minutes: null,
    sequence: 0,
    updatedAt: '2027-01-04T10:00:00Z',
    version: 1,
    ...overrides,
  };
}
