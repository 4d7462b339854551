// The plan document: the hire's version (written to the hire, nothing private) and the manager's
// copy, read back with pdfjs the way a reader and a screen reader get them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../src/main/core';
import { builtInTransitionGuides } from '../../src/shared/catalog/transitions';
import type { Result } from '../../src/shared/api/result';
import type { SavedPlan } from '../../src/shared/plans/schema';
import { formatsFor } from '../../src/main/core/pdf/format';
import { compact, pdfText } from '../support/pdf-text';
import { allNodes, pdfStructure } from '../support/pdf-structure';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
beforeEach(async () => {
  env = await openTempCore({ now: () => new Date('2027-01-11T09:00:00') });
  core = env.core;
});
afterEach(() => env.cleanup());

const NAME = 'Łukasz Żółć-Ørsted';
const MANAGER = 'Σωκράτης Дмитрий';
const PRIVATE = 'Worried about the reorganisation; keep this between us.';
const SHARED = 'Agreed the first discovery interviews.';
const EVIDENCE = 'Ran the Q3 pricing review almost unaided.';

async function seed(name = NAME, from = 'product-owner') {
  valueOf(await core.call('settings.update', { managerName: MANAGER }));
  const hire = valueOf(
    await core.call('hires.create', {
      name,
      currentRoleId: from,
      targetRoleId: 'product-manager',
      startDate: '2027-01-04',
    }),
  );
  const plan: SavedPlan = valueOf(
    await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }),
  );
  return { hire, plan };
}

/** A held one-on-one with shared and private notes, an assessment with evidence, the first move work done. */
async function workOn(hireId: string, plan: SavedPlan) {
  const [first] = valueOf(await core.call('checkIns.schedule', { hireId }));
  valueOf(
    await core.call('checkIns.complete', {
      id: first?.id ?? '',
      heldOn: '2027-01-04',
      sharedNotes: SHARED,
      privateNotes: PRIVATE,
      pulses: [],
      newActionItems: [{ text: 'Book five interviews', owner: 'hire', dueOn: '2027-01-08' }],
      closeActionItems: [],
      completeActivities: [],
      nextDate: null,
    }),
  );
  valueOf(
    await core.call('assessments.create', {
      hireId,
      assessedOn: '2027-01-05',
      assessor: 'manager',
      ratings: [{ competencyId: 'business-acumen', level: 2, evidence: EVIDENCE }],
    }),
  );
  const conversation = plan.moveWork.find((w) => w.purpose === 'expectations');
  if (!conversation) throw new Error('the plan has no expectations conversation');
  valueOf(await core.call('plans.completeActivity', { activityId: conversation.id, doneOn: '2027-01-04' }));
  return conversation;
}

async function exportPdf(input: Record<string, unknown>) {
  const result = (await core.call('pdf.plan', input)) as Result<{ fileName: string; base64: string }>;
  const { fileName, base64 } = valueOf(result);
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  // pdfjs takes the buffer over, so each reading gets a copy.
  return { fileName, bytes, ...(await pdfText(bytes.slice())) };
}

const base = { includeCheckIns: true, includePrivateNotes: true, locale: 'en-GB' };
// Rendering and reading back several documents takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });
const has = (text: string, part: string) => compact(text).toLowerCase().includes(compact(part).toLowerCase());

