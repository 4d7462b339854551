// Every screen with the keyboard alone: from the welcome, the sample team is loaded and a hire added,
// planned and visited with keys only; on every screen, Tab reaches every control in view, each
// shows where the focus is, and Tab never gets stuck.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startWeb } from './web-process';

/** Tab presses before a walk gives up (a screen with more stops than this is a trap in itself). */
const MAX_STOPS = 600;

interface Stop {
  label: string;
  /** Set when the focused element shows no focus indicator. */
  invisible?: string;
  /** Set when a focused button or link has no name a screen reader could say. */
  nameless?: boolean;
  /** Set when this is the first control again: Tab has gone round the whole screen. */
  again: boolean;
}

/**
 * Marks the focused element and says whether the focus can be seen: an outline or a shadow, or for
 * a text field a border that differs from its unfocused one.
 */
async function stopHere(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    // Back at the first control: Tab has gone round. (A date field is several stops, one a part.)
    const again = el.hasAttribute('data-kb-first');
    if (!document.querySelector('[data-kb-first]')) el.setAttribute('data-kb-first', '');
    el.setAttribute('data-kb-reached', '');
    const label = `${el.tagName.toLowerCase()} "${(
      el.getAttribute('aria-label') ??
      el.getAttribute('placeholder') ??
      el.textContent ??
      ''
    )
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 50)}"`;
    const nameless =
      el.matches('button, a') &&
      !el.getAttribute('aria-label')?.trim() &&
      !el.getAttribute('aria-labelledby') &&
      !el.getAttribute('title')?.trim() &&
      !el.textContent?.trim();
    // Colours are read where their transitions end.
    const transition = el.style.transition;
    el.style.transition = 'none';
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    // A text field shows focus by its border taking the primary colour (without leaving the
    // field: leaving a date field would reset which of its parts has the focus).
    let field = false;
    if (!ring && el.matches('input, textarea, select')) {
      const probe = document.createElement('div');
      probe.style.borderColor = 'var(--mantine-primary-color-filled)';
      el.parentElement?.append(probe);
      field = style.borderTopColor === getComputedStyle(probe).borderTopColor;
      probe.remove();
    }
    el.style.transition = transition;
    if (ring || field) return { label, again, nameless };
    return { label, again, nameless, invisible: `no focus indicator (outline ${style.outlineStyle})` };
  });
}

/** Controls in view that Tab should reach but did not. */
async function unreached(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // An open dialog keeps the focus inside it: only its controls count.
    const dialog = document.querySelector('[role="dialog"][aria-modal="true"]');
    const candidates = (dialog ?? document).querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]',
    );
    const missed: string[] = [];
    for (const el of candidates) {
      if (el.hasAttribute('data-kb-reached')) continue;
      if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert], [aria-hidden="true"]')) continue;
      if (el.matches('input[type="hidden"], input[type="file"]')) continue;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      // One stop per radio group: the others are reached with the arrow keys.
      if (el.matches('input[type="radio"]')) {
        const name = el.getAttribute('name');
        const group = name ? document.querySelectorAll(`input[type="radio"][name="${name}"]`) : [];
        if ([...group].some((radio) => radio.hasAttribute('data-kb-reached'))) continue;
      }
      missed.push(
        `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}"`,
      );
    }
    return missed;
  });
}

/**
 * Puts the keyboard's starting point at the top of the page (or of the open dialog), as when a
 * screen has just opened: the next Tab goes to the first control.
 */
async function startAtTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelectorAll('[data-kb-reached], [data-kb-first]').forEach((el) => {
      el.removeAttribute('data-kb-reached');
      el.removeAttribute('data-kb-first');
    });
    const container = document.querySelector('[role="dialog"][aria-modal="true"]') ?? document.body;
    let start = document.getElementById('kb-start');
    if (!start) {
      start = document.createElement('div');
      start.id = 'kb-start';
      start.tabIndex = -1;
    }
    container.prepend(start);
    start.focus();
    window.scrollTo(0, 0);
  });
}

/** Tabs through the whole screen from the top and reports what the keyboard cannot do. */
async function walk(page: Page, screen: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // A lazily loaded tab shows a loader until its code and data arrive, later on a busy machine: the
  // walk starts on the screen as the manager sees it once loaded, not on the loader.
  await expect(page.getByLabel('Loading', { exact: true })).toHaveCount(0, { timeout: 30_000 });
  await startAtTop(page);
  const problems: string[] = [];
  let stops = 0;
  let wrapped = false;
  for (let press = 0; press < MAX_STOPS; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await stopHere(page);
    if (!stop) {
      if (stops > 0) {
        wrapped = true; // past the last control, out of the page
        break;
      }
      continue;
    }
    if (stop.again) {
      wrapped = true;
      break;
    }
    stops += 1;
    if (stop.invisible) problems.push(`${screen}: ${stop.label}: ${stop.invisible}`);
    if (stop.nameless) problems.push(`${screen}: ${stop.label}: no accessible name`);
  }
  if (process.env.KEYBOARD_DEBUG) console.log(`${screen}: ${stops} stops`);
  if (!wrapped) problems.push(`${screen}: Tab did not come round after ${MAX_STOPS} stops`);
  if (stops === 0) problems.push(`${screen}: Tab reached nothing`);
  for (const missed of await unreached(page)) problems.push(`${screen}: Tab never reached ${missed}`);
  return problems;
}

