// The Check-ins tab of a hire with a saved plan: the next three one-on-ones with what the plan says
// each covers, the rest folded by month, and a check-in moved from its popover.
import { expect, test } from '@playwright/test';
import { addHire, call, openApp } from './app';

interface ScheduledCheckIn {
  id: string;
  scheduledOn: string;
  topics: string[];
}

/** A date the way the machine's clock has it (today by default), plus `days`: the app plans from local dates. */
function localDate(days = 0, from = new Date()): string {
  const d = new Date(from);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const monthName = (month: string) =>
  new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
  });

test('the next three check-ins show their focus, the rest fold by month, and one moves from its popover', async ({
  page,
  request,
}) => {
  await openApp(page, '/hires');
  await addHire(page, {
    name: 'Katherine Johnson',
    current: 'Project Manager',
    target: 'Product Manager',
    start: localDate(),
  });
  await page.getByRole('link', { name: 'Katherine Johnson' }).click();
  await page.getByRole('button', { name: 'Create a plan without one' }).click();
  await page.getByRole('textbox', { name: 'Start' }).fill(localDate());
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('combobox', { name: 'Plan version' })).toBeVisible();
  const hireId = /\/hires\/([^/?]+)/.exec(page.url())?.[1] ?? '';
  const schedule = await call<ScheduledCheckIn[]>(request, 'checkIns.schedule', { hireId });
  // More than the eight the tab used to list in full, so the fold is seen.
  expect(schedule.length).toBeGreaterThan(8);

  await page.getByRole('tab', { name: 'Check-ins' }).click();
  const upcoming = page.getByRole('table', { name: 'Upcoming check-ins' });
  await expect(upcoming.getByRole('row')).toHaveCount(3);
  // No column of raw date fields: moving a check-in is one click away, in a popover.
  await expect(upcoming.locator('input[type="date"]')).toHaveCount(0);
  // The first one-on-one leads with the expectations conversation the plan gave it.
  const [first] = schedule;
  expect(first?.topics.length).toBeGreaterThan(0);
  await expect(upcoming.getByRole('row').first()).toContainText(first?.topics[0] ?? '');

  // The rest, by month, each with how many there are.
  const later = new Map<string, number>();
  for (const c of schedule.slice(3))
    later.set(c.scheduledOn.slice(0, 7), (later.get(c.scheduledOn.slice(0, 7)) ?? 0) + 1);
  for (const [month, count] of later) {
    await expect(
      page.getByRole('button', {
        name: `${monthName(month)} ${count === 1 ? '1 check-in' : `${count} check-ins`}`,
      }),
    ).toBeVisible();
  }
  const [firstMonth, firstCount] = [...later][0] ?? ['', 0];
  await page.getByRole('button', { name: new RegExp(`^${monthName(firstMonth)} `) }).click();
  const folded = page.getByRole('table', { name: `Check-ins in ${monthName(firstMonth)}` });
  await expect(folded.getByRole('link', { name: /^Open the check-in of / })).toHaveCount(firstCount);

  // Move the first check-in a day on.
  await upcoming
    .getByRole('button', { name: /^Move the check-in of / })
    .first()
    .click();
  // The day after it: one-on-ones are a week or more apart, so that day is free.
  const [y, m, d] = (first?.scheduledOn ?? '').split('-').map(Number);
  const newDate = localDate(1, new Date(y ?? 0, (m ?? 1) - 1, d));
  await page.getByRole('textbox', { name: 'New date' }).fill(newDate);
  await page.getByRole('button', { name: 'Move', exact: true }).click();
  await expect
    .poll(async () => {
      const after = await call<ScheduledCheckIn[]>(request, 'checkIns.schedule', { hireId });
      return after.find((c) => c.id === first?.id)?.scheduledOn;
    })
    .toBe(newDate);
});
