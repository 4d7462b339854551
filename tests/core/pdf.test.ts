import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import type { Core } from '../../src/main/core';
import type { Result } from '../../src/shared/api/result';
import type { SavedPlan } from '../../src/shared/plans/schema';
import { toLocalDate } from '../../src/shared/dates/calendar-date';
import { compact, pdfText } from '../support/pdf-text';
import { openTempCore, valueOf } from '../support/temp-core';

let clock = new Date('2027-01-11T09:00:00');
let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
beforeEach(async () => {
  clock = new Date('2027-01-11T09:00:00');
  env = await openTempCore({ now: () => clock });
  core = env.core;
});
afterEach(() => env.cleanup());

const NAME = 'Łukasz Żółć-Ørsted';
const PRIVATE = 'Worried about the reorganisation; keep this between us.';

async function seed() {
  valueOf(await core.call('settings.update', { managerName: 'Σωκράτης Дмитрий' }));
  const hire = valueOf(
    await core.call('hires.create', {
      name: NAME,
      currentRoleId: 'product-owner',
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  );
  const plan: SavedPlan = valueOf(
    await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }),
  );
  const [first] = valueOf(await core.call('checkIns.schedule', { hireId: hire.id }));
  valueOf(
    await core.call('checkIns.complete', {
      id: first?.id ?? '',
      heldOn: '2027-01-04',
      sharedNotes: 'Agreed the first discovery interviews.',
      privateNotes: PRIVATE,
      pulses: [],
      newActionItems: [{ text: 'Book five interviews', owner: 'hire', dueOn: '2027-01-08' }],
      closeActionItems: [],
      completeActivities: [],
      nextDate: null,
    }),
  );
  return { hire, plan };
}

async function exportPdf(input: Record<string, unknown>) {
  const result = (await core.call('pdf.plan', input)) as Result<{ fileName: string; base64: string }>;
  const { fileName, base64 } = valueOf(result);
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  return { fileName, ...(await pdfText(bytes)) };
}

