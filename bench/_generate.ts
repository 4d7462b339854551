// Fills a database with a realistic history for the scale benchmarks: 10,000 hires (2,000 active)
// across the built-in transitions, assessments about every six weeks, plans with their versions and
// activities, weekly check-ins with notes, confidence ratings and action items, over two years.
//
// Real histories are first made through the core's own services (one per transition and profile,
// with the clock walking forward week by week), then copied with new ids, names and dates shifted
// so the 10,000 hires start at different times. The result is cached in out/bench-data.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { addDays, format } from 'date-fns';
import { openCore, DATABASE_FILE, type Core } from '../src/main/core';
import { openDatabase } from '../src/main/core/db/connection';
import { exportData } from '../src/main/core/data/export';
import { dataTables, quoted } from '../src/main/core/data/tables';
import type { DataFile, DataRow } from '../src/shared/data/schema';
import { builtInFramework } from '../src/shared/catalog';

export const HIRES = 10_000;
export const ACTIVE = 2_000;
const GENERATOR_VERSION = 1;

const day = (date: Date) => format(date, 'yyyy-MM-dd');
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const DATE = /\b(\d{4})-(\d{2})-(\d{2})/g;

function ok<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value;
}

const TRANSITIONS: [string, string][] = [
  ['project-manager', 'product-manager'],
  ['product-owner', 'product-manager'],
  ['software-engineer', 'product-manager'],
  ['ux-designer', 'product-manager'],
  ['business-analyst', 'product-owner'],
  ['project-manager', 'product-owner'],
  ['customer-success-manager', 'product-manager'],
  ['product-manager', 'senior-product-manager'],
];

/** Lives one hire's transition through the services, a week at a time, for `weeks` weeks. */
async function liveTemplate(
  core: Core,
  clock: { now: Date },
  from: string,
  to: string,
  start: Date,
  weeks: number,
) {
  clock.now = new Date(start.getTime() + 9 * 3600_000);
  const hire = ok(
    await core.call('hires.create', {
      name: 'Template',
      currentRoleId: from,
      targetRoleId: to,
      startDate: day(start),
      notes: 'Moved across after leading the data platform migration.',
    }),
    'hire',
  );
  const competencies = builtInFramework.competencies.map((c) => c.id);
  const levels = new Map(competencies.map((id, i) => [id, (i * 7) % 3]));
  const assess = async (assessor: 'manager' | 'self') =>
    ok(
      await core.call('assessments.create', {
        hireId: hire.id,
        assessedOn: day(clock.now),
        assessor,
        ratings: competencies.map((id) => ({
          competencyId: id,
          level: Math.min(4, (levels.get(id) ?? 0) + (assessor === 'self' ? 1 : 0)),
          evidence:
            assessor === 'manager' ? 'Seen in the last sprint review and two stakeholder meetings.' : '',
        })),
        note: 'Regular reassessment.',
      }),
      'assessment',
    );
  await assess('manager');
  await assess('self');
  ok(await core.call('plans.create', { hireId: hire.id, startDate: day(start) }), 'plan');
  let openActions: string[] = [];
  for (let week = 0; week < weeks; week += 1) {
    clock.now = new Date(addDays(start, week * 7).getTime() + 15 * 3600_000);
    const today = day(clock.now);
    if (week > 0 && week % 6 === 0) {
      for (const id of competencies.slice(0, 6)) levels.set(id, Math.min(4, (levels.get(id) ?? 0) + 1));
      await assess('manager');
      if (week === 18) ok(await core.call('plans.create', { hireId: hire.id, startDate: today }), 're-plan');
    }
    const due = ok(await core.call('checkIns.schedule', { hireId: hire.id }), 'schedule').find(
      (c) => c.status === 'scheduled' && c.scheduledOn <= today,
    );
    const plan = ok(await core.call('plans.current', { hireId: hire.id }), 'current');
    const activities = (plan?.phases ?? [])
      .flatMap((p) => p.goals.flatMap((g) => g.activities))
      .filter((a) => a.status === 'planned' && a.dueDate <= today)
      .slice(0, 2);
    if (!due) continue;
    const held = ok(
      await core.call('checkIns.complete', {
        id: due.id,
        heldOn: today,
        sharedNotes: `Week ${week + 1}: reviewed the discovery interviews and the roadmap draft; agreed next steps.`,
        privateNotes: week % 5 === 0 ? 'Seems stretched; check workload next time.' : '',
        pulses: competencies
          .slice(0, 2)
          .map((id, i) => ({ competencyId: id, confidence: 2 + ((week + i) % 4) })),
        newActionItems: [
          {
            text: `Follow up on week ${week + 1}`,
            owner: week % 2 ? 'hire' : 'manager',
            dueOn: day(addDays(clock.now, 7)),
          },
        ],
        closeActionItems: openActions.map((id) => ({ id, status: 'done' as const })),
        completeActivities: activities.map((a) => ({ activityId: a.id, doneOn: today })),
        nextDate: null,
      }),
      'complete',
    );
    const agenda = ok(await core.call('checkIns.agenda', { id: held.id }), 'agenda');
    openActions = agenda.openActionItems.map((a) => a.id).slice(0, 3);
  }
  if (weeks >= 36) ok(await core.call('hires.archive', { id: hire.id }), 'archive');
}

