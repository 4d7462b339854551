// The shape every PostgreSQL repository keeps: the SQLite repository's methods with the same
// parameters, each answering a Promise of the same domain type, so the core's services take either.
export type AsyncRepository<Repository> = {
  [Method in keyof Repository]: Repository[Method] extends (...args: infer Args) => infer Result
    ? (...args: Args) => Promise<Awaited<Result>>
    : never;
};
