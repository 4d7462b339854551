// `npm run bench [name…]`: builds each bench/<name>.ts for Node and runs it; each prints its figures
// and targets. Exits non-zero when any figure misses its target.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildForNode } from './node-build.mjs';

const root = resolve(import.meta.dirname, '..');
const wanted = process.argv.slice(2);
const names = readdirSync(join(root, 'bench'))
  .filter((file) => file.endsWith('.ts') && file !== 'report.ts' && !file.startsWith('_'))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.includes(name));

const outDir = join(root, 'out', 'bench');
await buildForNode(
  Object.fromEntries(names.map((name) => [name, join(root, 'bench', `${name}.ts`)])),
  outDir,
);

let failed = false;
for (const name of names) {
  const result = spawnSync(process.execPath, ['--expose-gc', join(outDir, `${name}.js`)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
if (failed) {
  console.error('\nSome benchmark figures missed their targets (marked OVER).');
  process.exit(1);
}
