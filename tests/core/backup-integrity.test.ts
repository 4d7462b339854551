// A backup cut off part-way is never listed or restored; leftovers of one are cleaned up at start;
// restore checks a backup fully first; backups and imports started together never collide; and a
// database file found empty beside backups opens the recovery screen instead of an empty app.
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, DATABASE_FILE, openCore, type Core, type CoreOptions } from '../../src/main/core';
import { openDatabase } from '../../src/main/core/db/connection';
import { backupDatabase, listBackups } from '../../src/main/core/db/backup';
import { addHire, hireNames, tempDir, valueOf } from '../support/temp-core';

const dirs: { remove(): void }[] = [];
const cores: Core[] = [];
afterEach(async () => {
  const closing = cores.splice(0);
  closing.forEach((core) => core.close());
  await Promise.all(closing.map((core) => core.startupCheck));
  dirs.splice(0).forEach((dir) => dir.remove());
});

async function open(dataDir?: string, options: Partial<CoreOptions> = {}) {
  let dir = dataDir;
  if (!dir) {
    const made = tempDir();
    dirs.push(made);
    dir = made.path;
  }
  const core = await openCore({ dataDir: dir, dailyBackups: false, ...options });
  cores.push(core);
  return { core, dataDir: dir, folder: join(dir, BACKUP_FOLDER) };
}

/** About 2 MB beyond the hires, so a copy takes several steps of 100 pages. */
function addFiller(dataDir: string): void {
  const raw = openDatabase(join(dataDir, DATABASE_FILE));
  raw.exec('CREATE TABLE IF NOT EXISTS bench_filler (body TEXT)');
  const insert = raw.prepare('INSERT INTO bench_filler VALUES (?)');
  raw.transaction(() => {
    for (let i = 0; i < 500; i += 1) insert.run(`${i}`.padEnd(4000, 'x'));
  })();
  raw.close();
}

const refusedFileName = {
  ok: false,
  error: {
    code: 'VALIDATION',
    issues: [{ field: 'fileName', message: expect.stringMatching(/Nothing was changed/) }],
  },
};

