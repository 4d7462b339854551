// The one entry point for every channel: validates input against the contract, runs the
// service inside a transaction of whichever storage serves it, and answers with the result
// envelope. Expected failures never throw.
import { contract, type ChannelOutput, type ParsedInput } from '@shared/api/contract';
import { channelNames, type ChannelName } from '@shared/api/channels';
import { hireIdInput, limits } from '@shared/hires/schema';
import { FORBIDDEN_KEYS } from '@shared/text/fields';
import type { Result } from '@shared/api/result';
import { AppError, issuesFromZod, summarize } from './errors';
import { isPromise, type Awaitable } from './awaitable';

/**
 * Work a handler hands back to finish after its transaction: it reads what it needs inside the
 * transaction, then does slow work that touches no data (rendering a PDF) outside it.
 */
export class Later<T> {
  constructor(readonly run: () => Promise<T>) {}
}

/** A channel's handler: its answer now, or later (a storage that answers asynchronously). */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>) => Awaitable<ChannelOutput<C> | Later<ChannelOutput<C>>>;
};

/**
 * Runs one call's work as one transaction of the storage: committed when the work settles, rolled
 * back when it throws. A storage that can answer synchronously (SQLite) may answer a synchronous
 * work's value as it is, so the hottest reads settle no extra promise.
 */
export type Transact = <T>(channel: string, work: () => Awaitable<T>) => Awaitable<T>;

/**
 * Channels whose handler runs exactly one SELECT. One statement is atomic on its own, so these skip
 * the BEGIN/COMMIT round trip every other call pays; multi-statement reads keep their transaction so
 * they see one consistent snapshot even when another process writes the same file.
 */
export const SINGLE_STATEMENT_READS: ReadonlySet<string> = new Set([
  'hires.get',
  'hires.list',
  'settings.get',
]);

/**
 * Channels that read and write no stored data (a job's progress, a stop): they never wait for the
 * connection, so a manager can follow and stop a backup or a restore that holds it.
 */
export const UNSTORED_CHANNELS: ReadonlySet<string> = new Set([
  'jobs.progress',
  'jobs.cancel',
  'app.logFile',
]);

/** The contract's channels, for a lookup on every call (a list is searched name by name). */
const CHANNELS: ReadonlySet<string> = new Set(channelNames);
const isChannel = (name: string): name is ChannelName => CHANNELS.has(name);

/**
 * The input `{ id }` with an id zod would take as it is, or undefined for anything else, which zod then
 * judges (and names the field of what it refuses). A hire's page asks for a hire many times over; this
 * answers the common case without building zod's parse context, and answers it exactly as zod would:
 * only an object literal holding one id of letters, digits, `_` and `-`, which no rule of the id field
 * refuses and none changes.
 */
export function plainIdInput(input: unknown): { id: string } | undefined {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) {
    return undefined;
  }
  const keys = Object.keys(input);
  if (keys.length !== 1 || keys[0] !== 'id') return undefined;
  const id = (input as { id: unknown }).id;
  if (typeof id !== 'string' || id.length > limits.idMax || !PLAIN_ID.test(id) || FORBIDDEN_KEYS.has(id)) {
    return undefined;
  }
  return { id };
}

const PLAIN_ID = /^[\w-]+$/;

/** Channels whose input is exactly the hire id schema, so `plainIdInput` may stand in for zod. */
const PLAIN_ID_CHANNELS: ReadonlySet<string> = new Set(
  channelNames.filter((name) => contract[name].input === hireIdInput),
);

export interface CallLog {
  channel: string;
  ms: number;
  ok: boolean;
  code?: string;
}

export interface DispatcherOptions {
  /** Each call runs in a transaction of the storage; without one (recovery), handlers run bare. */
  transact?: Transact;
  handlers: Handlers;
  onCall?: (entry: CallLog) => void;
  /** SQLite error codes that mean the file is damaged; the call fails and `onDamaged` is told. */
  damageCodes?: ReadonlySet<string>;
  onDamaged?: (reason: string) => void;
  /** Told each unexpected failure (the log file); the console otherwise. */
  onError?: (channel: string, error: unknown) => void;
}

