// The built-in role catalog. The frameworks work extends each role with competency levels;
// for now it names the roles a hire can move between.
export type JudgedOn = 'outputs' | 'outcomes';

export interface RoleSummary {
  id: string;
  name: string;
  summary: string;
  judgedOn: JudgedOn;
  builtIn: boolean;
}

export const builtInRoles: readonly RoleSummary[] = [
  {
    id: 'project-manager',
    name: 'Project Manager',
    summary:
      'Delivers an agreed plan on time, in scope and on budget, coordinating people and resources across teams.',
    judgedOn: 'outputs',
    builtIn: true,
  },
  {
    id: 'product-owner',
    name: 'Product Owner',
    summary:
      'Orders the team’s backlog so it works on the most valuable items, and speaks for the customer day to day.',
    judgedOn: 'outputs',
    builtIn: true,
  },
  {
    id: 'product-manager',
    name: 'Product Manager',
    summary:
      'Owns the product’s direction and is accountable for the value it creates for customers and the business.',
    judgedOn: 'outcomes',
    builtIn: true,
  },
];
