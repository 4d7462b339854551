// The dashboard keeps its list of active hires between calls while nothing is written. A write from
// another connection to the same file (another process, a repair tool) must still be seen.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;

beforeEach(async () => {
  env = await openTempCore({ now: () => new Date('2027-02-01T09:00:00') });
  for (const name of ['Ada Lovelace', 'Grace Hopper']) {
    const hire = valueOf(
      await env.core.call('hires.create', {
        name,
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    valueOf(await env.core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }));
  }
});
afterEach(() => env.cleanup());

const names = async () => valueOf(await env.core.call('progress.dashboard', {})).rows.map((row) => row.name);

describe('the dashboard between calls', () => {
  it('shows a change made through the core at the next call', async () => {
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    const ada = valueOf(await env.core.call('hires.list', { status: 'active', search: 'Ada' }))[0];
    valueOf(await env.core.call('hires.archive', { id: ada?.id ?? '' }));
    expect(await names()).toEqual(['Grace Hopper']);
  });

  it('shows a change written by another connection to the same file', async () => {
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    const other = new Database(env.core.databaseFile);
    try {
      other.prepare("UPDATE hires SET name = 'Ada King' WHERE name = 'Ada Lovelace'").run();
    } finally {
      other.close();
    }
    expect(await names()).toEqual(['Ada King', 'Grace Hopper']);
  });
});
