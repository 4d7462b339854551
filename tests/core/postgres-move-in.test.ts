// Moving in on PostgreSQL (PGlite, and a real server under `npm test`): a desktop data file becomes
// a manager's account and comes back out as a file the desktop imports; bad files are refused with
// the desktop's own issues; a file moved in twice, someone else's hires and the wrong account are
// refused with nothing written; custom roles become proposals an HR/L&D lead accepts; an export
// holds nobody else's rows or private notes. Every clock is fixed: nothing depends on today.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DataFile, DataRow } from '../../src/shared/data/schema';
import type { Core } from '../../src/main/core';
import { AppError } from '../../src/main/core/errors';
import type { Actor } from '../../src/main/server/auth/policy';
import { migratePostgres } from '../../src/main/server/db/migrations';
import type { SqlClient } from '../../src/main/server/db/sql-client';
import { exportAccountData } from '../../src/main/server/move-in/export';
import { checkMoveIn, moveIn, writeMoveIn, type MoveInReport } from '../../src/main/server/move-in/move-in';
import { acceptProposal, listProposals } from '../../src/main/server/move-in/proposals';
import { rowsPerStatement, PARAMETER_LIMIT } from '../../src/main/server/move-in/rows';
import { seedTeam } from '../support/seed';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import { openTempCore, valueOf } from '../support/temp-core';

// Each test opens desktop cores and moves files in: seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const DESKTOP_NOW = () => new Date('2027-02-01T09:00:00Z');
const MOVED_IN_AT = new Date('2027-03-01T10:00:00Z');

const ANA: Actor = { id: 'm-ana', role: 'manager' };
const BEN: Actor = { id: 'm-ben', role: 'manager' };
const CLEO: Actor = { id: 'm-cleo', role: 'manager' };
const LEAD: Actor = { id: 'lead', role: 'hr' };
const ADMIN: Actor = { id: 'admin', role: 'admin' };

const ACCOUNTS = `
INSERT INTO accounts (id, email, display_name, role, password_hash, created_at) VALUES
  ('lead', 'lead@example.com', 'Lena Lead', 'hr', 'scrypt$x', 't'),
  ('admin', 'admin@example.com', 'Ada Admin', 'admin', 'scrypt$x', 't'),
  ('m-ana', 'ana@example.com', 'Ana Manager', 'manager', 'scrypt$x', 't'),
  ('m-ben', 'ben@example.com', 'Ben Manager', 'manager', 'scrypt$x', 't'),
  ('m-cleo', 'cleo@example.com', 'Cleo Manager', 'manager', 'scrypt$x', 't');`;

/** Tables the server's move-in and export touch, counted to prove a refusal wrote nothing. */
const SERVER_TABLES = [
  'hires',
  'assessments',
  'assessment_ratings',
  'plans',
  'plan_activities',
  'check_ins',
  'action_items',
  'hire_leave',
  'custom_competencies',
  'custom_activities',
  'custom_roles',
  'custom_role_expectations',
  'account_settings',
];

async function counts(sql: SqlClient): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of SERVER_TABLES) {
    const [row] = await sql.query<{ n: number | string }>(`SELECT count(*)::integer AS n FROM ${table}`);
    out[table] = Number(row?.n);
  }
  return out;
}

type TempCore = Awaited<ReturnType<typeof openTempCore>>;
const cores: TempCore[] = [];
async function desktop(): Promise<TempCore> {
  const env = await openTempCore({ now: DESKTOP_NOW, dailyBackups: false });
  cores.push(env);
  return env;
}
async function exported(core: Core): Promise<DataFile> {
  return valueOf(await core.call('data.export', {})).file;
}

/** Everything seedTeam leaves out, so every table of the file has rows: leave, topics, evidence, … */
async function addTheRest(core: Core, hireId: string): Promise<void> {
  valueOf(
    await core.call('leave.add', { hireId, startOn: '2027-08-02', endOn: '2027-08-06', note: 'Holiday' }),
  );
  valueOf(await core.call('topics.add', { hireId, text: 'How do I say no to a stakeholder?' }));
  valueOf(
    await core.call('evidence.add', {
      hireId,
      competencyId: 'facilitation',
      notedOn: '2027-01-28',
      source: 'stakeholder',
      sourceName: 'Priya',
      text: 'Ran the roadmap workshop',
    }),
  );
  valueOf(await core.call('packet.share', { hireId }));
  const scheduled = valueOf(await core.call('checkIns.history', { hireId })).find(
    (checkIn) => checkIn.status === 'scheduled',
  );
  if (scheduled) valueOf(await core.call('checkIns.cancel', { id: scheduled.id }));
  // A re-plan after a calendar export keeps the dropped one-on-ones' cancellations for the next one.
  valueOf(await core.call('checkIns.exportIcs', { hireId }));
  valueOf(await core.call('plans.create', { hireId, startDate: '2027-01-11', cadence: 'biweekly' }));
}

