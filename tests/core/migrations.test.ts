import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, DATABASE_FILE, openCore, PRE_MIGRATION_PREFIX } from '../../src/main/core';
import {
  bundledMigrations,
  DatabaseTooNewError,
  parseMigrations,
  type Migration,
} from '../../src/main/core/db/migrations';
import { tempDir, valueOf } from '../support/temp-core';

const dirs: { remove(): void }[] = [];
function freshDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
}
afterEach(() => dirs.splice(0).forEach((dir) => dir.remove()));

const real = bundledMigrations();
const extra = (version: number, sql: string): Migration => ({ version, name: `extra_${version}`, sql });

function inspect(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      tables: (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
      ).map((row) => row.name),
      hires: db.prepare('SELECT name FROM hires ORDER BY name').all() as { name: string }[],
    };
  } finally {
    db.close();
  }
}

function backups(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, BACKUP_FOLDER)).filter((name) => name.startsWith(PRE_MIGRATION_PREFIX));
  } catch {
    return [];
  }
}

async function seedHire(dataDir: string, migrations: Migration[], name = 'Grace Hopper') {
  const core = await openCore({ dataDir, migrations });
  valueOf(
    await core.call('hires.create', {
      name,
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2026-01-05',
    }),
  );
  core.close();
}

describe('migrations', () => {
  it('apply every bundled migration to a new database, with the settings the app relies on', async () => {
    const dataDir = freshDir();
    const core = await openCore({ dataDir });
    core.close();
    const db = new Database(join(dataDir, DATABASE_FILE));
    expect(db.pragma('user_version', { simple: true })).toBe(real.at(-1)?.version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    expect(backups(dataDir)).toEqual([]);
  });

  it('opens with foreign keys on and synchronous=FULL', async () => {
    const { openDatabase } = await import('../../src/main/core/db/connection');
    const dataDir = freshDir();
    const db = openDatabase(join(dataDir, 'x.db'));
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('re-run as a no-op: nothing pending, no backup, data untouched', async () => {
    const dataDir = freshDir();
    await seedHire(dataDir, real);
    const before = inspect(dataDir);
    const core = await openCore({ dataDir });
    core.close();
    expect(inspect(dataDir)).toEqual(before);
    expect(backups(dataDir)).toEqual([]);
  });

  it('a failing migration leaves the database and its version unchanged', async () => {
    const dataDir = freshDir();
    await seedHire(dataDir, real);
    const before = inspect(dataDir);
    const broken = [
      ...real,
      extra(real.length + 1, 'CREATE TABLE notes_for_later (id TEXT PRIMARY KEY);'),
      extra(real.length + 2, 'ALTER TABLE no_such_table ADD COLUMN x TEXT;'),
    ];
    await expect(openCore({ dataDir, migrations: broken })).rejects.toThrow(
      new RegExp(`Migration ${real.length + 2} \\(extra_${real.length + 2}\\) failed`),
    );
    const after = inspect(dataDir);
    expect(after).toEqual(before);
    expect(after.tables).not.toContain('notes_for_later');
  });

  it('refuses a database written by a newer version and leaves it as it was', async () => {
    const dataDir = freshDir();
    await seedHire(dataDir, real);
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.pragma('user_version = 99');
    db.close();
    const attempt = openCore({ dataDir });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseTooNewError);
    await expect(openCore({ dataDir })).rejects.toThrow(/newer version of Rolebridge.*Nothing was changed/);
    expect(inspect(dataDir).version).toBe(99);
  });

  it('backs an existing database up before migrating it, and the backup opens with the old data', async () => {
    const dataDir = freshDir();
    await seedHire(dataDir, real, 'Katherine Johnson');
    const core = await openCore({
      dataDir,
      migrations: [...real, extra(real.length + 1, 'CREATE TABLE later (id TEXT PRIMARY KEY);')],
    });
    core.close();
    const files = backups(dataDir);
    expect(files).toHaveLength(1);
    const backup = new Database(join(dataDir, BACKUP_FOLDER, files[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(real.length);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(backup.prepare('SELECT name FROM hires').all()).toEqual([{ name: 'Katherine Johnson' }]);
    backup.close();
    expect(inspect(dataDir).version).toBe(real.length + 1);
  });

  it('keeps only the five newest pre-migration backups', async () => {
    const dataDir = freshDir();
    await seedHire(dataDir, real);
    const migrations = [...real];
    for (let step = 1; step <= 7; step += 1) {
      migrations.push(extra(real.length + step, `CREATE TABLE t${step} (id INTEGER PRIMARY KEY);`));
      const core = await openCore({ dataDir, migrations });
      core.close();
    }
    expect(backups(dataDir)).toHaveLength(5);
  });

  it('refuses migration files with gaps, repeats or odd names', () => {
    expect(() => parseMigrations({ 'm/0001_a.sql': '', 'm/0003_c.sql': '' })).toThrow(
      /without gaps or repeats/,
    );
    expect(() => parseMigrations({ 'm/0001_a.sql': '', 'x/0001_b.sql': '' })).toThrow(
      /without gaps or repeats/,
    );
    expect(() => parseMigrations({ 'm/1_a.sql': '' })).toThrow(/NNNN_description\.sql/);
    expect(parseMigrations({ 'm/0002_b.sql': 'B', 'm/0001_a.sql': 'A' }).map((m) => m.name)).toEqual([
      'a',
      'b',
    ]);
  });

  it('the hires list queries use an index', async () => {
    const dataDir = freshDir();
    (await openCore({ dataDir })).close();
    const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const plan = (sql: string, ...args: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
        .map((row) => row.detail)
        .join(' | ');
    expect(
      plan(
        "SELECT * FROM hires WHERE status = ? AND name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE, id",
        'active',
        '%a%',
      ),
    ).toMatch(/USING INDEX hires_status_name/);
    expect(plan('SELECT * FROM hires WHERE id = ?', 'x')).toMatch(/USING INDEX sqlite_autoindex_hires_1/);
    db.close();
  });
});

describe('migration 0004 (check-ins) on a database filled at version 3', () => {
  it('schedules the one-on-ones of every current plan', async () => {
    const dataDir = freshDir();
    const before = await openCore({ dataDir });
    const hire = valueOf(
      await before.call('hires.create', {
        name: 'Ada',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    const plan = valueOf(await before.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }));
    before.close();
    // Take the database back to version 3: everything migrations 0004 onwards added goes.
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.exec(
      'ALTER TABLE plan_activities DROP COLUMN move_purpose; ALTER TABLE plan_activities DROP COLUMN check_in_topic; ALTER TABLE plan_check_ins DROP COLUMN topics;' +
        'DROP TABLE check_in_drafts; DROP TABLE action_items; DROP TABLE check_in_pulses; DROP TABLE check_ins; DROP TABLE settings;' +
        'DROP INDEX plan_goals_phase; DROP INDEX plan_activities_goal; DROP INDEX assessments_corrects; DROP INDEX assessments_corrected_by; DROP TABLE sample_hires; DROP INDEX plans_assessment; DROP TABLE hire_summaries; DROP TABLE hire_leave; DROP INDEX assessment_ratings_competency;' +
        'DROP TABLE hire_topics; DROP TABLE evidence_entries; DROP TABLE hire_packets; DROP INDEX hires_active_by_name;' +
        'DROP TABLE cancelled_check_ins; DROP TABLE check_in_exports;',
    );
    for (const { name } of db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
      .all())
      db.exec(`DROP TRIGGER ${name}`);
    db.exec('ALTER TABLE hires DROP COLUMN version');
    db.pragma('user_version = 3');
    db.close();

    const after = await openCore({ dataDir });
    const scheduled = valueOf(await after.call('checkIns.schedule', { hireId: hire.id }));
    expect(scheduled.map((c) => c.scheduledOn)).toEqual(plan.checkIns.map((c) => c.date));
    expect(
      scheduled.every((c) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(c.id),
      ),
    ).toBe(true);
    expect(scheduled[0]?.focusCompetencyIds).toEqual(plan.checkIns[0]?.focusCompetencyIds);
    after.close();
  });
});
