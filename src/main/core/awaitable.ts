// A value a repository or service may answer at once (SQLite, synchronous) or later (PostgreSQL).
// Callers `await` it; the SQLite side pays nothing for the promise it never makes.
export type Awaitable<T> = T | Promise<T>;

/** Whether a value is a promise still to settle (a thenable), so a plain answer can skip a tick. */
export function isPromise<T>(value: Awaitable<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * A repository of a storage that answers every call at once (SQLite): what `R` answers, without the
 * promise, so the SQLite wiring may read it synchronously where it must (the dashboard's summaries).
 */
export type Synchronous<R> = {
  [K in keyof R]: R[K] extends (...args: infer A) => Awaitable<infer T> ? (...args: A) => T : R[K];
};
