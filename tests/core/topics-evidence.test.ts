// Two-sided one-on-ones in the core: topics either side adds, kept open until discussed or dropped,
// and the evidence log per hire, with the data file carrying both. A fixed clock throughout.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { countEvidence } from '../../src/shared/evidence/schema';
import { addHire, openTempCore, valueOf } from '../support/temp-core';
import { onTeamStorage } from '../support/team-temp-core';

const TODAY = new Date('2027-02-01T09:00:00Z');
let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
let hireId: string;

beforeEach(async () => {
  env = await openTempCore({ now: () => TODAY, dailyBackups: false });
  core = env.core;
  hireId = (await addHire(core, 'Grace Hopper')).id;
});
afterEach(() => env.cleanup());

function refused(result: { ok: boolean; error?: { code: string; issues?: { field: string }[] } }) {
  expect(result.ok).toBe(false);
  return { code: result.error?.code, fields: (result.error?.issues ?? []).map((i) => i.field) };
}

describe('topics', () => {
  it('keeps a topic on the open list until it is discussed or dropped', async () => {
    const first = valueOf(await core.call('topics.add', { hireId, text: '  Saying no to sales  ' }));
    const second = valueOf(await core.call('topics.add', { hireId, text: 'Roadmap review' }));
    expect(first).toMatchObject({
      text: 'Saying no to sales',
      addedBy: 'manager',
      status: 'open',
      closedOn: null,
    });
    expect(valueOf(await core.call('topics.list', { hireId })).map((t) => t.id)).toEqual([
      first.id,
      second.id,
    ]);

    const closed = valueOf(
      await core.call('topics.close', { id: first.id, status: 'discussed', on: '2027-02-01' }),
    );
    expect(closed).toMatchObject({ status: 'discussed', closedOn: '2027-02-01' });
    expect(valueOf(await core.call('topics.list', { hireId })).map((t) => t.id)).toEqual([second.id]);
    expect(valueOf(await core.call('topics.list', { hireId, which: 'all' })).map((t) => t.id)).toEqual([
      second.id,
      first.id,
    ]);
    // Closing twice is refused; the first answer stands.
    expect(
      refused(await core.call('topics.close', { id: first.id, status: 'dropped', on: '2027-02-01' })).code,
    ).toBe('CONFLICT');
    expect(valueOf(await core.call('topics.list', { hireId, which: 'all' }))[1]?.status).toBe('discussed');
  });

  it('refuses bad topics with the field named and writes nothing', async () => {
    expect(refused(await core.call('topics.add', { hireId, text: '   ' }))).toEqual({
      code: 'VALIDATION',
      fields: ['text'],
    });
    expect(refused(await core.call('topics.add', { hireId, text: 'x'.repeat(501) })).fields).toEqual([
      'text',
    ]);
    expect(refused(await core.call('topics.add', { hireId: 'nobody', text: 'Hello' })).code).toBe(
      'NOT_FOUND',
    );
    const topic = valueOf(await core.call('topics.add', { hireId, text: 'Hello' }));
    expect(
      refused(await core.call('topics.close', { id: topic.id, status: 'discussed', on: '2027-01-31' })),
    ).toEqual({
      code: 'VALIDATION',
      fields: ['on'],
    });
    expect(
      refused(await core.call('topics.close', { id: topic.id, status: 'open', on: '2027-02-01' } as never))
        .fields,
    ).toEqual(['status']);
    expect(valueOf(await core.call('topics.list', { hireId, which: 'all' }))).toHaveLength(1);
  });
});

