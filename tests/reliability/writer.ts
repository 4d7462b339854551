// The crash test's child process: performs service writes through the core, one after another,
// and prints a line for each only after the core has answered that it committed. The parent kills
// it with SIGKILL at a random moment. Usage: node writer.js DATA_DIR SEED
import { writeSync } from 'node:fs';
import { openCore } from '../../src/main/core';

const [dataDir, seed = '0'] = process.argv.slice(2);
if (!dataDir) throw new Error('Usage: writer.js DATA_DIR SEED');

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function committed(...parts: string[]): void {
  // Synchronous, so the line is out before the next write starts.
  writeSync(1, `${parts.join(' ')}\n`);
}

function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const core = await openCore({ dataDir, dailyBackups: false });
committed('ready');
const date = today();
for (let n = 1; ; n += 1) {
  const hire = value(
    await core.call('hires.create', {
      name: `Crash ${seed}-${n}`,
      currentRoleId: n % 2 === 0 ? 'project-manager' : 'product-owner',
      targetRoleId: 'product-manager',
      startDate: date,
    }),
  );
  committed('hire', hire.id);
  const assessment = value(
    await core.call('assessments.create', {
      hireId: hire.id,
      assessedOn: date,
      assessor: 'manager',
      ratings: [
        { competencyId: 'customer-discovery', level: n % 3 },
        { competencyId: 'vision-roadmap', level: 1 },
      ],
    }),
  );
  committed('assessment', assessment.id);
  const plan = value(await core.call('plans.create', { hireId: hire.id, startDate: date }));
  committed('plan', plan.id);
  const [first] = value(await core.call('checkIns.schedule', { hireId: hire.id }));
  if (first) {
    const held = value(
      await core.call('checkIns.complete', {
        id: first.id,
        heldOn: date,
        sharedNotes: `Notes ${n}`,
        privateNotes: '',
        pulses: [{ competencyId: 'customer-discovery', confidence: 3 }],
        newActionItems: [{ text: `Action ${n}`, owner: 'hire' }],
        closeActionItems: [],
        completeActivities: [],
        nextDate: null,
      }),
    );
    committed('checkin', held.id);
  }
  const notes = `Updated ${n}`;
  value(await core.call('hires.update', { id: hire.id, notes }));
  committed('notes', hire.id, notes.replace(' ', '_'));
}
