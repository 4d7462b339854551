// scripts/with-postgres.mjs without a PostgreSQL server: its pure parts, and its whole run over fake
// initdb and pg_ctl scripts that log their calls, to prove the server is stopped and the folder
// removed whatever way the command ends, and that the command's exit code comes back.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  asServerUser,
  exitCodeOf,
  findBinaries,
  freePort,
  initdbArgs,
  parseCommand,
  serverUrl,
  SKIPPED,
  startArgs,
  stopArgs,
} from '../../scripts/with-postgres.mjs';

const SCRIPT = join(import.meta.dirname, '../../scripts/with-postgres.mjs');

describe('with-postgres, its parts', () => {
  it('needs a command', () => {
    expect(() => parseCommand([])).toThrow(/^Usage: node scripts\/with-postgres.mjs <command>/);
    expect(parseCommand(['vitest', 'run', 'tests/core'])).toEqual({
      command: 'vitest',
      args: ['run', 'tests/core'],
    });
  });

  it('picks the highest version that has both initdb and pg_ctl', () => {
    const files = new Set([
      '/pg/9.6/bin/initdb',
      '/pg/9.6/bin/pg_ctl',
      '/pg/15/bin/initdb',
      '/pg/15/bin/pg_ctl',
      '/pg/17/bin/pg_ctl', // a client-only leftover: no initdb
    ]);
    const io = { list: () => ['9.6', '15', '17', 'README', '100beta'], exists: (f: string) => files.has(f) };
    expect(findBinaries('/pg', io)).toBe('/pg/15/bin');
    expect(findBinaries('/pg', { ...io, exists: (f: string) => f.startsWith('/pg/9.6/') })).toBe(
      '/pg/9.6/bin',
    );
    expect(findBinaries('/pg', { ...io, exists: () => false })).toBeNull();
    const missing = () => {
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    };
    expect(findBinaries('/nowhere', { list: missing })).toBeNull();
  });

  it('runs server commands as postgres only when root', () => {
    expect(asServerUser('/b/initdb', ['-D', 'd'], true)).toEqual({
      command: 'runuser',
      args: ['-u', 'postgres', '--', '/b/initdb', '-D', 'd'],
    });
    expect(asServerUser('/b/initdb', ['-D', 'd'], false)).toEqual({
      command: '/b/initdb',
      args: ['-D', 'd'],
    });
  });

  it('starts a trust-authenticated, loopback-only, fsync-off cluster and stops it at once', () => {
    expect(initdbArgs('/t/data')).toEqual(['-A', 'trust', '-U', 'rolebridge', '--no-sync', '-D', '/t/data']);
    expect(startArgs({ dataDir: '/t/data', port: 5544, socketDir: '/t/socket', logFile: '/t/log' })).toEqual([
      '-D',
      '/t/data',
      '-l',
      '/t/log',
      '-w',
      '-o',
      '-p 5544 -k /t/socket -c listen_addresses=127.0.0.1 -c fsync=off',
      'start',
    ]);
    expect(stopArgs('/t/data')).toEqual(['-D', '/t/data', '-m', 'immediate', 'stop']);
    expect(serverUrl(5544)).toBe('postgres://rolebridge@127.0.0.1:5544/postgres');
  });

  it('passes on the exit code, or 128 + the signal as a shell does', () => {
    expect(exitCodeOf(0, null)).toBe(0);
    expect(exitCodeOf(3, null)).toBe(3);
    expect(exitCodeOf(null, 'SIGINT')).toBe(130);
    expect(exitCodeOf(null, 'SIGTERM')).toBe(143);
  });

  it('finds a port nothing listens on', async () => {
    const port = await freePort();
    expect(port).toBeGreaterThan(1023);
    expect(port).toBeLessThan(65536);
  });
});

// ---- the whole run over fake binaries ------------------------------------------------------------

let work: string;
let root: string;
let callLog: string;

