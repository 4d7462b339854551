// Launches the real desktop shell. Runs only where an Electron binary is installed, and says
// clearly that it was skipped (and why) where it is not.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronUnavailableReason, root } from './electron-available';

const reason = electronUnavailableReason();
if (reason) console.log(`tests/electron: ${reason}`);

test.describe('desktop shell', () => {
  test.skip(reason !== null, reason ?? '');

  test('opens the window, exposes only the contract, and creates a hire', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-electron-'));
    const app = await electron.launch({
      args: [join(root, 'out/main/index.js')],
      cwd: root,
      env: { ...process.env, ROLEBRIDGE_DATA_DIR: dataDir },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/rolebridge\//);

      const exposed = await page.evaluate(() => ({
        keys: Object.keys(window.rolebridge ?? {}).sort(),
        hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
      }));
      expect(exposed.keys).toContain('hires.create');
      expect(exposed.keys).not.toContain('invoke');
      expect(exposed.hasRequire).toBe(false);
      expect(exposed.hasProcess).toBe(false);

      await page.evaluate(() => (window.location.hash = '#/hires'));
      await page
        .getByRole('button', { name: /Add (your first )?hire/ })
        .first()
        .click();
      const form = page.getByRole('form', { name: 'Add hire' });
      await form.getByLabel('Name').fill('Desktop Person');
      await form.getByLabel('Current role').selectOption({ label: 'Product Owner' });
      await form.getByLabel('Target role').selectOption({ label: 'Product Manager' });
      await form.getByLabel('Start date').fill('2026-12-07');
      await form.getByRole('button', { name: 'Add hire' }).click();
      await expect(page.getByRole('row', { name: /Desktop Person/ })).toBeVisible();

      // Navigation away from the app is refused.
      await page.evaluate(() => (window.location.href = 'https://example.com/'));
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/rolebridge\//);
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
