// bench/pdf: time to render one coaching plan as PDF (warm; target at most 300 ms) and 50 plans.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../src/main/core';
import { median, report, type Figure } from './report';

// As in the app (src/main/electron/index.ts, scripts/web.mjs): React's production build renders the PDF.
process.env.NODE_ENV ??= 'production';
const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-bench-pdf-'));
const core = await openCore({ dataDir });
const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const froms = ['project-manager', 'product-owner', 'software-engineer', 'ux-designer', 'business-analyst'];
const hires: string[] = [];
for (let i = 0; i < 50; i += 1) {
  const hire = ok(
    await core.call('hires.create', {
      name: `Łukasz Żółć ${i}`,
      currentRoleId: froms[i % froms.length] as string,
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  );
  ok(await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }));
  hires.push(hire.id);
}
const options = { paper: 'A4' as const, includeCheckIns: true, includePrivateNotes: false };
const exportOne = async (hireId: string) => ok(await core.call('pdf.plan', { hireId, ...options }));

const first = performance.now();
await exportOne(hires[0] as string);
const cold = performance.now() - first;
for (let i = 0; i < 3; i += 1) await exportOne(hires[froms.length * i] as string); // one transition

// Text is shaped once per word and kept (src/main/core/pdf/shaping-cache.ts), so this is the plan
// whose role library text, phases and expectations have not been printed yet in this run.
const unseen: number[] = [];
for (let i = 1; i < froms.length; i += 1) {
  const started = performance.now();
  await exportOne(hires[i] as string);
  unseen.push(performance.now() - started);
}

const warm: number[] = [];
for (let i = 0; i < 15; i += 1) {
  const started = performance.now();
  await exportOne(hires[i % hires.length] as string);
  warm.push(performance.now() - started);
}
const started = performance.now();
let bytes = 0;
for (const hireId of hires) bytes += (await exportOne(hireId)).base64.length * 0.75;
const fifty = performance.now() - started;

const figures: Figure[] = [
  { name: 'first plan (cold: fonts load)', value: cold, unit: 'ms' },
  { name: 'one plan, warm, median', value: median(warm), unit: 'ms', target: 300 },
  {
    name: 'first plan of another transition, median',
    value: median(unseen),
    unit: 'ms',
    target: 300,
  },
  { name: '50 plans, total', value: fifty, unit: 'ms' },
  { name: '50 plans, average size', value: bytes / hires.length / 1024, unit: 'KB' },
];
core.close();
rmSync(dataDir, { recursive: true, force: true });
process.exitCode = report('Plan PDF (pdf.plan through openCore)', figures) ? 0 : 1;
