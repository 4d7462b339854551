import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
beforeEach(async () => {
  env = await openTempCore({ now: () => new Date('2027-02-01T09:00:00Z') });
});
afterEach(() => env.cleanup());

describe('sample team', () => {
  it('loads three hires with assessments, plans and scheduled one-on-ones, marked as sample', async () => {
    const { core } = env;
    expect(valueOf(await core.call('sample.status', {})).hireIds).toEqual([]);
    const { hireIds } = valueOf(await core.call('sample.load', {}));
    expect(hireIds).toHaveLength(3);
    expect(valueOf(await core.call('sample.status', {})).hireIds.sort()).toEqual([...hireIds].sort());
    for (const hireId of hireIds) {
      expect(valueOf(await core.call('assessments.list', { hireId }))).toHaveLength(1);
      expect(valueOf(await core.call('plans.current', { hireId }))?.phases.length).toBeGreaterThan(0);
      expect(valueOf(await core.call('checkIns.schedule', { hireId })).length).toBeGreaterThan(0);
    }
    expect(await core.call('sample.load', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('shows nothing missed or overdue on the day it is loaded, whatever the weekday', async () => {
    for (const day of ['2027-02-01', '2027-02-03', '2027-02-06', '2027-02-07']) {
      const own = await openTempCore({ now: () => new Date(`${day}T18:00:00`) });
      try {
        valueOf(await own.core.call('sample.load', {}));
        const dashboard = valueOf(await own.core.call('progress.dashboard', {}));
        expect(dashboard.rows, day).toHaveLength(3);
        for (const row of dashboard.rows) {
          expect(row.overdueItems, `${day} ${row.name}`).toBe(0);
          // Loaded on a weekend, the plans start on Monday (the first working day): not started yet.
          const weekend = [0, 6].includes(new Date(`${day}T12:00:00`).getDay());
          expect(row.status, `${day} ${row.name}`).toBe(weekend ? 'not-started' : 'on-track');
        }
      } finally {
        own.cleanup();
      }
    }
  });

  it('removes the sample team and everything recorded for it, and nothing else', async () => {
    const { core } = env;
    const own = valueOf(
      await core.call('hires.create', {
        name: 'A real hire',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    const { hireIds } = valueOf(await core.call('sample.load', {}));
    const [first] = valueOf(await core.call('checkIns.schedule', { hireId: hireIds[0] ?? '' }));
    valueOf(
      await core.call('checkIns.complete', {
        id: first?.id ?? '',
        heldOn: '2027-01-20',
        sharedNotes: 'Sample one-on-one',
        privateNotes: '',
        pulses: [],
        newActionItems: [{ text: 'Sample action', owner: 'hire' }],
        closeActionItems: [],
        completeActivities: [],
        nextDate: null,
      }),
    );
    expect(valueOf(await core.call('sample.remove', {}))).toEqual({ removed: 3 });
    const left = valueOf(await core.call('hires.list', { status: 'all' }));
    expect(left.map((h) => h.id)).toEqual([own.id]);
    const file = valueOf(await core.call('data.export', {})).file;
    for (const [table, rows] of Object.entries(file.tables)) {
      for (const row of rows) expect(hireIds, `${table} still has sample rows`).not.toContain(row.hire_id);
    }
    expect(file.tables.assessments).toEqual([]);
    expect(valueOf(await core.call('sample.status', {})).hireIds).toEqual([]);
  });
});