describe('plan PDF: the hire’s version', () => {
  it('is the default, written to the hire, with every goal, activity and partner, and every one-on-one by month with its weekday', async () => {
    const { hire, plan } = await seed();
    const pdf = await exportPdf({ hireId: hire.id, paper: 'A4', ...base });
    expect(pdf.fileName).toBe('coaching-plan-lukasz-zolc-orsted-v1.pdf');
    const text = pdf.text;
    for (const part of [
      NAME,
      MANAGER,
      'From Product Owner to Product Manager',
      'What your new role expects',
      'Your first 90 days',
      'Your plan',
      'Your one-on-ones',
    ])
      expect(has(text, part), part).toBe(true);
    expect(has(text, 'the person')).toBe(false);
    // The planner's phase focus speaks to the manager; the hire reads it about themselves.
    for (const wrong of ['You leads', 'you coach', 'You step back'])
      expect(has(text, wrong), wrong).toBe(false);
    for (const goal of plan.phases.flatMap((p) => p.goals)) {
      expect(has(text, goal.competencyName), goal.competencyName).toBe(true);
      for (const a of goal.activities) {
        expect(has(text, a.title), a.title).toBe(true);
        expect(has(text, a.withWhom), `${a.title} with ${a.withWhom}`).toBe(true);
      }
    }
    const f = formatsFor('en-GB');
    for (const c of plan.checkIns) expect(has(text, f.weekdayDate(c.date)), c.date).toBe(true);
    for (const month of new Set(plan.checkIns.map((c) => f.month(c.date))))
      expect(has(text, month), month).toBe(true);
    for (const r of plan.reassessments) expect(has(text, f.weekdayDateYear(r.date)), r.date).toBe(true);
    for (const g of plan.followOn) expect(has(text, g.competencyName), g.competencyName).toBe(true);
  });

  it('never holds private notes, shared notes, rating evidence or status, whatever is asked', async () => {
    const { hire, plan } = await seed();
    const conversation = await workOn(hire.id, plan);
    const text = (await exportPdf({ hireId: hire.id, audience: 'hire', paper: 'A4', ...base })).text;
    for (const secret of [
      PRIVATE,
      SHARED,
      EVIDENCE,
      'Book five interviews',
      'Manager’s copy',
      'Where the gaps are',
    ])
      expect(has(text, secret), secret).toBe(false);
    for (const label of ['to do', 'done 4 Jan', 'stalled', 'slipping', 'on track'])
      expect(has(text, label), label).toBe(false);
    expect(has(text, conversation.title)).toBe(true);
  });

  it('fits a day-zero plan of every built-in transition on at most 4 A4 pages, no page but the last under a third full', async () => {
    valueOf(await core.call('settings.update', { managerName: 'Anna Berg' }));
    for (const guide of builtInTransitionGuides) {
      const hire = valueOf(
        await core.call('hires.create', {
          name: NAME,
          currentRoleId: guide.fromRoleId,
          targetRoleId: guide.toRoleId,
          startDate: '2027-01-04',
        }),
      );
      const plan = valueOf(await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }));
      const move = `${guide.fromRoleId} to ${guide.toRoleId}`;
      const pdf = await exportPdf({ hireId: hire.id, paper: 'A4', ...base });
      expect(pdf.pages, move).toBeLessThanOrEqual(4);
      expect(pdf.outside, move).toEqual([]);
      const { pages } = await pdfStructure(pdf.bytes);
      const headings = [
        'What your new role expects',
        'What to keep',
        'What to hand over',
        'Your first 90 days',
        'What should be true by when',
        'Your plan',
        'Your one-on-ones',
        'When your progress is reassessed',
        'After this plan',
        ...plan.phases.flatMap((p) => p.goals.map((g) => `${g.competencyName}: from`)),
      ];
      pages.slice(0, -1).forEach((page, i) => {
        // The text area runs from the top margin (46 pt) to the bottom margin (54 pt).
        const filled = (page.lowest - 46) / (page.height - 46 - 54);
        expect(filled, `${move}, page ${i + 1}`).toBeGreaterThan(1 / 3);
        // No page ends on a heading: what it introduces starts on the same page.
        const last = page.lastLine.trim();
        const isHeading = /^\d\. /.test(last) || headings.some((heading) => last.startsWith(heading));
        expect(isHeading, `${move}, page ${i + 1} ends on “${last}”`).toBe(false);
      });
    }
  }, 60_000);
});

