import {
  existsSync,
  readdirSync,
  readFileSync,
  truncateSync,
  writeFileSync,
  statSync,
  openSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, DATABASE_FILE, openCore, type Core, type CoreOptions } from '../../src/main/core';
import type { JobProgress } from '../../src/shared/jobs/schema';
import { openDatabase } from '../../src/main/core/db/connection';
import { createBackupService } from '../../src/main/core/backups/service';
import { bundledMigrations } from '../../src/main/core/db/migrations';
import { addHire, hireNames, tempDir, valueOf } from '../support/temp-core';

const dirs: { path: string; remove(): void }[] = [];
const cores: Core[] = [];
afterEach(async () => {
  const closing = cores.splice(0);
  closing.forEach((core) => core.close());
  await Promise.all(closing.map((core) => core.startupCheck));
  dirs.splice(0).forEach((dir) => dir.remove());
});

async function open(
  dataDir?: string,
  options: Parameters<typeof openCore>[0] extends infer O ? Partial<O> : never = {},
) {
  let dir = dataDir;
  if (!dir) {
    const made = tempDir();
    dirs.push(made);
    dir = made.path;
  }
  const core = await openCore({ dataDir: dir, dailyBackups: false, ...options });
  cores.push(core);
  return { core, dataDir: dir };
}

describe('backups', () => {
  it('backs up now into the folder Settings shows, as a database that opens and verifies', async () => {
    const { core, dataDir } = await open();
    await addHire(core, 'Grace Hopper');
    const entry = valueOf(await core.call('backups.create', {}));
    expect(entry).toMatchObject({
      kind: 'manual',
      fileName: expect.stringMatching(/^manual-\d{8}T\d{6}Z\.db$/),
    });
    expect(entry.bytes).toBeGreaterThan(0);
    const list = valueOf(await core.call('backups.list', {}));
    expect(list.folder).toBe(join(dataDir, BACKUP_FOLDER));
    expect(list.backups.map((b) => b.fileName)).toEqual([entry.fileName]);
    const copy = openDatabase(join(list.folder, entry.fileName), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT name FROM hires').pluck().all()).toEqual(['Grace Hopper']);
    copy.close();
  });

  it('restores a backup after backing up the current data, and verifies it', async () => {
    const { core } = await open();
    await addHire(core, 'Grace Hopper');
    const backup = valueOf(await core.call('backups.create', {}));
    await addHire(core, 'Ada Lovelace');
    const result = valueOf(await core.call('backups.restore', { fileName: backup.fileName }));
    expect(await hireNames(core)).toEqual(['Grace Hopper']);
    expect(result.safetyBackup?.kind).toBe('pre-restore');
    // The data as it was before the restore is kept, and can itself be restored.
    valueOf(await core.call('backups.restore', { fileName: result.safetyBackup?.fileName ?? '' }));
    expect(await hireNames(core)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    // The app keeps writing normally afterwards.
    await addHire(core, 'Alan Turing');
    expect(await hireNames(core)).toHaveLength(3);
  });

  it('brings back the roles and the dashboard of the backup, not the ones in memory before it', async () => {
    const { core } = await open();
    const roleNames = async () => valueOf(await core.call('roles.list', {})).map((r) => r.name);
    await addHire(core, 'Grace Hopper');
    await roleNames(); // the framework is now read and kept in memory
    valueOf(await core.call('progress.dashboard', {}));
    const backup = valueOf(await core.call('backups.create', {}));
    valueOf(await core.call('roles.clone', { id: 'product-owner', name: 'Data Product Owner' }));
    await addHire(core, 'Ada Lovelace');
    const file = valueOf(await core.call('data.export', {})).file;
    expect(await roleNames()).toContain('Data Product Owner');
    expect(valueOf(await core.call('progress.dashboard', {})).rows).toHaveLength(2);

    valueOf(await core.call('backups.restore', { fileName: backup.fileName }));
    expect(await roleNames()).not.toContain('Data Product Owner');
    expect(valueOf(await core.call('progress.dashboard', {})).rows.map((r) => r.name)).toEqual([
      'Grace Hopper',
    ]);

    // A data file that adds a role shows it at once.
    valueOf(await core.call('data.import', { file, mode: 'merge' }));
    expect(await roleNames()).toContain('Data Product Owner');
  });

  it('refuses names that are not backups, missing backups and damaged backups, changing nothing', async () => {
    const { core } = await open();
    await addHire(core, 'Grace Hopper');
    const list = valueOf(await core.call('backups.list', {}));
    for (const fileName of [
      '../rolebridge.db',
      '/etc/passwd',
      'manual-2027.db',
      'pre-restore-20270101T000000Z.sqlite',
    ]) {
      expect(await core.call('backups.restore', { fileName }), fileName).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ field: 'fileName' }] },
      });
    }
    expect(await core.call('backups.restore', { fileName: 'manual-20200101T000000Z.db' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    writeFileSync(join(list.folder, 'manual-20200101T000000Z.db'), 'not a database at all '.repeat(400));
    expect(await core.call('backups.restore', { fileName: 'manual-20200101T000000Z.db' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ field: 'fileName' }] },
    });
    expect(await hireNames(core)).toEqual(['Grace Hopper']);
  });

  it('takes one automatic backup a day and prunes by the retention rule', async () => {
    const { core, dataDir } = await open();
    await addHire(core, 'Grace Hopper');
    core.close();
    let clock = new Date('2027-01-01T08:00:00Z');
    const db = openDatabase(join(dataDir, DATABASE_FILE));
    const service = createBackupService({
      db,
      databaseFile: join(dataDir, DATABASE_FILE),
      folder: join(dataDir, BACKUP_FOLDER),
      migrations: bundledMigrations(),
      now: () => clock,
      open: (file, how) => openDatabase(file, how),
    });
    try {
      expect(await service.daily()).not.toBeNull();
      clock = new Date('2027-01-01T20:00:00Z');
      expect(await service.daily()).toBeNull();
      for (let day = 1; day <= 60; day += 1) {
        clock = new Date(Date.UTC(2027, 0, 1 + day, 9));
        await service.daily();
      }
      const kept = service.list().backups.map((b) => b.createdAt.slice(0, 10));
      // 14 most recent days (2027-02-16 … 2027-03-02) and the newest of January and of February.
      expect(kept).toHaveLength(15);
      expect(kept).toContain('2027-01-31');
      expect(kept[0]).toBe('2027-03-02');
    } finally {
      db.close();
    }
  });

  it('takes the daily backup on its own while the app runs', async () => {
    const { core, dataDir } = await open(undefined, { dailyBackups: { firstAfterMs: 0 } });
    await addHire(core, 'Grace Hopper');
    await expect
      .poll(() => (existsSync(join(dataDir, BACKUP_FOLDER)) ? readdirSync(join(dataDir, BACKUP_FOLDER)) : []))
      .toEqual([expect.stringMatching(/^daily-/)]);
  });
});