/** Runs a move-in in its own transaction, as the server will. */
function moveInAs(db: SqlClient, actor: Actor, file: unknown): Promise<MoveInReport> {
  return db.transaction((tx) => moveIn(tx, actor, JSON.parse(JSON.stringify(file)), MOVED_IN_AT));
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const total = (file: DataFile, table: string) => file.tables[table]?.length ?? 0;

describe('statement sizes', () => {
  it('keep every multi-row INSERT within PostgreSQL’s 65,535 parameters', () => {
    expect(rowsPerStatement(21) * 21).toBeLessThanOrEqual(PARAMETER_LIMIT);
    expect(rowsPerStatement(21) * 22).toBeGreaterThan(PARAMETER_LIMIT - 21 * 22);
  });
});

describeOnPostgres('moving in', (target) => {
  let db: TestDatabase;
  let anaDesktop: TempCore;
  /** Ana's desktop file, with the sample team loaded beside her two hires. */
  let anaFile: DataFile;
  /** The same desktop after "Remove sample team": what should come back. */
  let anaWithoutSample: DataFile;
  let firstReport: MoveInReport;

  beforeAll(async () => {
    db = await target.open();
    await migratePostgres(db);
    await db.exec(ACCOUNTS);
    anaDesktop = await desktop();
    const team = await seedTeam(anaDesktop.core);
    await addTheRest(anaDesktop.core, team.hireIds[0] ?? '');
    valueOf(await anaDesktop.core.call('sample.load', {}));
    anaFile = await exported(anaDesktop.core);
    valueOf(await anaDesktop.core.call('sample.remove', {}));
    anaWithoutSample = await exported(anaDesktop.core);
  }, 180_000);
  afterAll(async () => {
    cores.splice(0).forEach((env) => env.cleanup());
    await db?.close();
  });

  it('has a file with rows in every table, so the round trip covers them all', () => {
    const empty = Object.entries(anaFile.tables)
      .filter(([, rows]) => rows.length === 0)
      .map(([table]) => table);
    expect(empty).toEqual([]);
  });

  it('moves a desktop file in, and the export imports into a fresh desktop as the same data', async () => {
    firstReport = await moveInAs(db, ANA, anaFile);
    expect(firstReport.hires.map((hire) => hire.name).sort()).toEqual(['Grace Hopper', 'Łukasz Żółć']);
    expect(firstReport.sampleHiresSkipped).toHaveLength(3);
    expect(firstReport.proposed).toEqual([
      { kind: 'competency', id: 'facilitation', name: 'Facilitation' },
      { kind: 'role', id: 'data-product-owner', name: 'Data Product Owner' },
    ]);
    expect(firstReport.keptShared).toEqual([]);
    for (const [table, rows] of Object.entries(anaWithoutSample.tables)) {
      expect({ table, rows: firstReport.rows[table] }).toEqual({ table, rows: rows.length });
    }

    const file = await exportAccountData(db, ANA);
    const fresh = await desktop();
    const imported = valueOf(
      await fresh.core.call('data.import', { file: JSON.parse(JSON.stringify(file)), mode: 'empty-only' }),
    );
    expect(imported.total).toBe(Object.values(file.tables).reduce((n, rows) => n + rows.length, 0));
    // Only the sample team stays behind (docs/moving-in.md); every other row, byte for byte.
    expect(await exported(fresh.core)).toEqual(anaWithoutSample);
    expect(JSON.stringify(file)).toBe(JSON.stringify(anaWithoutSample));
  });

  it('names private notes’ author and makes the hires the manager’s', async () => {
    const owners = await db.query<{ manager_id: string }>('SELECT DISTINCT manager_id FROM hires');
    expect(owners).toEqual([{ manager_id: ANA.id }]);
    const notes = await db.query<{ private_notes_by: string | null; has_notes: boolean }>(
      `SELECT DISTINCT private_notes_by, private_notes <> '' AS has_notes FROM check_ins ORDER BY 1`,
    );
    expect(notes).toEqual([
      { private_notes_by: ANA.id, has_notes: true },
      { private_notes_by: null, has_notes: false },
    ]);
    const [proposal] = await db.query<{ proposed_by: string; proposed_at: string }>(
      `SELECT proposed_by, proposed_at FROM custom_activities LIMIT 1`,
    );
    expect(proposal).toEqual({ proposed_by: ANA.id, proposed_at: MOVED_IN_AT.toISOString() });
  });

  it('refuses the same file twice with CONFLICT naming the hires, writing nothing', async () => {
    const before = await counts(db);
    const error = await refusal(moveInAs(db, ANA, anaFile));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain("2 of the file's hires are already on the server");
    expect(error.message).toContain('Grace Hopper, Łukasz Żółć');
    // Someone else's copy of the same file: refused the same way.
    expect((await refusal(moveInAs(db, BEN, anaFile))).code).toBe('CONFLICT');
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a bad file with the issues the desktop gives, writing nothing', async () => {
    const before = await counts(db);
    const wrongType = structuredClone(anaWithoutSample);
    (wrongType.tables.hires?.[0] as DataRow).name = 5;
    const unknownRole = structuredClone(anaWithoutSample);
    (unknownRole.tables.hires?.[1] as DataRow).target_role_id = 'astronaut';
    const otherHires = structuredClone(anaWithoutSample);
    const [grace, lukasz] = otherHires.tables.hires ?? [];
    const item = otherHires.tables.action_items?.find((row) => row.hire_id === grace?.id);
    if (item && lukasz) item.hire_id = lukasz.id ?? null;
    const expectedFields = [
      'tables.hires[0].name',
      'tables.hires[1].target_role_id',
      expect.stringMatching(/^tables\.action_items\[\d+\]\.check_in_id$/),
    ];
    for (const [index, bad] of [wrongType, unknownRole, otherHires].entries()) {
      const desktopAnswer = await (
        await desktop()
      ).core.call('data.import', { file: bad, mode: 'empty-only' });
      expect(desktopAnswer.ok).toBe(false);
      const desktopIssues = desktopAnswer.ok ? [] : desktopAnswer.error.issues;
      expect(desktopIssues?.map((issue) => issue.field)).toEqual([expectedFields[index]]);
      const error = await refusal(moveInAs(db, CLEO, bad));
      expect(error.code).toBe('VALIDATION');
      expect(error.issues).toEqual(desktopIssues);
    }
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a row whose id another row on the server has with CONFLICT, writing nothing', async () => {
    const before = await counts(db);
    const [hire] = anaWithoutSample.tables.hires ?? [];
    const [leave] = anaWithoutSample.tables.hire_leave ?? [];
    // Built-in roles: the file carries no custom ones.
    const newHire = {
      ...hire,
      id: 'a-new-hire',
      name: 'Nadia New',
      current_role_id: 'project-manager',
      target_role_id: 'product-manager',
    };
    const clash: DataFile = {
      ...anaWithoutSample,
      tables: { hires: [newHire], hire_leave: [{ ...leave, hire_id: 'a-new-hire' }] },
    };
    const error = await refusal(moveInAs(db, CLEO, clash));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/^A row of hire_leave in the file has the id of one already on the server/);
    expect(await counts(db)).toEqual(before);
  });

  it('refuses an HR/L&D lead and an administrator with FORBIDDEN, writing nothing', async () => {
    const before = await counts(db);
    for (const actor of [LEAD, ADMIN]) {
      expect((await refusal(moveInAs(db, actor, anaWithoutSample))).code).toBe('FORBIDDEN');
      expect((await refusal(exportAccountData(db, actor))).code).toBe('FORBIDDEN');
    }
    expect(await counts(db)).toEqual(before);
  });

  it('lists the proposals for the lead only, and accepting a role shares the competency it needs', async () => {
    for (const actor of [ANA, ADMIN]) {
      expect((await refusal(listProposals(db, actor))).code).toBe('FORBIDDEN');
      expect(
        (await refusal(acceptProposal(db, actor, { kind: 'role', id: 'data-product-owner' }))).code,
      ).toBe('FORBIDDEN');
    }
    const proposals = await listProposals(db, LEAD);
    expect(proposals).toEqual([
      {
        kind: 'competency',
        id: 'facilitation',
        name: 'Facilitation',
        proposedBy: { id: ANA.id, displayName: 'Ana Manager' },
        proposedAt: MOVED_IN_AT.toISOString(),
        hiresUsing: 1, // Łukasz's evidence
      },
      {
        kind: 'role',
        id: 'data-product-owner',
        name: 'Data Product Owner',
        proposedBy: { id: ANA.id, displayName: 'Ana Manager' },
        proposedAt: MOVED_IN_AT.toISOString(),
        hiresUsing: 1, // Łukasz moves from it
      },
    ]);
    expect((await refusal(acceptProposal(db, LEAD, { kind: 'role', id: 'product-manager' }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await refusal(acceptProposal(db, LEAD, { kind: 'team', id: 'x' }))).issues).toEqual([
      expect.objectContaining({ field: 'kind' }),
    ]);
    const accepted = await db.transaction((tx) =>
      acceptProposal(tx, LEAD, { kind: 'role', id: 'data-product-owner' }),
    );
    expect(accepted.accepted).toEqual([
      { kind: 'role', id: 'data-product-owner', name: 'Data Product Owner' },
      { kind: 'competency', id: 'facilitation', name: 'Facilitation' },
    ]);
    expect(await listProposals(db, LEAD)).toEqual([]);
    const stillProposed = await db.query(
      `SELECT id FROM custom_activities WHERE proposed_by IS NOT NULL
       UNION ALL SELECT id FROM custom_roles WHERE proposed_by IS NOT NULL`,
    );
    expect(stillProposed).toEqual([]);
  });

  it('keeps the shared role when another manager brings one with the same id, and says so', async () => {
    const benDesktop = await desktop();
    const team = await seedTeam(benDesktop.core, ['Ada Lovelace']);
    valueOf(await benDesktop.core.call('roles.update', { id: 'data-product-owner', name: 'Data PO (Ben)' }));
    const benFile = await exported(benDesktop.core);
    // Ben named himself on the server already: his desktop's name does not replace it.
    await db.query(
      `INSERT INTO account_settings (account_id, key, value, updated_at) VALUES ($1, 'managerName', $2, '2027-02-20T08:00:00.000Z')`,
      [BEN.id, JSON.stringify('Ben on the server')],
    );
    const report = await moveInAs(db, BEN, benFile);
    expect(report.settingsAlreadySet).toEqual(['managerName']);
    expect(report.rows.settings).toBe(1);
    const benSettings = await db.query<{ key: string; value: string }>(
      'SELECT key, value FROM account_settings WHERE account_id = $1 ORDER BY key',
      [BEN.id],
    );
    expect(benSettings).toEqual([
      { key: 'coachingBudgetHours', value: '5' },
      { key: 'managerName', value: JSON.stringify('Ben on the server') },
    ]);
    expect(report.hires.map((hire) => hire.name)).toEqual(['Ada Lovelace']);
    expect(report.proposed).toEqual([]);
    expect(report.keptShared).toEqual([
      {
        kind: 'competency',
        id: 'facilitation',
        name: 'Facilitation',
        serverName: 'Facilitation',
        proposal: false,
      },
      {
        kind: 'role',
        id: 'data-product-owner',
        name: 'Data PO (Ben)',
        serverName: 'Data Product Owner',
        proposal: false,
      },
    ]);
    expect(report.rows.custom_roles).toBe(0);
    const [role] = await db.query<{ name: string }>(
      `SELECT name FROM custom_roles WHERE id = 'data-product-owner'`,
    );
    expect(role?.name).toBe('Data Product Owner');
    // Ben's own export carries the shared role his hire uses, which his desktop imports.
    const benExport = await exportAccountData(db, BEN);
    expect(benExport.tables.hires?.map((hire) => hire.id)).toEqual(team.hireIds);
    expect(benExport.tables.custom_roles?.map((r) => r.name)).toEqual(['Data Product Owner']);
    const fresh = await desktop();
    valueOf(await fresh.core.call('data.import', { file: benExport, mode: 'empty-only' }));
  });

  it('never puts another manager’s rows or another author’s private notes in an export', async () => {
    const benHires = await db.query<{ id: string; name: string }>(
      'SELECT id, name FROM hires WHERE manager_id = $1',
      [BEN.id],
    );
    const anaExport = JSON.stringify(await exportAccountData(db, ANA));
    expect(JSON.parse(anaExport)).toEqual(anaWithoutSample);
    for (const hire of benHires) {
      expect(anaExport).not.toContain(hire.id);
      expect(anaExport).not.toContain(hire.name);
    }
    // Ben's hire handed to Ana (a move between teams): the history comes with it, Ben's notes do not.
    const [ada] = benHires;
    const adaId = ada?.id ?? '';
    await db.query(`UPDATE hires SET manager_id = $1 WHERE id = $2`, [ANA.id, adaId]);
    // Ben's half-written one-on-one (saved 1 Feb 2027) holds a private note too; handed over 2 March.
    await db.query(
      `UPDATE check_in_drafts SET draft = $1 WHERE check_in_id IN (SELECT id FROM check_ins WHERE hire_id = $2)`,
      [JSON.stringify({ sharedNotes: 'Half written', privateNotes: 'Ben’s draft worry' }), adaId],
    );
    await db.query(
      `INSERT INTO hire_handovers (id, hire_id, from_manager_id, to_manager_id, handed_by, handed_at)
       VALUES ('handover-ada', $1, $2, $3, $2, '2027-03-02T00:00:00.000Z')`,
      [adaId, BEN.id, ANA.id],
    );
    const adaDrafts = (file: DataFile) => {
      const ids = new Set(file.tables.check_ins?.filter((row) => row.hire_id === adaId).map((row) => row.id));
      return file.tables.check_in_drafts
        ?.filter((row) => ids.has(row.check_in_id ?? null))
        .map((row) => row.draft);
    };
    try {
      const withAda = await exportAccountData(db, ANA);
      const adaCheckIns = withAda.tables.check_ins?.filter((row) => row.hire_id === ada?.id) ?? [];
      expect(adaCheckIns.length).toBeGreaterThan(0);
      expect(adaCheckIns.map((row) => row.private_notes)).toEqual(adaCheckIns.map(() => ''));
      const benNotes = await db.query<{ n: number }>(
        `SELECT count(*)::integer AS n FROM check_ins WHERE hire_id = $1 AND private_notes_by = $2 AND private_notes <> ''`,
        [adaId, BEN.id],
      );
      expect(Number(benNotes[0]?.n)).toBeGreaterThan(0);
      // Ana's own notes still travel.
      expect(withAda.tables.check_ins?.some((row) => row.private_notes !== '')).toBe(true);
      expect(adaDrafts(withAda)).toEqual([JSON.stringify({ sharedNotes: 'Half written' })]);
      expect(JSON.stringify(withAda)).not.toContain('Ben’s draft worry');
      // A draft saved after the handover is the new manager's own, private note and all.
      await db.query(
        `UPDATE hire_handovers SET handed_at = '2027-01-15T00:00:00.000Z' WHERE id = 'handover-ada'`,
      );
      expect(adaDrafts(await exportAccountData(db, ANA))).toEqual([
        JSON.stringify({ sharedNotes: 'Half written', privateNotes: 'Ben’s draft worry' }),
      ]);
    } finally {
      await db.query(`DELETE FROM hire_handovers WHERE id = 'handover-ada'`);
      await db.query(`UPDATE hires SET manager_id = $1 WHERE id = $2`, [BEN.id, adaId]);
    }
  });

  it('moves in a 200-hire file (time printed, not asserted)', async () => {
    const big = await desktop();
    const names = Array.from({ length: 200 }, (_, i) => `Hire ${String(i + 1).padStart(3, '0')}`);
    const seeding = performance.now();
    await seedTeam(big.core, names);
    const file = await exported(big.core);
    const seeded = performance.now() - seeding;
    const rows = Object.values(file.tables).reduce((n, list) => n + list.length, 0);
    // Checked before the transaction opens, as the server does, so the two parts are timed apart.
    const checking = performance.now();
    const checked = checkMoveIn(CLEO, JSON.parse(JSON.stringify(file)));
    const checkedMs = performance.now() - checking;
    const writing = performance.now();
    const report = await db.transaction((tx) => writeMoveIn(tx, checked, MOVED_IN_AT));
    const writtenMs = performance.now() - writing;
    console.log(
      `[move-in] ${target.name}: 200 hires, ${rows} rows in the file: the desktop's check ` +
        `${checkedMs.toFixed(0)} ms, writing ${writtenMs.toFixed(0)} ms ` +
        `(the desktop took ${seeded.toFixed(0)} ms to make them)`,
    );
    expect(report.hires).toHaveLength(200);
    expect(total(file, 'check_ins')).toBe(report.rows.check_ins);
  }, 600_000);
});
