// The move's own work in a saved plan: the expectations conversation, the peer and the hand-overs
// are activities the manager ticks off, counted in progress and kept done across a re-plan; the
// one-on-ones keep the plan's questions, the first one leading with the expectations conversation.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { builtInFramework } from '../../src/shared/catalog';
import type { SavedPlan } from '../../src/shared/plans/schema';
import { addHire, openTempCore, valueOf } from '../support/temp-core';

const TODAY = new Date('2027-03-01T12:00:00Z');
let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
let hireId: string;

beforeEach(async () => {
  env = await openTempCore({ now: () => TODAY });
  core = env.core;
  hireId = (await addHire(core, 'Priya Raman')).id;
  const pm = builtInFramework.roles.find((r) => r.id === 'project-manager');
  valueOf(
    await core.call('assessments.create', {
      hireId,
      assessedOn: '2027-01-06',
      assessor: 'manager',
      ratings: builtInFramework.competencies.map((c) => ({
        competencyId: c.id,
        level: pm?.expectations[c.id]?.level ?? 0,
      })),
    }),
  );
});
afterEach(() => env.cleanup());

const plan = async (startDate = '2027-01-11'): Promise<SavedPlan> =>
  valueOf(await core.call('plans.create', { hireId, startDate }));
const current = async () => valueOf(await core.call('plans.current', { hireId })) as SavedPlan;
const work = (p: SavedPlan, purpose: string) => p.moveWork.filter((a) => a.purpose === purpose);

describe('the move’s own work in a saved plan', () => {
  it('stores the expectations conversation and the hand-overs as dated first-phase activities', async () => {
    const saved = await plan();
    const [expectations] = work(saved, 'expectations');
    expect(expectations).toMatchObject({
      title: 'Agree what success means now',
      status: 'planned',
      startDate: saved.horizon.startDate,
      checkInTopic: expect.stringContaining('Product Manager'),
    });
    expect(work(saved, 'letGo').map((a) => a.title)).toEqual(
      expect.arrayContaining([
        'Hand the schedule to a delivery lead',
        'Hand the status meeting to the delivery lead',
      ]),
    );
    expect(work(saved, 'peer')).toHaveLength(1);
    // Each piece is what the planner decided, with its dates, and the hand-overs fall in the first phase.
    expect(saved.moveWork.map((a) => [a.title, a.startDate, a.dueDate])).toEqual(
      saved.transitionWork.map((w) => [w.title, w.startDate, w.dueDate]),
    );
    const firstPhase = saved.phases[0];
    for (const a of work(saved, 'letGo')) {
      expect(a.startDate >= (firstPhase?.startDate ?? '')).toBe(true);
      expect(a.startDate <= (firstPhase?.endDate ?? '')).toBe(true);
    }
  });

  it('lets the manager tick off and reopen move work, and counts it in progress', async () => {
    const saved = await plan();
    const goalActivities = saved.phases.flatMap((p) => p.goals.flatMap((g) => g.activities)).length;
    expect(saved.progress).toEqual({ done: 0, open: goalActivities + saved.moveWork.length });

    const [expectations] = work(saved, 'expectations');
    const [schedule] = work(saved, 'letGo');
    for (const a of [expectations, schedule])
      valueOf(await core.call('plans.completeActivity', { activityId: a?.id ?? '', doneOn: '2027-01-12' }));
    const after = await current();
    expect(after.progress.done).toBe(2);
    expect(after.moveWork.filter((a) => a.status === 'done').map((a) => a.id)).toEqual([
      expectations?.id,
      schedule?.id,
    ]);
    const progress = valueOf(await core.call('progress.hire', { hireId }));
    expect(progress.plan).toMatchObject({ done: 2, total: goalActivities + saved.moveWork.length });

    valueOf(await core.call('plans.reopenActivity', { activityId: schedule?.id ?? '' }));
    const reopened = await current();
    expect(reopened.progress.done).toBe(1);
    expect(reopened.moveWork.find((a) => a.id === schedule?.id)).toMatchObject({
      status: 'planned',
      doneOn: null,
    });
  });

  it('keeps done move work done, with its date, when the plan is made again', async () => {
    const v1 = await plan();
    const [expectations] = work(v1, 'expectations');
    valueOf(
      await core.call('plans.completeActivity', { activityId: expectations?.id ?? '', doneOn: '2027-01-13' }),
    );
    const v2 = await plan('2027-03-01');
    expect(v2.version).toBe(2);
    expect(work(v2, 'expectations')).toEqual([
      expect.objectContaining({ status: 'done', doneOn: '2027-01-13', purpose: 'expectations' }),
    ]);
    expect(work(v2, 'letGo').every((a) => a.status === 'planned')).toBe(true);
    expect(v2.progress.done).toBe(1);
  });
});

describe('one-on-ones keep the plan’s questions', () => {
  it('saves each planned one-on-one’s topics, and the first leads with the expectations conversation', async () => {
    const saved = await plan();
    const [expectations] = work(saved, 'expectations');
    expect(saved.checkIns[0]?.topics[0]).toBe(expectations?.checkInTopic);
    expect(saved.checkIns.some((c, i) => i > 0 && c.topics.length > 0)).toBe(true);

    const scheduled = valueOf(await core.call('checkIns.schedule', { hireId }));
    const first = scheduled[0];
    expect(first?.scheduledOn).toBe(saved.checkIns[0]?.date);
    expect(first?.topics[0]).toBe(expectations?.checkInTopic);
    const byDate = new Map(saved.checkIns.map((c) => [c.date, c.topics]));
    for (const c of scheduled) expect(c.topics).toEqual(byDate.get(c.scheduledOn) ?? []);

    // The agenda brings the conversation itself up as work due, so it can be ticked off there.
    const agenda = valueOf(await core.call('checkIns.agenda', { id: first?.id ?? '' }));
    expect(agenda.checkIn.topics[0]).toBe(expectations?.checkInTopic);
    expect(agenda.reality.dueOrOverdue.map((a) => a.id)).toContain(expectations?.id);
  });

  it('gives a one-on-one the manager adds no plan questions', async () => {
    await plan();
    const added = valueOf(await core.call('checkIns.add', { hireId, scheduledOn: '2027-01-14' }));
    expect(added.topics).toEqual([]);
  });
});
