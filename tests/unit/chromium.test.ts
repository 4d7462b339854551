// The end-to-end tests' browser check: a system Chromium is used when there is one, and with no
// browser at all the run stops on one line naming the command that gets one.
import { describe, expect, it, vi } from 'vitest';
import { missingBrowser, NO_BROWSER, systemChromium } from '../support/chromium';

describe('browser for the end-to-end tests', () => {
  it('uses the first candidate path that exists', () => {
    expect(systemChromium(['/no/such/chromium', process.execPath])).toBe(process.execPath);
    expect(systemChromium([undefined, '/no/such/chromium'])).toBeUndefined();
  });

  it('needs nothing more when a system Chromium is there', async () => {
    const launch = vi.fn(async () => undefined);
    expect(await missingBrowser('/usr/bin/chromium', launch)).toBeNull();
    expect(launch).not.toHaveBeenCalled();
  });

  it("is satisfied by Playwright's own browser when it starts", async () => {
    expect(await missingBrowser(undefined, async () => undefined)).toBeNull();
  });

  it('says in one line how to get a browser when none starts', async () => {
    const problem = await missingBrowser(undefined, async () => {
      throw new Error("browserType.launch: Executable doesn't exist at /x/chrome-headless-shell");
    });
    expect(problem).toBe(NO_BROWSER);
    expect(problem).not.toContain('\n');
    expect(problem).toContain('apt-get install -y chromium');
    expect(problem).toContain('npx playwright install chromium');
  });
});
