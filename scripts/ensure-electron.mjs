// Makes sure the desktop shell can start: the Electron binary is present, and better-sqlite3 is
// built for Electron's ABI in .native/electron (node_modules keeps the plain-Node build the tests use).
// `--soft` (postinstall) warns and exits 0 when something cannot be fetched; without it
// (predev/prestart) it fails with a clear message.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const soft = process.argv.includes('--soft');

const nativeDir = join(root, '.native', 'electron');
const bindingFile = join(nativeDir, 'better_sqlite3.node');
const stampFile = join(nativeDir, 'stamp.json');

function stop(message) {
  const text = `Rolebridge desktop setup: ${message}`;
  if (soft) {
    console.warn(`${text}\n(The tests and \`npm run web\` do not need this; \`npm start\` will try again.)`);
    process.exit(0);
  }
  console.error(
    `${text}\nThe desktop app cannot start without it. On a machine without internet access use \`npm run web\`.`,
  );
  process.exit(1);
}

function electronVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

function electronBinaryPresent() {
  const dir = join(root, 'node_modules/electron');
  if (!existsSync(join(dir, 'path.txt'))) return false;
  const path = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
  return existsSync(join(dir, 'dist', path));
}

function ensureElectronBinary() {
  if (electronBinaryPresent()) return;
  console.log('Downloading the Electron binary…');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/electron/install.js')], {
    cwd: root,
    // In postinstall, keep the downloader's stack trace out of the install log; say it in one line.
    stdio: soft ? 'pipe' : 'inherit',
    timeout: 10 * 60 * 1000,
  });
  if (result.status !== 0 || !electronBinaryPresent()) {
    stop('could not download the Electron binary (is this machine offline?).');
  }
}

function abiVersion() {
  return readFileSync(join(root, 'node_modules/electron/abi_version'), 'utf8').trim();
}

function wantedStamp() {
  const sqlite = JSON.parse(
    readFileSync(join(root, 'node_modules/better-sqlite3/package.json'), 'utf8'),
  ).version;
  return { electron: electronVersion(), betterSqlite3: sqlite, abi: abiVersion() };
}

function stampMatches(wanted) {
  if (!existsSync(stampFile) || !existsSync(bindingFile)) return false;
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  return (
    stamp.electron === wanted.electron &&
    stamp.betterSqlite3 === wanted.betterSqlite3 &&
    stamp.abi === wanted.abi
  );
}

async function ensureNativeBinding() {
  const wanted = wantedStamp();
  if (stampMatches(wanted)) return;
  console.log(
    `Building better-sqlite3 ${wanted.betterSqlite3} for Electron ${wanted.electron} (ABI ${wanted.abi})…`,
  );
  const stage = join(root, '.native', 'stage');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(join(stage, 'node_modules'), { recursive: true });
  writeFileSync(
    join(stage, 'package.json'),
    JSON.stringify({
      name: 'rolebridge-native-stage',
      version: '0.0.0',
      dependencies: { 'better-sqlite3': wanted.betterSqlite3 },
    }),
  );
  cpSync(join(root, 'node_modules/better-sqlite3'), join(stage, 'node_modules/better-sqlite3'), {
    recursive: true,
    filter: (source) => !source.includes(`${join('better-sqlite3', 'build')}`),
  });
  // npm exports npm_config_nodedir from this machine's config; node-gyp would then build against
  // Node's headers and label the result Electron. Electron's headers must be used.
  for (const key of Object.keys(process.env)) {
    if (key.toLowerCase() === 'npm_config_nodedir') delete process.env[key];
  }
  try {
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({
      buildPath: stage,
      electronVersion: wanted.electron,
      onlyModules: ['better-sqlite3'],
      force: true,
    });
  } catch (error) {
    stop(`could not build better-sqlite3 for Electron (${error instanceof Error ? error.message : error}).`);
  }
  const built = join(stage, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  if (!existsSync(built)) stop('the better-sqlite3 build for Electron produced no binary.');
  if (!readFileSync(built).includes(Buffer.from(`node_register_module_v${wanted.abi}`))) {
    stop(`the better-sqlite3 build is not for Electron's ABI ${wanted.abi}; refusing to use it.`);
  }
  mkdirSync(nativeDir, { recursive: true });
  cpSync(built, bindingFile);
  writeFileSync(stampFile, JSON.stringify(wanted, null, 2));
  rmSync(stage, { recursive: true, force: true });
  console.log(`Electron build of better-sqlite3 ready in ${nativeDir}`);
}

if (!existsSync(join(root, 'node_modules/electron/package.json')))
  stop('the electron package is not installed; run npm install.');
ensureElectronBinary();
await ensureNativeBinding();
