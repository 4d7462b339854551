// The log file a manager can send when something fails: `rolebridge.log` in the data folder, rotated
// at 1 MB (electron-log keeps the previous one as `rolebridge.old.log`). An entry holds where the
// fault happened (a channel, a job), its error code and the stack's frames, never an error's message
// or any input: messages can quote what the manager typed (a private note, a hire's name).
import nodeLogger from 'electron-log/node';
import type { NodeLogger } from 'electron-log';
import { join } from 'node:path';

export const LOG_FILE = 'rolebridge.log';
/** One format for the desktop shell (electron-log/main) and the browser mode (electron-log/node). */
export const LOG_FORMAT = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
export const LOG_MAX_BYTES = 1024 * 1024;

export interface CoreLog {
  readonly file: string;
  /** A fault inside Rolebridge: where it happened and the error's kind, code and stack frames. */
  error(where: string, error: unknown): void;
}

const SAFE_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;
const SAFE_WHERE = /^[\w .:()-]{1,80}$/;

/** The error's name, code and stack frames: enough to find the fault, with no text that came from input. */
export function describeFault(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const code = (error as { code?: unknown }).code;
  const name = SAFE_CODE.test(error.name.toUpperCase()) ? error.name : 'Error';
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [`${name}${typeof code === 'string' && SAFE_CODE.test(code) ? ` ${code}` : ''}`, ...frames].join(
    '\n',
  );
}

/** Points an electron-log logger (main or node) at the data folder's log file, in the shared format. */
export function fileLog(logger: NodeLogger, dataDir: string): CoreLog {
  const file = join(dataDir, LOG_FILE);
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = LOG_MAX_BYTES;
  logger.transports.file.format = LOG_FORMAT;
  logger.transports.console.format = '[rolebridge] {text}';
  return {
    file,
    error(where, error) {
      logger.error(`${SAFE_WHERE.test(where) ? where : 'somewhere'} failed: ${describeFault(error)}`);
    },
  };
}

let opened = 0;

/** The core's own log under plain Node (browser mode, tests): one logger per open core. */
export function openLog(dataDir: string): CoreLog {
  opened += 1;
  return fileLog(nodeLogger.create({ logId: `rolebridge-core-${opened}` }), dataDir);
}
