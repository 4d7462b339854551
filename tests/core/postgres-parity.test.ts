// The same answers from both storages: every channel the team server has, given its valid sample
// input (tests/support/channel-samples.ts) in the same order on the same seeded team, answers alike on
// the desktop's SQLite and on the team server's PostgreSQL (as one manager), ids aside. Each call
// changes what the next ones read (a rename, an archive, a completed one-on-one), so the reads after
// the writes are compared too; then every id field given another kind of record's id, or an unknown
// one. PostgreSQL is the team test core's (tests/support/team-temp-core.ts): PGlite, or the server
// `npm test` starts.
import type * as Crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../src/main/core';
import { channelNames, type ChannelName } from '../../src/shared/api/channels';
import type { Result } from '../../src/shared/api/result';
import { TEAM_CHANNELS } from '../../src/main/server/team-core';
import { channelSamples, type ChannelSamples, type Kind } from '../support/channel-samples';
import { pdfText } from '../support/pdf-text';
import { seedTeam } from '../support/seed';
import { openTeamTempCore } from '../support/team-temp-core';
import { openTempCore, type TempCore } from '../support/temp-core';

// Lists sort records made at one instant by id: ids that rise as they are made sort the same on both
// storages, as random ones would not (one store's pair in one order, the other's in the other).
vi.mock('node:crypto', async (original) => {
  let made = 0;
  return {
    ...(await original<typeof Crypto>()),
    randomUUID: () => `00000000-0000-4000-8000-${(made += 1).toString(16).padStart(12, '0')}`,
  };
});

const now = () => new Date('2027-02-01T09:00:00Z');
/**
 * Not compared: app.info names the storage by design; a manager's data.export on a server holds
 * only their own hires and the framework entries those use (tests/core/postgres-move-in.test.ts).
 */
const NOT_COMPARED: ReadonlySet<ChannelName> = new Set(['app.info', 'data.export']);
const UNKNOWN_ID = '00000000-0000-4000-8000-ffffffffffff';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

let desktop: TempCore;
let team: TempCore;
let samples: { desktop: ChannelSamples; team: ChannelSamples };

beforeAll(async () => {
  desktop = await openTempCore({ now, dailyBackups: false });
  team = await openTeamTempCore({ now });
  samples = {
    desktop: await channelSamples(desktop.core, await seedTeam(desktop.core, ['Grace Hopper'])),
    team: await channelSamples(team.core, await seedTeam(team.core, ['Grace Hopper'])),
  };
});
afterAll(() => {
  desktop.cleanup();
  team.cleanup();
});

/**
 * An answer as comparable text: each generated id becomes its order of first appearance, and a PDF
 * its text (pdfkit names each embedded font subset at random).
 */
async function comparable(result: Result<unknown>): Promise<string> {
  let value: unknown = result;
  if (result.ok && typeof result.value === 'object' && result.value && 'base64' in result.value) {
    const { base64, ...rest } = result.value as { base64: string };
    value = {
      ...result,
      value: { ...rest, text: (await pdfText(new Uint8Array(Buffer.from(base64, 'base64')))).text },
    };
  }
  const ids = new Map<string, string>();
  return JSON.stringify(value).replace(UUID, (id) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size}`);
    return ids.get(id) ?? id;
  });
}

async function answers(core: Core, { samples: inputs }: ChannelSamples, channel: ChannelName) {
  return comparable(await core.call(channel, inputs[channel].input));
}

describe('SQLite and PostgreSQL', () => {
  it('answer every team channel’s sample alike, one after another on the same team', async () => {
    const compared: string[] = [];
    for (const channel of channelNames) {
      if (!TEAM_CHANNELS.has(channel) || NOT_COMPARED.has(channel)) continue;
      const onDesktop = await answers(desktop.core, samples.desktop, channel);
      const onTeam = await answers(team.core, samples.team, channel);
      expect(onTeam, channel).toBe(onDesktop);
      compared.push(channel);
    }
    expect(compared.length).toBeGreaterThan(60);
  }, 120_000);

  it('refuse another kind of record’s id, or an unknown one, alike in every id field', async () => {
    let tried = 0;
    for (const channel of channelNames) {
      if (!TEAM_CHANNELS.has(channel) || NOT_COMPARED.has(channel)) continue;
      for (const [field, kind] of Object.entries(samples.desktop.samples[channel].ids ?? {})) {
        const others = Object.keys(samples.desktop.pool).filter((other) => other !== kind) as Kind[];
        for (const other of [...others, undefined]) {
          const idIn = (side: ChannelSamples) => (other ? side.pool[other][0] : UNKNOWN_ID);
          const input = (side: ChannelSamples) => ({ ...side.samples[channel].input, [field]: idIn(side) });
          const onDesktop = await comparable(await desktop.core.call(channel, input(samples.desktop)));
          const onTeam = await comparable(await team.core.call(channel, input(samples.team)));
          expect(onTeam, `${channel} ${field}: ${other ?? 'unknown'} id`).toBe(onDesktop);
          tried += 1;
        }
      }
    }
    expect(tried).toBeGreaterThan(300);
  }, 120_000);
});
