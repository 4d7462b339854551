// Who sees what on a team server, generated over every channel like the malformed-payload tests:
// manager A tries every channel with manager B's ids (hires, plans, check-ins, notes, action items,
// leave, topics, evidence) and an HR/L&D lead tries them with ids of a hire not shared with them.
// Every attempt answers NOT_FOUND or FORBIDDEN and writes nothing (every table read back), and no
// answer to A holds any of B's ids or B's words. On PGlite, and on a real server under `npm test`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../src/shared/api/channels';
import type { Core } from '../../src/main/core';
import type { Actor } from '../../src/main/server/auth/policy';
import { migratePostgres } from '../../src/main/server/db/migrations';
import { createTeamCalls, TEAM_CHANNELS } from '../../src/main/server/team-core';
import { channelSamples, type ChannelSamples, type Kind } from '../support/channel-samples';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import { seedTeam } from '../support/seed';
import { everyRow } from '../support/team-temp-core';
import { valueOf } from '../support/temp-core';

const NOW = new Date('2027-02-01T09:00:00Z');
const A: Actor = { id: 'manager-a', role: 'manager' };
const B: Actor = { id: 'manager-b', role: 'manager' };
const LEAD: Actor = { id: 'lead', role: 'hr' };
const ADMIN: Actor = { id: 'admin', role: 'admin' };

/** Kinds of record that belong to a hire, and so to one manager. */
const PERSONAL: ReadonlySet<Kind> = new Set([
  'hire',
  'assessment',
  'plan',
  'activity',
  'goal',
  'checkIn',
  'leave',
  'topic',
  'evidence',
]);

const ACCOUNTS = `
INSERT INTO accounts (id, email, display_name, role, password_hash, created_at) VALUES
  ('manager-a', 'a@example.com', 'Ana', 'manager', 'scrypt$x', '2027-01-01T00:00:00Z'),
  ('manager-b', 'b@example.com', 'Ben', 'manager', 'scrypt$x', '2027-01-01T00:00:00Z'),
  ('lead', 'lead@example.com', 'Lena', 'hr', 'scrypt$x', '2027-01-01T00:00:00Z'),
  ('admin', 'admin@example.com', 'Ada', 'admin', 'scrypt$x', '2027-01-01T00:00:00Z');`;

describeOnPostgres('isolation between accounts', (target) => {
  let db: TestDatabase;
  let calls: ReturnType<typeof createTeamCalls>;
  let ofB: ChannelSamples;
  /** B's ids and B's hire's name, which must never reach A (both seeds write the same notes). */
  let secrets: string[];

  const as = (actor: Actor): Pick<Core, 'call'> =>
    ({ call: (channel: string, input?: unknown) => calls.call(actor, channel, input) }) as Pick<Core, 'call'>;

  /** Every row of every table, to show an attempt wrote nothing. */
  const everything = () => everyRow(db);

  beforeAll(async () => {
    db = await target.open();
    const report = await migratePostgres(db);
    await db.exec(ACCOUNTS);
    calls = createTeamCalls({ client: db, schemaVersion: report.to, now: () => NOW, locale: 'und' });
    const team = await seedTeam(as(B), ['Grace Hopper'], { framework: as(LEAD) });
    const framework = valueOf(await as(LEAD).call('framework.get', {}));
    ofB = await channelSamples(as(B), team, {
      roleId: framework.roles.find((r) => r.name === 'Data Product Owner')?.id ?? '',
      competencyId: 'facilitation',
    });
    await seedTeam(as(A), ['Ada Lovelace'], { framework: as(LEAD) });
    secrets = [
      ...Object.entries(ofB.pool)
        .filter(([kind]) => PERSONAL.has(kind as Kind))
        .flatMap(([, ids]) => ids),
      'Grace Hopper',
    ].filter(Boolean);
  }, 300_000);
  afterAll(async () => {
    await db?.close();
  });

  const channels = channelNames.filter((name) => TEAM_CHANNELS.has(name));

  describe('manager A with manager B’s ids', () => {
    for (const channel of channels) {
      it(`${channel}`, async () => {
        const sample = ofB.samples[channel as ChannelName];
        const personal = Object.values(sample.ids ?? {}).some((kind) => PERSONAL.has(kind));
        const before = await everything();
        const result = await as(A).call(channel, sample.input);
        if (personal) {
          expect(result.ok ? 'ok' : result.error.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
          expect(await everything()).toBe(before);
        }
        // A refusal may name the id it was asked for; anything else of B's is a leak.
        const asked = JSON.stringify(sample.input);
        const answer = JSON.stringify(result);
        for (const secret of secrets) if (!asked.includes(secret)) expect(answer).not.toContain(secret);
      });
    }
  });

  describe('an HR/L&D lead with the ids of a hire not shared with them', () => {
    for (const channel of channels) {
      const sampleOf = () => ofB.samples[channel as ChannelName];
      it(`${channel}`, async () => {
        const sample = sampleOf();
        if (!Object.values(sample.ids ?? {}).some((kind) => PERSONAL.has(kind))) return;
        const before = await everything();
        const result = await as(LEAD).call(channel, sample.input);
        expect(result.ok ? 'ok' : result.error.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
        expect(await everything()).toBe(before);
      });
    }
  });

  it('an administrator sees no one’s hires', async () => {
    const result = await as(ADMIN).call('hires.list', { status: 'all' });
    expect(result.ok ? result.value : result.error.code).toEqual(expect.anything());
    expect(JSON.stringify(result)).not.toContain('Grace Hopper');
    expect(JSON.stringify(result)).not.toContain('Ada Lovelace');
  });
});
