// Calls on one SQLite connection take turns: a handler that awaits in the middle of its transaction
// must not let another call run inside that transaction (seeing, or being rolled back with, its
// rows), and writes made outside the dispatcher (the sample team, a data import) take their turn too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/main/core/db/connection';
import { createSqliteQueue } from '../../src/main/core/db/queue';
import {
  createDispatcher,
  SINGLE_STATEMENT_READS,
  UNSTORED_CHANNELS,
  type Handlers,
} from '../../src/main/core/dispatcher';
import { addHire, openTempCore, tempDir, valueOf } from '../support/temp-core';

/** A promise the test settles when it chooses, to hold a handler in the middle of its transaction. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('calls on one connection', () => {
  let dir: ReturnType<typeof tempDir>;
  let db: Db;
  const rows = () => (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;
  const insert = (text: string) => db.prepare('INSERT INTO notes (text) VALUES (?)').run(text);

  /** A dispatcher over the queue with a few channels answered by test handlers. */
  function dispatcherWith(handlers: Partial<Record<keyof Handlers, (input: unknown) => unknown>>) {
    const queue = createSqliteQueue(db, {
      singleStatement: SINGLE_STATEMENT_READS,
      unstored: UNSTORED_CHANNELS,
    });
    const call = createDispatcher({
      transact: queue.transact,
      handlers: handlers as unknown as Handlers,
      onError: () => undefined,
    });
    return { call, queue };
  }

  beforeEach(() => {
    dir = tempDir();
    db = openDatabase(`${dir.path}/calls.db`);
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  });
  afterEach(() => {
    db.close();
    dir.remove();
  });

  it('keeps a second call out of the first one’s transaction while it awaits, then rolls the first back', async () => {
    const held = gate();
    const seen: number[] = [];
    const { call } = dispatcherWith({
      // Writes, waits (as a PostgreSQL-backed repository would), then fails.
      'hires.create': async () => {
        insert('uncommitted');
        await held.opened;
        throw new Error('the write failed half-way');
      },
      // A multi-statement read (its own transaction) and a single-statement read (none).
      'plans.current': () => {
        seen.push(rows());
        return null;
      },
      'hires.list': () => {
        seen.push(rows());
        return [];
      },
    });
    const failing = call('hires.create', {
      name: 'Ada',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    });
    const reads = [call('plans.current', { hireId: 'h1' }), call('hires.list', {})];
    // Both reads wait their turn: nothing has run while the first call holds its transaction.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([]);
    held.open();
    expect(await failing).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await Promise.all(reads)).toEqual([
      { ok: true, value: null },
      { ok: true, value: [] },
    ]);
    expect(seen).toEqual([0, 0]);
    expect(rows()).toBe(0);
    expect(db.inTransaction).toBe(false);
  });

  it('rolls back every row a call wrote across its awaits when it throws, and keeps a call that succeeds', async () => {
    const { call } = dispatcherWith({
      'hires.create': async () => {
        insert('one');
        await Promise.resolve();
        insert('two');
        await new Promise((resolve) => setTimeout(resolve, 5));
        insert('three');
        throw new Error('refused after three writes');
      },
      'hires.update': () => {
        insert('kept');
        throw new Error('refused at once');
      },
      'hires.archive': async () => {
        insert('archived');
        await Promise.resolve();
        return { id: 'h1' };
      },
    });
    const input = {
      name: 'Ada',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    };
    expect(await call('hires.create', input)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await call('hires.update', { id: 'h1', name: 'Grace' })).toMatchObject({ ok: false });
    expect(rows()).toBe(0);
    expect(await call('hires.archive', { id: 'h1' })).toEqual({ ok: true, value: { id: 'h1' } });
    expect(db.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'archived' }]);
  });

  it('runs a single-statement read at once when nothing holds the connection, without a transaction', () => {
    const { queue } = dispatcherWith({});
    const answer = queue.transact('hires.get', () => db.inTransaction);
    expect(answer).toBe(false);
    expect(queue.transact('plans.current', () => db.inTransaction)).toBe(true);
    expect(queue.busy).toBe(false);
  });

  it('gives writes made outside the dispatcher their turn, first come first served', async () => {
    const held = gate();
    const order: string[] = [];
    const { call, queue } = dispatcherWith({
      'hires.create': async () => {
        insert('call');
        await held.opened;
        order.push(`call saw ${rows()}`);
        return { id: 'h1' };
      },
    });
    const first = call('hires.create', {
      name: 'Ada',
      currentRoleId: 'project-manager',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    });
    const outside = queue.transaction(() => {
      order.push(`import saw ${rows()}`);
      insert('import');
    });
    const copy = queue.exclusive(async () => {
      order.push(`backup saw ${rows()} in a transaction: ${db.inTransaction}`);
    });
    held.open();
    await Promise.all([first, outside, copy]);
    expect(order).toEqual(['call saw 1', 'import saw 1', 'backup saw 2 in a transaction: false']);
  });
});

describe('the core while writes run outside the dispatcher', () => {
  let env: Awaited<ReturnType<typeof openTempCore>>;
  beforeEach(async () => {
    env = await openTempCore({ now: () => new Date('2027-02-01T09:00:00') });
  });
  afterEach(() => env.cleanup());

  it('loads the sample team while the manager keeps adding and reading hires', async () => {
    const { core } = env;
    const loading = core.call('sample.load', {});
    const own: string[] = [];
    let done = false;
    void loading.then(() => {
      done = true;
    });
    while (!done) {
      const hire = await addHire(core, `Own hire ${own.length + 1}`);
      own.push(hire.id);
      valueOf(await core.call('hires.list', { status: 'all' }));
      valueOf(await core.call('progress.dashboard', {}));
    }
    const { hireIds } = valueOf(await loading);
    expect(hireIds.length).toBeGreaterThan(0);
    expect(own.length).toBeGreaterThan(0);
    // The manager's own hires are not the sample's, and removing the sample leaves them all.
    expect(hireIds.filter((id) => own.includes(id))).toEqual([]);
    valueOf(await core.call('sample.remove', {}));
    const left = valueOf(await core.call('hires.list', { status: 'all' })).map((h) => h.id);
    expect(left.sort()).toEqual([...own].sort());
  });

  it('imports a data file while other calls read and write', async () => {
    const source = await openTempCore({ now: () => new Date('2027-02-01T09:00:00') });
    try {
      valueOf(await source.core.call('sample.load', {}));
      const { file } = valueOf(await source.core.call('data.export', {}));
      const { core } = env;
      const importing = core.call('data.import', { file, mode: 'merge' });
      const [, list, dashboard] = await Promise.all([
        addHire(core, 'Added during the import'),
        core.call('hires.list', { status: 'all' }),
        core.call('progress.dashboard', {}),
      ]);
      expect([list.ok, dashboard.ok]).toEqual([true, true]);
      const imported = valueOf(await importing);
      expect(imported.total).toBeGreaterThan(0);
      const names = valueOf(await core.call('hires.list', { status: 'all' })).map((h) => h.name);
      const sourceNames = valueOf(await source.core.call('hires.list', { status: 'all' })).map((h) => h.name);
      expect(names.sort()).toEqual([...sourceNames, 'Added during the import'].sort());
    } finally {
      source.cleanup();
    }
  });
});
