// The team server's check-in repository (src/main/server/repositories/checkins.ts) against the
// desktop's: the same one-on-ones, pulses, action items, drafts and calendar records written to both
// give the same answers to every read; and its scoping: manager A never reads or changes manager B's
// one-on-ones, an HR/L&D lead reads the shared hire's (without private notes) and changes nothing, an
// administrator sees none, and private notes stay with their author after a handover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCheckInRepository, type CheckInRepository } from '../../src/main/core/checkins/repository';
import type { Db } from '../../src/main/core/db/connection';
import type { Actor } from '../../src/main/server/auth/policy';
import type { SqlClient } from '../../src/main/server/db/sql-client';
import { createPostgresCheckInRepository } from '../../src/main/server/repositories/checkins';
import type { Hire } from '../../src/shared/hires/schema';
import type { AsyncTwin } from '../support/async-shape';
import {
  A_HIRE,
  ADMIN,
  B_HIRE,
  LEAD,
  MANAGER_A,
  MANAGER_B,
  openSqliteTwin,
  planOf,
  scopeOf,
  seedPostgres,
  SHARED_HIRE,
} from '../support/pg-repository-fixture';
import { describeOnPostgres, type TestDatabase } from '../support/postgres';

type Repo = AsyncTwin<CheckInRepository> | CheckInRepository;
const T = '2027-01-01T09:00:00.000Z';
const SEARCHES = [
  '',
  'roadmap',
  'ROADMAP',
  '50%',
  '%',
  '_',
  'a_b',
  'stakeholder',
  'slides',
  'nothing like it',
];

/** One hire's one-on-ones, worked as a manager would: held, drafted, moved, cancelled, re-planned. */
async function workHire(r: Repo, hire: Hire, owner: string): Promise<void> {
  const id = (n: number) => `${hire.id}-ci-${n}`;
  const add = (n: number, scheduledOn: string, origin: 'plan' | 'manager' = 'plan') =>
    r.insert({
      id: id(n),
      hireId: hire.id,
      planId: planOf(hire),
      scheduledOn,
      origin,
      focusCompetencyIds: ['stakeholder-management', 'product-discovery'],
      topics: origin === 'plan' ? ['What does success look like?'] : [],
      now: T,
    });
  await add(1, '2027-01-11');
  await add(2, '2027-01-25');
  await add(3, '2027-02-08');
  await add(4, '2027-02-22', 'manager');
  await add(5, '2027-03-08');
  await add(6, '2027-03-22');
  await r.insertPulse(id(1), { competencyId: 'product-discovery', confidence: 3 });
  await r.insertPulse(id(1), { competencyId: 'Data-literacy', confidence: 2 });
  await r.insertPulse(id(1), { competencyId: 'data_analysis', confidence: 4 });
  // Two items with the same stamp, ids in the order they were made (PostgreSQL has no rowid).
  for (const [n, text, dueOn] of [
    [1, 'Draft the Q3 roadmap slides', '2027-02-01'],
    [2, 'Book time with a_b testing team', null],
    [3, 'Read the 50% discovery guide', '2027-01-20'],
  ] as const) {
    await r.insertAction({
      id: `${hire.id}-act-${n}`,
      hireId: hire.id,
      checkInId: id(1),
      text,
      owner: n === 2 ? 'hire' : 'manager',
      dueOn,
      now: T,
    });
  }
  await r.complete({
    id: id(1),
    heldOn: '2027-01-11',
    sharedNotes: 'Talked about the Roadmap; 50% done',
    privateNotes: `Worried about the stakeholder meeting (${owner})`,
    now: '2027-01-11T10:00:00.000Z',
  });
  await r.saveDraft(id(2), { sharedNotes: 'half', privateNotes: `draft secret (${owner})` }, T);
  await r.insertPulse(id(2), { competencyId: 'product-discovery', confidence: 4 });
  await r.closeAction(`${hire.id}-act-1`, 'done', id(2), '2027-01-25');
  await r.closeAction(`${hire.id}-act-3`, 'dropped', id(2), '2027-01-25');
  await r.complete({
    id: id(2),
    heldOn: '2027-01-25',
    sharedNotes: 'Slides reviewed',
    privateNotes: '',
    now: '2027-01-25T10:00:00.000Z',
  });
  await r.deleteDraft(id(2));
  await r.deleteDraft(id(2));
  await r.move(id(3), { date: '2027-02-10', time: '10:30', minutes: 45 }, '2027-02-01T09:00:00.000Z');
  await r.cancel(id(4), '2027-02-01T09:00:00.000Z');
  await r.saveDraft(id(5), { sharedNotes: 'agenda ideas', privateNotes: `keep quiet (${owner})` }, T);
  await r.replan({
    id: id(6),
    planId: planOf(hire),
    scheduledOn: '2027-03-29',
    focusCompetencyIds: ['product-discovery'],
    topics: ['New question'],
    moved: true,
    now: '2027-02-02T09:00:00.000Z',
  });
  await add(7, '2027-04-05');
  await r.remove(id(7));
  await r.markExported(hire.id, '2027-02-03T09:00:00.000Z');
  await r.markExported(hire.id, '2027-02-04T09:00:00.000Z');
  for (const [n, on] of [
    [8, '2027-01-05'],
    [9, '2027-03-01'],
  ] as const) {
    await r.insertCancelled({
      id: id(n),
      hireId: hire.id,
      scheduledOn: on,
      startTime: n === 8 ? '09:00' : null,
      minutes: n === 8 ? 30 : null,
      sequence: 2,
      cancelledAt: '2027-02-02T09:00:00.000Z',
    });
  }
  await r.pruneCancelled(hire.id, '2027-01-10');
  await r.pruneCancelled(hire.id, '2027-01-10');
}

