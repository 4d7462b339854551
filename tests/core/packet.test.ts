// The hire packet as the core writes it: one HTML file with the hire's version of the plan, a new
// version each time it is shared, names escaped, a strict CSP, and none of the manager's private
// words. A fixed clock; the page itself runs in Chromium in tests/e2e/hire-packet.spec.ts.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import type { PacketContent } from '../../src/shared/packet/schema';
import { openTempCore, valueOf } from '../support/temp-core';
import { seedTeam } from '../support/seed';

const TODAY = new Date('2027-01-12T09:00:00Z');
let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
let hireId: string;

beforeEach(async () => {
  env = await openTempCore({ now: () => TODAY, dailyBackups: false });
  core = env.core;
  hireId = (await seedTeam(core, ['Ann </script><script>alert(1)</script> & Co']))?.hireIds[0] ?? '';
  valueOf(await core.call('hires.update', { id: hireId, notes: 'SECRET hire note: salary talks' }));
  valueOf(
    await core.call('evidence.add', {
      hireId,
      competencyId: 'customer-discovery',
      notedOn: '2027-01-10',
      source: 'manager',
      text: 'SECRET log entry by the manager',
    }),
  );
});
afterEach(() => env.cleanup());

function contentOf(html: string): PacketContent {
  const json = /<script id="packet-data" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1] ?? '';
  return JSON.parse(json) as PacketContent;
}

