// Builds the local browser mode's server (src/main/web) for plain Node. The renderer it serves
// comes from `electron-vite build` (out/renderer), the same files the desktop shell loads.
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  build: {
    outDir: 'out/web',
    emptyOutDir: true,
    target: 'node20',
    ssr: resolve(import.meta.dirname, 'src/main/web/cli.ts'),
    rollupOptions: {
      // PDFKit must stay external: bundled, it cannot find its font metrics files at run time.
      external: [...nodeBuiltins, 'better-sqlite3', 'pdfkit'],
      output: { format: 'es', entryFileNames: 'cli.js' },
    },
    minify: false,
    sourcemap: true,
  },
  ssr: { noExternal: true, external: ['better-sqlite3', 'pdfkit'] },
});
