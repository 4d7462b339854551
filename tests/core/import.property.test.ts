// Property test: any data file the import accepts leaves every read channel answering ok; any file
// it refuses is refused with VALIDATION naming a table row, and nothing is written. Files are made
// by mutating a real export (issue 17, item 3).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataFile, DataRow } from '../../src/shared/data/schema';
import type { ChannelName } from '../../src/shared/api/channels';
import type { Core } from '../../src/main/core';
import { openTempCore, valueOf } from '../support/temp-core';
import { seedTeam } from '../support/seed';

const clock = () => new Date('2027-02-01T09:00:00Z');
const RUNS = Number(process.env.IMPORT_PROPERTY_RUNS ?? 60);

let file: DataFile;
let tableNames: string[];
beforeAll(async () => {
  const source = await openTempCore({ now: clock, dailyBackups: false });
  try {
    await seedTeam(source.core);
    file = valueOf(await source.core.call('data.export', {})).file;
    tableNames = Object.keys(file.tables).filter((name) => (file.tables[name] ?? []).length > 0);
  } finally {
    source.cleanup();
  }
});

/** Values a careless or unfriendly file puts in a column: other types, bad dates, odd text, bad JSON. */
const ODD_VALUES: unknown[] = [
  42,
  -1,
  1.5,
  0,
  true,
  null,
  {},
  [],
  '',
  ' ',
  'x',
  '\u0000',
  'Ann\u0000',
  '\ud800',
  'tab\there',
  'h'.repeat(10_000),
  '__proto__',
  '2027-02-30',
  '2027-13-01',
  '0000-00-00',
  '1900-01-01',
  '2200-12-31',
  '2027-2-3',
  'yesterday',
  '2027-02-01T09:00:00',
  '2027-02-01T25:00:00.000Z',
  '2030-06-15T12:00:00.000Z',
  '{"x":1}',
  '[]',
  '[1,2]',
  '["a","b","c","d","e"]',
  '"a"',
  'null',
  '{',
  '{"__proto__":1}',
  '{"pulses":{"__proto__":3}}',
  'manager',
  'done',
  'product-manager',
  'facilitation',
];

type Mutation =
  | { kind: 'nudge'; table: number; row: number; column: number; by: number }
  | { kind: 'value'; table: number; row: number; column: number; value: unknown }
  | { kind: 'swap'; table: number; row: number; column: number; other: number }
  | { kind: 'json'; table: number; row: number; column: number; path: number[]; value: unknown }
  | { kind: 'drop'; table: number; row: number }
  | { kind: 'duplicate'; table: number; row: number }
  | { kind: 'protoKey'; table: number; row: number }
  | { kind: 'protoTable' };

const index = fc.nat({ max: 10_000 });
const odd = fc.constantFrom(...ODD_VALUES);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('nudge' as const),
      table: index,
      row: index,
      column: index,
      by: fc.oneof(fc.integer({ min: -400, max: 400 }), fc.integer({ min: -60_000, max: 60_000 })),
    }),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('value' as const),
      table: index,
      row: index,
      column: index,
      value: odd,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('swap' as const),
      table: index,
      row: index,
      column: index,
      other: index,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      table: index,
      row: index,
      column: index,
      path: fc.array(index, { minLength: 1, maxLength: 3 }),
      value: odd,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), table: index, row: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), table: index, row: index }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('protoKey' as const), table: index, row: index }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'protoTable' as const }) },
);

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

/** Replaces one value somewhere inside parsed JSON, following `path` as indexes into keys or items. */
function replaceInside(json: unknown, path: number[], value: unknown): unknown {
  const [step, ...rest] = path;
  if (step === undefined || json === null || typeof json !== 'object') return value;
  const keys: (string | number)[] = Array.isArray(json) ? json.map((_, i) => i) : Object.keys(json);
  const key = pick(keys, step);
  if (key === undefined) return value;
  const container = json as Record<string | number, unknown>;
  container[key] = replaceInside(container[key], rest, value);
  return json;
}

const DAY = 86_400_000;
const PLAUSIBLE_TEXT = ['Zoë Ångström 🚀', 'Łukasz Żółć', 'Σωκράτης', '東京', 'A', 'line one\nline two'];

/** A change of the kind a person editing the file by hand makes: another date, number or name. */
function nudge(value: DataRow[string], by: number): DataRow[string] {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? value + (by % 5) : Math.max(0.5, Math.abs(value + (by % 7) / 2));
  }
  if (typeof value !== 'string') return value;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(value);
  if (date) {
    const moved = new Date(Date.parse(`${date[0]}T00:00:00Z`) + by * DAY).toISOString();
    return value.length === 10 ? moved.slice(0, 10) : moved;
  }
  if (value.startsWith('[') || value.startsWith('{')) return value;
  return pick(PLAUSIBLE_TEXT, Math.abs(by)) ?? value;
}

