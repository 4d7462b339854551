// Starts `npm run web` on a temporary data folder and a free port, and hands its URL to the tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWeb } from './web-process';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rolebridge-e2e-'));
  const web = await startWeb(dataDir);
  process.env.ROLEBRIDGE_URL = web.url;
  process.env.ROLEBRIDGE_DATA_DIR = dataDir;

  return async () => {
    await web.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
