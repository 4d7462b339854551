// Moving in: a manager uploads the data file the desktop app exports, and their hires with
// everything under them (assessments, plans, one-on-ones, notes, leave, topics, evidence) become
// theirs on the team server. The file is checked exactly as the desktop checks an import; then, in
// the caller's one transaction, every row goes in or none does. Custom roles and competencies the
// server does not have yet become proposals for the shared framework (proposals.ts); those it has
// stay as they are. docs/moving-in.md says what travels and what does not.
import type { DataFile, DataRow } from '@shared/data/schema';
import { stageDataFile } from '../../core/data/import';
import { AppError } from '../../core/errors';
import { isAllowed, type Actor } from '../auth/policy';
import type { SqlClient, SqlParam } from '../db/sql-client';
import { desktopSchema, desktopStaging, desktopTable } from './desktop-schema';
import { hireOfEachRow, insertRows, linkRows, rowsWhereIn } from './rows';

export type FrameworkKind = 'competency' | 'role';

export interface FrameworkEntry {
  kind: FrameworkKind;
  id: string;
  name: string;
}

export interface KeptFrameworkEntry extends FrameworkEntry {
  /** The entry's name on the server, which is what the hires now follow. */
  serverName: string;
  /** Another manager's proposal, not yet part of the shared framework. */
  proposal: boolean;
}

export interface MoveInReport {
  /** Rows written per desktop table (settings: the keys taken into the account's settings). */
  rows: Record<string, number>;
  hires: { id: string; name: string }[];
  /** The desktop's sample team, left behind with everything under it. */
  sampleHiresSkipped: { id: string; name: string }[];
  /** Custom entries new to the server, waiting for an HR/L&D lead to accept them. */
  proposed: FrameworkEntry[];
  /** Custom entries the server already had: its version was kept, the file's left out. */
  keptShared: KeptFrameworkEntry[];
  /** Settings the account had already set, which the file's values did not replace. */
  settingsAlreadySet: string[];
}

/** The custom framework tables, each with the table of its parts moved with it. */
const FRAMEWORK = [
  { kind: 'competency', table: 'custom_competencies', parts: 'custom_activities', partOf: 'competency_id' },
  { kind: 'role', table: 'custom_roles', parts: 'custom_role_expectations', partOf: 'role_id' },
] as const;

/** Columns only the server has on a moved-in row, with their values. */
type ServerColumns = (row: DataRow) => Record<string, SqlParam>;

/** Moving in creates hires and proposes framework entries: only a manager does both. */
function assertMayMoveIn(actor: Actor): void {
  const ownHire = { kind: 'hire', managerId: actor.id, sharedWith: [] } as const;
  if (isAllowed(actor, ownHire, 'change') && isAllowed(actor, { kind: 'framework' }, 'propose')) return;
  throw new AppError(
    'FORBIDDEN',
    `Your account (${actor.role}) may not move in a data file; only a manager's account holds hires`,
  );
}

const rowsOf = (file: DataFile, table: string): DataRow[] => file.tables[table] ?? [];
const text = (value: DataRow[string] | undefined): string => String(value ?? '');

/** The file's hires apart from the sample team, and the sample hires with what hangs under them. */
function withoutSampleTeam(file: DataFile) {
  const sampleIds = new Set(rowsOf(file, 'sample_hires').map((row) => text(row.hire_id)));
  const owners = hireOfEachRow(desktopSchema().tables, (table) => rowsOf(file, table));
  const hireRows = new Map<string, DataRow[]>();
  for (const [table, rowOwners] of owners) {
    if (table === 'sample_hires') continue;
    hireRows.set(
      table,
      rowsOf(file, table).filter((_, index) => !sampleIds.has(rowOwners[index] ?? '')),
    );
  }
  const sampleHiresSkipped = rowsOf(file, 'hires')
    .filter((row) => sampleIds.has(text(row.id)))
    .map((row) => ({ id: text(row.id), name: text(row.name) }));
  return { hireRows, sampleHiresSkipped };
}

/** A file moved in twice, or someone else's hires: refused before anything is written. */
async function refuseHiresAlreadyThere(sql: SqlClient, hires: DataRow[]): Promise<void> {
  const names = new Map(hires.map((row) => [text(row.id), text(row.name)]));
  const found = await rowsWhereIn<{ id: string }>(sql, 'SELECT id FROM hires', 'id', [...names.keys()]);
  if (found.length === 0) return;
  // The file's names, never the server's: another manager's hire must not be named to this one.
  const listed = found.map((row) => names.get(row.id) ?? row.id).sort();
  throw new AppError(
    'CONFLICT',
    `${found.length} of the file's hires ${found.length === 1 ? 'is' : 'are'} already on the server ` +
      `(${listed.join(', ')}): this file, or one made from the same data, was moved in before. Nothing was moved in.`,
  );
}

/** Writes rows of one desktop table with its SQLite columns plus the server-only ones given. */
async function writeTable(
  sql: SqlClient,
  name: string,
  rows: DataRow[],
  serverColumns?: ServerColumns,
): Promise<number> {
  if (rows.length === 0) return 0;
  const table = desktopTable(name);
  const columns = table.columns.map((column) => column.name);
  const selfLinks = table.foreignKeys.filter((fk) => fk.table === name).map((fk) => fk.from);
  const extra = serverColumns ? Object.keys(serverColumns(rows[0] ?? {})) : [];
  const values = rows.map((row) => [
    ...columns.map((column) => (selfLinks.includes(column) ? null : (row[column] ?? null))),
    ...(serverColumns ? Object.values(serverColumns(row)) : []),
  ]);
  const written = await insertRows(sql, name, [...columns, ...extra], values);
  const [key] = table.primaryKey;
  const linked = rows.filter((row) => selfLinks.some((column) => (row[column] ?? null) !== null));
  if (key !== undefined && linked.length > 0) {
    await linkRows(
      sql,
      name,
      key,
      selfLinks,
      linked.map((row) => [row[key] ?? null, ...selfLinks.map((c) => row[c] ?? null)]),
    );
  }
  return written;
}

