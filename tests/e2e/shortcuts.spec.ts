// Keyboard shortcuts in the browser mode: the same commands as the desktop's File menu.
import { expect, test } from '@playwright/test';
import { openApp } from './app';

test('Alt+N adds a hire, Ctrl+E exports plans, Ctrl+B backs up, from any screen', async ({ page }) => {
  await openApp(page, '/roles');
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('form', { name: 'Add hire' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.evaluate(() => (window.location.hash = '#/settings'));
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.keyboard.press('Control+E');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hires', level: 1 })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+B');
  await expect(page.getByText(/^Backup saved — /)).toBeVisible();
});