export function createDispatcher({
  transact,
  handlers,
  onCall,
  damageCodes,
  onDamaged,
  onError = (channel, error) => console.error(`[rolebridge] ${channel} failed`, error),
}: DispatcherOptions) {
  /** The envelope an error becomes; logs what the manager cannot act on. */
  function failure(channel: string, error: unknown): Result<never> {
    if (error instanceof AppError) {
      return {
        ok: false,
        error: {
          code: error.code,
          message: error.message,
          ...(error.issues ? { issues: error.issues } : {}),
        },
      };
    }
    if (damageCodes?.has(String((error as { code?: unknown }).code)) && onDamaged) {
      const reason = (error as Error).message;
      onError(`${channel} (the database is damaged)`, error);
      onDamaged(reason);
      return {
        ok: false,
        error: {
          code: 'DATABASE_DAMAGED',
          message: `Rolebridge found its database damaged (${reason}); nothing was changed. Recover it from the recovery screen.`,
        },
      };
    }
    onError(channel, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: 'Something went wrong inside Rolebridge; nothing was changed.' },
    };
  }

  /** Validates and runs a call; a handler's Later is handed back unfinished. */
  function run(channel: ChannelName, input: unknown): Awaitable<Result<unknown> | Later<unknown>> {
    let data: unknown = PLAIN_ID_CHANNELS.has(channel) ? plainIdInput(input) : undefined;
    if (data === undefined) {
      const parsed = contract[channel].input.safeParse(input === undefined ? {} : input);
      if (!parsed.success) {
        // An input of the wrong shape altogether (an array, a string) is named as the input.
        const issues = issuesFromZod(parsed.error).map((issue) =>
          issue.field ? issue : { ...issue, field: 'input' },
        );
        return { ok: false, error: { code: 'VALIDATION', message: summarize(issues), issues } };
      }
      data = parsed.data;
    }
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value = transact ? transact(channel, () => handler(data)) : handler(data);
    return isPromise(value) ? value.then(answer) : answer(value);
  }

  function answer(value: unknown): Result<unknown> | Later<unknown> {
    return value instanceof Later ? value : { ok: true, value };
  }

  function logged(channel: string, started: number, result: Result<unknown>): Result<unknown> {
    if (!onCall) return result;
    onCall({
      channel,
      ms: performance.now() - started,
      ok: result.ok,
      ...(result.ok ? {} : { code: result.error.code }),
    });
    return result;
  }

  async function finish(channel: string, started: number, later: Later<unknown>): Promise<Result<unknown>> {
    let result: Result<unknown>;
    try {
      result = { ok: true, value: await later.run() };
    } catch (error) {
      result = failure(channel, error);
    }
    return logged(channel, started, result);
  }

  /** A call whose work settles later: its failure becomes the envelope, its Later is run. */
  async function settle(
    channel: string,
    started: number,
    pending: Promise<Result<unknown> | Later<unknown>>,
  ): Promise<Result<unknown>> {
    let outcome: Result<unknown> | Later<unknown>;
    try {
      outcome = await pending;
    } catch (error) {
      outcome = failure(channel, error);
    }
    if (outcome instanceof Later) return finish(channel, started, outcome);
    return logged(channel, started, outcome);
  }

  // The hot path: a call whose work answered synchronously settles one promise, not a chain of them.
  return function call(channel: string, input?: unknown): Promise<Result<unknown>> {
    const started = onCall ? performance.now() : 0;
    let outcome: Awaitable<Result<unknown> | Later<unknown>>;
    if (!isChannel(channel)) {
      outcome = {
        ok: false,
        error: { code: 'NOT_FOUND', message: `Unknown channel ${JSON.stringify(channel)}` },
      };
    } else {
      try {
        outcome = run(channel, input);
      } catch (error) {
        outcome = failure(channel, error);
      }
    }
    if (isPromise(outcome)) return settle(channel, started, outcome);
    if (outcome instanceof Later) return finish(channel, started, outcome);
    return Promise.resolve(logged(channel, started, outcome));
  };
}
