// Inputs that once wrote across owners, wiped what they were not asked to change, or crashed instead
// of being refused (issue 17, items 4, 5, 7, 8 and 9): each is refused with VALIDATION naming the
// field, and nothing stored changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import type { ChannelName } from '../../src/shared/api/channels';
import type { ChannelInput } from '../../src/shared/api/contract';
import type { Result } from '../../src/shared/api/result';
import type { SavedPlan } from '../../src/shared/plans/schema';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
const hires: { id: string; plan: SavedPlan; checkInId: string; actionItemId: string }[] = [];
let customRoleId = '';

/** For inputs the contract's types would not allow. */
const call = (channel: ChannelName, input: unknown) => core.call(channel as string, input);

/** Expects a VALIDATION refusal that names `field` among its issues. */
function expectRefused(result: Result<unknown>, field: string): void {
  expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(false);
  if (result.ok) return;
  expect(result.error.code, result.error.message).toBe('VALIDATION');
  expect(
    result.error.issues?.map((i) => i.field),
    result.error.message,
  ).toContain(field);
}

async function snapshot(): Promise<string> {
  return JSON.stringify(valueOf(await core.call('data.export', {})).file.tables);
}

const firstActivity = (plan: SavedPlan) => plan.phases[0]?.goals[0]?.activities[0]?.id ?? '';

// Typed as the channel's input: an index-signature spread would otherwise miss the typed call.
const completion = (id: string, extra: Record<string, unknown> = {}) =>
  ({
    id,
    heldOn: '2027-02-01',
    sharedNotes: '',
    privateNotes: '',
    pulses: [],
    newActionItems: [],
    closeActionItems: [],
    completeActivities: [],
    nextDate: null,
    ...extra,
  }) as ChannelInput<'checkIns.complete'>;

beforeAll(async () => {
  env = await openTempCore({ now: () => new Date('2027-02-01T09:00:00Z'), dailyBackups: false });
  core = env.core;
  valueOf(
    await core.call('competencies.create', {
      id: 'facilitation',
      areaId: 'influence',
      name: 'Facilitation',
      summary: 'Runs meetings that reach decisions.',
      levels: ['Not yet', 'Joins', 'Runs small ones', 'Runs hard ones', 'Teaches others'],
      activities: [0, 1, 2, 3].map((fromLevel) => ({
        fromLevel,
        title: `Facilitate step ${fromLevel}`,
        description: 'Run a real session.',
        withWhom: 'Your manager',
        evidence: 'Notes.',
        kind: 'experience',
        effortHours: 2,
      })),
    }),
  );
  customRoleId = valueOf(
    await core.call('roles.clone', { id: 'product-owner', name: 'Data Product Owner' }),
  ).id;
  for (const name of ['Ann Able', 'Ben Baker']) {
    const hire = valueOf(
      await core.call('hires.create', {
        name,
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-01-04',
      }),
    );
    const plan = valueOf(await core.call('plans.create', { hireId: hire.id, startDate: '2027-01-04' }));
    const [first, second] = valueOf(await core.call('checkIns.schedule', { hireId: hire.id }));
    const held = valueOf(
      await core.call(
        'checkIns.complete',
        completion(first?.id ?? '', {
          heldOn: first?.scheduledOn,
          newActionItems: [{ text: 'Book interviews', owner: 'hire' }],
        }),
      ),
    );
    hires.push({
      id: hire.id,
      plan,
      checkInId: second?.id ?? '',
      actionItemId: held.actionItems[0]?.id ?? '',
    });
  }
});
afterAll(() => env.cleanup());

