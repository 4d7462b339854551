// axe-core over every main screen, with data: no serious or critical violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addHire, call, openApp } from './app';

async function check(page: Page, screen: string) {
  // Let lazy parts (charts) arrive, and notifications finish fading out (mid-fade their colours are
  // translucent and axe would measure those), before scanning.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map(
            (n) => `${n.target.join(' ')} ${n.html.slice(0, 100)} ${(n.failureSummary ?? '').slice(0, 200)}`,
          )
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
}

test('every main screen passes axe (serious and critical)', async ({ page, request }) => {
  test.setTimeout(180_000);
  await openApp(page, '/hires');
  await addHire(page, {
    name: 'Axe Tester',
    current: 'Project Manager',
    target: 'Product Manager',
    start: '2026-03-02',
  });
  await check(page, 'hires');
  await page.getByRole('link', { name: 'Axe Tester' }).first().click();
  await expect(page.getByRole('heading', { name: 'Axe Tester', level: 1 })).toBeVisible();
  for (const tab of await page.getByRole('tab').all()) {
    const name = (await tab.textContent()) ?? 'tab';
    await tab.click();
    await check(page, `hire page, ${name} tab`);
  }
  for (const route of [
    '/',
    '/roles',
    '/roles/product-manager',
    '/roles/compare?from=project-manager&to=product-manager',
    '/settings',
  ]) {
    await page.evaluate((hash) => (window.location.hash = `#${hash}`), route);
    await page.waitForTimeout(400);
    await check(page, route);
  }

  // A one-on-one against a plan, and a chart's table alternative opened.
  await page.evaluate(() => (window.location.hash = '#/hires'));
  await page.getByRole('link', { name: 'Axe Tester' }).first().click();
  const hireId = /#\/hires\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  await call(request, 'plans.create', { hireId, startDate: '2026-03-02' });
  const [first] = await call<{ id: string }[]>(request, 'checkIns.schedule', { hireId });
  await page.evaluate((hash) => (window.location.hash = hash), `#/hires/${hireId}/check-ins/${first?.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await check(page, 'check-in');
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.getByText('Show as a table').first().click();
  await check(page, 'dashboard with the load as a table');
});
