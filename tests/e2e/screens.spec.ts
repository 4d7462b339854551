// Screens that feel finished (issue 21), checked in Chromium on a sample team: every navigation
// starts at the top; radar labels stay inside the chart and off the scale; nothing a manager must
// read is cut at 1024 px; dates and tenses read right; browser-mode reminders; the command palette.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { call } from './app';
import { startWeb, type WebProcess } from './web-process';

let dataDir = '';
let web: WebProcess;
let sampleIds: string[] = [];

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** A date as the en-GB locale of these tests writes it (date-fns `PP`): `2 Mar 2026`. */
const ukDate = (value: string) =>
  new Date(`${value}T12:00:00`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

test.beforeAll(async ({ request }) => {
  dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-e2e-screens-'));
  web = await startWeb(dataDir);
  await call(request, 'sample.load', {}, web.url);
  sampleIds = (await call<{ hireIds: string[] }>(request, 'sample.status', {}, web.url)).hireIds;
});

test.afterAll(async () => {
  await web.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function open(page: Page, route = '/') {
  await page.goto(web.url);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  if (route !== '/') await page.evaluate((hash) => (window.location.hash = `#${hash}`), route);
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test('every navigation starts at the top; back returns to where you were', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => scrollY(page)).toBeGreaterThan(200);
  const dashboardScroll = await scrollY(page);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  expect(await scrollY(page)).toBe(0);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => scrollY(page)).toBeGreaterThan(100);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  expect(await scrollY(page)).toBe(0);
  await expect(page.getByText('You are looking at a sample team')).toBeInViewport();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  await expect.poll(() => scrollY(page)).toBeGreaterThan(100);
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect.poll(() => scrollY(page)).toBeGreaterThan(dashboardScroll - 50);
});

/** Each radar's angle labels: inside the chart's drawing, and clear of the scale's numbers. */
async function radarProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const charts = [...document.querySelectorAll('.recharts-wrapper')].filter((w) =>
      w.querySelector('.recharts-polar-angle-axis'),
    );
    if (charts.length === 0) problems.push('no radar on the page');
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const chart of charts) {
      const box = (chart.querySelector('svg.recharts-surface') ?? chart).getBoundingClientRect();
      const labels = [...chart.querySelectorAll('.recharts-polar-angle-axis-ticks text')];
      const scale = [...chart.querySelectorAll('.recharts-polar-radius-axis-ticks text')].map((t) =>
        t.getBoundingClientRect(),
      );
      const legend = [...chart.querySelectorAll('.recharts-legend-wrapper')].map((l) =>
        l.getBoundingClientRect(),
      );
      if (labels.length === 0) problems.push('a radar without labels');
      for (const label of labels) {
        const r = label.getBoundingClientRect();
        const name = label.textContent ?? '';
        if (
          r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1
        )
          problems.push(`"${name}" leaves the chart`);
        if (scale.some((s) => overlap(r, s))) problems.push(`"${name}" overlaps the scale`);
        if (legend.some((l) => overlap(r, l))) problems.push(`"${name}" overlaps the legend`);
        for (const other of labels) {
          if (other !== label && overlap(r, other.getBoundingClientRect()))
            problems.push(`"${name}" overlaps "${other.textContent ?? ''}"`);
        }
      }
    }
    return problems;
  });
}

test('radar labels stay inside the chart and off the scale, with the same series colours and a table', async ({
  page,
}) => {
  const hireId = sampleIds[0] ?? '';
  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await open(page, `/hires/${hireId}?tab=assessments`);
    await expect(page.locator('.recharts-polar-angle-axis-ticks text').first()).toBeVisible({
      timeout: 30_000,
    });
    expect(await radarProblems(page), `Assessments at ${size.width}px`).toEqual([]);
    await expect(
      page.getByRole('table', { name: 'Current and target levels', includeHidden: true }),
    ).toBeAttached();
    const assessmentTarget = await page
      .locator('.recharts-radar-polygon path')
      .first()
      .evaluate((p) => getComputedStyle(p).stroke);

    await open(page, `/hires/${hireId}?tab=progress`);
    await expect(page.locator('.recharts-polar-angle-axis-ticks text').first()).toBeVisible({
      timeout: 30_000,
    });
    expect(await radarProblems(page), `Progress at ${size.width}px`).toEqual([]);
    // Target is the first series on both radars: the same colour.
    const progressTarget = await page
      .locator('.recharts-radar-polygon path')
      .first()
      .evaluate((p) => getComputedStyle(p).stroke);
    expect(progressTarget).toBe(assessmentTarget);

    await open(page, '/roles/compare?from=project-manager&to=product-manager');
    await expect(page.locator('.recharts-polar-angle-axis-ticks text').first()).toBeVisible({
      timeout: 30_000,
    });
    expect(await radarProblems(page), `Compare at ${size.width}px`).toEqual([]);
    await expect(page.getByRole('table', { name: /Expected levels/, includeHidden: true })).toBeAttached();
  }
});

