// The whole-database crash test's child process: repeats one long operation (back up now, import a
// data file, or restore a backup) on a large database, with a service write between rounds, and
// prints a line for each only after the core has answered. The parent kills it with SIGKILL at a
// chosen moment. Usage: node operations.js DATA_DIR backup|import|restore RUN [BACKUP_FILE]
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { openCore } from '../../src/main/core';
import type { DataFile } from '../../src/shared/data/schema';

const [dataDir, mode, run = '0', restoreFrom = ''] = process.argv.slice(2);
if (!dataDir || !['backup', 'import', 'restore'].includes(mode ?? '')) {
  throw new Error('Usage: operations.js DATA_DIR backup|import|restore RUN [BACKUP_FILE]');
}

function say(...parts: string[]): void {
  // Synchronous, so the line is out before the next operation starts.
  writeSync(1, `${parts.join(' ')}\n`);
}

function value<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const core = await openCore({ dataDir, dailyBackups: false, backgroundCheck: false });
if (core.recovery) throw new Error(`The database opened in recovery: ${core.recovery.reason}`);

/** An import file: the first 1,000 hires again (rewritten in place) and three new ones. */
function importFile(base: DataFile, round: number): { file: DataFile; newIds: string[] } {
  const hires = base.tables.hires ?? [];
  const template = hires[0];
  if (!template) throw new Error('The database has no hires to import again');
  const newIds = [1, 2, 3].map(() => randomUUID());
  const added = newIds.map((id, n) => ({ ...template, id, name: `Imported ${run}-${round}-${n}` }));
  return { file: { ...base, tables: { hires: [...hires.slice(0, 1000), ...added] } }, newIds };
}

const base = mode === 'import' ? value(await core.call('data.export', {})).file : null;
say('ready');
for (let round = 1; ; round += 1) {
  const hire = value(
    await core.call('hires.create', {
      name: `Run ${run}-${round}`,
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  );
  say('hire', hire.id);
  if (mode === 'backup') {
    const entry = value(await core.call('backups.create', {}));
    say('backup', entry.fileName);
  } else if (mode === 'import' && base) {
    const { file, newIds } = importFile(base, round);
    say('importing');
    const result = value(await core.call('data.import', { file, mode: 'merge' }));
    say('imported', result.backup?.fileName ?? '-', ...newIds);
  } else {
    say('restoring');
    const result = value(await core.call('backups.restore', { fileName: restoreFrom }));
    say('restored', result.safetyBackup?.fileName ?? '-');
  }
}
