// Starts `npm run web` on a data folder and a free port, answering its URL once it is serving.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The project's root: the nearest folder above this module holding scripts/web.mjs. This module runs
 * from tests/e2e under Playwright and, bundled, from out/bench/assets under `npm run bench`.
 */
function projectRoot(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'scripts', 'web.mjs'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No scripts/web.mjs above ${import.meta.dirname}`);
  }
}

const root = projectRoot();

export interface WebProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startWeb(dataDir: string): Promise<WebProcess> {
  const child = spawn(process.execPath, [join(root, 'scripts/web.mjs'), '--port', '0', '--data', dataDir], {
    cwd: root,
    // A locale without a country: plans skip no public holidays, so the dates the specs expect do
    // not depend on the machine's locale or on a holiday near today (tests/core/calendar.test.ts
    // covers holidays).
    env: { ...process.env, LC_ALL: 'en', LANG: 'en' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm run web printed no URL in 180 s:\n${output}`)),
      180_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Rolebridge is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run web exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    },
  };
}
