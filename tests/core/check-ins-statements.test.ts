// A hire's check-ins are read in a fixed number of statements: pulses and action items come for the
// whole list at once, not three more queries per one-on-one (the N+1 that made long histories slow).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckIn } from '../../src/shared/checkins/schema';
import { onTeamStorage } from '../support/team-temp-core';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
let hireId: string;

beforeAll(async () => {
  env = await openTempCore({ now: () => new Date('2028-06-01T09:00:00') });
  hireId = valueOf(
    await env.core.call('hires.create', {
      name: 'Grace Hopper',
      currentRoleId: 'product-owner',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  ).id;
  valueOf(await env.core.call('plans.create', { hireId, startDate: '2027-01-04' }));
});
afterAll(() => env.cleanup());

/** Holds the next `count` scheduled one-on-ones, each with two pulses and an action item that the next closes. */
async function hold(count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const next = valueOf(await env.core.call('checkIns.schedule', { hireId }))[0] as CheckIn;
    const agenda = valueOf(await env.core.call('checkIns.agenda', { id: next.id }));
    valueOf(
      await env.core.call('checkIns.complete', {
        id: next.id,
        heldOn: next.scheduledOn,
        sharedNotes: `Held on ${next.scheduledOn}`,
        privateNotes: '',
        pulses: [
          { competencyId: 'business-acumen', confidence: 2 + (i % 3) },
          { competencyId: 'prioritisation', confidence: 3 },
        ],
        newActionItems: [{ text: `Follow up ${next.scheduledOn}`, owner: 'hire' }],
        closeActionItems: agenda.openActionItems.map((a) => ({ id: a.id, status: 'done' as const })),
        completeActivities: [],
        nextDate: null,
      }),
    );
  }
}

/** How many statements one call runs. */
async function statementsOf(channel: string, input: unknown): Promise<number> {
  const before = env.statementsRun();
  const result = await env.core.call(channel, input);
  expect(result.ok).toBe(true);
  return env.statementsRun() - before;
}

describe("a hire's check-ins", () => {
  it('are read in the same number of statements for 3 one-on-ones as for 15', async () => {
    await hold(3);
    const few = await statementsOf('checkIns.history', { hireId });
    const fewScheduled = await statementsOf('checkIns.schedule', { hireId });
    await hold(12);
    const many = await statementsOf('checkIns.history', { hireId });
    expect(valueOf(await env.core.call('checkIns.history', { hireId }))).toHaveLength(15);
    expect(many).toBe(few);
    // SQLite: the hire, the check-ins, their pulses, and the items agreed or closed in them (one
    // statement), with BEGIN and COMMIT. PostgreSQL: the hire, then the check-ins with their pulses and items as JSON
    // in one statement (its client sends BEGIN and COMMIT itself, outside the count).
    expect(many).toBe(onTeamStorage() ? 2 : 6);
    expect(await statementsOf('checkIns.schedule', { hireId })).toBe(fewScheduled);
  });

  it('each carry their own pulses, the items agreed in them and the items they closed', async () => {
    const history = valueOf(await env.core.call('checkIns.history', { hireId }));
    expect(history).toHaveLength(15);
    const oldestFirst = [...history].reverse();
    for (const [i, checkIn] of oldestFirst.entries()) {
      expect(checkIn.pulses.map((p) => p.competencyId).sort()).toEqual(['business-acumen', 'prioritisation']);
      expect(checkIn.actionItems.map((a) => a.text)).toEqual([`Follow up ${checkIn.scheduledOn}`]);
      const previous = oldestFirst[i - 1];
      expect(checkIn.closedActionItems.map((a) => a.text)).toEqual(
        previous ? [`Follow up ${previous.scheduledOn}`] : [],
      );
    }
  });
});
