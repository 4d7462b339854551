// Builds the servers for plain Node: the local browser mode (src/main/web/cli.ts → out/web/cli.js)
// and the team server (src/main/server/cli.ts → out/web/serve.js). The renderer they serve comes
// from `electron-vite build` (out/renderer), the same files the desktop shell loads.
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
    ssr: true,
    rollupOptions: {
      input: {
        cli: resolve(import.meta.dirname, 'src/main/web/cli.ts'),
        serve: resolve(import.meta.dirname, 'src/main/server/cli.ts'),
        // The team server checks an uploaded desktop data file in this worker thread.
        'move-in-check': resolve(import.meta.dirname, 'src/main/server/move-in/check-worker.ts'),
      },
      // PDFKit must stay external: bundled, it cannot find its font metrics files at run time.
      // pg too: it loads its optional native binding lazily, which a bundle would turn into an import.
      external: [...nodeBuiltins, 'better-sqlite3', 'pdfkit', 'pg'],
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
    minify: false,
    sourcemap: true,
  },
  ssr: { noExternal: true, external: ['better-sqlite3', 'pdfkit', 'pg'] },
});