/** Everything a hire's one-on-ones answer, read through `r`. */
async function everything(r: Repo, hire: Hire) {
  const id = (n: number) => `${hire.id}-ci-${n}`;
  const ids = [1, 2, 3, 4, 5, 6, 7].map(id);
  return {
    get: await Promise.all(ids.map((x) => r.get(x))),
    scheduled: await r.scheduled(hire.id),
    history: await Promise.all(SEARCHES.map((s) => r.history(hire.id, s))),
    lastDoneBefore: await Promise.all(
      ['2027-01-10', '2027-01-11', '2027-02-01'].map((d) => r.lastDoneBefore(hire.id, id(2), d)),
    ),
    nextScheduledAfter: await Promise.all(
      ['2027-01-11', '2027-02-10', '2027-12-31'].map((d) => r.nextScheduledAfter(hire.id, id(3), d)),
    ),
    lastPulses: await r.lastPulses(hire.id),
    openActions: await r.openActions(hire.id),
    actions: await Promise.all([1, 2, 3].map((n) => r.action(`${hire.id}-act-${n}`))),
    replaceable: await r.replaceablePlanCheckIns(hire.id),
    datesTaken: [...(await r.datesTaken(hire.id, new Set([id(5)])))].sort(),
    lastExport: await r.lastExport(hire.id),
    cancelled: await r.cancelled(hire.id),
    drafts: await Promise.all(ids.map((x) => r.draft(x))),
    forCalendar: await r.forCalendar(hire.id),
  };
}

