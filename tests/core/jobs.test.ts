// Long operations report progress and can be stopped while stopping changes nothing: back up now,
// restore a backup, import a data file.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FOLDER, DATABASE_FILE, type Core } from '../../src/main/core';
import { openDatabase } from '../../src/main/core/db/connection';
import { SAFETY_BACKUPS_KEPT } from '../../src/main/core/backups/service';
import { createWholeDatabaseGuard } from '../../src/main/core/jobs';
import type { JobProgress } from '../../src/shared/jobs/schema';
import { addHire, hireNames, openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>> | undefined;
afterEach(() => {
  env?.cleanup();
  env = undefined;
});

/** What the core reported, and a stop to ask when a report matches. */
interface Watch {
  seen: JobProgress[];
  stopWhen?: (progress: JobProgress) => boolean;
  answers: unknown[];
}

/**
 * A core whose database holds about 2 MB (500 pages) beyond its hires, so copying it takes several
 * steps, and which asks `jobs.cancel` from inside the progress report that matches `stopWhen`.
 */
async function openWatched(): Promise<{ core: Core; watch: Watch; dataDir: string }> {
  const watch: Watch = { seen: [], answers: [] };
  const opened: { core?: Core } = {};
  env = await openTempCore({
    dailyBackups: false,
    onJobProgress: (progress) => {
      watch.seen.push(progress);
      const { core } = opened;
      if (core && watch.stopWhen?.(progress)) {
        watch.stopWhen = undefined;
        // The dispatcher runs the cancel synchronously, so it lands during this very step.
        void core.call('jobs.cancel', { jobId: progress.jobId }).then((r) => watch.answers.push(r));
      }
    },
  });
  env.core.close();
  const raw = openDatabase(join(env.dataDir, DATABASE_FILE));
  raw.exec('CREATE TABLE bench_filler (body TEXT)');
  const insert = raw.prepare('INSERT INTO bench_filler VALUES (?)');
  for (let i = 0; i < 500; i += 1) insert.run(`${i}`.padEnd(4000, 'x'));
  raw.close();
  const core = await env.reopen();
  opened.core = core;
  return { core, watch, dataDir: env.dataDir };
}

const backupFiles = (dataDir: string) =>
  existsSync(join(dataDir, BACKUP_FOLDER)) ? readdirSync(join(dataDir, BACKUP_FOLDER)).sort() : [];

describe('long operations', () => {
  it('back up now reports pages copied and finishes', async () => {
    const { core, watch } = await openWatched();
    const entry = valueOf(await core.call('backups.create', { jobId: 'backup-0001' }));
    const copying = watch.seen.filter((p) => p.jobId === 'backup-0001' && p.step === 'Copying your data');
    expect(copying.length).toBeGreaterThan(3);
    const last = copying.at(-1);
    expect(last?.total).toBeGreaterThan(500);
    expect(last?.done).toBe(last?.total);
    expect(copying.map((p) => p.done)).toEqual([...copying.map((p) => p.done)].sort((a, b) => a - b));
    expect(valueOf(await core.call('jobs.progress', { jobId: 'backup-0001' }))).toMatchObject({
      state: 'finished',
      cancellable: false,
    });
    expect(valueOf(await core.call('jobs.cancel', { jobId: 'backup-0001' }))).toEqual({
      cancelled: false,
      message: 'It has already finished.',
    });
    expect(valueOf(await core.call('backups.list', {})).backups.map((b) => b.fileName)).toContain(
      entry.fileName,
    );
  });

  it('back up now stopped half-way keeps no file', async () => {
    const { core, watch, dataDir } = await openWatched();
    const before = backupFiles(dataDir);
    watch.stopWhen = (p) => p.step === 'Copying your data' && p.done > 0 && p.done < p.total;
    const result = await core.call('backups.create', { jobId: 'backup-0002' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(watch.answers).toEqual([
      { ok: true, value: { cancelled: true, message: 'Stopping; nothing will be changed.' } },
    ]);
    expect(backupFiles(dataDir)).toEqual(before);
    expect(valueOf(await core.call('jobs.progress', { jobId: 'backup-0002' }))?.state).toBe('cancelled');
  });

  describe('restore', () => {
    async function withBackup() {
      const opened = await openWatched();
      await addHire(opened.core, 'In the backup');
      const backup = valueOf(await opened.core.call('backups.create', {}));
      await addHire(opened.core, 'Added after');
      // As many earlier safety backups as are kept: a restore that goes ahead drops the oldest.
      const folder = join(opened.dataDir, BACKUP_FOLDER);
      for (let day = 1; day <= SAFETY_BACKUPS_KEPT; day += 1)
        copyFileSync(
          join(folder, backup.fileName),
          join(folder, `pre-restore-202601${String(day).padStart(2, '0')}T000000Z.db`),
        );
      return { ...opened, backup };
    }

    const stopPoints: [string, (p: JobProgress) => boolean][] = [
      ['while checking the backup', (p) => p.step === 'Checking the backup'],
      ['while backing up the current data', (p) => p.step === 'Backing up your current data'],
      [
        'once the current data is backed up',
        (p) => p.step === 'Backing up your current data' && p.total > 0 && p.done === p.total,
      ],
    ];
    for (const [when, stopWhen] of stopPoints) {
      it(`stopped ${when} changes nothing`, async () => {
        const { core, watch, dataDir, backup } = await withBackup();
        const before = backupFiles(dataDir);
        watch.stopWhen = stopWhen;
        const result = await core.call('backups.restore', { fileName: backup.fileName, jobId: 'restore-01' });
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'CANCELLED', message: 'Stopped; nothing was changed.' },
        });
        expect(await hireNames(core)).toEqual(['Added after', 'In the backup']);
        expect(backupFiles(dataDir)).toEqual(before); // no safety backup left behind
        const steps = [...new Set(watch.seen.filter((p) => p.jobId === 'restore-01').map((p) => p.step))];
        expect(steps).not.toContain('Copying the backup in');
      });
    }

    it('cannot be stopped once the backup is being copied in, and says so', async () => {
      const { core, watch, backup, dataDir } = await withBackup();
      watch.stopWhen = (p) => p.step === 'Copying the backup in';
      const restored = valueOf(
        await core.call('backups.restore', { fileName: backup.fileName, jobId: 'restore-02' }),
      );
      expect(restored.restored.fileName).toBe(backup.fileName);
      expect(watch.answers).toEqual([
        {
          ok: true,
          value: {
            cancelled: false,
            message: 'It can no longer be stopped safely (copying the backup in).',
          },
        },
      ]);
      expect(await hireNames(core)).toEqual(['In the backup']);
      const safety = backupFiles(dataDir).filter((name) => name.startsWith('pre-restore-'));
      expect(safety).toHaveLength(SAFETY_BACKUPS_KEPT);
      expect(safety).not.toContain('pre-restore-20260101T000000Z.db');
      expect(safety).toContain(restored.safetyBackup?.fileName);
      const steps = [...new Set(watch.seen.filter((p) => p.jobId === 'restore-02').map((p) => p.step))];
      expect(steps).toEqual([
        'Checking the backup',
        'Backing up your current data',
        'Copying the backup in',
        'Checking the restored data',
        'Bringing it up to this version',
      ]);
    });
  });

  describe('import', () => {
    it('stopped while backing up the current data changes nothing', async () => {
      const { core, watch, dataDir } = await openWatched();
      await addHire(core, 'Already here');
      const { file } = valueOf(await core.call('data.export', {}));
      await addHire(core, 'Added after the export');
      const hires = (file.tables.hires ?? []).map((row) => ({
        ...row,
        name: `${String(row.name)} (renamed)`,
      }));
      const before = backupFiles(dataDir);
      watch.stopWhen = (p) => p.step === 'Backing up your current data' && p.done > 0;
      const result = await core.call('data.import', {
        file: { ...file, tables: { ...file.tables, hires } },
        mode: 'merge',
        jobId: 'import-0001',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
      expect(await hireNames(core)).toEqual(['Added after the export', 'Already here']);
      expect(backupFiles(dataDir)).toEqual(before);
    });

    it('cannot be stopped once rows are being written', async () => {
      const { core, watch } = await openWatched();
      await addHire(core, 'Already here');
      const { file } = valueOf(await core.call('data.export', {}));
      const hires = (file.tables.hires ?? []).map((row) => ({ ...row, name: 'Renamed' }));
      watch.stopWhen = (p) => p.step.startsWith('Writing');
      const imported = valueOf(
        await core.call('data.import', {
          file: { ...file, tables: { ...file.tables, hires } },
          mode: 'merge',
          jobId: 'import-0002',
        }),
      );
      expect(imported.backup).not.toBeNull();
      expect(watch.answers).toMatchObject([{ ok: true, value: { cancelled: false } }]);
      expect(await hireNames(core)).toEqual(['Renamed']);
    });
  });

  it('refuses a bad or busy job id, and answers null for one it does not know', async () => {
    const { core } = await openWatched();
    expect(await core.call('backups.create', { jobId: 'no' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ field: 'jobId' }] },
    });
    expect(await core.call('jobs.cancel', { jobId: 'bad id!' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ field: 'jobId' }] },
    });
    expect(valueOf(await core.call('jobs.progress', { jobId: 'never-started' }))).toBeNull();
    expect(valueOf(await core.call('jobs.cancel', { jobId: 'never-started' }))).toEqual({
      cancelled: false,
      message: 'No operation is running under that id.',
    });
    const [first, second] = await Promise.all([
      core.call('backups.create', { jobId: 'same-0001' }),
      core.call('backups.create', { jobId: 'same-0001' }),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [{ field: 'jobId' }] } });
  });
});

describe('backups, imports and restores that would overlap', () => {
  it('refuse the later one with CONFLICT, let a backup and an import run together, and free up when each ends', async () => {
    const guard = createWholeDatabaseGuard();
    const backup = guard.start('backup');
    expect(() => guard.start('backup')).toThrow(
      /^A backup is already running; try again once it has finished\.$/,
    );
    expect(() => guard.start('restore')).toThrow(/^A backup is already running/);
    const importing = guard.start('import');
    expect(() => guard.start('import')).toThrow(/^An import is already running/);
    backup();
    backup(); // a second finish changes nothing
    expect(() => guard.start('restore')).toThrow(/^An import is already running/);
    importing();
    expect(guard.busy('backup')).toBe(false);
    const failing = guard.run('restore', () => Promise.reject(new Error('copy failed')));
    expect(guard.busy('backup')).toBe(true);
    await expect(guard.run('import', async () => 'never')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/^A restore is already running/),
    });
    await expect(failing).rejects.toThrow('copy failed');
    expect(await guard.run('backup', async () => 'taken')).toBe('taken');
  });
});