/** Elements inside `cells` whose text is cut: wider or taller than the box that shows them. */
async function cutText(page: Page, cells: string): Promise<string[]> {
  return page.locator(cells).evaluateAll((found) =>
    found.flatMap((cell) =>
      [cell, ...cell.querySelectorAll('*')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        .filter((el) => el.clientWidth > 0 && getComputedStyle(el).overflow !== 'visible')
        .map(
          (el) =>
            `${el.textContent ?? ''} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
        ),
    ),
  );
}

test('nothing a manager must read is cut at 1024 px; the sidebar folds to named icons', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await open(page);
  const table = page.getByRole('table', { name: 'Active hires' });
  await expect(table.locator('tbody tr[data-index]')).toHaveCount(3);
  const statusColumn =
    (await table
      .locator('thead th')
      .evaluateAll((ths) => ths.findIndex((th) => th.textContent === 'Status'))) + 1;
  expect(statusColumn).toBeGreaterThan(0);
  const statusCells = `table[aria-label="Active hires"] tbody tr[data-index] td:nth-child(${statusColumn})`;
  expect(await cutText(page, statusCells)).toEqual([]);
  // Each reason is there in full.
  const dashboard = await call<{ rows: { reasons: string[] }[] }>(
    page.request,
    'progress.dashboard',
    {},
    web.url,
  );
  for (const reason of dashboard.rows.flatMap((r) => r.reasons)) {
    await expect(table.getByText(reason, { exact: true }).first()).toBeVisible();
  }

  // The sidebar shows icons, each with its name for assistive tech and as a tooltip.
  const nav = page.getByRole('navigation', { name: 'Main' });
  expect((await nav.boundingBox())?.width ?? 0).toBeLessThan(100);
  await nav.getByRole('link', { name: 'Hires' }).hover();
  await expect(page.getByRole('tooltip', { name: 'Hires' })).toBeVisible();
  await nav.getByRole('link', { name: 'Hires' }).click();
  await expect(page.getByRole('table', { name: 'Hires', exact: true })).toBeVisible();
  expect(await cutText(page, 'table[aria-label="Hires"] tbody td')).toEqual([]);

  await open(page, `/hires/${sampleIds[0] ?? ''}?tab=assessments`);
  const history = page.getByRole('table', { name: 'Assessment history' });
  await expect(history).toBeVisible();
  expect(await cutText(page, 'table[aria-label="Assessment history"] tbody td:nth-child(3)')).toEqual([]);

  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(async () => (await nav.boundingBox())?.width ?? 0).toBeGreaterThan(150);
  await expect(nav.getByText('Hires', { exact: true })).toBeVisible();
});

test('dates and tenses read right: starts for a day to come, the manager’s assessment, locale dates', async ({
  page,
  request,
}) => {
  const start = day(20);
  const hire = await call<{ id: string }>(
    request,
    'hires.create',
    {
      name: 'Farah Future',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: start,
    },
    web.url,
  );
  const ratings = ['outcome-ownership', 'prioritisation', 'customer-discovery'].map((competencyId) => ({
    competencyId,
    level: 1,
  }));
  await call(
    request,
    'assessments.create',
    { hireId: hire.id, assessedOn: day(0), assessor: 'manager', ratings },
    web.url,
  );
  await open(page, `/hires/${hire.id}?tab=plan`);
  await expect(page.getByText(`· starts ${ukDate(start)}`)).toBeVisible();
  await page.getByRole('button', { name: 'Create the coaching plan' }).click();
  await expect(page.getByText(`From the manager's assessment of ${ukDate(day(0))}.`)).toBeVisible();
});

test('browser mode: a reminder of due one-on-ones, once the manager has allowed notifications', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['notifications'], locale: 'en-GB' });
  // Record what the page shows through the real Notification API, and any permission request.
  await context.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    const asked: string[] = [];
    const Real = window.Notification;
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        shown.push({ title, body: options?.body ?? '' });
      }
    }
    const request = Real.requestPermission.bind(Real);
    Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
    Recorded.requestPermission = (...args: Parameters<typeof Real.requestPermission>) => {
      asked.push('asked');
      return request(...args);
    };
    window.Notification = Recorded;
    Object.assign(window, { __shown: shown, __asked: asked });
  });
  const page = await context.newPage();
  const due = await call<{ dueToday: unknown[]; overdue: unknown[] }>(
    page.request,
    'checkIns.due',
    {},
    web.url,
  );
  expect(due.dueToday.length + due.overdue.length).toBeGreaterThan(0);
  await open(page);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __shown: { title: string }[] }).__shown))
    .toEqual([expect.objectContaining({ title: expect.stringMatching(/one-on-one/i) })]);
  // Never asked on load: permission came from the browser's settings here.
  expect(await page.evaluate(() => (window as unknown as { __asked: string[] }).__asked)).toEqual([]);
  // Once a day: a reload shows nothing new.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as { __shown: unknown[] }).__shown)).toEqual([]);
  await context.close();
});

test('the command palette (Ctrl+K) opens a hire by name, a screen, and runs the File menu’s commands', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page, '/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const search = page.getByRole('textbox', { name: 'Go to a hire, role or screen, or run a command' });

  await page.keyboard.press('Control+K');
  await search.fill('Priya');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Priya Raman', level: 1 })).toBeVisible();

  await page.keyboard.press('Control+K');
  await search.fill('Product Manager');
  await page
    .getByRole('button', { name: /^Product Manager$/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Product Manager', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Go to a hire, role or screen, or run a command' }).click();
  await search.fill('New hire');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'Add hire' })).toBeVisible();
});
