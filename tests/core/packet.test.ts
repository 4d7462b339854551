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
    expect(shared.fileName).toMatch(/^plan-for-ann-script-script-alert-1-script-co-v1\.html$/);
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
