// Single sign-on on a team server end to end, against a real PostgreSQL: `node out/web/serve.js
// --trust-proxy --sso-header X-Forwarded-Email` on a fresh database, with Chromium sending the header
// a proxy would (extraHTTPHeaders stands in for oauth2-proxy). The invited manager is signed in on
// arrival without a password; after signing out she sees "Signed out — continue as …", also after a
// reload, and continues; an address with no account is told to ask for an invitation. Screenshots of
// each screen, axe over each. Needs ROLEBRIDGE_TEST_POSTGRES_URL and a build, as team-roles.spec.ts.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { openTeamServer } from './team-server';

const root = resolve(import.meta.dirname, '../..');
const serverUrl = process.env.ROLEBRIDGE_TEST_POSTGRES_URL;
const shots = join(root, 'test-results', 'team-sso');
const HEADER = 'X-Forwarded-Email';
const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'lantern orchard 1987 blue' };
const ANA = { name: 'Ana Manager', email: 'ana@example.com', password: 'harbour violet 2231 kite' };

async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.mouse.move(1270, 790);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} ${v.help}`);
  expect(serious).toEqual([]);
}

/** A browser whose requests carry the header the company's proxy would set for `email`. */
async function behindProxy(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { [HEADER]: email } });
  return context.newPage();
}

const title = serverUrl
  ? 'single sign-on through a trusted proxy header: signed in on arrival, asked after signing out'
  : 'single sign-on journey (skipped: ROLEBRIDGE_TEST_POSTGRES_URL is not set; run it through node scripts/with-postgres.mjs)';

test(title, async ({ page, browser }) => {
  test.skip(!serverUrl, 'ROLEBRIDGE_TEST_POSTGRES_URL is not set');
  test.setTimeout(120_000);
  mkdirSync(shots, { recursive: true });
  const server = await openTeamServer(serverUrl as string, ['--trust-proxy', '--sso-header', HEADER]);
  const { origin } = server;
  try {
    expect(server.output()).toContain(`Single sign-on is on: the proxy's ${HEADER} header`);
    // The administrator sets up with a password (no header) and invites Ana, who accepts once.
    await page.goto(origin);
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await page.getByLabel('Email').fill(ANA.email);
    await page.getByRole('radio', { name: 'Manager' }).check();
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    const invited = await browser.newPage();
    await invited.goto(link);
    await invited.getByLabel('Your name').fill(ANA.name);
    await invited.getByRole('textbox', { name: 'Password' }).fill(ANA.password);
    await invited.getByRole('button', { name: 'Set password and sign in' }).click();
    await expect(invited.getByRole('button', { name: `Account: ${ANA.name}, Manager` })).toBeVisible();

    // Behind the proxy Ana is signed in on arrival: no password asked.
    const ana = await behindProxy(browser, ANA.email);
    await ana.goto(origin);
    const menu = ana.getByRole('button', { name: `Account: ${ANA.name}, Manager` });
    await expect(menu).toBeVisible();
    await expect(ana.getByRole('textbox', { name: 'Password' })).toHaveCount(0);
    await shot(ana, '1-signed-in-through-proxy');

    // Signing out does not loop straight back in: she is asked, also after a reload.
    await menu.click();
    await ana.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    const carryOn = ana.getByRole('button', { name: `Continue as ${ANA.email}` });
    await expect(ana.getByRole('heading', { name: 'Signed out' })).toBeVisible();
    await expect(carryOn).toBeVisible();
    await shot(ana, '2-signed-out-continue-as');
    await ana.reload();
    await expect(carryOn).toBeVisible();
    await expect(menu).toHaveCount(0);
    await carryOn.click();
    await expect(menu).toBeVisible();

    // An address the company knows but Rolebridge has no account for: no account is made.
    const stranger = await behindProxy(browser, 'newcomer@example.com');
    await stranger.goto(origin);
    await expect(stranger.getByRole('heading', { name: 'Not signed in', level: 1 })).toBeVisible();
    await expect(stranger.getByRole('alert')).toContainText(
      'There is no Rolebridge account for newcomer@example.com',
    );
    await expect(stranger.getByRole('button', { name: 'Sign in with a password instead' })).toBeVisible();
    await shot(stranger, '3-no-account-for-address');
  } finally {
    await server.close();
  }
});