const FAKE_INITDB = `#!/bin/sh
echo "initdb $*" >> "$FAKE_PG_LOG"
`;
// Logs each call; a start fails when FAKE_PG_START says so.
const FAKE_PG_CTL = `#!/bin/sh
echo "pg_ctl $*" >> "$FAKE_PG_LOG"
case "$*" in *" start") exit "\${FAKE_PG_START:-0}" ;; esac
`;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'with-postgres-test-'));
  root = join(work, 'postgresql');
  const bin = join(root, '15', 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'initdb'), FAKE_INITDB, { mode: 0o755 });
  writeFileSync(join(bin, 'pg_ctl'), FAKE_PG_CTL, { mode: 0o755 });
  callLog = join(work, 'calls.log');
  writeFileSync(callLog, '');
  // As root the fakes run as the postgres user, which must reach them and write the log.
  for (const path of [work, root, join(root, '15'), bin]) chmodSync(path, 0o755);
  chmodSync(callLog, 0o666);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  calls: string[];
}

function harness(
  command: string[],
  env: Record<string, string>,
  whileRunning?: (pid: number) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const { ROLEBRIDGE_TEST_POSTGRES_URL: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, [SCRIPT, ...command], {
      env: { ...inherited, ROLEBRIDGE_POSTGRES_ROOT: root, FAKE_PG_LOG: callLog, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    let signalled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (signalled || !stdout.includes('READY') || !whileRunning || !child.pid) return;
      signalled = true;
      whileRunning(child.pid);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      const calls = readFileSync(callLog, 'utf8').split('\n').filter(Boolean);
      resolve({ code, stdout, calls });
    });
  });
}

/** A node one-liner run by the harness: prints the URL it was given, then does `rest`. */
function command(rest: string): string[] {
  return [process.execPath, '-e', `console.log('URL=' + process.env.ROLEBRIDGE_TEST_POSTGRES_URL); ${rest}`];
}

function dataDirOf(calls: string[]): string {
  const match = /^initdb .* -D (\S+)$/.exec(calls[0] ?? '');
  if (!match?.[1]) throw new Error(`no initdb call in ${calls.join(' | ')}`);
  return match[1];
}

describe('with-postgres, a whole run over fake binaries', () => {
  it('gives the command the server, then stops it and removes its folder, passing the exit code on', async () => {
    const run = await harness(command('process.exit(3)'), {});
    expect(run.code).toBe(3);
    const port = /URL=postgres:\/\/rolebridge@127\.0\.0\.1:(\d+)\/postgres/.exec(run.stdout)?.[1];
    expect(port).toBeDefined();
    const data = dataDirOf(run.calls);
    expect(run.calls.map((call) => call.split(' ')[0] + ' ' + call.split(' ').at(-1))).toEqual([
      `initdb ${data}`,
      'pg_ctl start',
      'pg_ctl stop',
    ]);
    expect(run.calls[1]).toContain(`-p ${port} `);
    expect(existsSync(dirname(data))).toBe(false);
  });

  it('stops the server and removes its folder when it is killed while the command runs', async () => {
    const run = await harness(command(`console.log('READY'); setTimeout(() => {}, 60_000);`), {}, (pid) =>
      process.kill(pid, 'SIGTERM'),
    );
    expect(run.code).toBe(143);
    expect(run.calls.at(-1)).toMatch(/^pg_ctl -D \S+ -m immediate stop$/);
    expect(existsSync(dirname(dataDirOf(run.calls)))).toBe(false);
  }, 20_000);

  it('fails, without running the command, when the server does not start, and removes its folder', async () => {
    const run = await harness(command(`console.log('RAN')`), { FAKE_PG_START: '1' });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain('RAN');
    // Each failed start is followed by a stop, in case pg_ctl gave up on a server still starting.
    expect(run.calls.slice(1).map((call) => call.split(' ').at(-1))).toEqual([
      'start',
      'stop',
      'start',
      'stop',
      'start',
      'stop',
    ]);
    expect(existsSync(dirname(dataDirOf(run.calls)))).toBe(false);
  });

  it('runs the command without a server, saying so on one line, when there are no binaries', async () => {
    root = join(work, 'no-postgresql-here');
    const run = await harness(command('process.exit(4)'), {});
    expect(run.code).toBe(4);
    expect(run.stdout).toBe(`${SKIPPED}\nURL=undefined\n`);
    expect(run.calls).toEqual([]);
  });

  it('uses the server it is given and starts none', async () => {
    const given = 'postgres://someone@db.example:5432/rolebridge_ci';
    const run = await harness(command(''), { ROLEBRIDGE_TEST_POSTGRES_URL: given });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`URL=${given}\n`);
    expect(run.calls).toEqual([]);
  });
});