describe('plan PDF: the manager’s copy', () => {
  it('keeps the gaps, the move work’s done state and the summaries; private notes only when asked', async () => {
    const { hire, plan } = await seed();
    const conversation = await workOn(hire.id, plan);
    const input = { hireId: hire.id, audience: 'manager', paper: 'LETTER', locale: 'en-GB' };
    const shared = await exportPdf({ ...input, includeCheckIns: true, includePrivateNotes: false });
    expect(shared.fileName).toBe('coaching-plan-lukasz-zolc-orsted-v1-manager.pdf');
    for (const part of [
      MANAGER,
      'Where the gaps are',
      'Check-in summaries',
      SHARED,
      'Book five interviews',
      `${conversation.title}`,
      'done 4 Jan 2027',
    ])
      expect(has(shared.text, part), part).toBe(true);
    for (const goal of plan.phases.flatMap((p) => p.goals))
      for (const a of goal.activities) expect(has(shared.text, a.withWhom), a.withWhom).toBe(true);
    expect(has(shared.text, PRIVATE)).toBe(false);
    // One assessment is a starting point: no progress section until a second one.
    expect(has(shared.text, 'Progress so far')).toBe(false);
    expect(
      has((await exportPdf({ ...input, includeCheckIns: true, includePrivateNotes: true })).text, PRIVATE),
    ).toBe(true);
    expect(
      has((await exportPdf({ ...input, includeCheckIns: false, includePrivateNotes: true })).text, PRIVATE),
    ).toBe(false);
  });

  it('draws progress once a second assessment can be compared with the first', async () => {
    const { hire } = await seed();
    for (const [assessedOn, level] of [
      ['2027-01-05', 1],
      ['2027-01-10', 2],
    ] as const)
      valueOf(
        await core.call('assessments.create', {
          hireId: hire.id,
          assessedOn,
          assessor: 'manager',
          ratings: [
            { competencyId: 'business-acumen', level },
            { competencyId: 'data-fluency', level },
          ],
        }),
      );
    const pdf = await exportPdf({ hireId: hire.id, audience: 'manager', ...base });
    expect(has(pdf.text, 'Progress so far')).toBe(true);
    const figures = allNodes((await pdfStructure(pdf.bytes)).trees).filter((n) => n.role === 'Figure');
    expect(figures.some((f) => /readiness at each assessment/i.test(f.alt ?? ''))).toBe(true);
    expect(figures.some((f) => /Business acumen 1 then 2/.test(f.alt ?? ''))).toBe(true);
  });
});