describeOnPostgres('the PostgreSQL check-in repository', (target) => {
  let db: TestDatabase;
  let lite: Db;
  // Typed as the desktop repository's twin: tsc refuses a missing method or a different parameter.
  const pg = (actor: Actor, sql: SqlClient = db): AsyncTwin<CheckInRepository> =>
    createPostgresCheckInRepository(scopeOf(sql, actor));
  const desktop = () => createCheckInRepository(lite);
  const row = async (id: string) =>
    (
      await db.query<{
        version: number;
        updated_by: string | null;
        private_notes: string;
        private_notes_by: string | null;
      }>('SELECT version, updated_by, private_notes, private_notes_by FROM check_ins WHERE id = $1', [id])
    )[0];

  beforeAll(async () => {
    db = await target.open();
    await seedPostgres(db, { plans: true });
    lite = openSqliteTwin({ plans: true });
    for (const hire of [SHARED_HIRE, A_HIRE]) {
      await workHire(desktop(), hire, MANAGER_A.id);
      await workHire(pg(MANAGER_A), hire, MANAGER_A.id);
    }
    await workHire(desktop(), B_HIRE, MANAGER_B.id);
    await workHire(pg(MANAGER_B), B_HIRE, MANAGER_B.id);
  }, 120_000);
  afterAll(async () => {
    lite?.close();
    await db?.close();
  });

  describe('answers as the SQLite repository does', () => {
    it('gives the author every read the desktop gives, private notes and drafts included', async () => {
      for (const hire of [SHARED_HIRE, A_HIRE]) {
        expect(await everything(pg(MANAGER_A), hire)).toEqual(await everything(desktop(), hire));
      }
      const held = await pg(MANAGER_A).get(`${SHARED_HIRE.id}-ci-1`);
      expect(held).toMatchObject({
        status: 'done',
        privateNotes: 'Worried about the stakeholder meeting (manager-a)',
      });
      expect(held?.pulses.map((p) => p.competencyId)).toEqual([
        'Data-literacy',
        'data_analysis',
        'product-discovery',
      ]);
    });

    it('lists the one-on-ones due, of the actor’s hires only', async () => {
      for (const day of ['2027-01-01', '2027-03-08', '2027-12-31']) {
        const mine = desktop()
          .due(day)
          .filter((d) => d.hireId !== B_HIRE.id);
        expect(await pg(MANAGER_A).due(day)).toEqual(mine);
      }
      expect((await pg(MANAGER_A).due('2027-12-31')).map((d) => d.hireName)).toContain('alan turing');
    });

    it('reads a list of check-ins in a fixed number of statements however long it is', async () => {
      let statements = 0;
      const counting: SqlClient = {
        ...db,
        query: (sql, params) => {
          statements += 1;
          return db.query(sql, params);
        },
      };
      const history = await pg(MANAGER_A, counting).history(SHARED_HIRE.id, '');
      expect(history).toHaveLength(2);
      // Pulses and action items come in the check-ins' own rows (check-in-rows.ts).
      expect(statements).toBe(1);
      statements = 0;
      expect(await pg(MANAGER_A, counting).forCalendar(SHARED_HIRE.id)).toHaveLength(4);
      expect(statements).toBe(1);
    });

    it('raises the version and names the actor on every edit of a check-in', async () => {
      expect(await row(`${SHARED_HIRE.id}-ci-3`)).toMatchObject({ version: 2, updated_by: MANAGER_A.id });
      // A saved draft is an edit too: ci-5 has one.
      expect(await row(`${SHARED_HIRE.id}-ci-5`)).toMatchObject({ version: 2, updated_by: MANAGER_A.id });
      await pg(MANAGER_A).move(
        `${SHARED_HIRE.id}-ci-5`,
        { date: '2027-03-09', time: null, minutes: null },
        T,
      );
      expect(await row(`${SHARED_HIRE.id}-ci-5`)).toMatchObject({ version: 3 });
      expect(await row(`${SHARED_HIRE.id}-ci-1`)).toMatchObject({
        version: 2,
        private_notes_by: MANAGER_A.id,
      });
      expect(await row(`${SHARED_HIRE.id}-ci-2`)).toMatchObject({
        private_notes: '',
        private_notes_by: null,
      });
    });
  });

  describe('scoping', () => {
    const bId = (n: number) => `${B_HIRE.id}-ci-${n}`;

    it('answers manager A as if manager B’s one-on-ones did not exist', async () => {
      const seen = await everything(pg(MANAGER_A), B_HIRE);
      expect(seen).toEqual({
        get: Array(7).fill(undefined),
        scheduled: [],
        history: SEARCHES.map(() => []),
        lastDoneBefore: [undefined, undefined, undefined],
        nextScheduledAfter: [undefined, undefined, undefined],
        lastPulses: [],
        openActions: [],
        actions: [undefined, undefined, undefined],
        replaceable: [],
        datesTaken: [],
        lastExport: undefined,
        cancelled: [],
        drafts: Array(7).fill(null),
        forCalendar: [],
      });
      expect((await pg(MANAGER_A).due('2027-12-31')).some((d) => d.hireId === B_HIRE.id)).toBe(false);
      expect((await everything(pg(MANAGER_B), B_HIRE)).get[0]).toBeDefined();
    });

    it('refuses every write of manager A on B’s one-on-ones with NOT_FOUND and changes nothing', async () => {
      const before = await everything(pg(MANAGER_B), B_HIRE);
      const versions = await Promise.all([1, 3, 5].map((n) => row(bId(n))));
      for (const attempt of writesOn(B_HIRE, bId)) {
        await expect(attempt(pg(MANAGER_A)), attempt.toString()).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
      expect(await everything(pg(MANAGER_B), B_HIRE)).toEqual(before);
      expect(await Promise.all([1, 3, 5].map((n) => row(bId(n))))).toEqual(versions);
    });

    it('lets the lead read the shared hire without private notes, and change nothing', async () => {
      const lead = await everything(pg(LEAD), SHARED_HIRE);
      const owner = await everything(pg(MANAGER_A), SHARED_HIRE);
      const privateNotes = JSON.stringify(lead).match(/manager-a\)/g);
      expect(privateNotes).toBeNull();
      expect(lead.get[0]).toEqual({ ...owner.get[0], privateNotes: '' });
      expect(lead.drafts[4]).toEqual({ sharedNotes: 'agenda ideas' });
      expect(lead.history[SEARCHES.indexOf('stakeholder')]).toEqual([]);
      expect(lead.history[SEARCHES.indexOf('roadmap')]).toHaveLength(1);
      expect(lead.history[SEARCHES.indexOf('roadmap')]?.[0]).toEqual({ ...owner.get[0], privateNotes: '' });
      expect(lead.openActions).toEqual(owner.openActions);
      const hidden = await everything(pg(LEAD), A_HIRE);
      expect(hidden.get).toEqual(Array(7).fill(undefined));
      expect(hidden.openActions).toEqual([]);

      const id = (n: number) => `${SHARED_HIRE.id}-ci-${n}`;
      for (const attempt of writesOn(SHARED_HIRE, id)) {
        await expect(attempt(pg(LEAD)), attempt.toString()).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
      for (const attempt of writesOn(A_HIRE, (n) => `${A_HIRE.id}-ci-${n}`)) {
        await expect(attempt(pg(LEAD)), attempt.toString()).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
      expect(await everything(pg(MANAGER_A), SHARED_HIRE)).toEqual(owner);
    });

    it('shows an administrator no one-on-one and lets them change none', async () => {
      const seen = await everything(pg(ADMIN), SHARED_HIRE);
      expect(seen.get).toEqual(Array(7).fill(undefined));
      expect(seen.history).toEqual(SEARCHES.map(() => []));
      expect(await pg(ADMIN).due('2027-12-31')).toEqual([]);
      for (const attempt of writesOn(SHARED_HIRE, (n) => `${SHARED_HIRE.id}-ci-${n}`)) {
        await expect(attempt(pg(ADMIN))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      }
    });

    it('keeps private notes with their author when the hire moves to another manager', async () => {
      const id = (n: number) => `${A_HIRE.id}-ci-${n}`;
      await db.query('UPDATE hires SET manager_id = $1 WHERE id = $2', [MANAGER_B.id, A_HIRE.id]);
      try {
        expect(await pg(MANAGER_A).get(id(1))).toBeUndefined();
        const taken = await everything(pg(MANAGER_B), A_HIRE);
        expect(JSON.stringify(taken)).not.toMatch(/manager-a\)/);
        expect(taken.get[0]?.sharedNotes).toBe('Talked about the Roadmap; 50% done');
        expect(taken.drafts[4]).toEqual({ sharedNotes: 'agenda ideas' });
        // A draft on a held one-on-one never makes its recorded notes the drafter's.
        await pg(MANAGER_B).saveDraft(id(1), { privateNotes: 'peek' }, T);
        expect((await pg(MANAGER_B).get(id(1)))?.privateNotes).toBe('');
        await pg(MANAGER_B).deleteDraft(id(1));
        // The new manager's own draft and notes are theirs; the first manager's stay stored, unread.
        await pg(MANAGER_B).saveDraft(id(5), { privateNotes: 'mine now' }, T);
        expect(await pg(MANAGER_B).draft(id(5))).toEqual({ privateNotes: 'mine now' });
        await pg(MANAGER_B).complete({
          id: id(5),
          heldOn: '2027-03-08',
          sharedNotes: '',
          privateNotes: 'B notes',
          now: T,
        });
        expect((await pg(MANAGER_B).get(id(5)))?.privateNotes).toBe('B notes');
        expect((await pg(MANAGER_B).get(id(1)))?.privateNotes).toBe('');
        expect(await row(id(1))).toMatchObject({ private_notes_by: MANAGER_A.id });
      } finally {
        await db.query('UPDATE hires SET manager_id = $1 WHERE id = $2', [MANAGER_A.id, A_HIRE.id]);
      }
      expect((await pg(MANAGER_A).get(id(5)))?.privateNotes).toBe('');
      expect((await pg(MANAGER_A).get(id(1)))?.privateNotes).toBe(
        'Worried about the stakeholder meeting (manager-a)',
      );
    });
  });

  describe('dashboard summaries', () => {
    it('forgets the summary of the hire whose check-ins or action items a write changed', async () => {
      const summaries = async () =>
        (await db.query<{ hire_id: string }>('SELECT hire_id FROM hire_summaries ORDER BY hire_id')).map(
          (r) => r.hire_id,
        );
      await db.query('DELETE FROM hire_summaries');
      for (const hire of [SHARED_HIRE, B_HIRE]) {
        await db.query(
          `INSERT INTO hire_summaries (hire_id, planned_due, planned_kinds, done_due, scheduled, action_due) VALUES ($1, '', '', '', '', '')`,
          [hire.id],
        );
      }
      await expect(pg(MANAGER_A).cancel(`${B_HIRE.id}-ci-5`, T)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await summaries()).toEqual([SHARED_HIRE.id, B_HIRE.id].sort());
      await pg(MANAGER_A).closeAction(
        `${SHARED_HIRE.id}-act-2`,
        'done',
        `${SHARED_HIRE.id}-ci-1`,
        '2027-01-11',
      );
      expect(await summaries()).toEqual([B_HIRE.id]);
    });
  });
});

/** Every write of the repository aimed at one hire's one-on-ones (ids from workHire). */
function writesOn(
  hire: Hire,
  id: (n: number) => string,
): ((r: AsyncTwin<CheckInRepository>) => Promise<unknown>)[] {
  return [
    (r) =>
      r.insert({
        id: `${hire.id}-new`,
        hireId: hire.id,
        planId: null,
        scheduledOn: '2027-05-03',
        origin: 'manager',
        focusCompetencyIds: [],
        topics: [],
        now: T,
      }),
    (r) =>
      r.replan({
        id: id(6),
        planId: planOf(hire),
        scheduledOn: '2027-05-03',
        focusCompetencyIds: [],
        topics: [],
        moved: true,
        now: T,
      }),
    (r) => r.remove(id(6)),
    (r) => r.markExported(hire.id, T),
    (r) =>
      r.insertCancelled({
        id: `${hire.id}-gone`,
        hireId: hire.id,
        scheduledOn: '2027-05-03',
        startTime: null,
        minutes: null,
        sequence: 3,
        cancelledAt: T,
      }),
    (r) => r.pruneCancelled(hire.id, '2099-01-01'),
    (r) => r.move(id(5), { date: '2027-05-03', time: null, minutes: null }, T),
    (r) => r.cancel(id(5), T),
    (r) => r.complete({ id: id(5), heldOn: '2027-03-08', sharedNotes: 'x', privateNotes: 'y', now: T }),
    (r) => r.insertPulse(id(5), { competencyId: 'product-discovery', confidence: 5 }),
    (r) =>
      r.insertAction({
        id: `${hire.id}-act-new`,
        hireId: hire.id,
        checkInId: id(5),
        text: 'x',
        owner: 'manager',
        dueOn: null,
        now: T,
      }),
    (r) => r.closeAction(`${hire.id}-act-2`, 'done', id(5), '2027-03-08'),
    (r) => r.saveDraft(id(5), { privateNotes: 'overwritten' }, T),
    (r) => r.deleteDraft(id(5)),
  ];
}
