// With 10,000 hires the hires list and the dashboard keep at most 100 rows in the page and reach the
// last hire by scrolling; the hires list filters as you type without losing a keystroke.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { call } from './app';
import { startWeb, type WebProcess } from './web-process';

const HIRES = 10_000;
const FIRST = ['Ada', 'Grace', 'Łukasz', 'Amara', 'Kenji', 'Sofia', 'Mateo', 'Priya'];
let dataDir = '';
let web: WebProcess;

test.beforeAll(async ({ request }) => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-e2e-scale-'));
  web = await startWeb(dataDir);
  const info = await call<{ schemaVersion: number }>(request, 'app.info', {}, web.url);
  const hires = Array.from({ length: HIRES }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    name: `${FIRST[i % FIRST.length]} Hire ${String(i).padStart(5, '0')}`,
    current_role_id: 'project-manager',
    target_role_id: 'product-manager',
    start_date: '2026-03-02',
    notes: '',
    status: 'active',
    created_at: '2026-03-02T09:00:00.000Z',
    updated_at: '2026-03-02T09:00:00.000Z',
    archived_at: null,
  }));
  await call(
    request,
    'data.import',
    {
      file: {
        format: 'rolebridge-data',
        formatVersion: 1,
        schemaVersion: info.schemaVersion,
        tables: { hires },
      },
      mode: 'empty-only',
    },
    web.url,
  );
});

test.afterAll(async () => {
  await web?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const rows = (page: Page) => page.getByRole('table', { name: 'Hires' }).locator('tbody tr');

/**
 * Scrolls to the end of the page until `last` is in it, as a reader scrolls again when rows measured
 * on the way change the page's height. If it never comes, the failure says where the page was: its
 * scroll position and height, and which rows were in it.
 */
async function scrollToEnd(page: Page, last: Locator): Promise<void> {
  try {
    await expect(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(last).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  } catch (error) {
    const where = await page.evaluate(() => ({
      hash: window.location.hash,
      scrollY: Math.round(window.scrollY),
      height: document.documentElement.scrollHeight,
      rowsInPage: [...document.querySelectorAll('tbody tr[data-index]')].map((row) =>
        row.getAttribute('data-index'),
      ),
      alert: document.querySelector('[role="alert"]')?.textContent ?? null,
    }));
    throw new Error(`${(error as Error).message}\nThe page at the end: ${JSON.stringify(where)}`, {
      cause: error,
    });
  }
}

test('10,000 hires: at most 100 rows in the page, the last one reachable, filtering as you type', async ({
  page,
}) => {
  await page.goto(web.url);
  await page.evaluate(() => (window.location.hash = '#/hires'));
  const table = page.getByRole('table', { name: 'Hires' });
  // The first page of 10,000 hires can take a while on a busy machine; speed is the benchmarks' job
  // (bench/scale.ts), this spec checks the page stays small and every hire stays reachable.
  await expect(table.getByRole('link', { name: 'Ada Hire 00000' })).toBeVisible({ timeout: 30_000 });
  expect(await rows(page).count()).toBeLessThanOrEqual(100);
  await expect(table).toHaveAttribute('aria-rowcount', String(HIRES + 1));

  // Sorted by name: the Łukasz hires come last (NOCASE orders by code point beyond ASCII).
  await scrollToEnd(page, table.getByRole('link', { name: 'Łukasz Hire 09994' }));
  expect(await rows(page).count()).toBeLessThanOrEqual(100);

  await page.evaluate(() => window.scrollTo(0, 0));
  const search = page.getByRole('textbox', { name: 'Search hires by name' });
  const term = 'Grace Hire 0999';
  await search.pressSequentially(term, { delay: 0 });
  await expect(search).toHaveValue(term);
  await expect(table.getByRole('link', { name: /^Grace Hire 0999\d$/ })).toHaveCount(1);
  await expect(table.getByRole('link')).toHaveCount(1);
  await expect(table.getByRole('link', { name: 'Grace Hire 09993' })).toBeVisible();
});

test('10,000 active hires on the dashboard: at most 100 rows in the page, the last one reachable', async ({
  page,
}) => {
  await page.goto(web.url);
  const table = page.getByRole('table', { name: 'Active hires' });
  const inPage = table.locator('tbody tr[data-index]');
  await expect(inPage.first()).toBeVisible({ timeout: 60_000 });
  await expect(table).toHaveAttribute('aria-rowcount', String(HIRES + 1));
  expect(await inPage.count()).toBeLessThanOrEqual(100);
  await page.getByRole('button', { name: 'Sort by Name' }).click();
  // The dashboard sorts names the way people read them: Łukasz after Kenji, before Mateo.
  await scrollToEnd(page, table.getByRole('link', { name: 'Sofia Hire 09997' }));
  expect(await inPage.count()).toBeLessThanOrEqual(100);
});
