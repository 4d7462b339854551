// Checks there is a browser to drive, then starts `npm run web` on a temporary data folder and a
// free port, and hands its URL to the tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { missingBrowser, quietChromiumArgs, systemChromium } from '../support/chromium';
import { startWeb } from './web-process';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const problem = await missingBrowser(systemChromium(), async () => {
    const browser = await chromium.launch({ args: quietChromiumArgs });
    await browser.close();
  });
  if (problem) {
    // One line instead of every test failing on "Executable doesn't exist"; the run still fails.
    const error = new Error(problem);
    error.stack = problem;
    throw error;
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-e2e-'));
  const web = await startWeb(dataDir);
  process.env.ROLEBRIDGE_URL = web.url;
  process.env.ROLEBRIDGE_DATA_DIR = dataDir;

  return async () => {
    await web.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