/** Presses Tab until the focused element matches `name`, then returns it focused. */
async function tabTo(page: Page, role: 'button' | 'link' | 'tab', name: string | RegExp): Promise<void> {
  const target = page.getByRole(role, { name }).first();
  for (let press = 0; press < MAX_STOPS; press += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached the ${role} ${String(name)}`);
}

async function go(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => (window.location.hash = `#${hash}`), route);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

test('every screen works with the keyboard alone, with the focus always visible', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-e2e-keyboard-'));
  const web = await startWeb(dataDir);
  const problems: string[] = [];
  try {
    await page.goto(web.url);
    await expect(page.getByRole('heading', { name: 'Welcome to Rolebridge' })).toBeVisible();
    problems.push(...(await walk(page, 'welcome')));

    // Load the sample team with keys only.
    await startAtTop(page);
    await tabTo(page, 'button', 'Load a sample team');
    await page.keyboard.press('Enter');
    await expect(page.getByText('You are looking at a sample team')).toBeVisible();
    problems.push(...(await walk(page, 'dashboard')));

    // Add a hire with keys only: the form opens from its button, fields are typed, Enter saves.
    await go(page, '/hires');
    problems.push(...(await walk(page, 'hires')));
    await startAtTop(page);
    await tabTo(page, 'button', 'Export all plans (PDF)');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    problems.push(...(await walk(page, 'export all plans dialog')));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await startAtTop(page);
    await tabTo(page, 'button', 'Add hire');
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Add hire' });
    await expect(form).toBeVisible();
    problems.push(...(await walk(page, 'add hire form')));
    await form.getByLabel('Name').focus();
    await page.keyboard.type('Kira Keyboard');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Current role')).toBeFocused();
    await page.keyboard.type('Project');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Target role')).toBeFocused();
    await page.keyboard.type('Product Man');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Start date')).toBeFocused();
    // Chromium orders a date field's parts by the system's language; 3 March reads the same either way.
    await page.keyboard.type('03032026');
    await expect(form.getByLabel('Start date')).toHaveValue('2026-03-03');
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();

    // Open the new hire from the list, and move between the tabs with the arrow keys.
    await startAtTop(page);
    await tabTo(page, 'link', 'Kira Keyboard');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Kira Keyboard', level: 1 })).toBeVisible();
    const tabs = page.getByRole('tab');
    const names = await tabs.allTextContents();
    expect(names.length).toBeGreaterThan(2);
    await startAtTop(page);
    await tabTo(page, 'tab', names[0] ?? '');
    for (const [index, name] of names.entries()) {
      if (index > 0) {
        // The walk below moved the focus; come back to the selected tab, then to the next one.
        await startAtTop(page);
        await tabTo(page, 'tab', names[index - 1] ?? '');
        await page.keyboard.press('ArrowRight');
      }
      await expect(page.getByRole('tab', { name })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
      problems.push(...(await walk(page, `hire page, ${name} tab`)));
    }

    // A sample hire with a plan, assessments and one-on-ones: every tab, and a one-on-one.
    await go(page, '/hires');
    await page.getByRole('link', { name: 'Maya Okafor' }).first().click();
    await expect(page.getByRole('heading', { name: 'Maya Okafor', level: 1 })).toBeVisible();
    for (let index = 0; index < names.length; index += 1) {
      const tab = page.getByRole('tab').nth(index);
      await tab.click();
      problems.push(...(await walk(page, `sample hire, ${(await tab.textContent()) ?? index} tab`)));
    }
    await page.getByRole('tab', { name: /Check-ins/ }).click();
    const open = page.getByRole('link', { name: /Open|Hold|Start/ }).first();
    if (await open.isVisible().catch(() => false)) {
      await startAtTop(page);
      await open.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      problems.push(...(await walk(page, 'one-on-one')));
    }

    for (const route of [
      '/roles',
      '/roles/product-manager',
      '/roles/compare?from=project-manager&to=product-manager',
      '/settings',
    ]) {
      await go(page, route);
      problems.push(...(await walk(page, route)));
    }
  } finally {
    await web.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (process.env.KEYBOARD_DEBUG) console.log(problems.join('\n'));
  expect(problems).toEqual([]);
});
