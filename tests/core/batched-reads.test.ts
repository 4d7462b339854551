// POST /api/batch carries only BATCHED_READS (src/shared/api/batch.ts), run together in one
// transaction on the team server with the hire, its plan and its assessments read once. Here: none of
// those channels changes a stored row (generated over the list, with the channel samples' inputs), a
// batch answers each call exactly as the call alone would, also past a failing call, and writes given
// to TeamCalls.batch still run alone, in order. On PGlite, and on a real server under `npm test`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BATCHED_READS } from '../../src/shared/api/batch';
import type { Core } from '../../src/main/core';
import type { Actor } from '../../src/main/server/auth/policy';
import { migratePostgres } from '../../src/main/server/db/migrations';
import type { BatchCall } from '../../src/main/server/http/team-calls';
import { createTeamCalls, TEAM_CHANNELS } from '../../src/main/server/team-core';
import { channelSamples, type ChannelSamples } from '../support/channel-samples';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import { seedTeam } from '../support/seed';
import { everyRow } from '../support/team-temp-core';

const NOW = new Date('2027-02-01T09:00:00Z');
const MANAGER: Actor = { id: 'manager-a', role: 'manager' };
const LEAD: Actor = { id: 'lead', role: 'hr' };

const ACCOUNTS = `
INSERT INTO accounts (id, email, display_name, role, password_hash, created_at) VALUES
  ('manager-a', 'a@example.com', 'Ana', 'manager', 'scrypt$x', '2027-01-01T00:00:00Z'),
  ('lead', 'lead@example.com', 'Lena', 'hr', 'scrypt$x', '2027-01-01T00:00:00Z');`;

describeOnPostgres('batched reads', (target) => {
  let db: TestDatabase;
  let calls: ReturnType<typeof createTeamCalls>;
  let samples: ChannelSamples;
  let hireId: string;

  const as = (actor: Actor): Pick<Core, 'call'> =>
    ({ call: (channel: string, input?: unknown) => calls.call(actor, channel, input) }) as Pick<Core, 'call'>;
  const batch = (list: BatchCall[]) => (calls.batch as NonNullable<typeof calls.batch>)(MANAGER, list);
  const alone = async (list: BatchCall[]) => {
    const results = [];
    for (const c of list) results.push(await calls.call(MANAGER, c.channel, c.input));
    return results;
  };

  /** Every row but the dashboard's kept facts (worked out on a read, by design). */
  const stored = () => everyRow(db, ['hire_summaries']);

  beforeAll(async () => {
    db = await target.open();
    const report = await migratePostgres(db);
    await db.exec(ACCOUNTS);
    calls = createTeamCalls({ client: db, schemaVersion: report.to, now: () => NOW, locale: 'und' });
    const team = await seedTeam(as(MANAGER), ['Grace Hopper'], { framework: as(LEAD) });
    samples = await channelSamples(as(MANAGER), team, {
      roleId: 'data-product-owner',
      competencyId: 'facilitation',
    });
    hireId = team.hireIds[0] ?? '';
  }, 300_000);
  afterAll(async () => {
    await db?.close();
  });

  describe('each batched read changes no stored row', () => {
    for (const channel of [...BATCHED_READS].sort()) {
      it(channel, async () => {
        expect(TEAM_CHANNELS.has(channel)).toBe(true);
        const before = await stored();
        const result = await calls.call(MANAGER, channel, samples.samples[channel].input);
        expect(result.ok ? 'ok' : result.error).toBe('ok');
        expect(await stored()).toBe(before);
      });
    }
  });

  it('answers a hire’s page as the five calls alone answer it', async () => {
    const page: BatchCall[] = [
      { channel: 'hires.get', input: { id: hireId } },
      { channel: 'plans.current', input: { hireId } },
      { channel: 'assessments.list', input: { hireId } },
      { channel: 'checkIns.history', input: { hireId } },
      { channel: 'progress.hire', input: { hireId } },
      { channel: 'progress.dashboard', input: {} },
    ];
    expect(await batch(page)).toEqual(await alone(page));
  });

  it('answers the calls after a failing one as they are answered alone', async () => {
    const list: BatchCall[] = [
      { channel: 'hires.get', input: { id: hireId } },
      { channel: 'plans.current', input: { hireId: 'no-such-hire' } },
      { channel: 'assessments.list', input: { hireId: 42 } },
      { channel: 'checkIns.history', input: { hireId } },
    ];
    const results = await batch(list);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'NOT_FOUND', 'VALIDATION', 'ok']);
    expect(results).toEqual(await alone(list));
  });

  it('runs a write given to it alone and in order: the read after it sees it', async () => {
    const before = await calls.call(MANAGER, 'topics.list', { hireId });
    const results = await batch([
      { channel: 'hires.get', input: { id: hireId } },
      { channel: 'topics.add', input: { hireId, text: 'Which metric matters most this quarter?' } },
      { channel: 'topics.list', input: { hireId } },
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    const listed = (results[2] as { ok: true; value: { text: string }[] }).value;
    expect(listed.length).toBe((before as { ok: true; value: unknown[] }).value.length + 1);
    expect(listed.map((t) => t.text)).toContain('Which metric matters most this quarter?');
  });

  it('gives every call its own copy of what was read once', async () => {
    const [first, second] = await batch([
      { channel: 'hires.get', input: { id: hireId } },
      { channel: 'hires.get', input: { id: hireId } },
    ]);
    expect(first).toEqual(second);
    expect((first as { value: unknown }).value).not.toBe((second as { value: unknown }).value);
  });
});
