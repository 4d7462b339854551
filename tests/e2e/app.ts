// Shared steps for the end-to-end tests.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export function appUrl(url = process.env.ROLEBRIDGE_URL): { url: string; origin: string; token: string } {
  if (!url) throw new Error('ROLEBRIDGE_URL is not set; the global setup did not run');
  const parsed = new URL(url);
  return { url, origin: parsed.origin, token: parsed.hash.replace('#token=', '') };
}

/** Calls a channel over the browser mode's HTTP API, as the page would; throws on an error result. */
export async function call<T>(
  request: APIRequestContext,
  channel: string,
  input: unknown,
  url?: string,
): Promise<T> {
  const { origin, token } = appUrl(url);
  const response = await request.post(`${origin}/api/${channel}`, {
    data: input,
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`);
  return body.value;
}

export async function openApp(page: Page, route = '/'): Promise<void> {
  await page.goto(appUrl().url);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  if (route === '/') return;
  await page.evaluate((hash) => (window.location.hash = `#${hash}`), route);
  // Every screen but the dashboard loads on demand, and the router keeps the old screen up until the
  // new one has arrived: wait for it, so a step never clicks the screen being left.
  await page.waitForFunction((hash) => window.location.hash === `#${hash}`, route);
  await page.waitForLoadState('networkidle');
}

export async function addHire(
  page: Page,
  hire: { name: string; current: string; target: string; start: string; notes?: string },
): Promise<void> {
  await page
    .getByRole('button', { name: /Add (your first )?hire/ })
    .first()
    .click();
  const form = page.getByRole('form', { name: 'Add hire' });
  await form.getByLabel('Name').fill(hire.name);
  await form.getByLabel('Current role').selectOption({ label: hire.current });
  await form.getByLabel('Target role').selectOption({ label: hire.target });
  await form.getByLabel('Start date').fill(hire.start);
  if (hire.notes) await form.getByLabel('Notes').fill(hire.notes);
  await form.getByRole('button', { name: 'Add hire' }).click();
  await expect(form).toBeHidden();
}
