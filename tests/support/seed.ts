// A small but complete team for tests that need every kind of stored data: a custom competency and
// role, hires (one archived), assessments with a correction, two plan versions, held check-ins with
// pulses and action items, a draft, and settings.
import type { Core } from '../../src/main/core';
import { valueOf } from './temp-core';

export interface SeededTeam {
  hireIds: string[];
  planId: string;
  checkInIds: string[];
}

/** Whose calls make what: on a team server the shared framework is an HR/L&D lead's, the rest a manager's. */
export interface SeedCalls {
  /** Makes the custom competency and role; the manager's calls when absent (the desktop). */
  framework?: Pick<Core, 'call'>;
}

export async function seedTeam(
  core: Pick<Core, 'call'>,
  names = ['Łukasz Żółć', 'Grace Hopper'],
  calls: SeedCalls = {},
): Promise<SeededTeam> {
  const framework = calls.framework ?? core;
  valueOf(await core.call('settings.update', { managerName: 'Σωκράτης Дмитрий', coachingBudgetHours: 5 }));
  valueOf(
    await framework.call('competencies.create', {
      areaId: 'influence',
      name: 'Facilitation',
      summary: 'Runs meetings and workshops that reach decisions.',
      levels: ['Not yet', 'Joins', 'Runs small ones', 'Runs hard ones', 'Teaches others'],
      activities: [0, 1, 2, 3].map((fromLevel) => ({
        fromLevel,
        title: `Facilitate step ${fromLevel}`,
        description: 'Run a real session.',
        withWhom: 'Your manager',
        evidence: 'Notes from the session.',
        kind: 'experience' as const,
        effortHours: 2,
      })),
    }),
  );
  const role = valueOf(
    await framework.call('roles.clone', { id: 'product-owner', name: 'Data Product Owner' }),
  );
  valueOf(
    await framework.call('roles.update', {
      id: role.id,
      expectations: { facilitation: { level: 3, weight: 2 } },
    }),
  );

  const hireIds: string[] = [];
  const checkInIds: string[] = [];
  let planId = '';
  for (const [index, name] of names.entries()) {
    const hire = valueOf(
      await core.call('hires.create', {
        name,
        currentRoleId: index === 0 ? role.id : 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
        notes: 'Moved from the data platform team.',
      }),
    );
    hireIds.push(hire.id);
    const assessment = valueOf(
      await core.call('assessments.create', {
        hireId: hire.id,
        assessedOn: '2027-01-04',
        assessor: 'manager',
        ratings: [
          { competencyId: 'customer-discovery', level: 1, evidence: 'Few interviews so far.' },
          { competencyId: 'vision-roadmap', level: 1 },
          { competencyId: 'stakeholder-management', level: 3 },
        ],
      }),
    );
    valueOf(
      await core.call('assessments.correct', {
        id: assessment.id,
        ratings: [
          { competencyId: 'customer-discovery', level: 2 },
          { competencyId: 'vision-roadmap', level: 1 },
          { competencyId: 'stakeholder-management', level: 3 },
        ],
        reason: 'Forgot the discovery sprint in December.',
      }),
    );
    valueOf(await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }));
    const plan = valueOf(await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-11' }));
    planId = plan.id;
    const [first, second] = valueOf(await core.call('checkIns.schedule', { hireId: hire.id }));
    const activity = plan.phases[0]?.goals[0]?.activities[0];
    const held = valueOf(
      await core.call('checkIns.complete', {
        id: first?.id ?? '',
        heldOn: first?.scheduledOn ?? '2027-01-11',
        sharedNotes: 'Agreed the first discovery interviews.',
        privateNotes: 'Worried about the reorganisation.',
        pulses: [{ competencyId: 'customer-discovery', confidence: 2 }],
        newActionItems: [
          { text: 'Book five interviews', owner: 'hire', dueOn: '2027-01-22' },
          { text: 'Introduce to the sales lead', owner: 'manager' },
        ],
        closeActionItems: [],
        completeActivities: activity
          ? [{ activityId: activity.id, doneOn: first?.scheduledOn ?? '2027-01-11' }]
          : [],
        nextDate: null,
      }),
    );
    checkInIds.push(held.id);
    if (second) {
      valueOf(
        await core.call('checkIns.saveDraft', { id: second.id, draft: { sharedNotes: 'Half written' } }),
      );
      checkInIds.push(second.id);
    }
    if (index === names.length - 1 && names.length > 1)
      valueOf(await core.call('hires.archive', { id: hire.id }));
  }
  return { hireIds, planId, checkInIds };
}
