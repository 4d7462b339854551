// The dashboard keeps its list of active hires between calls while nothing is written. A write from
// another connection to the same database (another process, a repair tool; on a team, another
// server process) must still be seen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2027-02-01T09:00:00');
  env = await openTempCore({ now: () => clock });
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

  it('shows a change written by another connection to the same database', async () => {
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper']);
    const other = await env.otherConnection();
    try {
      await other.exec("UPDATE hires SET name = 'Ada King' WHERE name = 'Ada Lovelace'");
    } finally {
      await other.close();
    }
    expect(await names()).toEqual(['Ada King', 'Grace Hopper']);
  });

  it("works a hire's figures out again on a new day and after their target role changes", async () => {
    // Weeks starting on Sunday: from Sunday to Monday the week is the same and the day is not.
    const row = async () => valueOf(await env.core.call('progress.dashboard', { weekStartsOn: 0 })).rows[0];
    clock = new Date('2027-02-07T09:00:00');
    expect((await row())?.weeksIn).toBe(4);
    clock = new Date('2027-02-08T09:00:00');
    expect((await row())?.weeksIn).toBe(5);
    const ada = (await row())?.hireId ?? '';
    const role = valueOf(await env.core.call('roles.clone', { id: 'product-manager', name: 'Data PM' }));
    valueOf(await env.core.call('hires.update', { id: ada, targetRoleId: role.id }));
    expect((await row())?.toRoleName).toBe('Data PM');
    // The role's name is the framework's, not the hire's: only the framework changed here.
    valueOf(await env.core.call('roles.update', { id: role.id, name: 'Platform PM' }));
    expect((await row())?.toRoleName).toBe('Platform PM');
  });
});
