// Dates and numbers follow the system's language (here the browser's), weeks start on its first day,
// and Settings → Appearance can choose another locale, which holds across a reload.
import { expect, test } from '@playwright/test';
import { openApp } from './app';

test.describe('a German system', () => {
  test.use({ locale: 'de-DE' });

  test('writes dates and numbers the German way until another locale is chosen', async ({ page }) => {
    await openApp(page, '/settings');
    const appearance = page.getByRole('region', { name: 'Appearance' });
    const example = appearance.getByRole('status');
    await expect(example).toHaveText(/2\. März 2026 and 1\.234,5 hours; weeks start on Montag/);
    const select = appearance.getByRole('combobox', { name: 'Dates and numbers' });
    await expect(select.locator('option').first()).toHaveText('Follow the system (Deutsch)');

    await select.selectOption('en-US');
    await expect(example).toHaveText(/Mar 2, 2026 and 1,234\.5 hours; weeks start on Sunday/);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Appearance' }).getByRole('status')).toHaveText(
      /Mar 2, 2026/,
    );

    // The dashboard asks the core for weeks that start on the locale's first day (Sunday in the US).
    const asked = page.waitForRequest((r) => r.url().endsWith('/api/progress.dashboard'));
    await page.getByRole('link', { name: 'Dashboard' }).first().click();
    expect((await asked).postDataJSON()).toEqual({ weekStartsOn: 0 });

    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page
      .getByRole('region', { name: 'Appearance' })
      .getByRole('combobox', { name: 'Dates and numbers' })
      .selectOption('');
    await expect(page.getByRole('region', { name: 'Appearance' }).getByRole('status')).toHaveText(
      /2\. März 2026/,
    );
  });
});
