// `npm run serve -- --database postgres://… --listen HOST:PORT`: the team server (docs/team.md).
// Builds what is stale, then starts the server's entry point.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale();
process.env.NODE_ENV ??= 'production';
await import(pathToFileURL(resolve(import.meta.dirname, '../out/web/serve.js')).href);
