// The manager's main journey: hire → assessment → plan → work it → reassess → re-plan.
import { expect, test, type Page } from '@playwright/test';
import { addHire, openApp } from './app';

test.describe.configure({ mode: 'serial' });

/** Picks a level for every competency on the assessment form (replacing the assumed ones); `overrides` by competency name. */
async function rateAll(page: Page, base: number, overrides: Record<string, number> = {}) {
  const form = page.getByRole('form', { name: 'Record assessment' });
  const cards = form.locator('[aria-label]').filter({ has: page.getByRole('radiogroup') });
  const count = await cards.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i += 1) {
    const card = cards.nth(i);
    const name = (await card.getAttribute('aria-label')) ?? '';
    const level = overrides[name] ?? base;
    await card.getByRole('radio', { name: new RegExp(`: ${level} · `) }).click();
  }
}

test('create, assess, plan, work the plan, reassess and re-plan with completed work carried over', async ({
  page,
}) => {
  // A whole journey through the browser: on a busy machine it needs more than the default 90 s.
  test.slow();
  await openApp(page, '/hires');
  await addHire(page, {
    name: 'Dmitri Volkov',
    current: 'Project Manager',
    target: 'Product Manager',
    start: '2026-11-02',
  });
  await page.getByRole('link', { name: 'Dmitri Volkov' }).click();
  await expect(page.getByRole('heading', { name: 'Dmitri Volkov', level: 1 })).toBeVisible();

  // Assess.
  await page.getByRole('tab', { name: /Assessments/ }).click();
  await page.getByRole('button', { name: 'Record an assessment' }).click();
  // The form starts from a Project Manager's usual levels, assumed until confirmed or changed.
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByRole('alert', { name: 'Not saved' })).toContainText('Confirm or change');
  await rateAll(page, 1, {
    'Stakeholder management': 4,
    'Communication and storytelling': 3,
    'Customer discovery': 0,
  });
  await page
    .getByRole('form', { name: 'Record assessment' })
    .getByRole('textbox', { name: 'Customer discovery evidence' })
    .fill('Has not run interviews yet');
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByRole('table', { name: 'Gaps, biggest first' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Gaps, biggest first' }).getByRole('row').nth(1),
  ).toContainText('Customer discovery');
  await expect(page.getByRole('img', { name: 'Current and target levels' })).toBeVisible();

  // Plan.
  await page.getByRole('tab', { name: 'Coaching plan' }).click();
  await page.getByRole('button', { name: 'Create the coaching plan' }).click();
  await expect(page.getByLabel('Plan preview')).toContainText('Learn');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Current', { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Plan version' })).toContainText('Version 1 (current)');

  // Work it: complete two activities of the first goal.
  const goal = page.getByLabel('Goal: Customer discovery to level 1');
  const checkboxes = goal.getByRole('checkbox');
  const firstTitle = ((await goal.getByRole('row').nth(0).getAttribute('aria-label')) ?? '').trim();
  const secondTitle = ((await goal.getByRole('row').nth(1).getAttribute('aria-label')) ?? '').trim();
  await checkboxes.nth(0).click();
  await expect(checkboxes.nth(0)).toBeChecked();
  await checkboxes.nth(1).click();
  await expect(checkboxes.nth(1)).toBeChecked();
  await expect(page.getByText(/^2 of \d+ activities done$/)).toBeVisible();

  // Reassess: discovery has moved to level 1.
  await page.getByRole('tab', { name: /Assessments/ }).click();
  await page.getByRole('button', { name: 'Record an assessment' }).click();
  await rateAll(page, 1, {
    'Stakeholder management': 4,
    'Communication and storytelling': 3,
    'Customer discovery': 1,
  });
  await page.getByRole('button', { name: 'Save assessment' }).click();
  await expect(page.getByRole('table', { name: 'Assessment history' }).getByRole('row')).toHaveCount(3);

  // Re-plan: version 2, with the completed work carried over, and version 1 still readable.
  await page.getByRole('tab', { name: 'Coaching plan' }).click();
  await page.getByRole('button', { name: 'Re-plan from the latest assessment' }).click();
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByRole('combobox', { name: 'Plan version' })).toContainText('Version 2 (current)');
  await expect(page.getByLabel('Goal: Customer discovery to level 1')).toHaveCount(0);
  // The work done for discovery 0→1 now sits under the discovery goal of version 2, still done, with its date.
  const nextGoal = page.getByLabel('Goal: Customer discovery to level 2');
  for (const title of [firstTitle, secondTitle]) {
    const row = nextGoal.getByRole('row', { name: title });
    await expect(row.getByRole('checkbox')).toBeChecked();
    await expect(row).toContainText('Carried from an earlier version');
    await expect(row.getByRole('textbox', { name: `Done on: ${title}` })).not.toHaveValue('');
  }

  const versionSelect = page.getByRole('combobox', { name: 'Plan version' });
  const firstVersion = await versionSelect.locator('option', { hasText: 'Version 1' }).getAttribute('value');
  await versionSelect.selectOption(firstVersion ?? '');
  await expect(page.getByText('Earlier version, read-only')).toBeVisible();
  await expect(
    page.getByLabel('Goal: Customer discovery to level 1').getByRole('checkbox').nth(0),
  ).toBeDisabled();
});
