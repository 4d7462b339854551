// The team server end to end, against a real PostgreSQL: `node out/web/serve.js` on a fresh database,
// then first start → create the administrator → invite a manager → open the invitation link in a
// new browser context → set a password → signed in as the manager → sign out → sign in again. By
// accessible names only. Needs ROLEBRIDGE_TEST_POSTGRES_URL (scripts/with-postgres.mjs sets it) and
// a build (out/web/serve.js and out/renderer).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openTeamServer } from './team-server';
import { expect, test, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const serverUrl = process.env.ROLEBRIDGE_TEST_POSTGRES_URL;
const shots = join(root, 'test-results', 'team-sign-in');
const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'lantern orchard 1987 blue' };
const MANAGER = { name: 'Max Manager', email: 'max@example.com', password: 'harbour violet 2231 kite' };

/** A screenshot to look at, and axe over the screen: no serious or critical violations. */
async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious).toEqual([]);
}

const title = serverUrl
  ? 'a team starts the server, sets up the administrator, invites a manager who signs in'
  : 'team sign-in journey (skipped: ROLEBRIDGE_TEST_POSTGRES_URL is not set; run it through node scripts/with-postgres.mjs)';

test(title, async ({ page, browser }) => {
  test.skip(!serverUrl, 'ROLEBRIDGE_TEST_POSTGRES_URL is not set');
  test.setTimeout(360_000);
  mkdirSync(shots, { recursive: true });
  const server = await openTeamServer(serverUrl as string);
  const { origin } = server;
  try {
    expect(server.output()).toContain(`No administrator yet: the first visit to ${origin} asks for one.`);

    // First start: the administrator.
    await page.goto(origin);
    await expect(page.getByRole('heading', { name: 'Set up Rolebridge' })).toBeVisible();
    await shot(page, '1-first-start');
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect(page.getByRole('button', { name: `Account: ${ADMIN.name}, Administrator` })).toBeVisible();
    await shot(page, '2-admin-signed-in');

    // Invite a manager from the People page.
    await page.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await page.getByLabel('Email').fill(MANAGER.email);
    await page.getByRole('radio', { name: 'Manager' }).check();
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const linkBox = page.getByRole('textbox', { name: 'Invitation link' });
    await expect(linkBox).toBeVisible();
    const link = await linkBox.inputValue();
    expect(link).toMatch(new RegExp(`^${origin}/invitation#token=[A-Za-z0-9_-]+$`));
    await expect(
      page.getByRole('table', { name: 'Open invitations' }).getByRole('cell', { name: MANAGER.email }),
    ).toBeVisible();
    await shot(page, '3-people-invited');

    // The manager opens the link in their own browser.
    const managerContext = await browser.newContext();
    const managerPage = await managerContext.newPage();
    await managerPage.goto(link);
    await expect(managerPage.getByRole('heading', { name: 'Join Rolebridge' })).toBeVisible();
    await shot(managerPage, '4-invitation');
    await managerPage.getByLabel('Your name').fill(MANAGER.name);
    await managerPage.getByRole('textbox', { name: 'Password' }).fill(MANAGER.password);
    await managerPage.getByRole('button', { name: 'Set password and sign in' }).click();
    const managerMenu = managerPage.getByRole('button', { name: `Account: ${MANAGER.name}, Manager` });
    await expect(managerMenu).toBeVisible();
    expect(new URL(managerPage.url()).pathname).toBe('/');
    // A manager has no People page.
    await expect(managerPage.getByRole('link', { name: 'People' })).toHaveCount(0);
    await shot(managerPage, '5-manager-signed-in');

    // Sign out, then in again.
    await managerMenu.click();
    await managerPage.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await expect(managerPage.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(managerPage.getByRole('status')).toContainText('You are signed out.');
    await shot(managerPage, '6-signed-out');
    await managerPage.getByLabel('Email').fill(MANAGER.email);
    await managerPage.getByRole('textbox', { name: 'Password' }).fill('not the password at all');
    await managerPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(managerPage.getByRole('alert')).toContainText('Email or password is wrong');
    await shot(managerPage, '7-wrong-password');
    await managerPage.getByRole('textbox', { name: 'Password' }).fill(MANAGER.password);
    await managerPage.getByRole('button', { name: 'Sign in' }).click();
    await expect(managerMenu).toBeVisible();
    // A reload keeps the session (the cookie) and the page fetches its CSRF token again.
    await managerPage.reload();
    await expect(managerMenu).toBeVisible();
    await managerContext.close();

    // The administrator sees the manager among the accounts.
    await page.reload();
    const accounts = page.getByRole('table', { name: 'Accounts' });
    await expect(accounts.getByRole('cell', { name: MANAGER.name, exact: true })).toBeVisible();
    await expect(page.getByText('No invitations waiting to be accepted.')).toBeVisible();
    await shot(page, '8-people-with-manager');
  } finally {
    await server.close();
  }
});
