// The sample team: three hires at week 2, week 10 and month 6, one on track, one at risk and one
// stalled, for any "today" (a weekday, a Sunday, 29 February, Christmas with holidays), removed in one click.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/main/core';
import type { CallLog } from '../../src/main/core/dispatcher';
import { openTempCore, valueOf } from '../support/temp-core';

type Env = Awaited<ReturnType<typeof openTempCore>>;
let env: Env;
beforeEach(async () => {
  env = await openTempCore({ now: () => new Date('2027-02-01T09:00:00') });
});
afterEach(() => env.cleanup());

const EXPECTED = [
  {
    name: 'Maya Okafor',
    status: 'on-track',
    weeks: [1, 2],
    reason: /^([2-9]|\d{2,}) activities done, none badly behind/,
  },
  { name: 'Jonas Berg', status: 'slipping', weeks: [9, 10], reason: /1 check-in missed/ },
  { name: 'Priya Raman', status: 'stalled', weeks: [22, 24], reason: /No activity completed in [5-9] weeks/ },
] as const;

async function checkTeam(core: Env['core'], day: string) {
  const { hireIds } = valueOf(await core.call('sample.load', {}));
  const dashboard = valueOf(await core.call('progress.dashboard', {}));
  expect(dashboard.today).toBe(day);
  for (const [i, expected] of EXPECTED.entries()) {
    const hireId = hireIds[i] ?? '';
    const label = `${day} ${expected.name}`;
    const row = dashboard.rows.find((r) => r.hireId === hireId);
    expect(row?.name, label).toBe(expected.name);
    expect(row?.status, `${label}: ${row?.reasons.join('; ')}`).toBe(expected.status);
    expect(row?.reasons.join('; '), label).toMatch(expected.reason);
    expect(row?.weeksIn, label).toBeGreaterThanOrEqual(expected.weeks[0]);
    expect(row?.weeksIn, label).toBeLessThanOrEqual(expected.weeks[1]);

    const assessments = valueOf(await core.call('assessments.list', { hireId }));
    expect(assessments.filter((a) => a.assessor === 'manager').length, label).toBeGreaterThanOrEqual(2);
    expect(assessments.filter((a) => a.assessor === 'self').length, label).toBeGreaterThanOrEqual(1);
    for (const a of assessments) expect(a.ratings, label).toHaveLength(15);

    const progress = valueOf(await core.call('progress.hire', { hireId }));
    expect(progress.readiness, label).toBeGreaterThan(
      progress.assessments.find((a) => a.assessor === 'manager')?.readiness ?? 1,
    );
    expect(progress.forecast.pacePerWeek, label).toBeGreaterThan(0);
    expect(progress.pulses.length, label).toBeGreaterThan(0);

    const versions = valueOf(await core.call('plans.versions', { hireId }));
    expect(versions.map((v) => v.status).sort(), label).toEqual(['current', 'superseded']);
    const plan = valueOf(await core.call('plans.current', { hireId }));
    const activities = plan?.phases.flatMap((p) => p.goals.flatMap((g) => g.activities)) ?? [];
    expect(activities.filter((a) => a.status === 'done').length, label).toBeGreaterThan(0);
    // Week 1's expectations conversation is behind every sample hire, and ticked off.
    expect(plan?.moveWork.find((m) => m.purpose === 'expectations')?.status, label).toBe('done');
    for (const a of activities) if (a.doneOn) expect(a.doneOn <= day, label).toBe(true);

    const history = valueOf(await core.call('checkIns.history', { hireId })).filter(
      (c) => c.status === 'done',
    );
    expect(history.length, label).toBeGreaterThanOrEqual(1);
    // Confidence in the same competency at two one-on-ones or more: the chart draws a trend.
    const firstPulse = progress.pulses[0]?.competencyId;
    if (history.length >= 2)
      expect(
        progress.pulses.filter((p) => p.competencyId === firstPulse).length,
        label,
      ).toBeGreaterThanOrEqual(2);
    for (const c of history) {
      expect(c.heldOn && c.heldOn <= day, label).toBe(true);
      expect(c.sharedNotes, label).not.toBe('');
    }
    const [next] = valueOf(await core.call('checkIns.schedule', { hireId })).filter(
      (c) => c.scheduledOn >= day,
    );
    const agenda = valueOf(await core.call('checkIns.agenda', { id: next?.id ?? '' }));
    expect(agenda.reality.lastPulses.length + progress.pulses.length, label).toBeGreaterThan(0);
    // The first action item is carried forward: still open, raised before the latest one-on-one.
    const latest = [...history].sort((a, b) => (a.heldOn ?? '').localeCompare(b.heldOn ?? '')).at(-1);
    expect(agenda.openActionItems.length, label).toBeGreaterThanOrEqual(1);
    if (history.length >= 2)
      expect(
        agenda.openActionItems.some((a) => a.checkInId !== latest?.id),
        label,
      ).toBe(true);
  }
  return hireIds;
}

