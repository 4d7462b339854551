// References in a data file that SQLite's foreign keys cannot see: rows that must belong to the same
// hire or plan as the row they point at, and ids of roles and competencies, which live partly in
// code (the built-in catalog) and partly in the file (custom entries).
import { builtInFramework } from '@shared/catalog';
import type { DataFile, DataRow } from '@shared/data/schema';

type Add = (field: string, message: string) => void;

/** A reference whose target must share an owner with the row that refers to it. */
interface SameOwner {
  table: string;
  column: string;
  target: string;
  /** The column both rows must agree on (hire_id, plan_id). */
  owner: string;
  message: string;
}

const SAME_OWNER: SameOwner[] = [
  {
    table: 'assessments',
    column: 'corrects_id',
    target: 'assessments',
    owner: 'hire_id',
    message: 'corrects an assessment of another hire',
  },
  {
    table: 'assessments',
    column: 'corrected_by_id',
    target: 'assessments',
    owner: 'hire_id',
    message: 'is corrected by an assessment of another hire',
  },
  {
    table: 'plans',
    column: 'assessment_id',
    target: 'assessments',
    owner: 'hire_id',
    message: 'is made from an assessment of another hire',
  },
  {
    table: 'plan_goals',
    column: 'phase_id',
    target: 'plan_phases',
    owner: 'plan_id',
    message: 'is in a phase of another plan',
  },
  {
    table: 'plan_activities',
    column: 'goal_id',
    target: 'plan_goals',
    owner: 'plan_id',
    message: 'is for a goal of another plan',
  },
  {
    table: 'check_ins',
    column: 'plan_id',
    target: 'plans',
    owner: 'hire_id',
    message: 'follows the plan of another hire',
  },
  {
    table: 'action_items',
    column: 'check_in_id',
    target: 'check_ins',
    owner: 'hire_id',
    message: 'was agreed in a check-in of another hire',
  },
  {
    table: 'action_items',
    column: 'closed_in_check_in_id',
    target: 'check_ins',
    owner: 'hire_id',
    message: 'was closed in a check-in of another hire',
  },
];

/** A column that names a role, a competency or an area of the framework. */
interface FrameworkReference {
  table: string;
  column: string;
  kind: 'role' | 'competency' | 'area';
}

const FRAMEWORK_REFERENCES: FrameworkReference[] = [
  { table: 'custom_competencies', column: 'area_id', kind: 'area' },
  { table: 'custom_role_expectations', column: 'competency_id', kind: 'competency' },
  { table: 'hires', column: 'current_role_id', kind: 'role' },
  { table: 'hires', column: 'target_role_id', kind: 'role' },
  { table: 'assessment_ratings', column: 'competency_id', kind: 'competency' },
  { table: 'check_in_pulses', column: 'competency_id', kind: 'competency' },
  { table: 'evidence_entries', column: 'competency_id', kind: 'competency' },
];

const rowsOf = (file: DataFile, table: string): DataRow[] => file.tables[table] ?? [];
const field = (table: string, index: number, column: string) => `tables.${table}[${index}].${column}`;

function checkSameOwners(file: DataFile, add: Add): void {
  for (const rule of SAME_OWNER) {
    const owners = new Map(rowsOf(file, rule.target).map((row) => [row.id, row[rule.owner]]));
    rowsOf(file, rule.table).forEach((row, index) => {
      const target = row[rule.column];
      if (target === null || target === undefined || !owners.has(target)) return;
      if (owners.get(target) !== row[rule.owner]) add(field(rule.table, index, rule.column), rule.message);
    });
  }
}

function frameworkIds(file: DataFile): Record<FrameworkReference['kind'], Set<unknown>> {
  return {
    role: new Set([
      ...builtInFramework.roles.map((r) => r.id),
      ...rowsOf(file, 'custom_roles').map((r) => r.id),
    ]),
    competency: new Set([
      ...builtInFramework.competencies.map((c) => c.id),
      ...rowsOf(file, 'custom_competencies').map((c) => c.id),
    ]),
    area: new Set(builtInFramework.areas.map((a) => a.id)),
  };
}

function unknownEntry(kind: FrameworkReference['kind'], id: unknown): string {
  const name = JSON.stringify(id);
  if (kind === 'area') return `refers to area ${name}, which is not one of the framework's areas`;
  return (
    `refers to ${kind} ${name}, which is neither built in nor a custom ${kind} in the file; ` +
    `if it was deleted, create it again with the id ${name} and export again`
  );
}

function checkFramework(file: DataFile, add: Add): void {
  const known = frameworkIds(file);
  for (const { table, column, kind } of FRAMEWORK_REFERENCES) {
    rowsOf(file, table).forEach((row, index) => {
      const id = row[column];
      if (!known[kind].has(id)) add(field(table, index, column), unknownEntry(kind, id));
    });
  }
}

/** Custom entries live beside the built-in ones, so they cannot take a built-in id (the services refuse it). */
function checkCustomIds(file: DataFile, add: Add): void {
  const builtIn = [
    { table: 'custom_roles', kind: 'role', ids: new Set(builtInFramework.roles.map((r) => r.id)) },
    {
      table: 'custom_competencies',
      kind: 'competency',
      ids: new Set(builtInFramework.competencies.map((c) => c.id)),
    },
    {
      table: 'custom_activities',
      kind: 'activity',
      ids: new Set(builtInFramework.activities.map((a) => a.id)),
    },
  ];
  for (const { table, kind, ids } of builtIn) {
    rowsOf(file, table).forEach((row, index) => {
      if (ids.has(String(row.id)))
        add(field(table, index, 'id'), `is the id of a built-in ${kind}; a custom ${kind} needs its own`);
    });
  }
}

/** Checks references a database would not; every row is already known to be well formed. */
export function checkLogicalReferences(file: DataFile, add: Add): void {
  checkSameOwners(file, add);
  checkFramework(file, add);
  checkCustomIds(file, add);
}
