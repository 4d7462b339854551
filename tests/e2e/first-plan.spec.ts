// A manager's first launch, played as they would: add Dana Whitfield (Project Manager → Product
// Manager), assess her, save the plan and export it as PDF in at most 15 actions; then record the
// first one-on-one in at most 8 more. Every click, field filled or shortcut is one action, and the
// page is reached by accessible names only (roles, labels, visible text).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { compact, pdfText } from '../support/pdf-text';
import { startWeb, type WebProcess } from './web-process';

const PLAN_BUDGET = 15;
const CHECK_IN_BUDGET = 8;

/** Counts the manager's actions; each call of `act` is one click, one field filled or one shortcut. */
function actionCounter() {
  let count = 0;
  return {
    act: async (step: () => Promise<unknown>) => {
      count += 1;
      await step();
    },
    get count() {
      return count;
    },
  };
}

let dataDir = '';
let web: WebProcess;

test.beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-e2e-first-plan-'));
  web = await startWeb(dataDir);
});

test.afterAll(async () => {
  await web.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function confirmEveryArea(page: Page, act: (step: () => Promise<unknown>) => Promise<void>) {
  const confirm = page.getByRole('button', { name: /^Confirm \d+ assumed levels? in / });
  // Assumed levels are marked until confirmed: one action per area.
  await expect(page.getByText(/^Assumed from Project Manager$/).first()).toBeVisible();
  while ((await confirm.count()) > 0) await act(() => confirm.first().click());
  await expect(page.getByText(/^Assumed from Project Manager$/)).toHaveCount(0);
}

test('launch → hire → assessment → saved plan → PDF in 15 actions, the first one-on-one in 8 more', async ({
  page,
}) => {
  // A whole journey through the browser: on a busy machine it needs more than the default 90 s.
  test.slow();
  const plan = actionCounter();
  await plan.act(() => page.goto(web.url));
  await expect(page.getByRole('heading', { name: 'Welcome to Rolebridge' })).toBeVisible();

  // The welcome asks the manager's name once, and opens the hire form itself.
  await plan.act(() => page.getByRole('textbox', { name: 'Your name (optional)' }).fill('Alex Morgan'));
  await plan.act(() => page.getByRole('button', { name: 'Add your first hire' }).click());
  const form = page.getByRole('form', { name: 'Add hire' });
  // The start date is already the next working day.
  await expect(form.getByLabel('Start date')).not.toHaveValue('');
  await plan.act(() => form.getByLabel('Name').fill('Dana Whitfield'));
  await plan.act(() => form.getByLabel('Current role').selectOption({ label: 'Project Manager' }));
  await plan.act(() => form.getByLabel('Target role').selectOption({ label: 'Product Manager' }));
  await plan.act(() => form.getByRole('button', { name: 'Add and assess' }).click());

  // The assessment starts from what a Project Manager usually has; confirming an area is one action.
  await expect(page.getByRole('form', { name: 'Record assessment' })).toBeVisible();
  await confirmEveryArea(page, plan.act);
  await plan.act(() => page.getByRole('button', { name: 'Save and create the plan' }).click());

  const preview = page.getByLabel('Plan preview');
  await expect(preview).toBeVisible();
  await plan.act(() => page.getByRole('button', { name: 'Save plan' }).click());
  await expect(page.getByRole('combobox', { name: 'Plan version' })).toContainText('Version 1 (current)', {
    timeout: 30_000,
  });

  await plan.act(() => page.keyboard.press('Control+e'));
  const downloading = page.waitForEvent('download');
  await plan.act(() => page.getByRole('dialog').getByRole('button', { name: 'Export PDF' }).click());
  const download = await downloading;
  const { text } = await pdfText(new Uint8Array(readFileSync(await download.path())));
  expect(compact(text)).toContain(compact('Dana Whitfield'));
  expect(compact(text)).toContain(compact('Alex Morgan'));
  console.log(`actions: ${plan.count} (launch → saved plan → PDF; budget ${PLAN_BUDGET})`);
  expect(plan.count).toBeLessThanOrEqual(PLAN_BUDGET);

  // The first one-on-one, from the plan's schedule.
  const checkIn = actionCounter();
  await checkIn.act(() => page.getByRole('tab', { name: 'Check-ins' }).click());
  const first = page.getByRole('link', { name: /^Open the check-in of .+: .+/ }).first();
  await checkIn.act(() => first.click());
  await expect(page.getByRole('heading', { name: 'One-on-one with Dana Whitfield' })).toBeVisible();
  const rating = page.getByRole('radiogroup', { name: /^Confidence in / }).first();
  await checkIn.act(() => rating.getByText('3', { exact: true }).click());
  await expect(rating.getByRole('radio', { name: '3' })).toBeChecked();
  await checkIn.act(() =>
    page.getByLabel('Shared notes').fill('First week: met the design lead and two customers.'),
  );
  await checkIn.act(() =>
    page.getByRole('textbox', { name: 'New action item' }).fill('Shadow three customer calls'),
  );
  await checkIn.act(() => page.getByRole('textbox', { name: 'New action item' }).press('Enter'));
  await expect(page.getByLabel('New action item: Shadow three customer calls')).toContainText('Dana');
  await checkIn.act(() => page.getByRole('button', { name: 'Save check-in' }).click());

  const held = page.getByLabel(/^Check-in held /);
  await expect(held).toContainText('Shadow three customer calls');
  await expect(held).toContainText('(Dana');
  console.log(`actions: ${checkIn.count} (first one-on-one; budget ${CHECK_IN_BUDGET})`);
  expect(checkIn.count).toBeLessThanOrEqual(CHECK_IN_BUDGET);
});

test('opened without its link, the browser mode says in plain words where the link is; it has a favicon', async ({
  page,
  request,
}) => {
  const origin = new URL(web.url).origin;
  await page.goto(`${origin}/`);
  await expect(page.getByRole('heading', { name: 'Open Rolebridge from its link' })).toBeVisible();
  await expect(page.getByText(/terminal window where you started Rolebridge/)).toBeVisible();
  await expect(page.getByText(/Each start prints a new link/)).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('`');
  const favicon = await request.get(`${origin}/favicon.svg`);
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toBe('image/svg+xml');
  expect(await (await request.get(`${origin}/`)).text()).toContain(
    '<link rel="icon" type="image/svg+xml" href="./favicon.svg"',
  );
});
