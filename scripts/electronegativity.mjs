// `node scripts/electronegativity.mjs [dir]`: runs @doyensec/electronegativity over the source (the
// desktop shell, preload and everything they import) and fails on any HIGH or CRITICAL finding.
// Lower findings are printed for review.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const input = resolve(process.argv[2] ?? join(root, 'src'));
const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const out = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(out, 'report.csv');

try {
  const run = spawnSync(
    process.execPath,
    [cli, '-i', input, '-e', electronVersion, '-r', '-v', 'false', '-o', report],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    console.error('electronegativity did not run');
    process.exit(2);
  }
  const rows = readFileSync(report, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [check, severity, confidence, file, location] = line
        .split(',')
        .map((cell) => cell.replace(/^"|"$/g, ''));
      return { check, severity, confidence, file, location };
    });
  const serious = rows.filter((row) => row.severity === 'HIGH' || row.severity === 'CRITICAL');
  for (const row of rows) {
    console.log(`${row.severity.padEnd(13)} ${row.check} ${row.file}:${row.location}`);
  }
  if (serious.length > 0) {
    console.error(`electronegativity: ${serious.length} high-severity findings in ${input}`);
    process.exit(1);
  }
  console.log(
    `electronegativity: no high-severity findings in ${input} (${rows.length} lower findings listed above)`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
