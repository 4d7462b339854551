// One-on-ones: from a hire with a plan, run two check-ins and see action items carry forward.
import { expect, test } from '@playwright/test';
import { addHire, openApp } from './app';

test('open the next check-in, record notes, a pulse and two action items; close one next time and see the other carried forward', async ({
  page,
}) => {
  await openApp(page, '/hires');
  await addHire(page, {
    name: 'Margaret Hamilton',
    current: 'Software Engineer',
    target: 'Product Manager',
    start: '2026-11-02',
  });
  await page.getByRole('link', { name: 'Margaret Hamilton' }).click();
  await page.getByRole('button', { name: 'Create a plan without one' }).click();
  await page.getByRole('textbox', { name: 'Start' }).fill('2026-11-02');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('combobox', { name: 'Plan version' })).toBeVisible();

  await page.getByRole('tab', { name: 'Check-ins' }).click();
  const upcoming = page.getByRole('table', { name: 'Upcoming check-ins' });
  await expect(upcoming.getByText('Overdue').first()).toBeVisible();
  await upcoming
    .getByRole('link', { name: /^Open the check-in of / })
    .first()
    .click();

  // The prepared agenda, in GROW order.
  await expect(page.getByRole('heading', { name: 'One-on-one with Margaret Hamilton' })).toBeVisible();
  for (const section of ['Goal', 'Reality', 'Options', 'Will'])
    await expect(page.getByRole('heading', { name: section })).toBeVisible();
  const goal = page.getByLabel('Goal', { exact: true });
  const pulse = goal.getByRole('radiogroup').first();
  await pulse.getByText('2', { exact: true }).click();

  await page.getByLabel('Shared notes').fill('Agreed to start with three customer interviews.');
  await page.getByLabel(/Private notes/).fill('Nervous about presenting to leadership.');
  const will = page.getByLabel('Will', { exact: true });
  await will.getByRole('textbox', { name: 'New action item' }).fill('Book three customer interviews');
  await will.getByRole('button', { name: 'Add' }).click();
  await will.getByRole('textbox', { name: 'New action item' }).fill('Introduce Margaret to the sales lead');
  await will.getByLabel('Who').selectOption('manager');
  // Wait for the draft that holds both items, not an earlier one saved after the first.
  const bothSaved = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/checkIns.saveDraft') &&
      (response.request().postData() ?? '').includes('Introduce Margaret'),
  );
  await will.getByRole('button', { name: 'Add' }).click();
  await bothSaved;
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved' })).toBeVisible();

  // A reload mid-way loses nothing: the draft comes back.
  await page.reload();
  await expect(page.getByLabel('Shared notes')).toHaveValue(
    'Agreed to start with three customer interviews.',
  );
  await expect(page.getByLabel('New action item: Introduce Margaret to the sales lead')).toBeVisible();

  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Check-in saved')).toBeVisible();
  const held = page.getByRole('article').or(page.locator('[aria-label^="Check-in held"]')).first();
  await expect(held).toContainText('Agreed to start with three customer interviews.');
  await expect(held).toContainText('Nervous about presenting to leadership.');

  // The next check-in carries both action items; close one.
  await page
    .getByRole('table', { name: 'Upcoming check-ins' })
    .getByRole('link', { name: /^Open the check-in of / })
    .first()
    .click();
  const will2 = page.getByLabel('Will', { exact: true });
  await expect(will2.getByLabel('Action item: Book three customer interviews')).toContainText(
    'agreed last time',
  );
  await expect(will2.getByLabel('Action item: Introduce Margaret to the sales lead')).toBeVisible();
  await will2
    .getByLabel('Action item: Book three customer interviews')
    .getByText('Done', { exact: true })
    .click();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Check-in saved')).toBeVisible();

  // The third check-in still carries the open one, and only that.
  await page
    .getByRole('table', { name: 'Upcoming check-ins' })
    .getByRole('link', { name: /^Open the check-in of / })
    .first()
    .click();
  const will3 = page.getByLabel('Will', { exact: true });
  await expect(will3.getByLabel('Action item: Introduce Margaret to the sales lead')).toContainText(
    'agreed earlier',
  );
  await expect(will3.getByLabel('Action item: Book three customer interviews')).toHaveCount(0);

  // History is searchable.
  await page.getByRole('link', { name: 'Margaret Hamilton' }).click();
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await page.getByRole('textbox', { name: 'Search check-ins' }).fill('interviews');
  await expect(page.locator('[aria-label^="Check-in held"]')).toHaveCount(2);
  await page.getByRole('textbox', { name: 'Search check-ins' }).fill('leadership');
  await expect(page.locator('[aria-label^="Check-in held"]')).toHaveCount(1);
});
