// Which Chromium Playwright drives: CHROMIUM_PATH, then Debian's /usr/bin/chromium, else
// Playwright's own browser (on a developer's Mac or Windows machine).
import { existsSync } from 'node:fs';

export function systemChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

export const quietChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
