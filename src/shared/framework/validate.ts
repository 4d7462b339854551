// Checks a whole framework for consistency: the built-in catalog is held to it by a test, and
// custom entries are checked against it before they are stored.
import { LEVELS, activityKinds, type Framework } from './types';

export const ACTIVITY_STEPS = [0, 1, 2, 3] as const;
export const MIN_ACTIVITIES_PER_STEP = 3;

export function frameworkProblems(
  framework: Framework,
  minActivitiesPerStep = MIN_ACTIVITIES_PER_STEP,
): string[] {
  const problems: string[] = [];
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${kind} id ${id} is used twice`);
      seen.add(id);
    }
  };
  unique(
    'area',
    framework.areas.map((a) => a.id),
  );
  unique(
    'competency',
    framework.competencies.map((c) => c.id),
  );
  unique(
    'role',
    framework.roles.map((r) => r.id),
  );
  unique(
    'activity',
    framework.activities.map((a) => a.id),
  );

  const areaIds = new Set(framework.areas.map((a) => a.id));
  const competencyIds = new Set(framework.competencies.map((c) => c.id));
  for (const competency of framework.competencies) {
    if (!areaIds.has(competency.areaId))
      problems.push(`competency ${competency.id} is in unknown area ${competency.areaId}`);
    if (competency.levels.length !== LEVELS.length || competency.levels.some((text) => text.trim() === '')) {
      problems.push(`competency ${competency.id} must describe all five levels`);
    }
    for (const step of ACTIVITY_STEPS) {
      const count = framework.activities.filter(
        (a) => a.competencyId === competency.id && a.fromLevel === step,
      ).length;
      if (count < minActivitiesPerStep) {
        problems.push(`competency ${competency.id} has ${count} activities for level ${step} to ${step + 1}`);
      }
    }
  }
  for (const role of framework.roles) {
    for (const competency of framework.competencies) {
      const expectation = role.expectations[competency.id];
      if (!expectation) {
        problems.push(`role ${role.id} has no expectation for ${competency.id}`);
        continue;
      }
      if (!LEVELS.includes(expectation.level))
        problems.push(`role ${role.id}: level for ${competency.id} is out of range`);
      if (![1, 2, 3].includes(expectation.weight))
        problems.push(`role ${role.id}: weight for ${competency.id} is out of range`);
    }
    for (const id of Object.keys(role.expectations)) {
      if (!competencyIds.has(id)) problems.push(`role ${role.id} expects unknown competency ${id}`);
    }
  }
  for (const activity of framework.activities) {
    if (!competencyIds.has(activity.competencyId))
      problems.push(`activity ${activity.id} is for unknown competency`);
    if (!activityKinds.includes(activity.kind))
      problems.push(`activity ${activity.id} has unknown kind ${activity.kind}`);
    if (!(activity.effortHours > 0 && activity.effortHours <= 40))
      problems.push(`activity ${activity.id} effort out of range`);
  }
  return problems;
}
