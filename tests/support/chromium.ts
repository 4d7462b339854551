// Which Chromium Playwright drives: CHROMIUM_PATH, then Debian's /usr/bin/chromium, else
// Playwright's own browser (on a developer's Mac or Windows machine); and, before the end-to-end
// tests start, one clear line when there is none.
import { existsSync } from 'node:fs';

export function systemChromium(
  candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
): string | undefined {
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

export const NO_BROWSER =
  'No browser found for the end-to-end tests. Get one with: apt-get install -y chromium (Debian, Ubuntu) or npx playwright install chromium (elsewhere); or set CHROMIUM_PATH to a Chromium.';

/**
 * NO_BROWSER when neither a system Chromium nor Playwright's own can be started, else null.
 * `launchBundled` starts and closes Playwright's browser; it throws when it is not installed.
 */
export async function missingBrowser(
  system: string | undefined,
  launchBundled: () => Promise<void>,
): Promise<string | null> {
  if (system) return null;
  try {
    await launchBundled();
    return null;
  } catch {
    return NO_BROWSER;
  }
}
