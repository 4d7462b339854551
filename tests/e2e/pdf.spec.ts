// Exporting a plan from the browser mode downloads a PDF that names the hire and their goals.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { addHire, openApp } from './app';
import { compact, pdfText } from '../support/pdf-text';

test('export a hire’s plan as PDF from the plan tab', async ({ page }) => {
  await openApp(page, '/hires');
  await addHire(page, {
    name: 'Σωκράτης Дмитрий',
    current: 'Product Owner',
    target: 'Product Manager',
    start: '2026-11-30',
  });
  await page.getByRole('link', { name: 'Σωκράτης Дмитрий' }).click();
  await page.getByRole('button', { name: 'Create a plan without one' }).click();
  await page.getByRole('button', { name: 'Save plan' }).click();
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Export PDF' }).click();
  const download = await downloading;
  // The hire keeps their name in the file, transliterated so every OS takes it.
  expect(download.suggestedFilename()).toBe('coaching-plan-sokratis-dmitriy-v1.pdf');
  const { text } = await pdfText(new Uint8Array(readFileSync(await download.path())));
  expect(compact(text)).toContain(compact('Σωκράτης Дмитрий'));
  expect(compact(text)).toContain(compact('From Product Owner to Product Manager'));
  expect(compact(text)).toContain(compact('Business acumen'));
});
