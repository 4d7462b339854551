// A transaction's statements run one at a time on its one connection, even when a caller starts
// several at once (the repositories read a plan's parts with Promise.all): pg 8 warns when asked
// for a second statement while one runs, and pg 9 refuses it.
import { describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sqlClientOverPool } from '../../src/main/server/db/pg-client';

/** A pool whose one connection counts how many statements run on it at once. */
function countingPool() {
  const seen = { running: 0, most: 0, statements: [] as string[] };
  const connection = {
    async query(text: string) {
      seen.running += 1;
      seen.most = Math.max(seen.most, seen.running);
      seen.statements.push(text);
      await new Promise((resolve) => setTimeout(resolve, 2));
      seen.running -= 1;
      if (text === 'FAIL') throw new Error('refused');
      return { rows: [{ text }] };
    },
    release() {},
  };
  const pool = { connect: async () => connection, query: connection.query, end: async () => {} };
  return { pool: pool as unknown as pg.Pool, seen };
}

describe('a PostgreSQL transaction', () => {
  it('runs statements started together one after another, in the order they were started', async () => {
    const { pool, seen } = countingPool();
    const rows = await sqlClientOverPool(pool).transaction((tx) =>
      Promise.all([tx.query('A'), tx.query('B'), tx.exec('C'), tx.query('D')]),
    );
    expect(seen.most).toBe(1);
    expect(seen.statements).toEqual(['BEGIN', 'A', 'B', 'C', 'D', 'COMMIT']);
    expect(rows[0]).toEqual([{ text: 'A' }]);
  });

  it('goes on with the next statement after one fails, and the failure reaches its caller', async () => {
    const { pool, seen } = countingPool();
    const outcome = await sqlClientOverPool(pool).transaction(async (tx) => {
      const [failed, next] = await Promise.allSettled([tx.query('FAIL'), tx.query('E')]);
      return { failed: failed.status, next: next.status };
    });
    expect(outcome).toEqual({ failed: 'rejected', next: 'fulfilled' });
    expect(seen.most).toBe(1);
  });
});
