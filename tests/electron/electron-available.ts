// Whether this machine can launch the desktop shell: the Electron binary and the Electron-ABI
// better-sqlite3 build must both be present (`npm start` fetches and builds them where it can).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export function electronUnavailableReason(): string | null {
  const electronDir = join(root, 'node_modules/electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return 'SKIPPED: the Electron binary is not installed on this machine (it cannot be downloaded here); run `npm start` with internet access to fetch it';
  }
  if (!existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))) {
    return 'SKIPPED: node_modules/electron/path.txt names a binary that is missing';
  }
  if (!existsSync(join(root, '.native/electron/better_sqlite3.node'))) {
    return 'SKIPPED: better-sqlite3 has no Electron build in .native/electron; run `npm start` once with internet access';
  }
  if (!existsSync(join(root, 'out/main/index.js')))
    return 'SKIPPED: the app is not built; run `npm run build`';
  return null;
}
