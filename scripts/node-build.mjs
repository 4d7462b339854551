// Builds TypeScript entry points that use the core (benchmarks, the crash-test writer) into plain
// Node ES modules, the way the app's main process is built: migrations bundled, native and PDF
// packages left to node_modules.
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const external = ['better-sqlite3', 'pdfkit', 'react', '@playwright/test'];

/** `entries`: output name → source file. Writes `<outDir>/<name>.js`. */
export async function buildForNode(entries, outDir) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@shared': join(root, 'src/shared') } },
    build: {
      outDir,
      emptyOutDir: true,
      ssr: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: entries,
        external: [/^node:/, ...external],
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
    ssr: { noExternal: true, external },
  });
}
