// bench/pdf: rendering coaching plans as PDF. Through openCore: the first plan (fonts load), a warm
// plan, the first plan of another transition (words not shaped yet) and 50 plans. Then side by side
// in one run, alternating, on the same plan: pdf.plan over HTTP from the browser mode against
// Chromium printing the open plan page (`page.pdf` with `tagged` and `outline`, so both files carry
// structure), for both audiences; ours must take at most as long as Chromium's, warm.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { openCore } from '../src/main/core';
import { quietChromiumArgs, systemChromium } from '../tests/support/chromium';
import { startWeb } from '../tests/e2e/web-process';
import { median, report, type Figure } from './report';

type Audience = 'hire' | 'manager';
const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const froms = ['project-manager', 'product-owner', 'software-engineer', 'ux-designer', 'business-analyst'];
const options = { locale: 'en-GB', includeCheckIns: true, includePrivateNotes: false };

/** pdf.plan through openCore: cold, warm, another transition, 50 plans. */
async function throughCore(): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-bench-pdf-'));
  const core = await openCore({ dataDir });
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
  const exportOne = async (hireId: string, audience: Audience = 'hire') =>
    ok(await core.call('pdf.plan', { hireId, audience, ...options }));
  const timed = async (run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    return performance.now() - started;
  };
  const cold = await timed(() => exportOne(hires[0] as string));
  for (let i = 0; i < 3; i += 1)
    await exportOne(hires[froms.length * i] as string, i % 2 ? 'manager' : 'hire');
  // Words are shaped once and kept (shaping-cache.ts): this plan's role library text is new.
  const unseen: number[] = [];
  for (let i = 1; i < froms.length; i += 1) unseen.push(await timed(() => exportOne(hires[i] as string)));
  const warm: Record<Audience, number[]> = { hire: [], manager: [] };
  for (let i = 0; i < 16; i += 1) {
    const audience: Audience = i % 2 ? 'manager' : 'hire';
    warm[audience].push(await timed(() => exportOne(hires[i % hires.length] as string, audience)));
  }
  let bytes = 0;
  const fifty = await timed(async () => {
    for (const hireId of hires) bytes += (await exportOne(hireId)).base64.length * 0.75;
  });
  core.close();
  rmSync(dataDir, { recursive: true, force: true });
  return [
    { name: 'first plan (cold: fonts load)', value: cold, unit: 'ms' },
    { name: 'one plan for the hire, warm, median', value: median(warm.hire), unit: 'ms', target: 300 },
    { name: 'manager’s copy, warm, median', value: median(warm.manager), unit: 'ms', target: 300 },
    { name: 'first plan of another transition, median', value: median(unseen), unit: 'ms', target: 250 },
    { name: '50 plans, total', value: fifty, unit: 'ms' },
    { name: '50 plans, average size', value: bytes / hires.length / 1024, unit: 'KB' },
  ];
}

/** The same plan both ways, alternating: our file over HTTP, and Chromium printing the plan page. */
async function againstChromium(): Promise<Figure[]> {
  const executablePath = systemChromium();
  if (!executablePath) {
    console.log(
      '\nNo Chromium (set CHROMIUM_PATH or install chromium): the side-by-side figures are skipped.',
    );
    return [];
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-bench-pdf-web-'));
  const web = await startWeb(dataDir);
  const browser = await chromium.launch({ executablePath, args: quietChromiumArgs });
  try {
    const origin = new URL(web.url).origin;
    const token = new URL(web.url).hash.replace(/^#token=/, '');
    const call = async (channel: string, input: unknown) => {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      return ok((await response.json()) as never) as { id: string; base64: string };
    };
    await call('settings.update', { managerName: 'Anna Berg' });
    const hire = await call('hires.create', {
      name: 'Łukasz Żółć-Ørsted',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    });
    await call('plans.create', { hireId: hire.id, startDate: '2027-01-04' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(web.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.goto(`${origin}/#/hires/${hire.id}`);
    await page.getByText('Hand the schedule to a delivery lead').first().waitFor({ timeout: 60_000 });

    const figures: Figure[] = [];
    for (const audience of ['hire', 'manager'] as const) {
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < 8; i += 1) {
        let started = performance.now();
        await call('pdf.plan', { hireId: hire.id, audience, paper: 'A4', ...options });
        const a = performance.now() - started;
        started = performance.now();
        await page.pdf({ format: 'A4', tagged: true, outline: true, printBackground: true });
        const b = performance.now() - started;
        // The first round of each warms both up.
        if (i > 0) {
          ours.push(a);
          theirs.push(b);
        }
      }
      const label = audience === 'hire' ? 'for the hire' : 'manager’s copy';
      figures.push(
        { name: `${label}: pdf.plan over HTTP, median`, value: median(ours), unit: 'ms' },
        { name: `${label}: Chromium page.pdf (tagged, outline), median`, value: median(theirs), unit: 'ms' },
        { name: `${label}: ours ÷ Chromium’s`, value: median(ours) / median(theirs), unit: '×', target: 1 },
      );
    }
    return figures;
  } finally {
    await browser.close();
    await web.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const core = report('Plan PDF (pdf.plan through openCore)', await throughCore());
const side = report(
  'Plan PDF against Chromium printing the plan page (same plan, alternating)',
  await againstChromium(),
);
process.exitCode = core && side ? 0 : 1;
