// The dashboard and the Progress tab show the figures the core computes for a seeded history.
import { expect, test } from '@playwright/test';
import { call, openApp } from './app';

const day = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const projectManager: Record<string, number> = {
  'outcome-ownership': 1,
  'vision-roadmap': 1,
  prioritisation: 2,
  'business-acumen': 2,
  'customer-discovery': 0,
  'data-fluency': 1,
  'user-experience': 1,
  'market-awareness': 1,
  specification: 2,
  'backlog-management': 1,
  'delivery-planning': 4,
  'technical-fluency': 2,
  'stakeholder-management': 4,
  communication: 3,
  'influence-leadership': 3,
};
const ratings = (levels: Record<string, number>) =>
  Object.entries(levels).map(([competencyId, level]) => ({ competencyId, level }));

test('seeded history: readiness, gap closed, forecast and status agree between the core, the Progress tab and the dashboard', async ({
  page,
  request,
}) => {
  const hire = await call<{ id: string }>(request, 'hires.create', {
    name: 'Ada Seeded',
    currentRoleId: 'project-manager',
    targetRoleId: 'product-manager',
    startDate: day(-35),
  });
  await call(request, 'assessments.create', {
    hireId: hire.id,
    assessedOn: day(-35),
    assessor: 'manager',
    ratings: ratings(projectManager),
  });
  await call(request, 'plans.create', { hireId: hire.id, startDate: day(-35) });
  await call(request, 'assessments.create', {
    hireId: hire.id,
    assessedOn: day(-7),
    assessor: 'manager',
    ratings: ratings({
      ...projectManager,
      'customer-discovery': 1,
      'outcome-ownership': 2,
      'vision-roadmap': 2,
    }),
  });
  const progress = await call<{
    readiness: number;
    gapClosed: number;
    firstGap: number;
    latestGap: number;
    forecast: { date: string | null };
    status: { status: string };
  }>(request, 'progress.hire', { hireId: hire.id });
  // Hand-checked: the move closes discovery by 1 (weight 3) and outcomes and vision by 1 each (weight 3): 9 of 37.
  expect(progress.firstGap).toBe(37);
  expect(progress.latestGap).toBe(28);
  const readiness = `${Math.round(progress.readiness * 100)}%`;

  await openApp(page, `/hires/${hire.id}?tab=progress`);
  await expect(page.getByLabel('Readiness').getByText(readiness)).toBeVisible();
  await expect(page.getByLabel('Gap closed')).toContainText(`${Math.round((9 / 37) * 100)}%`);
  await expect(page.getByLabel('Gap closed')).toContainText('37 → 28');
  expect(progress.forecast.date).not.toBeNull();
  await expect(page.getByLabel('Forecast')).not.toContainText('—');
  await expect(page.getByLabel('Levels over time')).toBeVisible();
  await expect(page.getByLabel('Plan completion')).toContainText('0 of');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const row = page.getByRole('table', { name: 'Active hires' }).getByRole('row', { name: 'Ada Seeded' });
  await expect(row).toContainText(readiness);
  await expect(row).toContainText('Project Manager → Product Manager');
  await expect(row).toContainText('5'); // weeks in
  await expect(row).toContainText(
    progress.status.status === 'stalled'
      ? 'Stalled'
      : progress.status.status === 'slipping'
        ? 'Slipping'
        : 'On track',
  );
  await expect(page.getByLabel('Coaching load')).toBeVisible();
  await row.click();
  await expect(page.getByRole('heading', { name: 'Ada Seeded', level: 1 })).toBeVisible();
});