describe('backups that were cut off', () => {
  it('are never listed, and restore refuses an empty, partial or foreign file naming fileName', async () => {
    const { core, folder } = await open();
    await addHire(core, 'Grace Hopper');
    const whole = valueOf(await core.call('backups.create', {}));
    const wholeFile = join(folder, whole.fileName);
    // What a kill left before: an empty copy with its journal, and copies cut at 40% and one byte short.
    writeFileSync(join(folder, 'manual-20200101T000000Z.db'), '');
    writeFileSync(join(folder, 'manual-20200101T000000Z.db-journal'), 'x'.repeat(512));
    copyFileSync(wholeFile, join(folder, 'manual-20200102T000000Z.db'));
    truncateSync(join(folder, 'manual-20200102T000000Z.db'), Math.floor(statSync(wholeFile).size * 0.4));
    copyFileSync(wholeFile, join(folder, 'daily-20200103T000000Z.db'));
    truncateSync(join(folder, 'daily-20200103T000000Z.db'), statSync(wholeFile).size - 1);
    writeFileSync(join(folder, 'pre-import-20200104T000000Z.db'), 'SQLite format 3\0');
    // A whole SQLite database that is not Rolebridge's, and a Rolebridge one from a newer version.
    const foreign = new Database(join(folder, 'manual-20200105T000000Z.db'));
    foreign.exec("CREATE TABLE shopping (item TEXT); INSERT INTO shopping VALUES ('milk')");
    foreign.close();
    const emptied = new Database(join(folder, 'manual-20200106T000000Z.db'));
    emptied.pragma('user_version = 7');
    emptied.exec('CREATE TABLE hires (id TEXT)');
    emptied.close();
    copyFileSync(wholeFile, join(folder, 'manual-20200107T000000Z.db'));
    const newer = new Database(join(folder, 'manual-20200107T000000Z.db'));
    newer.pragma('user_version = 999');
    newer.close();

    const listed = valueOf(await core.call('backups.list', {})).backups.map((b) => b.fileName);
    expect(listed).not.toContain('manual-20200101T000000Z.db');
    expect(listed).not.toContain('manual-20200102T000000Z.db');
    expect(listed).not.toContain('daily-20200103T000000Z.db');
    expect(listed).not.toContain('pre-import-20200104T000000Z.db');
    expect(listed).toContain(whole.fileName);

    const reasons: Record<string, RegExp> = {
      'manual-20200101T000000Z.db': /empty/,
      'manual-20200102T000000Z.db': /cut off/,
      'daily-20200103T000000Z.db': /cut off/,
      'pre-import-20200104T000000Z.db': /shorter than a database header/,
      'manual-20200105T000000Z.db': /not a Rolebridge database/,
      'manual-20200106T000000Z.db': /not a Rolebridge database/,
      'manual-20200107T000000Z.db': /newer version/,
    };
    for (const [fileName, reason] of Object.entries(reasons)) {
      const result = await core.call('backups.restore', { fileName });
      expect(result, fileName).toMatchObject(refusedFileName);
      expect(!result.ok && result.error.message, fileName).toMatch(reason);
    }
    expect(await hireNames(core)).toEqual(['Grace Hopper']);
    // Nothing was replaced, so no safety copy was taken either.
    expect(listBackups(folder, 'pre-restore')).toEqual([]);
  });

  it('is written under a temporary name and appears only once whole', async () => {
    const made = tempDir();
    dirs.push(made);
    const seenDuringCopy: string[][] = [];
    const listedDuringCopy: string[][] = [];
    const first = await open(made.path);
    await addHire(first.core, 'Grace Hopper');
    first.core.close();
    addFiller(made.path);
    const { core, folder } = await open(made.path, {
      onJobProgress: (progress) => {
        if (progress.step !== 'Copying your data' || progress.done === 0 || progress.done === progress.total)
          return;
        seenDuringCopy.push(readdirSync(folder));
        listedDuringCopy.push(listBackups(folder).map((b) => b.fileName));
      },
    });
    const entry = valueOf(await core.call('backups.create', {}));
    expect(seenDuringCopy.length).toBeGreaterThan(1);
    for (const names of seenDuringCopy) {
      expect(names).not.toContain(entry.fileName);
      expect(names).toContainEqual(expect.stringMatching(/^manual-.*\.db\.\d+\.partial$/));
    }
    expect(listedDuringCopy.every((names) => names.length === 0)).toBe(true);
    expect(readdirSync(folder)).toEqual([entry.fileName]);
  });

  it('leaves nothing unfinished behind at start: temporary copies and cut-off copies with their journals', async () => {
    const { core, dataDir, folder } = await open();
    await addHire(core, 'Grace Hopper');
    const whole = valueOf(await core.call('backups.create', {}));
    core.close();
    const gone = 2 ** 22 + 12345; // above Linux's pid_max: no process has it
    writeFileSync(join(folder, `manual-20200101T000000Z.db.${gone}.partial`), 'SQLite format 3\0'.repeat(10));
    writeFileSync(join(folder, `manual-20200101T000000Z.db.${gone}.partial-journal`), 'j');
    writeFileSync(join(folder, `daily-20200102T000000Z.db.${process.pid}.partial`), '');
    writeFileSync(join(folder, 'manual-20200103T000000Z.db'), '');
    writeFileSync(join(folder, 'manual-20200103T000000Z.db-journal'), 'j'.repeat(512));
    writeFileSync(join(folder, 'pre-restore-20200104T000000Z.db-journal'), 'j');
    await open(dataDir);
    expect(readdirSync(folder)).toEqual([whole.fileName]);
  });

  it('the recovery screen refuses an empty backup too, and leaves the damaged file as it was', async () => {
    const { core, dataDir, folder } = await open();
    await addHire(core, 'Grace Hopper');
    const whole = valueOf(await core.call('backups.create', {}));
    core.close();
    const file = join(dataDir, DATABASE_FILE);
    writeFileSync(file, 'This is a shopping list, not a database.\n'.repeat(200));
    writeFileSync(join(folder, 'manual-20200101T000000Z.db'), '');
    copyFileSync(join(folder, whole.fileName), join(folder, 'manual-20200102T000000Z.db'));
    truncateSync(join(folder, 'manual-20200102T000000Z.db'), 8192);
    const bytes = readFileSync(file);
    const recovering = await open(dataDir);
    expect(recovering.core.recovery).not.toBeNull();
    for (const fileName of ['manual-20200101T000000Z.db', 'manual-20200102T000000Z.db']) {
      expect(await recovering.core.call('recovery.restore', { fileName }), fileName).toMatchObject(
        refusedFileName,
      );
    }
    expect(recovering.core.recovery).not.toBeNull();
    expect(readFileSync(file).equals(bytes)).toBe(true);
    valueOf(await recovering.core.call('recovery.restore', { fileName: whole.fileName }));
    expect(await hireNames(recovering.core)).toEqual(['Grace Hopper']);
    expect(existsSync(`${file}.restoring`)).toBe(false);
  });
});