describe('plan PDF: readable by everyone', () => {
  it('tags headings, lists, a table with header cells and figures with alternative text, with title and language', async () => {
    const { hire } = await seed();
    for (const audience of ['hire', 'manager']) {
      const pdf = await exportPdf({ hireId: hire.id, audience, paper: 'A4', ...base });
      const structure = await pdfStructure(pdf.bytes);
      expect(structure.title).toContain(NAME);
      expect(structure.language).toBe('en-GB');
      const nodes = allNodes(structure.trees);
      const roles = new Set(nodes.map((n) => n.role));
      for (const role of [
        'Document',
        'Sect',
        'H1',
        'H2',
        'H3',
        'P',
        'L',
        'LI',
        'Lbl',
        'LBody',
        'Table',
        'TR',
        'TH',
        'TD',
        'Figure',
      ])
        expect(roles.has(role), `${audience}: ${role}`).toBe(true);
      const figures = nodes.filter((n) => n.role === 'Figure');
      for (const figure of figures)
        expect(figure.alt ?? '', audience).toMatch(/^(Timeline|Radar|Line chart) .{40,}/);
      if (audience === 'manager') expect(figures.some((f) => f.alt?.startsWith('Radar chart'))).toBe(true);
      // Each page starts with the content of the page, in reading order: the first heading is the name.
      const firstHeading = allNodes([structure.trees[0] as never]).find((n) => n.role === 'H1');
      expect(firstHeading).toBeDefined();
    }
  });

  const poppler = ['pdfinfo', 'pdffonts'].every((tool) =>
    ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'].some((dir) => existsSync(join(dir, tool))),
  );
  it.skipIf(!poppler)(
    'is Tagged: yes with every font embedded (pdfinfo and pdffonts, from poppler-utils; skipped where missing)',
    async () => {
      const { hire } = await seed('山田 太郎');
      const dir = mkdtempSync(join(tmpdir(), 'rolebridge-pdf-'));
      try {
        for (const audience of ['hire', 'manager']) {
          const pdf = await exportPdf({ hireId: hire.id, audience, ...base });
          const file = join(dir, `${audience}.pdf`);
          writeFileSync(file, pdf.bytes);
          expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Tagged:\s+yes/);
          const fonts = execFileSync('pdffonts', [file]).toString().trim().split('\n').slice(2);
          expect(fonts.length).toBeGreaterThanOrEqual(3);
          expect(fonts.some((line) => line.includes('NotoSansJP'))).toBe(true);
          for (const line of fonts) {
            expect(line, line).not.toMatch(/Helvetica/);
            // Columns: name, type, encoding, emb, sub, uni, object, id.
            expect(line.trim().split(/\s+/).at(-5), line).toBe('yes');
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('plan PDF: locale, paper and names', () => {
  it('writes dates the locale’s way and picks its paper unless told', async () => {
    const { hire, plan } = await seed();
    const us = await exportPdf({
      hireId: hire.id,
      locale: 'en-US',
      includeCheckIns: false,
      includePrivateNotes: false,
    });
    expect((await pdfStructure(us.bytes)).pages[0]).toMatchObject({ width: 612, height: 792 });
    expect(has(us.text, formatsFor('en-US').date(plan.horizon.startDate))).toBe(true);
    expect(has(us.text, 'Jan 4, 2027')).toBe(true);
    const de = await exportPdf({
      hireId: hire.id,
      locale: 'de-DE',
      includeCheckIns: false,
      includePrivateNotes: false,
    });
    const page = (await pdfStructure(de.bytes)).pages[0];
    expect(page?.width).toBeCloseTo(595.28, 1);
    expect(has(de.text, '4. Jan. 2027')).toBe(true);
    expect((await pdfStructure(de.bytes)).language).toBe('en');
  });

  it('keeps Greek, Cyrillic and Japanese names in the file name and prints them', async () => {
    for (const [name, file] of [
      ['Σωκράτης Παπαδόπουλος', 'coaching-plan-sokratis-papadopoylos-v1.pdf'],
      ['Дмитрий Иванов', 'coaching-plan-dmitriy-ivanov-v1.pdf'],
      ['山田 太郎', 'coaching-plan-山田-太郎-v1.pdf'],
    ] as const) {
      const { hire } = await seed(name);
      const pdf = await exportPdf({ hireId: hire.id, ...base });
      expect(pdf.fileName).toBe(file);
      expect(has(pdf.text, name), name).toBe(true);
    }
  }, 30_000);

  it('refuses bad input, naming the field, and explains when there is nothing to export', async () => {
    const hire = valueOf(
      await core.call('hires.create', {
        name: 'No Plan',
        currentRoleId: 'product-owner',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    const input = { hireId: hire.id, includeCheckIns: false, includePrivateNotes: false };
    expect(await core.call('pdf.plan', input)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'No Plan has no coaching plan to export yet' },
    });
    for (const [field, value] of [
      ['paper', 'A3'],
      ['audience', 'boss'],
      ['locale', 'not a locale!'],
      ['locale', 42],
    ] as const)
      expect(await core.call('pdf.plan', { ...input, [field]: value }), `${field} ${value}`).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ field }] },
      });
    expect(await core.call('pdf.plan', { ...input, hireId: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