function apply(f: DataFile, m: Mutation): void {
  if (m.kind === 'protoTable') {
    Object.defineProperty(f.tables, '__proto__', {
      value: [],
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return;
  }
  const table = pick(tableNames, m.table) ?? '';
  const rows = f.tables[table] ?? [];
  const row: DataRow | undefined = pick(rows, m.row);
  if (!row) return;
  const columns = Object.keys(row);
  const column = pick(columns, 'column' in m ? m.column : 0) ?? '';
  switch (m.kind) {
    case 'nudge':
      row[column] = nudge(row[column] ?? null, m.by);
      return;
    case 'value':
      row[column] = m.value as DataRow[string];
      return;
    case 'swap':
      row[column] = pick(rows, m.other)?.[column] ?? null;
      return;
    case 'json': {
      const current = row[column];
      let parsed: unknown;
      try {
        parsed = typeof current === 'string' ? JSON.parse(current) : current;
      } catch {
        parsed = current;
      }
      row[column] = JSON.stringify(replaceInside(parsed, m.path, m.value)) ?? null;
      return;
    }
    case 'drop':
      rows.splice(rows.indexOf(row), 1);
      return;
    case 'duplicate':
      rows.push({ ...row });
      return;
    case 'protoKey':
      Object.defineProperty(row, '__proto__', {
        value: { x: 1 },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return;
  }
}

async function read(core: Core, channel: ChannelName, input: unknown): Promise<unknown> {
  const result = await core.call(channel, input as never);
  if (!result.ok) {
    throw new Error(
      `${channel} ${JSON.stringify(input)} answered ${result.error.code}: ${result.error.message}`,
    );
  }
  return result.value;
}

/** Every read channel a manager's screens use, for every hire, plan and check-in; sometimes a PDF. */
async function readEverything(core: Core, pdfPick: number): Promise<void> {
  const hires = (await read(core, 'hires.list', { status: 'all' })) as { id: string }[];
  await read(core, 'progress.dashboard', {});
  await read(core, 'checkIns.due', {});
  await read(core, 'settings.get', {});
  await read(core, 'framework.get', {});
  await read(core, 'roles.list', {});
  await read(core, 'sample.status', {});
  const plans: { hireId: string; planId: string }[] = [];
  for (const { id: hireId } of hires) {
    await read(core, 'hires.get', { id: hireId });
    await read(core, 'assessments.list', { hireId });
    await read(core, 'plans.current', { hireId });
    const versions = (await read(core, 'plans.versions', { hireId })) as { id: string }[];
    for (const { id } of versions) {
      await read(core, 'plans.get', { id });
      plans.push({ hireId, planId: id });
    }
    const schedule = (await read(core, 'checkIns.schedule', { hireId })) as { id: string }[];
    const history = (await read(core, 'checkIns.history', { hireId })) as { id: string }[];
    for (const { id } of [...schedule, ...history]) {
      await read(core, 'checkIns.get', { id });
      await read(core, 'checkIns.agenda', { id });
    }
    await read(core, 'progress.hire', { hireId });
  }
  // The slow one (about 2 s on a fresh core, fonts and all): on a quarter of the runs, one plan each.
  const plan = pdfPick % 4 === 0 ? pick(plans, pdfPick >> 2) : undefined;
  if (plan) {
    await read(core, 'pdf.plan', {
      ...plan,
      paper: pdfPick % 8 === 0 ? 'A4' : 'LETTER',
      includeCheckIns: true,
      includePrivateNotes: true,
    });
  }
  await read(core, 'data.export', {});
}

const TABLE_ROW_FIELD = /^tables\.[a-z_]+(\[\d+\](\.[^.\s]+|\[\d+\])*)?$|^tables\.__proto__$/;

describe('data.import of mutated exports', () => {
  const tally = { accepted: 0, refused: 0 };
  let target: Awaited<ReturnType<typeof openTempCore>> | null = null;
  afterAll(() => {
    target?.cleanup();
    console.info(`import property: ${tally.accepted} accepted, ${tally.refused} refused of ${RUNS} runs`);
  });

  it(
    'refuses with VALIDATION naming the row and writes nothing, or accepts and every read channel answers ok',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(mutation, { minLength: 1, maxLength: 2 }),
          index,
          async (mutations, pdfPick) => {
            const copy = JSON.parse(JSON.stringify(file)) as DataFile;
            for (const m of mutations) apply(copy, m);
            // A refused import leaves the database empty for the next run; an accepted one does not.
            target ??= await openTempCore({ now: clock, dailyBackups: false });
            const { core } = target;
            const result = await core.call('data.import', {
              file: JSON.parse(JSON.stringify(copy)) as unknown,
              mode: 'empty-only',
            });
            if (result.ok) {
              tally.accepted += 1;
              try {
                await readEverything(core, pdfPick);
              } finally {
                target.cleanup();
                target = null;
              }
              return;
            }
            tally.refused += 1;
            expect(result.error.code, result.error.message).toBe('VALIDATION');
            const fields = result.error.issues?.map((issue) => issue.field) ?? [];
            expect(fields.length).toBeGreaterThan(0);
            for (const field of fields) expect(field, result.error.message).toMatch(TABLE_ROW_FIELD);
            const after = valueOf(await core.call('data.export', {})).file;
            expect(Object.values(after.tables).every((rows) => rows.length === 0)).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    },
    RUNS * 2_000,
  );
});
