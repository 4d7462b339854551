// `node scripts/with-postgres.mjs <command...>`: runs the command with ROLEBRIDGE_TEST_POSTGRES_URL
// pointing at a throwaway PostgreSQL server started from Debian's packages, so the PostgreSQL tests
// run on a real server as well as on PGlite. The server and its folder are always removed after.
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const URL_VARIABLE = 'ROLEBRIDGE_TEST_POSTGRES_URL';
/** Where Debian puts each major version's binaries; a test can point it elsewhere. */
export const ROOT_VARIABLE = 'ROLEBRIDGE_POSTGRES_ROOT';
export const DEFAULT_ROOT = '/usr/lib/postgresql';
export const SKIPPED = 'PostgreSQL server tests skipped: no PostgreSQL binaries (apt-get install postgresql)';
const USAGE = 'Usage: node scripts/with-postgres.mjs <command> [arguments...]';
// The superuser initdb creates; the URL names it, so it must match.
const DB_USER = 'rolebridge';
// A port taken between our probe and the server's start (another run on the machine): try again.
const START_ATTEMPTS = 3;

/** The command to run, or an error naming the usage when none was given. */
export function parseCommand(argv) {
  if (argv.length === 0 || argv[0] === '') throw new Error(USAGE);
  return { command: argv[0], args: argv.slice(1) };
}

/**
 * The bin folder of the highest PostgreSQL version under `root` that has both initdb and pg_ctl,
 * or null. Debian names the folders by version ("15", "16", or "9.6" for old ones).
 */
export function findBinaries(root, { list = readdirSync, exists = existsSync } = {}) {
  let entries;
  try {
    entries = list(root);
  } catch {
    return null;
  }
  const versions = entries.filter((name) => /^\d+(\.\d+)?$/.test(name)).sort((a, b) => compareVersions(b, a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (exists(join(bin, 'initdb')) && exists(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

function compareVersions(a, b) {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export function serverUrl(port) {
  return `postgres://${DB_USER}@127.0.0.1:${port}/postgres`;
}

/** initdb refuses to run as root, so as root every server command runs as the `postgres` user. */
export function asServerUser(command, args, isRoot) {
  return isRoot
    ? { command: 'runuser', args: ['-u', 'postgres', '--', command, ...args] }
    : { command, args };
}

// --no-sync: nothing of a throwaway cluster needs to reach the disk (initdb's own fsync takes seconds).
export function initdbArgs(dataDir) {
  return ['-A', 'trust', '-U', DB_USER, '--no-sync', '-D', dataDir];
}

/** fsync off: a throwaway cluster for tests, where a crash loses nothing worth keeping. */
export function startArgs({ dataDir, port, socketDir, logFile }) {
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  return ['-D', dataDir, '-l', logFile, '-w', '-o', options, 'start'];
}

export function stopArgs(dataDir) {
  return ['-D', dataDir, '-m', 'immediate', 'stop'];
}

/** The exit code to pass on: the command's own, or 128 + the signal that ended it, as a shell does. */
export function exitCodeOf(code, signal) {
  if (typeof code === 'number') return code;
  return 128 + (signal ? (constants.signals[signal] ?? 1) : 1);
}

/** A port nothing listens on right now (the system picks it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Runs a server command quietly; its output is returned to show when it fails. */
function runQuiet(command, args) {
  return new Promise((resolve) => {
    // Its own process group: a Ctrl-C at the terminal reaches us, and we stop the server in order.
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.once('exit', (code, signal) => resolve({ code: exitCodeOf(code, signal), output }));
  });
}

/**
 * A throwaway server: a temporary folder (owned by `postgres` when we are root) holding the data,
 * the socket and the log. `stop()` is safe to call at any point and more than once.
 */
function throwawayServer(bin, isRoot) {
  const folder = mkdtempSync(join(tmpdir(), 'rolebridge-pg-'));
  const dataDir = join(folder, 'data');
  const socketDir = join(folder, 'socket');
  const logFile = join(folder, 'server.log');
  mkdirSync(socketDir);
  if (isRoot) {
    const { uid, gid } = postgresUser();
    chownSync(folder, uid, gid);
    chownSync(socketDir, uid, gid);
  }
  const server = (tool, args) => {
    const call = asServerUser(join(bin, tool), args, isRoot);
    return runQuiet(call.command, call.args);
  };
  let started = false;
  return {
    folder,
    async init() {
      const result = await server('initdb', initdbArgs(dataDir));
      if (result.code !== 0) throw new Error(`initdb failed:\n${result.output}`);
    },
    /** Whether it started; when not, what pg_ctl and the server's log said. */
    async start(port) {
      const result = await server('pg_ctl', startArgs({ dataDir, port, socketDir, logFile }));
      started = result.code === 0;
      // pg_ctl gives up waiting after a minute but may leave a server starting: stop it, quietly.
      if (!started) await server('pg_ctl', stopArgs(dataDir));
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      return { started, detail: `${result.output}${log}` };
    },
    async stop() {
      if (started) {
        started = false;
        const result = await server('pg_ctl', stopArgs(dataDir));
        if (result.code !== 0) process.stderr.write(`with-postgres: pg_ctl stop failed:\n${result.output}`);
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

function postgresUser() {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('Running as root, but there is no `postgres` user to run the server as');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Runs the command with inherited stdio; resolves to its exit code. */
function runCommand({ command, args }, env, onChild) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    onChild(child);
    child.once('error', (error) => {
      process.stderr.write(`with-postgres: could not run ${command}: ${error.message}\n`);
      resolve(127);
    });
    child.once('exit', (code, signal) => resolve(exitCodeOf(code, signal)));
  });
}

async function main(argv) {
  const target = parseCommand(argv);
  if (process.env[URL_VARIABLE]) return runCommand(target, process.env, () => {});

  const bin = findBinaries(process.env[ROOT_VARIABLE] || DEFAULT_ROOT);
  if (!bin) {
    console.log(SKIPPED);
    return runCommand(target, process.env, () => {});
  }

  // Ctrl-C or a kill while the server starts stops the setup; while the command runs it is passed on,
  // and the command's exit then takes the ordinary way out, through the cleanup below.
  let interrupted = null;
  let child = null;
  const onSignal = (signal) => {
    interrupted ??= signal;
    if (child && child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const isRoot = process.getuid?.() === 0;
  const server = throwawayServer(bin, isRoot);
  try {
    await server.init();
    const port = await startOnFreePort(server, () => interrupted);
    if (interrupted) return exitCodeOf(null, interrupted);
    const env = { ...process.env, [URL_VARIABLE]: serverUrl(port) };
    console.log(`PostgreSQL server for the tests: ${bin} on port ${port}`);
    return await runCommand(target, env, (started) => (child = started));
  } finally {
    await server.stop();
  }
}

async function startOnFreePort(server, interrupted) {
  let failure = '';
  for (let attempt = 1; attempt <= START_ATTEMPTS && !interrupted(); attempt += 1) {
    const port = await freePort();
    const { started, detail } = await server.start(port);
    if (started) return port;
    failure = detail;
  }
  if (interrupted()) return 0;
  throw new Error(`PostgreSQL did not start:\n${failure}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      process.stderr.write(`with-postgres: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
