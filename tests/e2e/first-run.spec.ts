// A new user: the welcome explains the roles, a sample team can be loaded (from the welcome or from
// Settings at any time), is marked as sample, shows one hire per status, and goes in one click.
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
    for (const [name, status] of [
      ['Maya Okafor', 'On track'],
      ['Jonas Berg', 'Slipping'],
      ['Priya Raman', 'Stalled'],
    ] as const) {
      await expect(page.getByRole('link', { name }).first()).toBeVisible();
      await expect(page.getByRole('row').filter({ hasText: name }).getByText(status)).toBeVisible();
    }

    await page.evaluate(() => (window.location.hash = '#/hires'));
    const row = page.getByRole('row').filter({ hasText: 'Maya Okafor' });
    await expect(row.getByText('Sample', { exact: true })).toBeVisible();
    await page.evaluate(() => (window.location.hash = '#/'));
    await page.getByRole('button', { name: 'Remove sample team' }).click();
    await expect(page.getByText('Sample team removed')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Welcome to Rolebridge' })).toBeVisible();

    // From Settings, any time: loaded, then removed again.
    await page.evaluate(() => (window.location.hash = '#/settings'));
    const card = page.getByRole('region', { name: 'Sample team' });
    await card.getByRole('button', { name: 'Load a sample team' }).click();
    await expect(card.getByText('3 sample hires loaded')).toBeVisible();
    await card.getByRole('button', { name: 'Remove sample team' }).click();
    await expect(card.getByText('Not loaded')).toBeVisible();
  } finally {
    await web.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
