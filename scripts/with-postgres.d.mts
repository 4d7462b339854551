// Types for the parts of scripts/with-postgres.mjs its unit test imports.
export const URL_VARIABLE: string;
export const ROOT_VARIABLE: string;
export const DEFAULT_ROOT: string;
export const SKIPPED: string;
export function parseCommand(argv: string[]): { command: string; args: string[] };
export function findBinaries(
  root: string,
  io?: { list?: (folder: string) => string[]; exists?: (file: string) => boolean },
): string | null;
export function serverUrl(port: number): string;
export function asServerUser(
  command: string,
  args: string[],
  isRoot: boolean,
): { command: string; args: string[] };
export function initdbArgs(dataDir: string): string[];
export function startArgs(paths: {
  dataDir: string;
  port: number;
  socketDir: string;
  logFile: string;
}): string[];
export function stopArgs(dataDir: string): string[];
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number;
export function freePort(): Promise<number>;
