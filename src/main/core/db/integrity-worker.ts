// Runs `PRAGMA quick_check` (or `integrity_check`) on its own read-only connection in a worker
// thread, so a large database opens at once and is checked in the background while the app is
// already in use, and a backup is checked before a restore without holding up the app.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';

export interface IntegrityReport {
  /** Empty when SQLite answered "ok". */
  problems: string[];
  /** Set when the check itself could not run (the file is not a database, or vanished). */
  error?: { message: string; code?: string };
}

// CommonJS source evaluated in the worker: the same better-sqlite3 build as the app, passed in.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
let message;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
  const rows = db.pragma(workerData.pragma);
  const messages = rows.map((row) => String(Object.values(row)[0]));
  message = { problems: messages.length === 1 && messages[0] === 'ok' ? [] : messages };
} catch (error) {
  message = { problems: [], error: { message: error.message, code: error.code } };
} finally {
  // Closed before answering: the connection's -wal and -shm files are gone when the answer comes.
  if (db) db.close();
}
parentPort.postMessage(message);
`;

export interface BackgroundCheck {
  report: Promise<IntegrityReport>;
  /** Stops the check (the app is closing); the report then says it did not finish. */
  stop(): Promise<void>;
}

export function quickCheckInBackground(file: string, nativeBinding?: string): BackgroundCheck {
  return checkInBackground(file, 'quick_check', nativeBinding);
}

export function checkInBackground(
  file: string,
  pragma: 'quick_check' | 'integrity_check',
  nativeBinding?: string,
): BackgroundCheck {
  const module = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, nativeBinding, module, pragma },
  });
  worker.unref();
  const report = new Promise<IntegrityReport>((resolve) => {
    worker.once('message', (message: IntegrityReport) => resolve(message));
    worker.once('error', (error) => resolve({ problems: [], error: { message: error.message } }));
    worker.once('exit', () =>
      resolve({ problems: [], error: { message: 'The check stopped before it finished' } }),
    );
  });
  return {
    report,
    async stop() {
      await worker.terminate();
    },
  };
}