describe('start-up checks and recovery', () => {
  it('opens a large healthy database without waiting for the page-by-page check', async () => {
    const { core } = await open();
    await addHire(core, 'Grace Hopper');
    await core.startupCheck;
    expect(core.recovery).toBeNull();
    expect(await hireNames(core)).toEqual(['Grace Hopper']);
  });

  it('switches to recovery when damage is found while the app runs, and writes nothing to the file', async () => {
    const { core, dataDir } = await open();
    for (let i = 0; i < 300; i += 1) await addHire(core, `Hire ${i} ${'y'.repeat(100)}`);
    await core.startupCheck;
    const file = join(dataDir, DATABASE_FILE);
    // Damage the table pages behind the running app's back, as a failing disk would.
    const db = openDatabase(file);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, 4096 * 2);
    closeSync(fd);
    const bytes = readFileSync(file);
    const result = await core.call('hires.list', { status: 'all' });
    expect(result).toMatchObject({ ok: false, error: { code: 'DATABASE_DAMAGED' } });
    expect(core.recovery?.reason).toBeTruthy();
    expect(valueOf(await core.call('app.info', {})).recovery).not.toBeNull();
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  async function damaged(damage: (file: string) => void, options: Partial<CoreOptions> = {}) {
    const { core, dataDir } = await open();
    for (let i = 0; i < 400; i += 1)
      await addHire(core, `Hire ${String(i).padStart(3, '0')} ${'x'.repeat(80)}`);
    valueOf(await core.call('backups.create', {}));
    core.close();
    const file = join(dataDir, DATABASE_FILE);
    expect(existsSync(`${file}-wal`)).toBe(false);
    damage(file);
    const bytes = readFileSync(file);
    const reopened = await openCore({ dataDir, dailyBackups: false, ...options });
    cores.push(reopened);
    // Damage inside the tables is found by the quick_check that runs in the background.
    await reopened.startupCheck;
    return { core: reopened, dataDir, file, bytes };
  }

  const damages: [string, (file: string) => void][] = [
    [
      'not a database',
      (file) => writeFileSync(file, 'This is a shopping list, not a database.\n'.repeat(200)),
    ],
    ['truncated', (file) => truncateSync(file, Math.floor(statSync(file).size / 3))],
    [
      'corrupted',
      (file) => {
        const fd = openSync(file, 'r+');
        // Page 2 onwards: the b-tree pages of the tables.
        writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096);
        closeSync(fd);
      },
    ],
  ];

  for (const [label, damage] of damages) {
    it(`opens a ${label} file in recovery, without overwriting it`, async () => {
      const { core, file, bytes } = await damaged(damage);
      expect(core.recovery).not.toBeNull();
      const info = valueOf(await core.call('app.info', {}));
      expect(info.recovery?.reason).toBeTruthy();
      expect(await core.call('hires.list', {})).toMatchObject({
        ok: false,
        error: { code: 'DATABASE_DAMAGED' },
      });
      expect(valueOf(await core.call('backups.list', {})).backups).toHaveLength(1);
      const readable = valueOf(await core.call('recovery.exportReadable', {}));
      expect(readable.fileName).toMatch(/\.json$/);
      expect(readFileSync(file).equals(bytes)).toBe(true);
    });
  }

  it('restores from a backup in recovery and then runs normally; the damaged file is kept aside', async () => {
    const { core, dataDir, bytes } = await damaged(damages[1]![1]);
    const [backup] = valueOf(await core.call('backups.list', {})).backups;
    valueOf(await core.call('recovery.restore', { fileName: backup?.fileName ?? '' }));
    expect(core.recovery).toBeNull();
    expect(valueOf(await core.call('app.info', {})).recovery).toBeNull();
    expect(await hireNames(core)).toHaveLength(400);
    const aside = readdirSync(dataDir).find((name) => name.startsWith(`${DATABASE_FILE}.damaged-`));
    expect(aside && readFileSync(join(dataDir, aside)).equals(bytes)).toBe(true);
  });

  it('a restore in recovery shows its steps, and stopped while checking the backup changes nothing', async () => {
    const seen: JobProgress[] = [];
    const live: { core?: Core; stopAt?: string } = { stopAt: 'Checking the backup' };
    const { core, file, bytes } = await damaged(damages[1]![1], {
      onJobProgress: (progress) => {
        seen.push(progress);
        if (live.core && progress.step === live.stopAt) {
          live.stopAt = undefined;
          void live.core.call('jobs.cancel', { jobId: progress.jobId });
        }
      },
    });
    live.core = core;
    const [backup] = valueOf(await core.call('backups.list', {})).backups;
    const fileName = backup?.fileName ?? '';
    expect(await core.call('recovery.restore', { fileName, jobId: 'recover-01' })).toMatchObject({
      ok: false,
      error: { code: 'CANCELLED' },
    });
    expect(core.recovery).not.toBeNull();
    expect(readFileSync(file).equals(bytes)).toBe(true);

    valueOf(await core.call('recovery.restore', { fileName, jobId: 'recover-02' }));
    expect(core.recovery).toBeNull();
    expect(await hireNames(core)).toHaveLength(400);
    const second = seen.filter((p) => p.jobId === 'recover-02');
    expect([...new Set(second.map((p) => p.step))]).toEqual([
      'Checking the backup',
      'Copying the backup in',
      'Opening your data',
    ]);
    const copied = second.filter((p) => p.step === 'Copying the backup in').at(-1);
    expect(copied?.total).toBeGreaterThan(0);
    expect(copied?.done).toBe(copied?.total);
    // The job outlives the switch from recovery to normal service.
    expect(valueOf(await core.call('jobs.progress', { jobId: 'recover-02' }))?.state).toBe('finished');
  });

  it('starts empty after moving the damaged file aside', async () => {
    const { core, dataDir } = await damaged(damages[0]![1]);
    const { movedTo } = valueOf(await core.call('recovery.startEmpty', {}));
    expect(existsSync(movedTo)).toBe(true);
    expect(await hireNames(core)).toEqual([]);
    await addHire(core, 'Grace Hopper');
    expect(await hireNames(core)).toEqual(['Grace Hopper']);
    expect(readdirSync(dataDir)).toContain(DATABASE_FILE);
  });

  it('exports what can still be read from a damaged file', async () => {
    const { core } = await damaged(damages[2]![1]);
    const readable = valueOf(await core.call('recovery.exportReadable', {}));
    expect(readable.file.schemaVersion).toBe(bundledMigrations().at(-1)?.version);
    expect(Object.keys(readable.file.tables)).toContain('hires');
    expect(readable.unreadable.length + (readable.file.tables.hires?.length ?? 0)).toBeGreaterThan(0);
  });
});
