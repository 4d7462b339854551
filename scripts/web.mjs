// `npm run web -- --port N --data DIR`: builds what is stale, then serves the app on 127.0.0.1.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

buildIfStale();
// React (used by the PDF export) runs its production build unless a developer says otherwise.
process.env.NODE_ENV ??= 'production';
await import(pathToFileURL(resolve(import.meta.dirname, '../out/web/cli.js')).href);