/** New custom entries become proposals; entries the server has are kept and reported. */
async function moveInFramework(
  sql: SqlClient,
  actor: Actor,
  file: DataFile,
  now: Date,
  rows: Record<string, number>,
) {
  const proposed: FrameworkEntry[] = [];
  const keptShared: KeptFrameworkEntry[] = [];
  const proposal: ServerColumns = () => ({ proposed_by: actor.id, proposed_at: now.toISOString() });
  for (const { kind, table, parts, partOf } of FRAMEWORK) {
    const entries = rowsOf(file, table);
    const onServer = new Map(
      (
        await rowsWhereIn<{ id: string; name: string; proposed_by: string | null }>(
          sql,
          `SELECT id, name, proposed_by FROM ${table}`,
          'id',
          entries.map((row) => text(row.id)),
        )
      ).map((row) => [row.id, row]),
    );
    const fresh = entries.filter((row) => !onServer.has(text(row.id)));
    for (const row of entries) {
      const server = onServer.get(text(row.id));
      if (server) {
        keptShared.push({
          kind,
          id: server.id,
          name: text(row.name),
          serverName: server.name,
          proposal: server.proposed_by !== null,
        });
      }
    }
    const freshIds = new Set(fresh.map((row) => text(row.id)));
    const freshParts = rowsOf(file, parts).filter((row) => freshIds.has(text(row[partOf])));
    rows[table] = await writeTable(sql, table, fresh, proposal);
    // Activities are proposed with their competency; a role's expectations have no such columns.
    rows[parts] = await writeTable(
      sql,
      parts,
      freshParts,
      parts === 'custom_activities' ? proposal : undefined,
    );
    proposed.push(...fresh.map((row) => ({ kind, id: text(row.id), name: text(row.name) })));
  }
  return { proposed, keptShared };
}

/** Every hire's table in fill order; hires become the actor's, private notes name their author. */
async function moveInHireRows(
  sql: SqlClient,
  actor: Actor,
  hireRows: Map<string, DataRow[]>,
  rows: Record<string, number>,
) {
  const serverColumns: Record<string, ServerColumns> = {
    hires: () => ({ manager_id: actor.id }),
    check_ins: (row) => ({ private_notes_by: text(row.private_notes) === '' ? null : actor.id }),
  };
  for (const table of desktopSchema().tables) {
    const tableRows = hireRows.get(table.name);
    if (tableRows === undefined) continue;
    rows[table.name] = await writeTable(sql, table.name, tableRows, serverColumns[table.name]);
  }
}

/** The desktop's settings fill the keys this account has not set on the server. */
async function moveInSettings(sql: SqlClient, actor: Actor, file: DataFile, rows: Record<string, number>) {
  const settings = rowsOf(file, 'settings');
  const values = settings.map((row) => [actor.id, text(row.key), text(row.value), text(row.updated_at)]);
  const taken = await sql.query<{ key: string }>('SELECT key FROM account_settings WHERE account_id = $1', [
    actor.id,
  ]);
  const already = new Set(taken.map((row) => row.key));
  rows.settings = await insertRows(
    sql,
    'account_settings',
    ['account_id', 'key', 'value', 'updated_at'],
    values,
    {
      ifAbsent: true,
    },
  );
  return settings
    .map((row) => text(row.key))
    .filter((key) => already.has(key))
    .sort();
}

/** A file checked for one actor, ready to write: see checkMoveIn. */
export interface CheckedMoveIn {
  actor: Actor;
  file: DataFile;
}

/**
 * The part of moving in that needs no database: who may, and the desktop's full check of the file
 * (about 7 s of CPU for a 200-hire file). A caller may run it before opening the transaction, so
 * the transaction is not held open while the file is checked.
 */
export function checkMoveIn(actor: Actor, input: unknown): CheckedMoveIn {
  assertMayMoveIn(actor);
  return { actor, file: stageDataFile(desktopStaging(), input) };
}

/** Writes a checked file in the caller's transaction; refusals throw (CONFLICT, VALIDATION). */
export async function writeMoveIn(sql: SqlClient, checked: CheckedMoveIn, now: Date): Promise<MoveInReport> {
  const { actor, file } = checked;
  const { hireRows, sampleHiresSkipped } = withoutSampleTeam(file);
  const hires = hireRows.get('hires') ?? [];
  await refuseHiresAlreadyThere(sql, hires);
  const rows = Object.fromEntries(desktopSchema().tables.map((table) => [table.name, 0]));
  const framework = await moveInFramework(sql, actor, file, now, rows);
  await moveInHireRows(sql, actor, hireRows, rows);
  const settingsAlreadySet = await moveInSettings(sql, actor, file, rows);
  return {
    rows,
    hires: hires.map((row) => ({ id: text(row.id), name: text(row.name) })),
    sampleHiresSkipped,
    ...framework,
    settingsAlreadySet,
  };
}

/**
 * Moves a desktop data file into the actor's account. `sql` must be the caller's transaction: a
 * refusal throws (VALIDATION, CONFLICT, FORBIDDEN) and the caller rolls every row back.
 */
export async function moveIn(sql: SqlClient, actor: Actor, input: unknown, now: Date): Promise<MoveInReport> {
  return writeMoveIn(sql, checkMoveIn(actor, input), now);
}
