// A new user: the welcome explains the roles, a sample team can be loaded, is marked as sample,
// and goes in one click.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startWeb } from './web-process';

test('welcome → load the sample team → remove it in one click', async ({ page }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-e2e-first-run-'));
  const web = await startWeb(dataDir);
  try {
    await page.goto(web.url);
    await expect(page.getByRole('heading', { name: 'Welcome to Rolebridge' })).toBeVisible();
    await expect(page.getByText('Judged on outcomes after launch.', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Load a sample team' }).click();

    await expect(page.getByText('You are looking at a sample team')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    for (const name of ['Maya Okafor', 'Jonas Berg', 'Priya Raman']) {
      await expect(page.getByRole('link', { name }).first()).toBeVisible();
    }

    await page.evaluate(() => (window.location.hash = '#/hires'));
    const row = page.getByRole('row').filter({ hasText: 'Maya Okafor' });
    await expect(row.getByText('Sample', { exact: true })).toBeVisible();
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.getByRole('button', { name: 'Remove sample team' }).click();
    await expect(page.getByText('Sample team removed')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Welcome to Rolebridge' })).toBeVisible();
  } finally {
    await web.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
