import { expect, test } from '@playwright/test';
import { addHire, appUrl, openApp } from './app';

test.describe.configure({ mode: 'serial' });

test('create a hire through the form, see it listed, and find it again after a reload', async ({ page }) => {
  await openApp(page, '/hires');
  await expect(page.getByRole('heading', { name: 'Hires', level: 1 })).toBeVisible();
  await addHire(page, {
    name: 'Łukasz Żółć',
    current: 'Project Manager',
    target: 'Product Manager',
    start: '2026-12-07',
    notes: 'Ran the platform migration; wants to own outcomes.',
  });
  const row = page.getByRole('row', { name: /Łukasz Żółć/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Project Manager');
  await expect(row).toContainText('Product Manager');
  await expect(row).toContainText('7 Dec 2026');

  await page.reload();
  await expect(page.getByRole('row', { name: /Łukasz Żółć/ })).toBeVisible();
  // The token left the address bar but the tab still has it.
  expect(page.url()).not.toContain('token=');
});

test('shows validation messages next to the fields and saves nothing', async ({ page }) => {
  await openApp(page, '/hires');
  await expect(page.getByRole('table', { name: 'Hires', exact: true })).toBeVisible();
  const before = await page.getByRole('row').count();
  await page
    .getByRole('button', { name: /Add (your first )?hire/ })
    .first()
    .click();
  const form = page.getByRole('form', { name: 'Add hire' });
  // The start date comes filled in with the next working day; emptied, it is refused too.
  await expect(form.getByLabel('Start date')).not.toHaveValue('');
  await form.getByLabel('Start date').fill('');
  await form.getByRole('button', { name: 'Add hire' }).click();
  await expect(form.getByText('Enter the person’s name')).toBeVisible();
  await expect(form.getByText('Pick the current role')).toBeVisible();
  // The field shows dd/mm/yyyy in en-GB: so does its error.
  await expect(form.getByText('Enter the start date, as dd/mm/yyyy')).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row')).toHaveCount(before);
});

test('edit, search, archive and restore a hire', async ({ page }) => {
  await openApp(page, '/hires');
  await addHire(page, {
    name: 'Grace Hopper',
    current: 'Product Owner',
    target: 'Product Manager',
    start: '2027-01-04',
  });
  await page.getByRole('button', { name: 'Edit Grace Hopper' }).click();
  const form = page.getByRole('form', { name: 'Edit hire' });
  await form.getByLabel('Name').fill('Grace B. Hopper');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('row', { name: /Grace B\. Hopper/ })).toBeVisible();

  await page.getByRole('textbox', { name: 'Search hires by name' }).fill('hopper');
  await expect(page.getByRole('row')).toHaveCount(2); // the header and Grace
  await expect(page.getByRole('row', { name: /Łukasz/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Archive Grace B. Hopper' }).click();
  await expect(page.getByText('Grace B. Hopper archived')).toBeVisible();
  await expect(page.getByRole('row', { name: /Grace B\. Hopper/ })).toHaveCount(0);

  await page.locator('label', { hasText: /^Archived$/ }).click();
  await page.getByRole('button', { name: 'Restore Grace B. Hopper' }).click();
  await expect(page.getByRole('row', { name: /Grace B\. Hopper/ })).toHaveCount(0);
  await page.locator('label', { hasText: /^Active$/ }).click();
  await expect(page.getByRole('row', { name: /Grace B\. Hopper/ })).toBeVisible();
});

test('the API refuses a request without the token', async ({ request }) => {
  const { origin, token } = appUrl();
  const refused = await request.post(`${origin}/api/hires.list`, { data: {} });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ ok: false });
  const allowed = await request.post(`${origin}/api/hires.list`, {
    data: {},
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(allowed.status()).toBe(200);
});

test('every page in the navigation opens', async ({ page }) => {
  await openApp(page);
  for (const name of ['Roles', 'Settings', 'Dashboard', 'Hires']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const dataDir = process.env.ROLEBRIDGE_DATA_DIR ?? 'unset';
  await expect(page.getByRole('table', { name: 'About your data' })).toContainText(dataDir);
});