// Loading the team writes a few hundred rows through the channels and the first test renders three PDFs.
describe('sample team', { timeout: 60_000 }, () => {
  it('loads three hires marked as sample, and refuses a second load while it is there', async () => {
    const { core } = env;
    expect(valueOf(await core.call('sample.status', {})).hireIds).toEqual([]);
    const hireIds = await checkTeam(core, '2027-02-01');
    expect(valueOf(await core.call('sample.status', {})).hireIds.sort()).toEqual([...hireIds].sort());
    expect(await core.call('sample.load', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    for (const hireId of hireIds) {
      const pdf = valueOf(
        await core.call('pdf.plan', {
          hireId,
          paper: 'A4',
          includeCheckIns: true,
          includePrivateNotes: false,
        }),
      );
      expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it.each([
    ['a Sunday', '2027-02-07', ''],
    ['29 February', '2028-02-29', ''],
    ['near Christmas, with British holidays', '2026-12-28', 'GB'],
    ['a Saturday in spring, with German holidays', '2027-04-03', 'DE'],
  ])('shows the three statuses with their reasons on %s', async (_, day, country) => {
    const own = await openTempCore({ now: () => new Date(`${day}T18:00:00`) });
    try {
      if (country) valueOf(await own.core.call('settings.update', { holidayCountry: country }));
      await checkTeam(own.core, day);
    } finally {
      own.cleanup();
    }
  });

  it('loads alongside real hires, and removal takes every sample row and nothing else', async () => {
    const { core } = env;
    const own = valueOf(
      await core.call('hires.create', {
        name: 'A real hire',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    valueOf(await core.call('plans.create', { hireId: own.id, startDate: '2027-01-04' }));
    const before = valueOf(await core.call('data.export', {})).file.tables;
    const { hireIds } = valueOf(await core.call('sample.load', {}));
    expect(valueOf(await core.call('progress.dashboard', {})).rows).toHaveLength(4);
    expect(valueOf(await core.call('sample.remove', {}))).toEqual({ removed: 3 });
    const after = valueOf(await core.call('data.export', {})).file.tables;
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain(hireIds[0]);
    expect(valueOf(await core.call('sample.status', {})).hireIds).toEqual([]);
  });
  it('writes every part of the team through the dispatcher, each write a channel call of its own', async () => {
    const calls: CallLog[] = [];
    const own = await openTempCore({
      now: () => new Date('2027-02-01T09:00:00'),
      onCall: (c) => calls.push(c),
    });
    try {
      valueOf(await own.core.call('sample.load', {}));
      const made = new Set(calls.map((c) => c.channel));
      for (const channel of ['hires.create', 'assessments.create', 'plans.create', 'checkIns.complete'])
        expect(made, channel).toContain(channel);
      expect(calls.filter((c) => c.channel === 'hires.create')).toHaveLength(3);
      expect(calls.every((c) => c.ok)).toBe(true);
    } finally {
      own.cleanup();
    }
  });

  it('refuses a second load while the first is still writing: one team, never two', async () => {
    const { core } = env;
    const [first, second] = await Promise.all([core.call('sample.load', {}), core.call('sample.load', {})]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(first.ok ? second : first).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(valueOf(await core.call('sample.status', {})).hireIds).toHaveLength(3);
    expect(valueOf(await core.call('hires.list', {}))).toHaveLength(3);
  });

  it('takes back what it wrote when a write fails part-way, and can be loaded again after', async () => {
    const { core, dataDir } = env;
    const db = new Database(join(dataDir, DATABASE_FILE));
    db.exec(`CREATE TRIGGER refuse BEFORE UPDATE OF status ON check_ins WHEN NEW.status = 'done'
      BEGIN SELECT RAISE(ABORT, 'disk says no'); END;`);
    const result = await core.call('sample.load', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(valueOf(await core.call('sample.status', {})).hireIds).toEqual([]);
    expect(valueOf(await core.call('hires.list', { status: 'all' }))).toEqual([]);
    db.exec('DROP TRIGGER refuse');
    db.close();
    expect(valueOf(await core.call('sample.load', {})).hireIds).toHaveLength(3);
  });
});