describe('plan PDF', () => {
  it('contains the hire, every goal and activity, every check-in date, and no private notes by default', async () => {
    const { hire, plan } = await seed();
    const pdf = await exportPdf({
      hireId: hire.id,
      paper: 'A4',
      includeCheckIns: false,
      includePrivateNotes: false,
    });
    expect(pdf.fileName).toBe('coaching-plan-lukasz-zolc-orsted-v1.pdf');
    const text = compact(pdf.text);
    expect(text).toContain(compact(NAME));
    expect(text).toContain(compact('Σωκράτης Дмитрий'));
    expect(text).toContain(compact('From Product Owner to Product Manager'));
    for (const goal of plan.phases.flatMap((p) => p.goals)) {
      expect(text, goal.competencyName).toContain(compact(goal.competencyName));
      for (const activity of goal.activities) expect(text, activity.title).toContain(compact(activity.title));
    }
    for (const c of plan.checkIns)
      expect(text, c.date).toContain(compact(format(toLocalDate(c.date), 'd MMM yyyy')));
    for (const r of plan.reassessments) expect(text).toContain(compact(r.reason));
    expect(text).not.toContain(compact('Agreed the first discovery interviews.'));
    expect(text).not.toContain(compact(PRIVATE));
    expect(pdf.pages).toBeGreaterThan(1);
  });

  it('adds check-in summaries when asked, and private notes only when explicitly asked', async () => {
    const { hire } = await seed();
    const shared = compact(
      (
        await exportPdf({
          hireId: hire.id,
          paper: 'LETTER',
          includeCheckIns: true,
          includePrivateNotes: false,
        })
      ).text,
    );
    expect(shared).toContain(compact('Agreed the first discovery interviews.'));
    expect(shared).toContain(compact('Book five interviews'));
    expect(shared).not.toContain(compact(PRIVATE));
    const withPrivate = compact(
      (await exportPdf({ hireId: hire.id, paper: 'A4', includeCheckIns: true, includePrivateNotes: true }))
        .text,
    );
    expect(withPrivate).toContain(compact(PRIVATE));
    // Private notes never come without check-in summaries.
    const notAlone = compact(
      (await exportPdf({ hireId: hire.id, paper: 'A4', includeCheckIns: false, includePrivateNotes: true }))
        .text,
    );
    expect(notAlone).not.toContain(compact(PRIVATE));
  });

  it('includes progress once there are assessments', async () => {
    const { hire, plan } = await seed();
    expect(
      compact(
        (
          await exportPdf({
            hireId: hire.id,
            paper: 'A4',
            includeCheckIns: false,
            includePrivateNotes: false,
          })
        ).text,
      ),
    ).not.toContain('Progresssofar');
    const levels = { 'business-acumen': 2, 'data-fluency': 1, 'outcome-ownership': 2 };
    valueOf(
      await core.call('assessments.create', {
        hireId: hire.id,
        assessedOn: '2027-01-05',
        assessor: 'manager',
        ratings: Object.entries(levels).map(([competencyId, level]) => ({ competencyId, level })),
      }),
    );
    const text = compact(
      (await exportPdf({ hireId: hire.id, paper: 'A4', includeCheckIns: false, includePrivateNotes: false }))
        .text,
    );
    expect(text).toContain('Progresssofar');
    expect(text.toLowerCase()).toContain('readiness');
    // The per-competency chart follows, its legend naming, largest gap first, the plan's gaps
    // the manager has rated; a gap nobody has rated yet would be a legend entry with no line.
    const label = compact('LARGEST GAPS: LEVEL AT EACH MANAGER ASSESSMENT (0–4)');
    expect(text).toContain(label);
    const chart = text.slice(text.indexOf(label), text.indexOf('Theplan'));
    const byGap = [...plan.gaps]
      .filter((g) => g.target > g.current)
      .sort((a, b) => b.weightedGap - a.weightedGap);
    const rated = byGap.filter((g) => g.competencyId in levels);
    expect(rated.map((g) => g.competencyId).sort()).toEqual(Object.keys(levels).sort());
    expect(chart).toContain(rated.map((g) => compact(g.name)).join(''));
    const unrated = byGap.find((g) => !(g.competencyId in levels));
    expect(unrated).toBeDefined();
    expect(chart).not.toContain(compact(unrated?.name ?? ''));
  });

  it('prints a goal and a check-in taller than a page whole, with the footer on every page', async () => {
    const hire = valueOf(
      await core.call('hires.create', {
        name: NAME,
        currentRoleId: 'software-engineer',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    const plan = valueOf(await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }));
    const goal = plan.phases[0]?.goals[0];
    if (!goal) throw new Error('the plan has no goal');
    const extra = Array.from({ length: 36 }, (_, i) => `Extra practice round ${i + 1}`);
    for (const title of extra)
      valueOf(
        await core.call('plans.addActivity', {
          goalId: goal.id,
          title,
          description:
            'Pick a decision from this week, write down the options and the trade-offs, and ask for feedback.',
          kind: 'experience',
          effortHours: 1,
          dueDate: goal.dueDate,
        }),
      );
    const [first] = valueOf(await core.call('checkIns.schedule', { hireId: hire.id }));
    const note = Array.from(
      { length: 120 },
      (_, i) => `Point ${i + 1}: we went through the roadmap draft together.`,
    );
    valueOf(
      await core.call('checkIns.complete', {
        id: first?.id ?? '',
        heldOn: '2027-01-04',
        sharedNotes: `${note.join(' ')} End of the long note.`,
        privateNotes: '',
        pulses: [],
        newActionItems: [],
        closeActionItems: [],
        completeActivities: [],
        nextDate: null,
      }),
    );
    const pdf = await exportPdf({
      hireId: hire.id,
      paper: 'A4',
      includeCheckIns: true,
      includePrivateNotes: false,
    });
    expect(pdf.outside).toEqual([]);
    const text = compact(pdf.text);
    for (const title of extra) expect(text, title).toContain(compact(title));
    expect(text).toContain(compact('End of the long note.'));
    // No page ends on a heading: what it introduces starts on the same page.
    const headings = [
      'Expectations for the move',
      'Where the gaps are',
      'The plan',
      ...plan.phases.map((p) => `${p.index + 1}. ${p.name}`),
      ...plan.phases.flatMap((p) => p.goals.map((g) => g.competencyName)),
      'One-on-ones and reassessments',
      'Check-in summaries',
    ].map(compact);
    pdf.pageTexts.forEach((page, i) => {
      expect(compact(page), `page ${i + 1}`).toContain(compact(`Page ${i + 1} of ${pdf.pages}`));
      expect(compact(page), `page ${i + 1}`).toContain(compact(NAME));
      const last = compact(pdf.pageItems[i]?.at(-1) ?? '');
      for (const heading of headings)
        expect(last.startsWith(heading), `page ${i + 1} ends on ${heading}`).toBe(false);
    });
  });

  it('refuses bad input and explains when there is nothing to export', async () => {
    const hire = valueOf(
      await core.call('hires.create', {
        name: 'No Plan',
        currentRoleId: 'product-owner',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    expect(
      await core.call('pdf.plan', {
        hireId: hire.id,
        paper: 'A4',
        includeCheckIns: false,
        includePrivateNotes: false,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'No Plan has no coaching plan to export yet' },
    });
    expect(
      await core.call('pdf.plan', {
        hireId: hire.id,
        paper: 'A3',
        includeCheckIns: false,
        includePrivateNotes: false,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ field: 'paper' }] },
    });
    expect(
      await core.call('pdf.plan', {
        hireId: 'nobody',
        paper: 'A4',
        includeCheckIns: false,
        includePrivateNotes: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
