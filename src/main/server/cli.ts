// `npm run serve`: the team server (docs/team.md). Reads its options, connects to PostgreSQL, brings
// the schema up to date (refusing a newer database), starts the periodic purge of expired sign-in
// records, serves the app and the API, and closes everything on SIGINT/SIGTERM. Every failure to
// start is one line naming what to fix, never a stack.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseTooNewError } from '../core/db/migrations';
import { MINUTE_MS, systemClock } from './auth/clock';
import { purgeExpiredPostgresSignIns } from './auth/postgres-stores';
import { migratePostgres } from './db/migrations';
import { openPgClient } from './db/pg-client';
import type { ClosableSqlClient } from './db/sql-client';
import { setupNeeded } from './http/auth-routes';
import { OptionError, parseServeOptions, USAGE, type ServeOptions } from './http/serve-options';
import { createTeamServer } from './http/team-server';
import { builtMoveInChecker } from './move-in/check-off-thread';
import { createTeamCalls } from './team-core';

/** Expired sessions and invitations are deleted this often (and once at start). */
const PURGE_INTERVAL_MS = 10 * MINUTE_MS;

function fail(message: string): never {
  console.error(`Rolebridge could not start: ${message}`);
  process.exit(1);
}

function log(message: string, error: unknown): void {
  console.error(`[rolebridge] ${new Date().toISOString()} ${message}`, error);
}

function readOptions(): ServeOptions {
  try {
    return parseServeOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof OptionError) fail(error.message);
    throw error;
  }
}

/** Connects and migrates; a database too new or out of reach ends the start with its reason. */
async function openDatabase(
  databaseUrl: string,
  connections: number,
): Promise<{ client: ClosableSqlClient; schemaVersion: number }> {
  const client = openPgClient({ connectionString: databaseUrl, max: connections });
  try {
    const report = await migratePostgres(client);
    if (report.applied.length > 0)
      console.log(`Database schema brought from version ${report.from} to ${report.to}.`);
    return { client, schemaVersion: report.to };
  } catch (error) {
    await client.close().catch(() => undefined);
    if (error instanceof DatabaseTooNewError) fail(error.message);
    // pg's messages name the problem (refused, unknown database, wrong password) and never the URL.
    fail(
      `the database (--database) did not answer: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
}

function startPurge(client: ClosableSqlClient): NodeJS.Timeout {
  const purge = () =>
    void purgeExpiredPostgresSignIns(client).catch((error: unknown) => log('purge failed', error));
  purge();
  const timer = setInterval(purge, PURGE_INTERVAL_MS);
  timer.unref();
  return timer;
}

async function announce(options: ServeOptions, client: ClosableSqlClient, secretFromEnv: boolean) {
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  console.log(`Rolebridge team server is listening on ${shownHost}:${options.port}.`);
  console.log(`People open it at ${options.publicOrigin}`);
  const origin = new URL(options.publicOrigin);
  if (origin.protocol === 'http:' && origin.hostname !== 'localhost')
    console.log(
      'Warning: browsers keep the sign-in cookie only over HTTPS (or on localhost); put a TLS proxy in front (docs/team.md).',
    );
  if (!secretFromEnv)
    console.log('ROLEBRIDGE_SECRET is not set: open pages fetch a new security token after each restart.');
  if (options.ssoHeader)
    console.log(
      `Single sign-on is on: the proxy's ${options.ssoHeader} header names who signs in; it must remove that header from every client request.`,
    );
  if (await setupNeeded(client))
    console.log(`No administrator yet: the first visit to ${options.publicOrigin} asks for one.`);
  console.log('Press Ctrl+C to stop.');
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const staticDir = resolve(dirname(fileURLToPath(import.meta.url)), '../renderer');
  if (!existsSync(resolve(staticDir, 'index.html')))
    fail(`the app is not built (${staticDir} has no index.html); run npm run build`);

  const { client, schemaVersion } = await openDatabase(options.databaseUrl, options.dbConnections);
  const server = createTeamServer({
    client,
    publicOrigin: options.publicOrigin,
    csrfSecret: options.secret ?? randomBytes(32),
    now: systemClock,
    trustProxy: options.trustProxy,
    ssoHeader: options.ssoHeader,
    staticDir,
    calls: createTeamCalls({ client, schemaVersion, onError: log }),
    // Built beside this file from move-in/check-worker.ts (vite.web.config.ts).
    checkMoveIn: builtMoveInChecker(resolve(dirname(fileURLToPath(import.meta.url)), 'move-in-check.js')),
    log,
  });
  try {
    await listen(server, options.host, options.port);
  } catch (error) {
    await client.close().catch(() => undefined);
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') fail(`--listen: ${options.host}:${options.port} is already in use`);
    if (code === 'EADDRNOTAVAIL') fail(`--listen: ${options.host} is not an address of this computer`);
    if (code === 'EACCES') fail(`--listen: port ${options.port} needs more privileges; use one above 1023`);
    fail(`--listen: ${error instanceof Error ? error.message : String(error)}`);
  }
  const purgeTimer = startPurge(client);
  await announce(options, client, options.secret !== undefined);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    clearInterval(purgeTimer);
    server.closeAllConnections();
    server.close(() => {
      void client.close().finally(() => process.exit(0));
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
