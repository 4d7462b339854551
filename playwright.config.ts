import { defineConfig } from '@playwright/test';
import { quietChromiumArgs, systemChromium } from './tests/support/chromium';

const executablePath = systemChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    // Assertions read dates as the UK writes them; locale.spec.ts runs other locales.
    locale: 'en-GB',
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    launchOptions: executablePath ? { executablePath, args: quietChromiumArgs } : {},
  },
});
