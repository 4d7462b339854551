import { afterEach, describe, expect, it } from 'vitest';
import type { DataFile } from '../../src/shared/data/schema';
import { DERIVED_TABLES, TABLE_ORDER, storedTables } from '../../src/main/core/data/tables';
import { openDatabase } from '../../src/main/core/db/connection';
import { bundledMigrations } from '../../src/main/core/db/migrations';
import { dataFileJsonSchema } from '../../src/main/core/data/json-schema';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTempCore, valueOf } from '../support/temp-core';
import { seedTeam } from '../support/seed';

const clock = () => new Date('2027-02-01T09:00:00Z');
const envs: Awaited<ReturnType<typeof openTempCore>>[] = [];
async function fresh() {
  const env = await openTempCore({ now: clock, dailyBackups: false });
  envs.push(env);
  return env;
}
afterEach(() => envs.splice(0).forEach((env) => env.cleanup()));

async function exported(env: { core: Awaited<ReturnType<typeof openTempCore>>['core'] }): Promise<DataFile> {
  return valueOf(await env.core.call('data.export', {})).file;
}

describe('data file', () => {
  it('lists every table the migrations create, parents first', async () => {
    const env = await fresh();
    const db = openDatabase(env.core.databaseFile, { readonly: true });
    try {
      expect([...TABLE_ORDER, ...DERIVED_TABLES].sort()).toEqual(storedTables(db));
    } finally {
      db.close();
    }
  });

  it('round-trips: export, import into an empty database, export again gives identical JSON', async () => {
    const source = await fresh();
    const team = await seedTeam(source.core);
    valueOf(await source.core.call('sample.load', {}));
    valueOf(
      await source.core.call('leave.add', {
        hireId: team.hireIds[0] ?? '',
        startOn: '2027-08-02',
        endOn: '2027-08-13',
        note: 'Urlaub — Ferien',
      }),
    );
    const topic = valueOf(
      await source.core.call('topics.add', { hireId: team.hireIds[0] ?? '', text: 'Ärger mit Sales' }),
    );
    valueOf(await source.core.call('topics.close', { id: topic.id, status: 'discussed', on: '2027-02-01' }));
    valueOf(
      await source.core.call('evidence.add', {
        hireId: team.hireIds[0] ?? '',
        competencyId: 'customer-discovery',
        notedOn: '2027-01-20',
        source: 'stakeholder',
        sourceName: 'Zoë, design',
        text: 'Ran the first interviews\nand shared the notes',
      }),
    );
    valueOf(await source.core.call('packet.share', { hireId: team.hireIds[0] ?? '' }));
    // One-on-ones exported, then re-planned every other week: the export and the dropped
    // one-on-ones' cancellations are data too.
    const zeno = valueOf(
      await source.core.call('hires.create', {
        name: 'Zeno Ward',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-02-01',
      }),
    );
    valueOf(await source.core.call('plans.create', { hireId: zeno.id, startDate: '2027-02-01' }));
    valueOf(await source.core.call('checkIns.exportIcs', { hireId: zeno.id }));
    valueOf(
      await source.core.call('plans.create', {
        hireId: zeno.id,
        startDate: '2027-02-01',
        cadence: 'biweekly',
      }),
    );
    const file = await exported(source);
    for (const table of TABLE_ORDER) expect(file.tables[table]?.length, table).toBeGreaterThan(0);
    expect(JSON.stringify(file)).toContain('Łukasz Żółć');

    const target = await fresh();
    const result = valueOf(
      await target.core.call('data.import', { file: JSON.parse(JSON.stringify(file)), mode: 'empty-only' }),
    );
    expect(result.total).toBe(Object.values(file.tables).reduce((n, rows) => n + rows.length, 0));
    expect(result.backup).toBeNull();
    expect(JSON.stringify(await exported(target))).toBe(JSON.stringify(file));

    // The imported data works through the services, not just as rows.
    const hires = valueOf(await target.core.call('hires.list', { status: 'all' }));
    expect(hires.map((h) => h.name)).toEqual(expect.arrayContaining(['Grace Hopper', 'Łukasz Żółć']));
    expect(valueOf(await target.core.call('sample.status', {})).hireIds).toHaveLength(3);
    const progress = valueOf(await target.core.call('progress.hire', { hireId: hires[0]?.id ?? '' }));
    expect(progress.hireId).toBe(hires[0]?.id);
    expect(progress.assessments.length).toBeGreaterThan(0);
    expect(valueOf(await target.core.call('plans.current', { hireId: hires[0]?.id ?? '' }))?.version).toBe(2);
  });

  it('refuses to import into a database that holds data unless told to merge, and changes nothing', async () => {
    const source = await fresh();
    await seedTeam(source.core);
    const file = await exported(source);
    const target = await fresh();
    await seedTeam(target.core, ['Ada Lovelace']);
    const before = JSON.stringify(await exported(target));
    const refused = await target.core.call('data.import', { file, mode: 'empty-only' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(JSON.stringify(await exported(target))).toBe(before);
  });

  it('merges by id: adds new rows, replaces rows with the same id, keeps the rest; twice is the same as once', async () => {
    const source = await fresh();
    const seeded = await seedTeam(source.core);
    const renamed = valueOf(
      await source.core.call('hires.update', { id: seeded.hireIds[0] ?? '', name: 'Łukasz Ż.' }),
    );
    const file = await exported(source);

    const target = await fresh();
    await seedTeam(target.core, ['Ada Lovelace']);
    const targetHires = valueOf(await target.core.call('hires.list', { status: 'all' }));
    const result = valueOf(await target.core.call('data.import', { file, mode: 'merge' }));
    expect(result.backup?.kind).toBe('pre-import');
    const once = await exported(target);
    const names = valueOf(await target.core.call('hires.list', { status: 'all' })).map((h) => h.name);
    expect(names.sort()).toEqual(['Ada Lovelace', 'Grace Hopper', renamed.name].sort());
    for (const hire of targetHires) expect(names).toContain(hire.name);
    valueOf(await target.core.call('data.import', { file, mode: 'merge' }));
    expect(JSON.stringify(await exported(target))).toBe(JSON.stringify(once));
  });

  it('never half-imports: a clash late in the file leaves every earlier table as it was', async () => {
    const env = await fresh();
    const seeded = await seedTeam(env.core, ['Grace Hopper']);
    const file = await exported(env);
    const before = JSON.stringify(file);
    const superseded = file.tables.plans?.find((plan) => plan.status === 'superseded');
    expect(superseded).toBeDefined();
    // Same hire and version as a stored plan under a new id: only the real database can see the clash.
    const edited = JSON.parse(
      JSON.stringify(file).replaceAll(String(superseded?.id), 'a-plan-id-the-database-does-not-have'),
    ) as DataFile;
    const hire = edited.tables.hires?.find((row) => row.id === seeded.hireIds[0]);
    if (hire) hire.name = 'Renamed by the file';
    const result = await env.core.call('data.import', { file: edited, mode: 'merge' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ field: expect.stringMatching(/^tables\.plans/) }] },
    });
    expect(JSON.stringify(await exported(env))).toBe(before);
  });

  it('names the table, row and column of every problem, and writes nothing', async () => {
    const source = await fresh();
    await seedTeam(source.core);
    const file = await exported(source);
    const target = await fresh();
    const cases: [string, (f: DataFile) => void, string][] = [
      [
        'wrong type',
        (f) => ((f.tables.hires as DataFile['tables'][string])[0]!.name = 42),
        'tables.hires[0].name',
      ],
      [
        'unknown column',
        (f) => ((f.tables.hires as DataFile['tables'][string])[1]!.shoe_size = 'x'),
        'tables.hires[1].shoe_size',
      ],
      [
        'missing column',
        (f) => delete (f.tables.assessments as DataFile['tables'][string])[0]!.hire_id,
        'tables.assessments[0].hire_id',
      ],
      [
        'check constraint',
        (f) => ((f.tables.hires as DataFile['tables'][string])[0]!.status = 'gone'),
        'tables.hires[0].status',
      ],
      [
        'dangling reference',
        (f) => ((f.tables.plans as DataFile['tables'][string])[0]!.hire_id = 'nobody'),
        'tables.plans[0].hire_id',
      ],
      ['duplicate id', (f) => f.tables.hires!.push({ ...f.tables.hires![0]! }), 'tables.hires[2].id'],
      ['unknown table', (f) => (f.tables.salaries = []), 'tables.salaries'],
      ['newer schema', (f) => (f.schemaVersion = 999), 'schemaVersion'],
      ['wrong format', (f) => ((f as { format: string }).format = 'something-else'), 'format'],
    ];
    for (const [label, edit, field] of cases) {
      const copy = JSON.parse(JSON.stringify(file)) as DataFile;
      edit(copy);
      const result = await target.core.call('data.import', { file: copy, mode: 'empty-only' });
      expect(result, label).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!result.ok)
        expect(
          result.error.issues?.map((issue) => issue.field),
          label,
        ).toContain(field);
    }
    expect(valueOf(await target.core.call('hires.list', { status: 'all' }))).toEqual([]);
    const empty = await exported(target);
    expect(Object.values(empty.tables).every((rows) => rows.length === 0)).toBe(true);
  });

  it('imports a file from an older schema version and brings it up to date with the migrations', async () => {
    const source = await fresh();
    await seedTeam(source.core, ['Grace Hopper']);
    const file = await exported(source);
    // Schema 3 had plans but no check-ins, action items or settings.
    for (const table of [
      'check_ins',
      'check_in_pulses',
      'action_items',
      'check_in_drafts',
      'settings',
      'sample_hires',
      'hire_leave',
      'hire_topics',
      'evidence_entries',
      'hire_packets',
      'check_in_exports',
      'cancelled_check_ins',
    ]) {
      delete file.tables[table];
    }
    // Nor the columns migration 10 added for the move's own work and the one-on-ones' questions.
    for (const row of file.tables.plan_activities ?? []) {
      delete row.move_purpose;
      delete row.check_in_topic;
    }
    for (const row of file.tables.plan_check_ins ?? []) delete row.topics;
    // Nor the edit versions of migration 16: each hire starts again at 1.
    for (const row of file.tables.hires ?? []) delete row.version;
    file.schemaVersion = 3;
    const target = await fresh();
    valueOf(await target.core.call('data.import', { file, mode: 'empty-only' }));
    const after = await exported(target);
    expect(after.schemaVersion).toBe(bundledMigrations().at(-1)?.version);
    expect(after.tables.hires?.map((h) => h.version)).toEqual([1]);
    const current = file.tables.plans?.find((plan) => plan.status === 'current');
    const planned = file.tables.plan_check_ins?.filter((c) => c.plan_id === current?.id) ?? [];
    expect(after.tables.check_ins?.map((c) => c.scheduled_on).sort()).toEqual(
      planned.map((c) => c.date).sort(),
    );
  });

  it('ships a JSON Schema in docs/ that matches the database and accepts a real export', async () => {
    const env = await fresh();
    await seedTeam(env.core);
    const db = openDatabase(env.core.databaseFile, { readonly: true });
    const schema = dataFileJsonSchema(db);
    db.close();
    const path = join(import.meta.dirname, '../../docs/data-file.schema.json');
    if (process.env.UPDATE_DOCS === '1') writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
    expect(
      JSON.parse(readFileSync(path, 'utf8')),
      'docs/data-file.schema.json is stale: UPDATE_DOCS=1 npx vitest run tests/core/data-file.test.ts',
    ).toEqual(schema);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const file = await exported(env);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    const broken = JSON.parse(JSON.stringify(file)) as DataFile;
    (broken.tables.hires as Record<string, unknown>[])[0]!.name = 7;
    expect(validate(broken)).toBe(false);
  });
});
