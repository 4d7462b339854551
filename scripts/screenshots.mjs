// Takes screenshots of the running browser mode for review: `node scripts/screenshots.mjs URL OUTDIR [route...]`.
// URL is the full link printed by `npm run web` (with its token).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/* global window */
const [url, outDir = 'screenshots', ...routes] = process.argv.slice(2);
if (!url) {
  console.error('Usage: node scripts/screenshots.mjs URL [OUTDIR] [route ...]');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
for (const route of routes.length > 0 ? routes : ['/', '/hires', '/roles', '/settings']) {
  await page.evaluate((hash) => (window.location.hash = `#${hash}`), route);
  await page.waitForTimeout(600);
  const file = join(outDir, `${route.replace(/[^a-z0-9]+/gi, '_') || 'home'}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
await browser.close();
