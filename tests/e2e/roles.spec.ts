import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from './app';

test.describe.configure({ mode: 'serial' });

test('compare Project Manager with Product Manager', async ({ page }) => {
  await openApp(page, '/roles');
  await page.getByRole('link', { name: 'Compare roles' }).click();
  await page.getByLabel('From', { exact: true }).selectOption({ label: 'Project Manager' });
  await page.getByLabel('To', { exact: true }).selectOption({ label: 'Product Manager' });
  await expect(page.getByText('Project Manager → Product Manager')).toBeVisible();
  await expect(page.getByLabel('Expectations brief')).toContainText('judged mostly on outcomes');
  await expect(page.getByRole('table', { name: 'Build' })).toContainText('Customer discovery');
  await expect(page.getByRole('table', { name: 'Carries over' })).toContainText('Stakeholder management');
  await expect(page.getByRole('table', { name: 'Let go or hand to others' })).toContainText(
    'Delivery planning',
  );
  await expect(page.getByRole('img', { name: /Expected levels/ })).toBeVisible();

  await page.getByRole('link', { name: 'Preview a coaching plan' }).click();
  await expect(page.getByRole('heading', { name: 'Coaching plan preview' })).toBeVisible();
  await page.getByLabel('Start', { exact: true }).fill('2027-01-04');
  await expect(page.getByRole('heading', { name: 'Learn' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Own' })).toBeVisible();
  await expect(page.getByLabel('Goal: Customer discovery to level 1')).toContainText(
    'Take notes in three customer interviews',
  );
  await expect(page.getByLabel('Let go or hand to others')).toContainText('Delivery planning');
  await page.getByLabel('Hours a week').fill('0');
  await expect(page.getByText('Hours per week must be more than 0')).toBeVisible();
});

test('create a custom role by cloning, export it, delete it, and import it back', async ({ page }) => {
  await openApp(page, '/roles/product-manager');
  await page.getByRole('button', { name: 'Clone' }).click();
  const dialog = page.getByRole('form', { name: 'New role' });
  await expect(dialog.getByLabel('Start from')).toHaveValue('product-manager');
  await dialog.getByLabel('Name').fill('Platform Product Manager');
  await dialog.getByRole('button', { name: 'Create role' }).click();

  await expect(page.getByRole('heading', { name: 'Edit Platform Product Manager' })).toBeVisible();
  await page.getByLabel('Technical fluency level').selectOption({ label: '4 · Could teach it' });
  await page.getByLabel('Summary').fill('Owns the internal developer platform and its adoption.');
  await page.getByRole('button', { name: 'Save role' }).click();

  await expect(page.getByRole('heading', { name: 'Platform Product Manager', level: 1 })).toBeVisible();
  await expect(page.getByText('Owns the internal developer platform and its adoption.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Technical fluency: level 4, Could teach it' })).toBeVisible();

  await page.getByRole('link', { name: 'Roles' }).first().click();
  await expect(page.getByRole('link', { name: 'Open Platform Product Manager' })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Your roles and competencies \(JSON\)/ }).click();
  const download = await downloading;
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as { roles: { name: string }[] };
  expect(file.roles.map((r) => r.name)).toEqual(['Platform Product Manager']);

  await page.getByRole('link', { name: 'Open Platform Product Manager' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete role' }).click();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open Platform Product Manager' })).toHaveCount(0);

  await page.getByTestId('framework-import-file').setInputFiles(path);
  await expect(page.getByText('Framework imported')).toBeVisible();
  await page.getByRole('link', { name: 'Open Platform Product Manager' }).click();
  await expect(page.getByRole('img', { name: 'Technical fluency: level 4, Could teach it' })).toBeVisible();
});

test('a malformed framework file is refused with the field named, and nothing changes', async ({ page }) => {
  await openApp(page, '/roles');
  await expect(page.getByRole('link', { name: 'Open Product Manager' })).toBeVisible();
  await page.getByTestId('framework-import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'rolebridge-framework',
        version: 1,
        competencies: [],
        roles: [
          {
            id: 'x',
            name: 'Broken',
            summary: 's',
            judgedOn: 'sometimes',
            successMeasures: 'm',
            habitsToRelease: 'h',
            basedOn: null,
            expectations: {},
          },
        ],
      }),
    ),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'broken.json was not imported' });
  await expect(alert).toContainText('file.roles.0.judgedOn');
  await expect(page.getByRole('link', { name: 'Open Broken' })).toHaveCount(0);
});