describe('item 4: one hire’s check-in never writes to another hire’s plan', () => {
  it('refuses completing another hire’s activity, and writes nothing', async () => {
    const [ann, ben] = hires;
    const before = await snapshot();
    const result = await call(
      'checkIns.complete',
      completion(ann?.checkInId ?? '', {
        completeActivities: [{ activityId: firstActivity(ben!.plan), doneOn: '2027-01-20' }],
      }),
    );
    expectRefused(result, 'completeActivities.0.activityId');
    expect(await snapshot()).toBe(before);
  });

  it('still refuses closing another hire’s action item', async () => {
    const [ann, ben] = hires;
    const result = await call(
      'checkIns.complete',
      completion(ann?.checkInId ?? '', { closeActionItems: [{ id: ben?.actionItemId, status: 'done' }] }),
    );
    expectRefused(result, 'closeActionItems.0.id');
  });

  it('refuses a draft naming another hire’s activity or action item', async () => {
    const [ann, ben] = hires;
    const before = await snapshot();
    expectRefused(
      await call('checkIns.saveDraft', {
        id: ann?.checkInId,
        draft: { completeActivities: { [firstActivity(ben!.plan)]: '2027-01-20' } },
      }),
      `draft.completeActivities.${firstActivity(ben!.plan)}`,
    );
    expectRefused(
      await call('checkIns.saveDraft', {
        id: ann?.checkInId,
        draft: { closeActionItems: { [ben?.actionItemId ?? '']: 'done' } },
      }),
      `draft.closeActionItems.${ben?.actionItemId}`,
    );
    expect(await snapshot()).toBe(before);
    // The hire's own ids are fine in a draft.
    valueOf(
      await core.call('checkIns.saveDraft', {
        id: ann?.checkInId,
        draft: {
          completeActivities: { [firstActivity(ann!.plan)]: '2027-01-20' },
          closeActionItems: { [ann?.actionItemId ?? '']: 'dropped' },
        },
      }),
    );
  });

  it('refuses a PDF of another hire’s plan under this hire’s name', async () => {
    const [ann, ben] = hires;
    const result = await call('pdf.plan', {
      hireId: ann?.id,
      planId: ben?.plan.id,
      paper: 'A4',
      includeCheckIns: false,
      includePrivateNotes: false,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_FOUND');
  });

  it('completes the hire’s own activity from the check-in', async () => {
    const [ann] = hires;
    const done = valueOf(
      await core.call(
        'checkIns.complete',
        completion(ann?.checkInId ?? '', {
          completeActivities: [{ activityId: firstActivity(ann!.plan), doneOn: '2027-01-20' }],
        }),
      ),
    );
    expect(done.status).toBe('done');
    const plan = valueOf(await core.call('plans.current', { hireId: ann?.id ?? '' }));
    expect(plan?.phases[0]?.goals[0]?.activities[0]?.status).toBe('done');
  });
});

describe('item 5: records keyed by id refuse prototype keys, and updates change only what they name', () => {
  const expectation = { level: 1, weight: 1 };
  const roleFields = {
    name: 'Growth PM',
    summary: 'Owns growth.',
    judgedOn: 'outcomes',
    successMeasures: 'Activation',
    habitsToRelease: 'Counting outputs',
  };

  for (const key of ['__proto__', 'constructor', 'prototype']) {
    it(`refuses "${key}" as a competency on roles.update, roles.create and framework.import`, async () => {
      const before = await snapshot();
      const expectations = JSON.parse(`{"${key}": ${JSON.stringify(expectation)}}`) as unknown;
      expectRefused(await call('roles.update', { id: customRoleId, expectations }), `expectations.${key}`);
      expectRefused(await call('roles.create', { ...roleFields, expectations }), `expectations.${key}`);
      const file = valueOf(await core.call('framework.export', {}));
      const broken = { ...file, roles: [{ ...file.roles[0], expectations }] };
      expectRefused(await call('framework.import', { file: broken }), `file.roles.0.expectations.${key}`);
      expectRefused(
        await call('checkIns.saveDraft', {
          id: hires[1]?.checkInId,
          draft: { pulses: JSON.parse(`{"${key}": 3}`) as unknown },
        }),
        `draft.pulses.${key}`,
      );
      expect(await snapshot()).toBe(before);
    });
  }

  it('a partial expectations update leaves every other expectation as it was', async () => {
    const before = valueOf(await core.call('roles.get', { id: customRoleId }));
    const after = valueOf(
      await core.call('roles.update', {
        id: customRoleId,
        expectations: { facilitation: { level: 3, weight: 2 } },
      }),
    );
    expect(after.expectations.facilitation).toEqual({ level: 3, weight: 2 });
    const { facilitation: _changed, ...others } = after.expectations;
    const { facilitation: _was, ...othersBefore } = before.expectations;
    expect(others).toEqual(othersBefore);
    expect(Object.values(others).some((e) => e.level > 0)).toBe(true);
    const reread = valueOf(await core.call('roles.get', { id: customRoleId }));
    expect(reread.expectations).toEqual(after.expectations);
    // Changing only the name keeps every expectation too.
    const renamed = valueOf(await core.call('roles.update', { id: customRoleId, name: 'Data PO' }));
    expect(renamed.expectations).toEqual(after.expectations);
  });
});

describe('item 7: text fields refuse control characters and broken characters', () => {
  const BAD_SINGLE_LINE = [
    '\u0000',
    '\u0000Ann',
    'An\u0000n',
    'A\u0007nn',
    'A\u001bnn',
    'A\u007fnn',
    'A\u0085nn',
    'A\tnn',
    'A\nnn',
  ];
  const BAD_ANYWHERE = [
    '\u0000',
    'Ann\u0000',
    'A\u0008nn',
    'A\u007fnn',
    '\ud800',
    'Ann\udc00',
    '\udfff\ud800',
  ];
  const BROKEN = ['\ud800', 'Ann\udc00', '\ude00\ud83d'];

  interface Case {
    channel: ChannelName;
    input: (text: string) => unknown;
    field: string;
    multiLine?: boolean;
  }
  const hireFields = {
    currentRoleId: 'project-manager',
    targetRoleId: 'product-manager',
    startDate: '2027-01-04',
  };
  const roleFields = {
    name: 'Growth PM',
    summary: 'Owns growth.',
    judgedOn: 'outcomes',
    successMeasures: 'Activation',
    habitsToRelease: 'Counting outputs',
    expectations: {},
  };
  const competencyFields = {
    areaId: 'influence',
    name: 'Negotiation',
    summary: 'Reaches agreements.',
    levels: ['a', 'b', 'c', 'd', 'e'],
    activities: [],
  };
  const cases = (): Case[] => [
    { channel: 'hires.create', input: (name) => ({ ...hireFields, name }), field: 'name' },
    {
      channel: 'hires.create',
      input: (notes) => ({ ...hireFields, name: 'Ann', notes }),
      field: 'notes',
      multiLine: true,
    },
    { channel: 'hires.update', input: (name) => ({ id: hires[0]?.id, name }), field: 'name' },
    { channel: 'hires.list', input: (search) => ({ search }), field: 'search' },
    { channel: 'roles.create', input: (name) => ({ ...roleFields, name }), field: 'name' },
    {
      channel: 'roles.create',
      input: (summary) => ({ ...roleFields, summary }),
      field: 'summary',
      multiLine: true,
    },
    { channel: 'roles.clone', input: (name) => ({ id: 'product-manager', name }), field: 'name' },
    { channel: 'roles.update', input: (name) => ({ id: customRoleId, name }), field: 'name' },
    { channel: 'competencies.create', input: (name) => ({ ...competencyFields, name }), field: 'name' },
    {
      channel: 'competencies.create',
      input: (level) => ({ ...competencyFields, levels: ['a', 'b', level, 'd', 'e'] }),
      field: 'levels.2',
      multiLine: true,
    },
    { channel: 'competencies.update', input: (name) => ({ id: 'facilitation', name }), field: 'name' },
    {
      channel: 'plans.addActivity',
      input: (title) => ({
        goalId: hires[1]?.plan.phases[0]?.goals[0]?.id,
        title,
        kind: 'people',
        effortHours: 1,
        dueDate: '2027-03-01',
      }),
      field: 'title',
    },
    {
      channel: 'checkIns.complete',
      input: (sharedNotes) => completion(hires[1]?.checkInId ?? '', { sharedNotes }),
      field: 'sharedNotes',
      multiLine: true,
    },
    {
      channel: 'checkIns.complete',
      input: (text) => completion(hires[1]?.checkInId ?? '', { newActionItems: [{ text, owner: 'hire' }] }),
      field: 'newActionItems.0.text',
    },
    {
      channel: 'checkIns.saveDraft',
      input: (privateNotes) => ({ id: hires[1]?.checkInId, draft: { privateNotes } }),
      field: 'draft.privateNotes',
      multiLine: true,
    },
    {
      channel: 'assessments.create',
      input: (evidence) => ({
        hireId: hires[1]?.id,
        assessedOn: '2027-01-20',
        assessor: 'manager',
        ratings: [{ competencyId: 'customer-discovery', level: 2, evidence }],
      }),
      field: 'ratings.0.evidence',
      multiLine: true,
    },
    { channel: 'settings.update', input: (managerName) => ({ managerName }), field: 'managerName' },
    { channel: 'hires.get', input: (id) => ({ id }), field: 'id' },
  ];

  it('refuses each one with VALIDATION naming the field, over every text field tried, writing nothing', async () => {
    const before = await snapshot();
    let tried = 0;
    for (const c of cases()) {
      const bad = c.multiLine ? BAD_ANYWHERE : [...BAD_SINGLE_LINE, ...BROKEN];
      for (const text of bad) {
        expectRefused(await call(c.channel, c.input(text)), c.field);
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(150);
    expect(await snapshot()).toBe(before);
  });

  it('keeps tabs and line breaks in multi-line text, and every script and emoji anywhere', async () => {
    const hire = valueOf(
      await core.call('hires.create', {
        ...hireFields,
        name: 'Łukasz Żółć 李雷 🚀',
        notes: 'Line one\r\n\tindented\nline three',
      }),
    );
    expect(hire.name).toBe('Łukasz Żółć 李雷 🚀');
    expect(hire.notes).toBe('Line one\r\n\tindented\nline three');
    valueOf(await core.call('hires.archive', { id: hire.id }));
  });
});

describe('item 8: lists whose items must be unique by id refuse duplicates', () => {
  it('refuses two pulses for one competency, one action item closed twice, one activity completed twice', async () => {
    const [, ben] = hires;
    const before = await snapshot();
    const id = ben?.checkInId ?? '';
    expectRefused(
      await call(
        'checkIns.complete',
        completion(id, {
          pulses: [
            { competencyId: 'customer-discovery', confidence: 2 },
            { competencyId: 'customer-discovery', confidence: 4 },
          ],
        }),
      ),
      'pulses.1.competencyId',
    );
    expectRefused(
      await call(
        'checkIns.complete',
        completion(id, {
          closeActionItems: [
            { id: ben?.actionItemId, status: 'done' },
            { id: ben?.actionItemId, status: 'dropped' },
          ],
        }),
      ),
      'closeActionItems.1.id',
    );
    const activityId = firstActivity(ben!.plan);
    expectRefused(
      await call(
        'checkIns.complete',
        completion(id, {
          completeActivities: [
            { activityId, doneOn: '2027-01-20' },
            { activityId, doneOn: '2027-01-21' },
          ],
        }),
      ),
      'completeActivities.1.activityId',
    );
    expectRefused(
      await call('assessments.create', {
        hireId: ben?.id,
        assessedOn: '2027-01-20',
        assessor: 'manager',
        ratings: [
          { competencyId: 'customer-discovery', level: 2 },
          { competencyId: 'customer-discovery', level: 3 },
        ],
      }),
      'ratings.1.competencyId',
    );
    expectRefused(
      await call('roles.exportCsv', { roleIds: ['product-manager', 'product-manager'] }),
      'roleIds.1',
    );
    const activity = {
      id: 'negotiation.one',
      fromLevel: 0,
      title: 'Step',
      description: 'Do it.',
      withWhom: 'Manager',
      evidence: 'Notes.',
      kind: 'experience',
      effortHours: 1,
    };
    expectRefused(
      await call('competencies.update', {
        id: 'facilitation',
        activities: [activity, { ...activity, fromLevel: 1 }],
      }),
      'activities.1.id',
    );
    expect(await snapshot()).toBe(before);
  });
});

describe('item 9: assessment ratings only for competencies the hire’s target role expects', () => {
  it('refuses a rating of a custom competency the target role does not expect, on create and correct', async () => {
    const [, ben] = hires;
    const before = await snapshot();
    const ratings = [
      { competencyId: 'customer-discovery', level: 2 },
      { competencyId: 'facilitation', level: 3 },
    ];
    expectRefused(
      await call('assessments.create', {
        hireId: ben?.id,
        assessedOn: '2027-01-20',
        assessor: 'manager',
        ratings,
      }),
      'ratings.1.competencyId',
    );
    expect(await snapshot()).toBe(before);
    const original = valueOf(
      await core.call('assessments.create', {
        hireId: ben?.id ?? '',
        assessedOn: '2027-01-20',
        assessor: 'manager',
        ratings: [{ competencyId: 'customer-discovery', level: 2 }],
      }),
    );
    const afterCreate = await snapshot();
    expectRefused(
      await call('assessments.correct', { id: original.id, ratings, reason: 'More' }),
      'ratings.1.competencyId',
    );
    expect(await snapshot()).toBe(afterCreate);
  });

  it('accepts the competency once the target role expects it', async () => {
    const [, ben] = hires;
    valueOf(
      await core.call('roles.update', {
        id: customRoleId,
        expectations: { facilitation: { level: 2, weight: 1 } },
      }),
    );
    valueOf(await core.call('hires.update', { id: ben?.id ?? '', targetRoleId: customRoleId }));
    const assessment = valueOf(
      await core.call('assessments.create', {
        hireId: ben?.id ?? '',
        assessedOn: '2027-01-21',
        assessor: 'self',
        ratings: [{ competencyId: 'facilitation', level: 1 }],
      }),
    );
    expect(assessment.ratings.map((r) => r.competencyId)).toEqual(['facilitation']);
  });
});
