// `npm run serve -- --database postgres://… --listen HOST:PORT`: the team server (docs/team.md).
// Builds what is stale, then starts the server's entry point.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale();
process.env.NODE_ENV ??= 'production';
const entry = resolve(import.meta.dirname, '../out/web/serve.js');
if (!existsSync(entry)) {
  console.error('Rolebridge: the team server is not built yet (out/web/serve.js is missing).');
  process.exit(1);
}
await import(pathToFileURL(entry).href);
