// SqlClient over PGlite (PostgreSQL compiled to WebAssembly, in-process): how the tests run the
// server's database code without a PostgreSQL server.
import { types as pgliteTypes, type PGlite, type Transaction } from '@electric-sql/pglite';
import { int8ToNumber, NestedTransactionError, type ClosableSqlClient, type SqlClient } from './sql-client';

/** PGlite options that read int8 exactly as pg-client.ts does. */
export const pgliteParsers = { [pgliteTypes.INT8]: int8ToNumber };

function transactionClient(tx: Transaction): SqlClient {
  return {
    query: async (sql, params) => (await tx.query(sql, params ? [...params] : [])).rows as never[],
    exec: async (script) => {
      await tx.exec(script);
    },
    transaction: () => Promise.reject(new NestedTransactionError()),
  };
}

/** Wraps an open PGlite instance; `close()` closes it. */
export function sqlClientOverPglite(db: PGlite): ClosableSqlClient {
  return {
    query: async (sql, params) => (await db.query(sql, params ? [...params] : [])).rows as never[],
    exec: async (script) => {
      await db.exec(script);
    },
    transaction: (work) => db.transaction((tx) => work(transactionClient(tx))),
    close: () => db.close(),
  };
}

/** A new in-memory PGlite database (a few seconds to start: share one per test file). */
export async function openPgliteClient(): Promise<ClosableSqlClient> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create({ parsers: pgliteParsers });
  return sqlClientOverPglite(db);
}
