// The shape a PostgreSQL repository must have: the desktop repository's methods with the same
// parameters, each answering a Promise of what the desktop one answers (a type, checked by tsc).
export type AsyncTwin<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};