describe('hire packet', () => {
  it('holds the hire’s plan: brief, goals with partner, span and effort, dates and level descriptions', async () => {
    const shared = valueOf(await core.call('packet.share', { hireId }));
    expect(shared.version).toBe(1);
    // Named like the PDF (nameSlug): "&" is written as "and".
    expect(shared.fileName).toBe('plan-for-ann-script-script-alert-1-script-and-co-v1.html');
    const content = contentOf(shared.html);
    expect(content).toMatchObject({ packetId: shared.packetId, hireId, version: 1, sharedOn: '2027-01-12' });
    expect(content.toRoleName).toBe('Product Manager');
    expect(content.brief.judged).toMatch(/^A Product Manager is judged/);
    expect(content.brief.expects.length).toBeGreaterThan(0);
    expect(content.goals.length).toBeGreaterThan(0);
    const activity = content.goals[0]?.activities[0];
    expect(activity).toEqual({
      title: expect.any(String),
      description: expect.any(String),
      partner: expect.any(String),
      startDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      effortHours: expect.any(Number),
    });
    expect(content.oneOnOnes.every((date) => date >= '2027-01-12')).toBe(true);
    expect(content.oneOnOnes.length).toBeGreaterThan(0);
    expect(content.reassessments.length).toBeGreaterThan(0);
    const discovery = content.competencies.find((c) => c.id === 'customer-discovery');
    expect(discovery?.levels).toHaveLength(5);
    expect(discovery?.target).toBeGreaterThan(0);
  });

  it('never holds private notes, shared notes, the hire’s notes, evidence text or status labels', async () => {
    const { html } = valueOf(await core.call('packet.share', { hireId }));
    for (const secret of [
      'SECRET',
      'Worried about the reorganisation', // a check-in's private notes
      'Agreed the first discovery interviews', // a check-in's notes
      'Few interviews so far', // the manager's evidence in an assessment
      'Forgot the discovery sprint', // a correction's reason
      'Half written', // a draft
      '"status"',
      'On track',
      'At risk',
      'Behind',
    ]) {
      expect(html, secret).not.toContain(secret);
    }
  });

  it('escapes names so they cannot end the data or run as script', async () => {
    const { html } = valueOf(await core.call('packet.share', { hireId }));
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain(
      '<title>Your plan, Ann &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</title>',
    );
    expect(contentOf(html).hireName).toBe('Ann </script><script>alert(1)</script> & Co');
    // Exactly the two script elements the page is made of.
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('names the answers file after the manager in any script, and without a name after "your manager"', async () => {
    // The seeded manager is Σωκράτης Дмитрий: the page used to keep only A–Z, which left "-".
    const first = contentOf(valueOf(await core.call('packet.share', { hireId })).html);
    expect(first.answersFileName).toBe('answers-for-sokratis-dmitriy-v1.json');
    valueOf(await core.call('settings.update', { managerName: '山田 花子' }));
    const second = contentOf(valueOf(await core.call('packet.share', { hireId })).html);
    expect(second.answersFileName).toBe('answers-for-山田-花子-v2.json');
    valueOf(await core.call('settings.update', { managerName: '' }));
    const third = contentOf(valueOf(await core.call('packet.share', { hireId })).html);
    expect(third.answersFileName).toBe('answers-for-your-manager-v3.json');
  });

  it('names the packet after the hire in any script, as the PDF is named', async () => {
    const names = [
      ['Σωκράτης Παπαδόπουλος', 'plan-for-sokratis-papadopoylos-v1.html'],
      ['Дмитрий Иванов', 'plan-for-dmitriy-ivanov-v2.html'],
      ['山田 太郎', 'plan-for-山田-太郎-v3.html'],
    ] as const;
    for (const [name, file] of names) {
      valueOf(await core.call('hires.update', { id: hireId, name }));
      expect(valueOf(await core.call('packet.share', { hireId })).fileName).toBe(file);
    }
  });

  it('allows only its own inline script and styles, by hash, and nothing from anywhere else', async () => {
    const { html } = valueOf(await core.call('packet.share', { hireId }));
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const directives = new Map(
      policy.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    const script = /<script>(.*?)<\/script>/s.exec(html)?.[1] ?? '';
    const style = /<style>(.*?)<\/style>/s.exec(html)?.[1] ?? '';
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(directives.get('script-src')).toEqual([hash(script)]);
    expect(directives.get('style-src')).toEqual([hash(style)]);
    expect(policy).not.toMatch(/https?:|unsafe|\*/);
    expect(html).not.toMatch(/\b(src|href)=/);
  });

  it('numbers each packet shared with a hire, and refuses a hire that does not exist', async () => {
    valueOf(await core.call('packet.share', { hireId }));
    expect(valueOf(await core.call('packet.share', { hireId })).version).toBe(2);
    const missing = await core.call('packet.share', { hireId: 'nobody' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});

describe('importing the hire’s answers', () => {
  async function answersFor(
    packet: { packetId: string; version: number },
    extra: Record<string, unknown> = {},
  ) {
    return {
      kind: 'rolebridge-hire-answers' as const,
      format: 1 as const,
      packetId: packet.packetId,
      hireId,
      packetVersion: packet.version,
      nonce: 'n1',
      savedAt: '2027-01-12T08:00:00.000Z',
      selfAssessment: {
        assessedOn: '2027-01-12',
        ratings: [
          { competencyId: 'customer-discovery', level: 2 },
          { competencyId: 'prioritisation', level: 3 },
        ],
      },
      topics: [{ text: 'How do I say no to sales?' }],
      evidence: [
        {
          kind: 'win' as const,
          competencyId: 'customer-discovery',
          notedOn: '2027-01-11',
          from: '',
          text: 'Ran five interviews',
        },
        {
          kind: 'feedback' as const,
          competencyId: 'prioritisation',
          notedOn: '2027-01-10',
          from: 'Priya',
          text: 'Clear trade-offs',
        },
      ],
      ...extra,
    };
  }

  it('previews, then records the self-assessment as the hire’s, their topic and their evidence; a second import adds nothing', async () => {
    const packet = valueOf(await core.call('packet.share', { hireId }));
    const answers = await answersFor(packet);
    const before = valueOf(await core.call('assessments.list', { hireId })).length;
    const preview = valueOf(await core.call('packet.previewAnswers', { hireId, answers }));
    expect(preview.nothingNew).toBe(false);
    expect(preview.topics).toEqual([{ text: 'How do I say no to sales?', alreadyImported: false }]);
    expect(preview.evidence.map((e) => [e.source, e.sourceName])).toEqual([
      ['hire', ''],
      ['stakeholder', 'Priya'],
    ]);
    // The preview writes nothing.
    expect(valueOf(await core.call('assessments.list', { hireId }))).toHaveLength(before);
    expect(valueOf(await core.call('topics.list', { hireId }))).toEqual([]);

    expect(valueOf(await core.call('packet.importAnswers', { hireId, answers }))).toEqual({
      added: { selfAssessment: 1, topics: 1, evidence: 2 },
      skipped: 0,
    });
    const own = valueOf(await core.call('assessments.list', { hireId })).filter((a) => a.assessor === 'self');
    expect(own.map((a) => [a.assessedOn, a.ratings.length])).toContainEqual(['2027-01-12', 2]);
    expect(valueOf(await core.call('topics.list', { hireId }))).toEqual([
      expect.objectContaining({ text: 'How do I say no to sales?', addedBy: 'hire', status: 'open' }),
    ]);
    expect(valueOf(await core.call('evidence.list', { hireId }))).toHaveLength(3);

    // The same answers again, saved a second time with another nonce: recognised, nothing doubled.
    const again = { ...answers, nonce: 'n2' };
    expect(valueOf(await core.call('packet.previewAnswers', { hireId, answers: again })).nothingNew).toBe(
      true,
    );
    expect(valueOf(await core.call('packet.importAnswers', { hireId, answers: again }))).toEqual({
      added: { selfAssessment: 0, topics: 0, evidence: 0 },
      skipped: 4,
    });
    expect(valueOf(await core.call('topics.list', { hireId }))).toHaveLength(1);
    expect(valueOf(await core.call('evidence.list', { hireId }))).toHaveLength(3);
    expect(
      valueOf(await core.call('assessments.list', { hireId })).filter((a) => a.assessor === 'self'),
    ).toHaveLength(own.length);
  });

  it('refuses answers for another hire, an older packet or a packet never shared, naming the field and writing nothing', async () => {
    const other = valueOf(
      await core.call('hires.create', {
        name: 'Grace Hopper',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    const first = valueOf(await core.call('packet.share', { hireId }));
    const answers = await answersFor(first);
    const forOther = await core.call('packet.importAnswers', { hireId: other.id, answers });
    expect(forOther.ok ? null : forOther.error.issues?.[0]).toEqual({
      field: 'answers.hireId',
      message: expect.stringContaining('from Ann'),
    });
    valueOf(await core.call('packet.share', { hireId }));
    const older = await core.call('packet.importAnswers', { hireId, answers });
    expect(older.ok ? null : older.error.issues?.[0]?.field).toBe('answers.packetVersion');
    const unknown = await core.call('packet.importAnswers', {
      hireId,
      answers: { ...answers, packetId: 'made-up' },
    });
    expect(unknown.ok ? null : unknown.error.issues?.[0]?.field).toBe('answers.packetId');
    expect(valueOf(await core.call('topics.list', { hireId, which: 'all' }))).toEqual([]);
    expect(valueOf(await core.call('topics.list', { hireId: other.id, which: 'all' }))).toEqual([]);
  });

  it('refuses a bad item by its field and writes none of the others', async () => {
    const packet = valueOf(await core.call('packet.share', { hireId }));
    const answers = await answersFor(packet, {
      evidence: [
        { kind: 'win', competencyId: 'customer-discovery', notedOn: '2027-01-11', from: '', text: 'Fine' },
        {
          kind: 'win',
          competencyId: 'juggling',
          notedOn: '2027-01-11',
          from: '',
          text: 'Unknown competency',
        },
      ],
    });
    const result = await core.call('packet.importAnswers', { hireId, answers });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: 'answers.evidence.1.competencyId' }],
    });
    const badShape = await core.call('packet.importAnswers', {
      hireId,
      answers: { ...answers, topics: [{ text: '' }] },
    });
    expect(badShape.ok ? null : badShape.error.issues?.map((i) => i.field)).toEqual([
      'answers.topics.0.text',
    ]);
    expect(valueOf(await core.call('topics.list', { hireId, which: 'all' }))).toEqual([]);
    expect(valueOf(await core.call('evidence.list', { hireId }))).toHaveLength(1);
  });
});
