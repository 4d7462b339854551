// `npm run web`: the same app as the desktop shell, served to a browser on this machine.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openCore } from '../core';
import { defaultDataDir } from '../core/data-dir';
import { openLog } from '../core/log';
import { startWebServer } from './server';

function fail(message: string): never {
  console.error(`Rolebridge could not start: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: { port?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    console.log('Usage: npm run web -- [--port N] [--data DIR]');
    console.log('  --port N    port on 127.0.0.1 (default: a free port)');
    console.log(`  --data DIR  data folder (default: ${defaultDataDir()}, shared with the desktop app)`);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be a whole number from 0 to 65535, not ${values.port}`);
  const dataDir = resolve(values.data ?? defaultDataDir());
  const staticDir = resolve(dirname(fileURLToPath(import.meta.url)), '../renderer');
  if (!existsSync(resolve(staticDir, 'index.html')))
    fail(`the renderer is not built (${staticDir}); run npm run build`);

  // One log file for the core and the HTTP adapter: rolebridge.log in the data folder.
  const log = openLog(dataDir);
  let core: Awaited<ReturnType<typeof openCore>>;
  try {
    core = await openCore({ dataDir, log });
  } catch (error) {
    log.error('start', error);
    fail(error instanceof Error ? error.message : String(error));
  }
  let server: Awaited<ReturnType<typeof startWebServer>>;
  try {
    server = await startWebServer({ core, staticDir, port, log });
  } catch (error) {
    core.close();
    fail(error instanceof Error ? error.message : String(error));
  }

  console.log(`Rolebridge is running at ${server.url}`);
  console.log(`Data folder: ${dataDir}`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.close().finally(() => {
      core.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
