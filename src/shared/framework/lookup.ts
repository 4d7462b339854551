// Reading a framework: a role's expectation for a competency, and lookups by id.
import type { Competency, Expectation, Framework, Role } from './types';

/** A role says nothing about a competency added after it: it then expects level 0, weight 1. */
export const NOT_EXPECTED: Expectation = { level: 0, weight: 1 };

export function expectationFor(role: Role, competencyId: string): Expectation {
  return role.expectations[competencyId] ?? NOT_EXPECTED;
}

export function findRole(framework: Framework, id: string): Role | undefined {
  return framework.roles.find((role) => role.id === id);
}

export function findCompetency(framework: Framework, id: string): Competency | undefined {
  return framework.competencies.find((competency) => competency.id === id);
}