describe('evidence log', () => {
  const entry = {
    competencyId: 'customer-discovery',
    notedOn: '2027-01-28',
    source: 'stakeholder' as const,
    sourceName: 'Priya, design lead',
    text: 'Ran five customer interviews and shared the notes',
  };

  it('keeps dated entries by competency and source, newest first, and counts them', async () => {
    const older = valueOf(await core.call('evidence.add', { hireId, ...entry, notedOn: '2027-01-10' }));
    const newer = valueOf(
      await core.call('evidence.add', { hireId, ...entry, source: 'hire', competencyId: 'prioritisation' }),
    );
    // A name is kept only for a stakeholder.
    expect(newer.sourceName).toBe('');
    expect(older.sourceName).toBe('Priya, design lead');
    const log = valueOf(await core.call('evidence.list', { hireId }));
    expect(log.map((e) => e.id)).toEqual([newer.id, older.id]);
    expect(countEvidence(log)).toEqual(
      expect.arrayContaining([
        { competencyId: 'prioritisation', total: 1, bySource: { hire: 1, manager: 0, stakeholder: 0 } },
        { competencyId: 'customer-discovery', total: 1, bySource: { hire: 0, manager: 0, stakeholder: 1 } },
      ]),
    );
    expect(valueOf(await core.call('evidence.remove', { id: older.id }))).toEqual({ id: older.id });
    expect(valueOf(await core.call('evidence.list', { hireId }))).toHaveLength(1);
    expect(refused(await core.call('evidence.remove', { id: older.id })).code).toBe('NOT_FOUND');
  });

  it('refuses an unknown competency, a future day and a bad source, naming the field', async () => {
    expect(refused(await core.call('evidence.add', { hireId, ...entry, competencyId: 'juggling' }))).toEqual({
      code: 'VALIDATION',
      fields: ['competencyId'],
    });
    expect(refused(await core.call('evidence.add', { hireId, ...entry, notedOn: '2027-02-02' }))).toEqual({
      code: 'VALIDATION',
      fields: ['notedOn'],
    });
    expect(
      refused(await core.call('evidence.add', { hireId, ...entry, source: 'hr' } as never)).fields,
    ).toEqual(['source']);
    expect(refused(await core.call('evidence.add', { hireId, ...entry, text: '' })).fields).toEqual(['text']);
    expect(valueOf(await core.call('evidence.list', { hireId }))).toEqual([]);
  });
});

describe('the data file', () => {
  // Through data.import, which a team server does not have (moving in is tested on its own).
  it.skipIf(onTeamStorage())(
    'carries topics and evidence to another database and refuses a bad row by its field',
    async () => {
      const topic = valueOf(await core.call('topics.add', { hireId, text: 'Roadmap review' }));
      valueOf(await core.call('topics.close', { id: topic.id, status: 'dropped', on: '2027-02-01' }));
      valueOf(
        await core.call('evidence.add', {
          hireId,
          competencyId: 'customer-discovery',
          notedOn: '2027-01-28',
          source: 'manager',
          text: 'Led the discovery kick-off',
        }),
      );
      const { file } = valueOf(await core.call('data.export', {}));
      expect(file.tables.hire_topics).toHaveLength(1);
      expect(file.tables.evidence_entries).toHaveLength(1);

      const other = await openTempCore({ now: () => TODAY, dailyBackups: false });
      try {
        const broken = structuredClone(file);
        const row = broken.tables.hire_topics?.[0];
        if (row) row.closed_on = null;
        const refusal = await other.core.call('data.import', { file: broken, mode: 'empty-only' });
        expect(refused(refusal).fields).toContain('tables.hire_topics[0].closed_on');
        const unknown = structuredClone(file);
        const evidenceRow = unknown.tables.evidence_entries?.[0];
        if (evidenceRow) evidenceRow.competency_id = 'juggling';
        expect(
          refused(await other.core.call('data.import', { file: unknown, mode: 'empty-only' })).fields,
        ).toContain('tables.evidence_entries[0].competency_id');

        valueOf(await other.core.call('data.import', { file, mode: 'empty-only' }));
        expect(valueOf(await other.core.call('topics.list', { hireId, which: 'all' }))).toEqual(
          valueOf(await core.call('topics.list', { hireId, which: 'all' })),
        );
        expect(valueOf(await other.core.call('evidence.list', { hireId }))).toEqual(
          valueOf(await core.call('evidence.list', { hireId })),
        );
      } finally {
        other.cleanup();
      }
    },
  );
});
