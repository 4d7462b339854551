// SqlClient over the `pg` driver's connection pool: the team server's connection to PostgreSQL
// (or to CockroachDB or YugabyteDB, which speak its wire protocol).
import pg from 'pg';
import {
  int8ToNumber,
  NestedTransactionError,
  type ClosableSqlClient,
  type SqlClient,
  type SqlParam,
} from './sql-client';

const INT8 = 20;

/** Reads int8 as a number (see int8ToNumber) and every other type as `pg` does by default. */
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary'
      ? int8ToNumber
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

type Queryable = Pick<pg.PoolClient, 'query'>;

async function rowsOf<Row extends object>(on: Queryable, sql: string, params: readonly SqlParam[] = []) {
  const result = await on.query<Row>(sql, params as SqlParam[]);
  return result.rows;
}

/** The client handed to a transaction's work: bound to one pooled connection, no nesting. */
/**
 * A transaction's client over its one connection. Its statements go one after another even when a
 * caller starts several at once (`Promise.all` of independent reads): one connection runs one
 * statement at a time, and pg 8 only warns when asked for more while pg 9 refuses.
 */
function transactionClient(connection: pg.PoolClient): SqlClient {
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(statement: () => Promise<T>): Promise<T> => {
    const next = last.then(statement, statement);
    last = next.catch(() => undefined);
    return next;
  };
  return {
    query: (sql, params) => inTurn(() => rowsOf(connection, sql, params)),
    exec: (script) =>
      inTurn(async () => {
        await connection.query(script);
      }),
    transaction: () => Promise.reject(new NestedTransactionError()),
  };
}

async function inTransaction<T>(pool: pg.Pool, work: (tx: SqlClient) => Promise<T>): Promise<T> {
  const connection = await pool.connect();
  let broken: Error | undefined;
  try {
    await connection.query('BEGIN');
    const result = await work(transactionClient(connection));
    await connection.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await connection.query('ROLLBACK');
    } catch (rollbackError) {
      // A connection that cannot roll back is in an unknown state: drop it instead of reusing it.
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw error;
  } finally {
    connection.release(broken);
  }
}

/** A SqlClient over an existing pool (created with `pgPoolConfig` so integers read as numbers). */
export function sqlClientOverPool(pool: pg.Pool): ClosableSqlClient {
  return {
    query: (sql, params) => rowsOf(pool, sql, params),
    exec: async (script) => {
      // The simple query protocol (no parameters) runs every statement of the script in order.
      await pool.query(script);
    },
    transaction: (work) => inTransaction(pool, work),
    close: () => pool.end(),
  };
}

/** Pool settings with the type parsing the repositories rely on; pass the rest through. */
export function pgPoolConfig(config: pg.PoolConfig): pg.PoolConfig {
  return { ...config, types };
}

/** Opens a pool to `config` (e.g. `{ connectionString }`) and wraps it. */
export function openPgClient(config: pg.PoolConfig): ClosableSqlClient {
  return sqlClientOverPool(new pg.Pool(pgPoolConfig(config)));
}
