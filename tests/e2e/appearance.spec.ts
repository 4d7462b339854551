// Settings → Appearance: the theme follows the system until the manager picks one, and the choice
// survives a reload.
import { expect, test } from '@playwright/test';
import { openApp } from './app';

test('choose dark, keep it after a reload, and go back to following the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, '/settings');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  const theme = page.getByRole('region', { name: 'Appearance' });
  await theme.getByText('Dark', { exact: true }).click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');

  await page
    .getByRole('region', { name: 'Appearance' })
    .getByText('Follow the system', { exact: true })
    .click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
});
