// What the team server's end-to-end specs share: a database of their own on the test PostgreSQL
// server, and the built team server (`node out/web/serve.js`) started on it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import pg from 'pg';

import { freePort } from '../../scripts/with-postgres.mjs';

const root = resolve(import.meta.dirname, '../..');

/** A database of its own on the test server, so the first start really is a first start. */
export async function freshDatabase(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `rb_e2e_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    async drop() {
      const again = new pg.Client({ connectionString: url });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/** `extraArgs`: more of `npm run serve`'s options, e.g. `--trust-proxy --sso-header X-Forwarded-Email`. */
export async function startTeamServer(
  databaseUrl: string,
  port: number,
  extraArgs: readonly string[] = [],
): Promise<{ child: ChildProcess; output: () => string }> {
  const args = [join(root, 'out/web/serve.js'), '--listen', `127.0.0.1:${port}`, ...extraArgs];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: {
      ...process.env,
      ROLEBRIDGE_DATABASE_URL: databaseUrl,
      ROLEBRIDGE_PUBLIC_ORIGIN: `http://localhost:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`The team server did not start in 60 s:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Press Ctrl+C to stop.')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The team server exited with ${code}:\n${output}`));
    });
  });
  return { child, output: () => output };
}

/**
 * One spec's team server: a fresh database on the test server, a free port, and the built server
 * started on them (with `extraArgs`); `close` stops the server and drops the database.
 */
export async function openTeamServer(
  testServerUrl: string,
  extraArgs: readonly string[] = [],
): Promise<{ origin: string; output: () => string; close(): Promise<void> }> {
  const database = await freshDatabase(testServerUrl);
  const port = await freePort();
  const server = await startTeamServer(database.url, port, extraArgs);
  return {
    origin: `http://localhost:${port}`,
    output: server.output,
    async close() {
      server.child.kill('SIGTERM');
      await new Promise((done) => server.child.once('exit', done));
      await database.drop();
    },
  };
}