describe('backups and imports started together', () => {
  it('give every backup its own name, even in the same second, and never replace one', async () => {
    const { core, dataDir, folder } = await open();
    await addHire(core, 'Grace Hopper');
    core.close();
    const db = openDatabase(join(dataDir, DATABASE_FILE));
    try {
      const at = new Date('2027-03-01T09:00:00Z');
      const taken = await Promise.all(
        Array.from({ length: 10 }, () => backupDatabase(db, folder, 'manual', { now: at })),
      );
      const names = taken.map((entry) => entry.fileName);
      expect(new Set(names).size).toBe(10);
      expect(names).toContain('manual-20270301T090000Z.db');
      expect(names).toContain('manual-20270301T090000Z-10.db');
      expect(
        listBackups(folder)
          .map((b) => b.fileName)
          .sort(),
      ).toEqual([...names].sort());
    } finally {
      db.close();
    }
  });

  it('answers ten "Back up now" and two imports at once with a backup or CONFLICT, never INTERNAL', async () => {
    const made = tempDir();
    dirs.push(made);
    const first = await open(made.path);
    await addHire(first.core, 'Grace Hopper');
    const file = valueOf(await first.core.call('data.export', {})).file;
    first.core.close();
    addFiller(made.path);
    const { core, folder } = await open(made.path);
    const results = await Promise.all([
      ...Array.from({ length: 10 }, () => core.call('backups.create', {})),
      core.call('data.import', { file, mode: 'merge' }),
      core.call('data.import', { file, mode: 'merge' }),
    ]);
    const backups = results.slice(0, 10);
    const imports = results.slice(10);
    for (const result of results) {
      if (!result.ok) expect(result.error.code).toBe('CONFLICT');
    }
    const refusedBackups = backups.filter((r) => !r.ok).map((r) => !r.ok && r.error.message);
    expect(refusedBackups.every((m) => /^A backup is already running/.test(String(m)))).toBe(true);
    expect(imports.filter((r) => r.ok)).toHaveLength(1);
    expect(imports.find((r) => !r.ok)).toMatchObject({
      error: { code: 'CONFLICT', message: expect.stringMatching(/^An import is already running/) },
    });
    const acknowledged = results.flatMap((r) => {
      if (!r.ok) return [];
      const value = r.value as { fileName?: string; backup?: { fileName: string } | null };
      return [value.fileName ?? value.backup?.fileName ?? ''];
    });
    expect(acknowledged.length).toBeGreaterThanOrEqual(2);
    const listed = listBackups(folder).map((b) => b.fileName);
    for (const name of acknowledged) expect(listed).toContain(name);
    for (const name of acknowledged) valueOf(await core.call('backups.restore', { fileName: name }));
    expect(await hireNames(core)).toEqual(['Grace Hopper']);
  });
});

describe('a database file found empty', () => {
  it('opens the recovery screen when backups lie beside it, and is never written to', async () => {
    const { core, dataDir } = await open();
    await addHire(core, 'Grace Hopper');
    valueOf(await core.call('backups.create', {}));
    core.close();
    const file = join(dataDir, DATABASE_FILE);
    writeFileSync(file, '');
    const reopened = await open(dataDir);
    expect(reopened.core.recovery?.reason).toMatch(/empty.*holds 1 backup of your data/);
    expect(
      await reopened.core.call('hires.create', {
        name: 'Ada',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    ).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    reopened.core.close();
    expect(statSync(file).size).toBe(0);
    // Opening again changes nothing either, and restoring a backup brings the data back.
    const again = await open(dataDir);
    expect(again.core.recovery).not.toBeNull();
    const [backup] = valueOf(await again.core.call('backups.list', {})).backups;
    valueOf(await again.core.call('recovery.restore', { fileName: backup?.fileName ?? '' }));
    expect(await hireNames(again.core)).toEqual(['Grace Hopper']);
  });

  it('opens the recovery screen for a file shorter than a header, backups or not', async () => {
    const made = tempDir();
    dirs.push(made);
    writeFileSync(join(made.path, DATABASE_FILE), 'SQLite format 3\0');
    const { core } = await open(made.path);
    expect(core.recovery?.reason).toMatch(/shorter than a database header/);
  });

  it('starts fresh when nothing lies beside it: there is no data to lose', async () => {
    const made = tempDir();
    dirs.push(made);
    writeFileSync(join(made.path, DATABASE_FILE), '');
    const { core } = await open(made.path);
    expect(core.recovery).toBeNull();
    await addHire(core, 'Grace Hopper');
    expect(await hireNames(core)).toEqual(['Grace Hopper']);
  });
});
