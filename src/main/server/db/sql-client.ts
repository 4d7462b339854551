// The one way the server's database code talks to PostgreSQL: parameterised queries, scripts and
// transactions, the same over a real server (`pg`, pg-client.ts) and PGlite in the tests
// (pglite-client.ts), so repositories and the migration runner are written once for both.

/** A value bound to a `$1`-style placeholder; text, numbers and NULL are all the schema stores. */
export type SqlParam = string | number | null;

export interface SqlClient {
  /** Runs one statement with `$1, $2…` placeholders and returns its rows (empty for a write). */
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: readonly SqlParam[],
  ): Promise<Row[]>;
  /** Runs a script of several statements without parameters (a migration). */
  exec(script: string): Promise<void>;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. Inside,
   * use only the `tx` it is given; a transaction does not nest (the client refuses).
   */
  transaction<T>(work: (tx: SqlClient) => Promise<T>): Promise<T>;
}

/** A client that owns its connections (a pool, a PGlite instance) and releases them on close. */
export interface ClosableSqlClient extends SqlClient {
  close(): Promise<void>;
}

/** The SQLSTATE code PostgreSQL gave an error (`pg` and PGlite both put it on `code`). */
export function sqlState(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export class NestedTransactionError extends Error {
  constructor() {
    super('A transaction is already open on this client; run the work with the tx it was given.');
    this.name = 'NestedTransactionError';
  }
}

/**
 * 64-bit integers (bigint, and every `integer` on CockroachDB, where INT is INT8) come back as
 * numbers, as better-sqlite3 returns SQLite's integers; one beyond 2^53 is refused, never rounded.
 */
export function int8ToNumber(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`The database returned ${text}, an integer too large to read exactly`);
  }
  return value;
}
