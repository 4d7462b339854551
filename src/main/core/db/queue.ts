// One SQLite connection's calls, one at a time. A handler that awaits yields to the event loop in
// the middle of its transaction; a second call on the same connection would then run inside the
// first one's transaction, see its uncommitted rows and be rolled back with it. So every call, and
// every write made outside the dispatcher (an import, a restore, a backup's copy), takes its turn
// here, first come first served.
import { isPromise, type Awaitable } from '../awaitable';
import type { Db } from './connection';

export interface SqliteQueue {
  /**
   * Runs a channel's work as one transaction: BEGIN, then COMMIT when it settles or ROLLBACK when it
   * throws. `singleStatement` channels skip BEGIN/COMMIT (one statement is atomic on its own) but
   * still wait their turn while another call holds the connection. When nothing waits and the work
   * answers synchronously, its value comes back as it is (no promise on the hottest reads).
   * `unstored` channels touch no data and run at once, even while another call holds the connection.
   */
  transact<T>(channel: string, work: () => Awaitable<T>): Awaitable<T>;
  /** Like `transact`, for writes made outside the dispatcher (a data import, the sample team). */
  transaction<T>(work: () => Awaitable<T>): Promise<T>;
  /** Holds the connection, without a transaction, while `work` runs (a backup's copy, a restore). */
  exclusive<T>(work: () => Awaitable<T>): Promise<T>;
  /** Whether a call holds the connection now. */
  readonly busy: boolean;
}

export function createSqliteQueue(
  db: Db,
  channels: { singleStatement: ReadonlySet<string>; unstored: ReadonlySet<string> },
): SqliteQueue {
  const { singleStatement, unstored } = channels;
  const begin = db.prepare('BEGIN');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  let busy = false;
  const waiting: (() => void)[] = [];

  /** Hands the connection to the next in line, or frees it. */
  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else busy = false;
  }

  function end(ok: boolean, inTransaction: boolean): void {
    try {
      if (inTransaction && db.inTransaction) (ok ? commit : rollback).run();
    } catch (error) {
      // A COMMIT that fails (the disk is full) leaves the transaction open: undo it before the next call.
      if (db.inTransaction) rollback.run();
      throw error;
    } finally {
      release();
    }
  }

  /** Runs `work` holding the connection (which the caller has taken); in a transaction when asked. */
  function hold<T>(work: () => Awaitable<T>, inTransaction: boolean): Awaitable<T> {
    if (inTransaction) {
      try {
        begin.run();
      } catch (error) {
        release();
        throw error;
      }
    }
    let value: Awaitable<T>;
    try {
      value = work();
    } catch (error) {
      end(false, inTransaction);
      throw error;
    }
    if (!isPromise(value)) {
      end(true, inTransaction);
      return value;
    }
    return value.then(
      (settled) => {
        end(true, inTransaction);
        return settled;
      },
      (error: unknown) => {
        end(false, inTransaction);
        throw error;
      },
    );
  }

  /** Runs `work` now when the connection is free, else once every call before it has finished. */
  function inTurn<T>(work: () => Awaitable<T>, inTransaction: boolean): Awaitable<T> {
    if (!busy) {
      busy = true;
      return hold(work, inTransaction);
    }
    return new Promise<void>((resolve) => waiting.push(resolve)).then(() => hold(work, inTransaction));
  }

  return {
    transact: (channel, work) =>
      unstored.has(channel) ? work() : inTurn(work, !singleStatement.has(channel)),
    transaction: async (work) => inTurn(work, true),
    exclusive: async (work) => inTurn(work, false),
    get busy() {
      return busy;
    },
  };
}
