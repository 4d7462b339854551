// Builds the renderer, preload, main and the two servers (browser mode, team) when any source is
// newer than the last build or one of their entry files is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const stampFile = join(root, 'out', '.build-stamp');
const inputs = [
  'src',
  'migrations',
  'package.json',
  'package-lock.json',
  'electron.vite.config.ts',
  'vite.web.config.ts',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function run(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`Build step failed: node ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

export function buildIfStale({ force = false } = {}) {
  const built = existsSync(stampFile) ? statSync(stampFile).mtimeMs : 0;
  const sources = Math.max(...inputs.map((input) => newestMtime(join(root, input))));
  const outputs = ['out/web/cli.js', 'out/web/serve.js', 'out/renderer/index.html'];
  if (!force && built > sources && outputs.every((output) => existsSync(join(root, output)))) return false;
  console.log('Building Rolebridge (about 7 s; only on the first start and after an update)…');
  const started = Date.now();
  // The build's own warnings are for developers (npm run build shows them), not for someone starting the app.
  run([join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error']);
  run([
    join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'vite.web.config.ts',
    '--logLevel',
    'error',
  ]);
  writeFileSync(stampFile, new Date().toISOString());
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  buildIfStale({ force: process.argv.includes('--force') });
