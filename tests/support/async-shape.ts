// The shape a PostgreSQL repository must have: the desktop repository's methods with the same
// parameters, each answering a Promise of what the desktop one answers (a type, checked by tsc).
// better-sqlite3's RunResult (what a desktop write happens to return, and no caller reads) becomes void.
import type { RunResult } from 'better-sqlite3';

type Answer<R> = R extends RunResult ? void : Awaited<R>;

export type AsyncTwin<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Answer<R>> : never;
};
