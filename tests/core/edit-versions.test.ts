// Stale edits of a hire or a one-on-one are refused with CONFLICT, never silently lost: on the
// desktop's SQLite (two windows) and, through the team project in vitest.config.mts, on the team
// server's PostgreSQL; then two managers on PostgreSQL, where the refusal names the other person.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import type { Actor } from '../../src/main/server/auth/policy';
import { migratePostgres } from '../../src/main/server/db/migrations';
import { createPostgresHireRepository } from '../../src/main/server/repositories/hires';
import { createTeamCalls } from '../../src/main/server/team-core';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';
import { onTeamStorage } from '../support/team-temp-core';
import { addHire, openTempCore, valueOf } from '../support/temp-core';

// A fixed clock and zone: the refusal says the time of the newer change as the manager reads it.
const NOW = new Date('2027-02-01T14:02:00Z');
const TIME_ZONE = 'UTC';

type Failure = { ok: false; error: { code: string; message: string; issues?: { field: string }[] } };

/** The refusal a result must be, or fails the test. */
function refusal(result: { ok: true } | Failure): Failure['error'] {
  if (result.ok) throw new Error('Expected a refusal, got ok');
  return result.error;
}

describe('stale edits (this storage, one person in two windows)', () => {
  let env: Awaited<ReturnType<typeof openTempCore>>;
  let core: Core;
  beforeEach(async () => {
    env = await openTempCore({ now: () => NOW, timeZone: TIME_ZONE });
    core = env.core;
  });
  afterEach(() => env.cleanup());

  it('a hire carries its version; an edit on an older one is refused and the newer one kept', async () => {
    const hire = await addHire(core, 'Ada Lovelace');
    expect(hire.version).toBe(1);
    expect(valueOf(await core.call('hires.get', { id: hire.id })).version).toBe(1);

    const first = valueOf(
      await core.call('hires.update', { id: hire.id, notes: 'Window one', expectedVersion: 1 }),
    );
    expect(first.version).toBe(2);
    expect(valueOf(await core.call('hires.get', { id: hire.id }))).toEqual(first);

    const stale = refusal(
      await core.call('hires.update', { id: hire.id, notes: 'Window two', expectedVersion: 1 }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toBe(
      'This hire was changed in another window at 14:02; reload to see that change, then make yours again.',
    );
    expect(stale.issues).toEqual([{ field: 'expectedVersion', message: stale.message }]);
    expect(valueOf(await core.call('hires.get', { id: hire.id }))).toEqual(first);

    // Made again on the version it reloaded, the edit goes through.
    const again = valueOf(
      await core.call('hires.update', { id: hire.id, notes: 'Window two', expectedVersion: 2 }),
    );
    expect(again).toMatchObject({ notes: 'Window two', version: 3 });
  });

  it('an edit without a version (an older caller) still goes through and still raises it', async () => {
    const hire = await addHire(core, 'Ada Lovelace');
    const updated = valueOf(await core.call('hires.update', { id: hire.id, name: 'Ada King' }));
    expect(updated.version).toBe(2);
    const archived = valueOf(await core.call('hires.archive', { id: hire.id }));
    expect(archived.version).toBe(3);
    expect(
      refusal(await core.call('hires.update', { id: hire.id, name: 'Ada', expectedVersion: 2 })).code,
    ).toBe('CONFLICT');
  });

  it('two edits made on the same version at once: one is kept, the other refused', async () => {
    const hire = await addHire(core, 'Ada Lovelace');
    const results = await Promise.all(
      ['One', 'Two'].map((notes) => core.call('hires.update', { id: hire.id, notes, expectedVersion: 1 })),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    const kept = results.find((r) => r.ok);
    expect(valueOf(await core.call('hires.get', { id: hire.id }))).toEqual(kept?.ok ? kept.value : null);
  });

  it('refuses an expectedVersion that is not a version, naming the field', async () => {
    const hire = await addHire(core, 'Ada Lovelace');
    for (const expectedVersion of [0, 1.5, '1', -1]) {
      const error = refusal(
        await core.call('hires.update', { id: hire.id, notes: 'x', expectedVersion } as never),
      );
      expect(error.code).toBe('VALIDATION');
      expect(error.issues?.map((i) => i.field)).toEqual(['expectedVersion']);
    }
  });

  it('a one-on-one: a draft saved from an older version is refused and the newer draft kept', async () => {
    const hire = await addHire(core, 'Ada Lovelace');
    const checkIn = valueOf(await core.call('checkIns.add', { hireId: hire.id, scheduledOn: '2027-02-03' }));
    expect(checkIn.version).toBe(1);

    const saved = valueOf(
      await core.call('checkIns.saveDraft', {
        id: checkIn.id,
        draft: { sharedNotes: 'From window one' },
        expectedVersion: 1,
      }),
    );
    expect(saved.version).toBe(2);
    expect(valueOf(await core.call('checkIns.get', { id: checkIn.id })).version).toBe(2);

    const stale = refusal(
      await core.call('checkIns.saveDraft', {
        id: checkIn.id,
        draft: { sharedNotes: 'From window two' },
        expectedVersion: 1,
      }),
    );
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      message:
        'This one-on-one was changed in another window at 14:02; reload to see that change, then make yours again.',
      issues: [{ field: 'expectedVersion' }],
    });
    const agenda = valueOf(await core.call('checkIns.agenda', { id: checkIn.id }));
    expect(agenda.draft?.sharedNotes).toBe('From window one');

    // Each autosave answers the version the next one is made on.
    const next = valueOf(
      await core.call('checkIns.saveDraft', {
        id: checkIn.id,
        draft: { sharedNotes: 'From window one, more' },
        expectedVersion: saved.version,
      }),
    );
    expect(next.version).toBe(3);
  });

  it('recording or moving a one-on-one from an older version is refused and changes nothing', async () => {
    const hire = await addHire(core, 'Ada Lovelace');
    const checkIn = valueOf(await core.call('checkIns.add', { hireId: hire.id, scheduledOn: '2027-02-03' }));
    const moved = valueOf(
      await core.call('checkIns.move', { id: checkIn.id, scheduledOn: '2027-02-04', expectedVersion: 1 }),
    );
    expect(moved.version).toBe(2);

    const staleMove = refusal(
      await core.call('checkIns.move', { id: checkIn.id, scheduledOn: '2027-02-05', expectedVersion: 1 }),
    );
    expect(staleMove.code).toBe('CONFLICT');
    const staleRecord = refusal(
      await core.call('checkIns.complete', {
        id: checkIn.id,
        heldOn: '2027-02-01',
        sharedNotes: 'Talked about discovery',
        privateNotes: '',
        pulses: [],
        newActionItems: [],
        closeActionItems: [],
        completeActivities: [],
        nextDate: null,
        expectedVersion: 1,
      }),
    );
    expect(staleRecord.code).toBe('CONFLICT');
    expect(staleRecord.issues?.[0]?.field).toBe('expectedVersion');
    expect(valueOf(await core.call('checkIns.get', { id: checkIn.id }))).toEqual(moved);

    const held = valueOf(
      await core.call('checkIns.complete', {
        id: checkIn.id,
        heldOn: '2027-02-01',
        sharedNotes: 'Talked about discovery',
        privateNotes: '',
        pulses: [],
        newActionItems: [],
        closeActionItems: [],
        completeActivities: [],
        nextDate: null,
        expectedVersion: 2,
      }),
    );
    expect(held).toMatchObject({ status: 'done', version: 3 });
  });
});

const ANA: Actor = { id: 'manager-ana', role: 'manager' };
const BEN: Actor = { id: 'manager-ben', role: 'manager' };
const ACCOUNTS = `
INSERT INTO accounts (id, email, display_name, role, password_hash, created_at) VALUES
  ('manager-ana', 'ana@example.com', 'Ana Ortiz', 'manager', 'scrypt$x', '2027-01-01T00:00:00Z'),
  ('manager-ben', 'ben@example.com', 'Ben Okafor', 'manager', 'scrypt$x', '2027-01-01T00:00:00Z');`;

// The team project runs this file on PostgreSQL already (above); two accounts need their own database.
describe.skipIf(onTeamStorage())('two managers', () => {
  describeOnPostgres('stale edits between two managers', (target) => {
    let db: TestDatabase;
    let calls: ReturnType<typeof createTeamCalls>;
    const as = (actor: Actor) =>
      ({ call: (channel: string, input?: unknown) => calls.call(actor, channel, input) }) as Pick<
        Core,
        'call'
      >;
    /** Hands the hire over as the team server's route does, in a transaction of its own. */
    const handOver = (from: Actor, hireId: string, to: Actor, at: string) =>
      db.transaction((sql) => createPostgresHireRepository({ sql, actor: from }).handOver(hireId, to.id, at));

    beforeAll(async () => {
      db = await target.open();
      const report = await migratePostgres(db);
      await db.exec(ACCOUNTS);
      calls = createTeamCalls({
        client: db,
        schemaVersion: report.to,
        now: () => NOW,
        locale: 'und',
        timeZone: TIME_ZONE,
      });
    }, 120_000);
    afterAll(async () => {
      await db?.close();
    });

    it('a hire handed over and back: Ana’s edit on the version she loaded names Ben’s change', async () => {
      const hire = valueOf(
        await as(ANA).call('hires.create', {
          name: 'Grace Hopper',
          currentRoleId: 'project-manager',
          targetRoleId: 'product-manager',
          startDate: '2027-01-04',
        }),
      );
      const checkIn = valueOf(
        await as(ANA).call('checkIns.add', { hireId: hire.id, scheduledOn: '2027-02-03' }),
      );
      // Ana's screens hold version 1 of both while the hire moves to Ben's team and back.
      await handOver(ANA, hire.id, BEN, '2027-02-01T13:30:00.000Z');
      const bens = valueOf(await as(BEN).call('hires.get', { id: hire.id }));
      valueOf(
        await as(BEN).call('hires.update', {
          id: hire.id,
          notes: 'Ben: moving to the payments team',
          expectedVersion: bens.version,
        }),
      );
      valueOf(
        await as(BEN).call('checkIns.saveDraft', {
          id: checkIn.id,
          draft: { sharedNotes: 'Ben’s agenda' },
          expectedVersion: 1,
        }),
      );
      await handOver(BEN, hire.id, ANA, '2027-02-01T14:02:00.000Z');

      const staleHire = refusal(
        await as(ANA).call('hires.update', { id: hire.id, notes: 'Ana’s notes', expectedVersion: 1 }),
      );
      expect(staleHire).toMatchObject({
        code: 'CONFLICT',
        message: 'Ben Okafor changed this hire at 14:02; reload to see their change, then make yours again.',
        issues: [{ field: 'expectedVersion' }],
      });
      const staleDraft = refusal(
        await as(ANA).call('checkIns.saveDraft', {
          id: checkIn.id,
          draft: { sharedNotes: 'Ana’s agenda' },
          expectedVersion: 1,
        }),
      );
      expect(staleDraft.message).toBe(
        'Ben Okafor changed this one-on-one at 14:02; reload to see their change, then make yours again.',
      );
      expect(valueOf(await as(ANA).call('hires.get', { id: hire.id })).notes).toBe(
        'Ben: moving to the payments team',
      );
      expect(valueOf(await as(ANA).call('checkIns.agenda', { id: checkIn.id })).draft?.sharedNotes).toBe(
        'Ben’s agenda',
      );

      // Reloaded, Ana's edit goes through; her own older window then hears of "another window".
      const fresh = valueOf(await as(ANA).call('hires.get', { id: hire.id }));
      valueOf(
        await as(ANA).call('hires.update', {
          id: hire.id,
          notes: 'Ana’s notes',
          expectedVersion: fresh.version,
        }),
      );
      expect(
        refusal(
          await as(ANA).call('hires.update', {
            id: hire.id,
            notes: 'Older tab',
            expectedVersion: fresh.version,
          }),
        ).message,
      ).toBe(
        'This hire was changed in another window at 14:02; reload to see that change, then make yours again.',
      );
    });

    it('two edits on the same version at once, each in its own transaction: one kept, one refused', async () => {
      const hire = valueOf(
        await as(ANA).call('hires.create', {
          name: 'Katherine Johnson',
          currentRoleId: 'project-manager',
          targetRoleId: 'product-manager',
          startDate: '2027-01-04',
        }),
      );
      // Reads in parallel first, so the pool (of a real server) has a connection ready for each edit.
      await Promise.all([1, 2, 3].map(() => as(ANA).call('hires.get', { id: hire.id })));
      const results = await Promise.all(
        ['One', 'Two', 'Three'].map((notes) =>
          as(ANA).call('hires.update', { id: hire.id, notes, expectedVersion: 1 }),
        ),
      );
      expect(results.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
      expect(valueOf(await as(ANA).call('hires.get', { id: hire.id })).version).toBe(2);

      const checkIn = valueOf(
        await as(ANA).call('checkIns.add', { hireId: hire.id, scheduledOn: '2027-02-03' }),
      );
      await Promise.all([1, 2, 3].map(() => as(ANA).call('checkIns.get', { id: checkIn.id })));
      const drafts = await Promise.all(
        ['One', 'Two', 'Three'].map((sharedNotes) =>
          as(ANA).call('checkIns.saveDraft', { id: checkIn.id, draft: { sharedNotes }, expectedVersion: 1 }),
        ),
      );
      expect(drafts.map((r) => (r.ok ? 'ok' : r.error.code)).sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
    });
  });
});
