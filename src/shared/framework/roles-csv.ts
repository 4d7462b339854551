// Roles with their expected levels as CSV: one row per role and competency, so the file opens
// cleanly in a spreadsheet. Importing checks every row and names the row and column of each problem.
import { formatCsv, parseCsv, unguardField, CsvSyntaxError } from '../csv/csv';
import type { FieldIssue } from '../api/result';
import { expectationFor } from './lookup';
import { roleCreateInput } from './schema';
import type { Competency, Expectation, Role } from './types';

export const ROLE_CSV_COLUMNS = [
  'role_id',
  'role_name',
  'judged_on',
  'summary',
  'success_measures',
  'habits_to_release',
  'based_on',
  'competency_id',
  'level',
  'weight',
] as const;

type Column = (typeof ROLE_CSV_COLUMNS)[number];

export function rolesToCsv(roles: Role[], competencies: Competency[]): string {
  const rows: (string | number)[][] = [[...ROLE_CSV_COLUMNS]];
  for (const role of roles) {
    for (const competency of competencies) {
      const { level, weight } = expectationFor(role, competency.id);
      rows.push([
        role.id,
        role.name,
        role.judgedOn,
        role.summary,
        role.successMeasures,
        role.habitsToRelease,
        role.basedOn ?? '',
        competency.id,
        level,
        weight,
      ]);
    }
  }
  return formatCsv(rows);
}

export interface ParsedCsvRole {
  id: string;
  name: string;
  judgedOn: 'outputs' | 'outcomes';
  summary: string;
  successMeasures: string;
  habitsToRelease: string;
  basedOn: string | null;
  expectations: Record<string, Expectation>;
}

export type RolesCsvResult = { ok: true; roles: ParsedCsvRole[] } | { ok: false; issues: FieldIssue[] };

const ROLE_COLUMNS: Column[] = [
  'role_name',
  'judged_on',
  'summary',
  'success_measures',
  'habits_to_release',
  'based_on',
];

function whole(value: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

export function parseRolesCsv(text: string, competencyIds: ReadonlySet<string>): RolesCsvResult {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    const row = error instanceof CsvSyntaxError ? error.row : 0;
    return { ok: false, issues: [{ field: `row ${row}`, message: (error as Error).message }] };
  }
  const [header, ...body] = rows;
  const issues: FieldIssue[] = [];
  if (!header) return { ok: false, issues: [{ field: 'row 1', message: 'The file is empty' }] };
  const index = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = ROLE_CSV_COLUMNS.filter((column) => !index.has(column));
  if (missing.length > 0) {
    return { ok: false, issues: [{ field: 'row 1', message: `Missing columns: ${missing.join(', ')}` }] };
  }
  if (body.length === 0) return { ok: false, issues: [{ field: 'row 2', message: 'No roles in the file' }] };

  const roles = new Map<string, ParsedCsvRole & { firstRow: number }>();
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    const cell = (column: Column) => unguardField((cells[index.get(column) as number] ?? '').trim());
    const fail = (column: Column, message: string) =>
      issues.push({ field: `row ${rowNumber}, ${column}`, message });
    const id = cell('role_id');
    const competencyId = cell('competency_id');
    const level = whole(cell('level'), 0, 4);
    const weight = whole(cell('weight'), 1, 3);
    if (!id) return fail('role_id', 'Enter the role id');
    if (!competencyIds.has(competencyId)) fail('competency_id', `Unknown competency "${competencyId}"`);
    if (level === null) fail('level', `Level must be a whole number from 0 to 4, not "${cell('level')}"`);
    if (weight === null) fail('weight', `Weight must be 1, 2 or 3, not "${cell('weight')}"`);
    const judgedOn = cell('judged_on');
    let role = roles.get(id);
    if (!role) {
      if (judgedOn !== 'outputs' && judgedOn !== 'outcomes')
        fail('judged_on', 'Judged on is outputs or outcomes');
      role = {
        id,
        name: cell('role_name'),
        judgedOn: judgedOn === 'outcomes' ? 'outcomes' : 'outputs',
        summary: cell('summary'),
        successMeasures: cell('success_measures'),
        habitsToRelease: cell('habits_to_release'),
        basedOn: cell('based_on') || null,
        expectations: {},
        firstRow: rowNumber,
      };
      roles.set(id, role);
    } else {
      const first = role;
      for (const column of ROLE_COLUMNS) {
        const value = column === 'based_on' ? (first.basedOn ?? '') : columnValue(first, column);
        if (cell(column) !== value) fail(column, `Differs from row ${first.firstRow} for the same role`);
      }
    }
    if (competencyIds.has(competencyId) && role.expectations[competencyId]) {
      fail('competency_id', `"${competencyId}" is listed twice for role ${id}`);
    } else if (competencyIds.has(competencyId) && level !== null && weight !== null) {
      role.expectations[competencyId] = { level, weight } as Expectation;
    }
  });

  const parsed: ParsedCsvRole[] = [];
  for (const { firstRow, ...role } of roles.values()) {
    const check = roleCreateInput.safeParse(role);
    if (!check.success) {
      for (const issue of check.error.issues) {
        issues.push({
          field: `row ${firstRow}, ${csvColumnFor(String(issue.path[0] ?? ''))}`,
          message: issue.message,
        });
      }
    }
    parsed.push(role);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, roles: parsed };
}

function columnValue(role: ParsedCsvRole, column: Column): string {
  switch (column) {
    case 'role_name':
      return role.name;
    case 'judged_on':
      return role.judgedOn;
    case 'summary':
      return role.summary;
    case 'success_measures':
      return role.successMeasures;
    case 'habits_to_release':
      return role.habitsToRelease;
    default:
      return '';
  }
}

function csvColumnFor(field: string): string {
  const map: Record<string, Column> = {
    id: 'role_id',
    name: 'role_name',
    judgedOn: 'judged_on',
    summary: 'summary',
    successMeasures: 'success_measures',
    habitsToRelease: 'habits_to_release',
    basedOn: 'based_on',
  };
  return map[field] ?? field;
}
