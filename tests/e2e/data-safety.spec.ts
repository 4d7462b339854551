// Backups, restore, the whole-data file, and the recovery screen, driven from the UI in Chromium.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { addHire, call, openApp } from './app';
import { startWeb } from './web-process';

test('back up now, change something, restore the backup from Settings', async ({ page }) => {
  await openApp(page, '/settings');
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backup saved — /)).toBeVisible();
  const row = backups.getByRole('row').filter({ hasText: 'Backed up by you' }).first();
  await expect(row).toBeVisible();

  await page.evaluate(() => (window.location.hash = '#/hires'));
  await addHire(page, {
    name: 'Added After The Backup',
    current: 'Project Manager',
    target: 'Product Manager',
    start: '2026-03-02',
  });
  await expect(page.getByRole('link', { name: 'Added After The Backup' })).toBeVisible();

  await page.evaluate(() => (window.location.hash = '#/settings'));
  await row.getByRole('button', { name: /Restore the backup/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Restored', { exact: true })).toBeVisible();
  await expect(backups.getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);

  await page.evaluate(() => (window.location.hash = '#/hires'));
  await expect(page.getByRole('heading', { name: 'Hires', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Added After The Backup' })).toHaveCount(0);
});

test('export all data to a file, import it back by merging, and see a refused file named field by field', async ({
  page,
}) => {
  await openApp(page, '/hires');
  await addHire(page, {
    name: 'Øyvind Exported',
    current: 'Product Owner',
    target: 'Product Manager',
    start: '2026-04-06',
  });
  await page.evaluate(() => (window.location.hash = '#/settings'));
  const card = page.getByRole('region', { name: 'Everything in one file' });
  const downloading = page.waitForEvent('download');
  await card.getByRole('button', { name: 'Export all data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^rolebridge-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text) as { format: string; tables: { hires: { name: string }[] } };
  expect(file.format).toBe('rolebridge-data');
  expect(file.tables.hires.map((h) => h.name)).toContain('Øyvind Exported');

  // Stop-if-not-empty refuses, because this database has data.
  await card.getByTestId('data-import-file').setInputFiles({
    name: 'everything.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(card.getByRole('alert')).toContainText('already holds data');

  await card.getByLabel(/Merge by id/).check();
  await card.getByTestId('data-import-file').setInputFiles({
    name: 'everything.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByText('Data imported', { exact: true })).toBeVisible();

  const broken = JSON.parse(text) as { tables: { hires: Record<string, unknown>[] } };
  const first = broken.tables.hires[0];
  if (first) first.start_date = 'next spring';
  await card.getByTestId('data-import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = card.getByRole('alert');
  await expect(alert).toContainText('broken.json was not imported; nothing changed');
  await expect(alert).toContainText('tables.hires[0].start_date');
});

test('a damaged database opens the recovery screen, and restoring the newest backup brings the data back', async ({
  page,
  request,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-e2e-recovery-'));
  try {
    let web = await startWeb(dataDir);
    await call(
      request,
      'hires.create',
      {
        name: 'Kept In The Backup',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2026-02-02',
      },
      web.url,
    );
    await call(request, 'backups.create', {}, web.url);
    await web.stop();
    writeFileSync(join(dataDir, 'rolebridge.db'), 'Not a database: a shopping list.\n'.repeat(500));
    rmSync(join(dataDir, 'rolebridge.db-wal'), { force: true });
    rmSync(join(dataDir, 'rolebridge.db-shm'), { force: true });

    web = await startWeb(dataDir);
    try {
      await page.goto(web.url);
      await expect(page.getByRole('heading', { name: 'Rolebridge could not open your data' })).toBeVisible();
      await expect(page.getByText('file is not a database')).toBeVisible();
      await page
        .getByRole('button', { name: /Restore the backup/ })
        .first()
        .click();
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      await page.evaluate(() => (window.location.hash = '#/hires'));
      await expect(page.getByRole('link', { name: 'Kept In The Backup' })).toBeVisible();
    } finally {
      await web.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
