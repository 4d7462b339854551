// `node scripts/bundle-budget.mjs`: the JavaScript the first screen loads (the entry script and the
// chunks index.html preloads) must stay within 250 KB gzipped, and the PDF library must never be in
// the renderer at all. Run after a build (npm test builds first).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'out', 'renderer');
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const first = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
if (first.length === 0) {
  console.error('bundle budget: no scripts found in out/renderer/index.html; build first');
  process.exit(2);
}
const kb = (bytes) => bytes / 1024;
let total = 0;
for (const file of first) {
  const gz = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
  total += gz;
  console.log(`  first screen  ${file.padEnd(48)} ${kb(gz).toFixed(1).padStart(7)} KB gz`);
}
const later = readdirSync(join(dir, 'assets')).filter(
  (f) => f.endsWith('.js') && !first.includes(`assets/${f}`),
);
for (const file of later) {
  const gz = gzipSync(readFileSync(join(dir, 'assets', file)), { level: 9 }).length;
  console.log(`  on demand     ${`assets/${file}`.padEnd(48)} ${kb(gz).toFixed(1).padStart(7)} KB gz`);
}
const pdf = readdirSync(join(dir, 'assets')).filter((f) => {
  const text = readFileSync(join(dir, 'assets', f), 'utf8');
  return /@react-pdf|pdfkit|fontkit/.test(text);
});
console.log(`first screen total: ${kb(total).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (pdf.length > 0) {
  console.error(`bundle budget: the PDF library is in the renderer bundle: ${pdf.join(', ')}`);
  process.exit(1);
}
if (kb(total) > BUDGET_KB) {
  console.error(`bundle budget: over by ${(kb(total) - BUDGET_KB).toFixed(1)} KB`);
  process.exit(1);
}