function shiftDate(text: string, days: number): string {
  return text.replace(DATE, (match) => {
    const date = new Date(`${match}T12:00:00Z`);
    if (Number.isNaN(date.getTime())) return match;
    return addDays(date, days).toISOString().slice(0, 10);
  });
}

const FIRST = [
  'Ada',
  'Grace',
  'Łukasz',
  'Ørsted',
  'Amara',
  'Kenji',
  'Sofia',
  'Mateo',
  'Priya',
  'Noah',
  'Dmitri',
  'Chloé',
  'Yusuf',
  'Ines',
  'Tomás',
  'Freya',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Żółć',
  'Nakamura',
  'Okafor',
  'García',
  'Rossi',
  'Sharma',
  'Müller',
  'Novak',
  'Kowalski',
  'Dubois',
  'Jensen',
  'Haddad',
  'Silva',
  'Andersen',
];

/** Copies a template's rows with fresh ids, a new name and dates shifted by `days`. */
function cloneRows(template: DataFile, hireIndex: number, days: number): Record<string, DataRow[]> {
  const ids = new Map<string, string>();
  const mapId = (id: string) => {
    let next = ids.get(id);
    if (!next) {
      next = randomUUID();
      ids.set(id, next);
    }
    return next;
  };
  const name = `${FIRST[hireIndex % FIRST.length]} ${LAST[Math.floor(hireIndex / FIRST.length) % LAST.length]} ${hireIndex + 1}`;
  const out: Record<string, DataRow[]> = {};
  for (const [table, rows] of Object.entries(template.tables)) {
    if (table === 'settings') continue;
    out[table] = rows.map((row) => {
      const copy: DataRow = {};
      for (const [key, value] of Object.entries(row)) {
        copy[key] = typeof value === 'string' ? shiftDate(value.replace(UUID, mapId), days) : value;
      }
      if (table === 'hires') copy.name = name;
      return copy;
    });
  }
  return out;
}

export async function generatedDataDir(root = process.cwd()): Promise<string> {
  const dataDir = join(root, 'out', 'bench-data', `v${GENERATOR_VERSION}`);
  const stamp = join(dataDir, 'complete');
  if (existsSync(stamp)) return dataDir;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  const today = new Date();

  // Templates: an archived transition of ~9 months and an active one of 0-20 weeks, per transition.
  const templatesDir = join(dataDir, 'templates');
  const templates: { file: DataFile; active: boolean; weeks: number }[] = [];
  for (const [from, to] of TRANSITIONS) {
    for (const [active, weeks] of [
      [false, 40],
      [true, 20],
    ] as const) {
      const clock = { now: new Date() };
      rmSync(templatesDir, { recursive: true, force: true });
      const core = await openCore({ dataDir: templatesDir, now: () => clock.now, dailyBackups: false });
      const start = addDays(today, -weeks * 7);
      await liveTemplate(core, clock, from, to, start, weeks);
      core.close();
      const db = openDatabase(join(templatesDir, DATABASE_FILE), { readonly: true });
      templates.push({ file: exportData(db), active, weeks });
      db.close();
    }
  }
  rmSync(templatesDir, { recursive: true, force: true });

  // The real database: the app's schema, then every clone in one transaction per 500 hires.
  const core = await openCore({ dataDir, dailyBackups: false });
  ok(
    await core.call('settings.update', { managerName: 'Benchmark Manager', coachingBudgetHours: 40 }),
    'settings',
  );
  core.close();
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  db.pragma('synchronous = OFF');
  const tables = dataTables(db);
  const inserts = new Map(
    tables.map((table) => {
      const names = table.columns.map((c) => c.name);
      return [
        table.name,
        {
          names,
          statement: db.prepare(
            `INSERT INTO ${quoted(table.name)} (${names.map(quoted).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
          ),
        },
      ];
    }),
  );
  const archivedTemplates = templates.filter((t) => !t.active);
  const activeTemplates = templates.filter((t) => t.active);
  let rows = 0;
  const insertBatch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const active = i < ACTIVE;
      const pool = active ? activeTemplates : archivedTemplates;
      const template = pool[i % pool.length];
      if (!template) continue;
      // Active hires started within the last ~5 months; archived ones ended across the two years.
      const days = active ? -((i * 37) % 60) : -((i * 53) % 440);
      for (const [table, cloned] of Object.entries(cloneRows(template.file, i, days))) {
        const insert = inserts.get(table);
        if (!insert) continue;
        for (const row of cloned) {
          insert.statement.run(insert.names.map((name) => row[name] ?? null));
          rows += 1;
        }
      }
    }
  });
  for (let from = 0; from < HIRES; from += 500) insertBatch(from, Math.min(HIRES, from + 500));
  db.pragma('synchronous = FULL');
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  writeFileSync(
    stamp,
    JSON.stringify({ hires: HIRES, active: ACTIVE, rows, seconds: (performance.now() - started) / 1000 }),
  );
  console.log(
    `Generated ${HIRES} hires (${rows} rows) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return dataDir;
}
