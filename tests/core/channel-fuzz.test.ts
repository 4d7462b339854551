// Every channel, over both transports (the core's call, as IPC uses it, and the browser mode's HTTP
// API), refuses generated malformed payloads with VALIDATION or NOT_FOUND and writes nothing.
// Each payload starts from a valid input and breaks it one way: wrong types, missing and extra keys,
// oversized strings and arrays, prototype-pollution keys (at the top and inside every nested object and
// record), control characters and lone surrogates in every string however deep, invalid dates, ids of
// other records.
import { request as httpRequest } from 'node:http';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../src/shared/api/channels';
import { contract } from '../../src/shared/api/contract';
import type { Result } from '../../src/shared/api/result';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../src/main/web/server';
import { openTempCore, valueOf } from '../support/temp-core';
import { seedTeam } from '../support/seed';

const PAYLOADS_PER_CHANNEL = 60;
/** Extra payloads per channel with bad text deep inside, and as many with a prototype key deep inside. */
const DEEP_PER_KIND = 20;

/** Text no field takes: NUL, other control characters, and lone UTF-16 surrogates. */
const BAD_TEXT = [
  '\u0000',
  'Ann\u0000',
  '\u0000Ann',
  'A\u0007nn',
  '\u001b[2J',
  'A\u007fnn',
  'A\u0085nn',
  '\ud800',
  'Ann\udc00',
  '\udc00\ud800',
];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
/**
 * Channels whose nested strings and objects are not mutated: a data file's tables and rows are checked
 * by the import (issue 17 item 3, tests/core/data-file.test.ts), not by the channel's schema.
 */
const NOT_DEEP: ReadonlySet<ChannelName> = new Set(['data.import']);

type Kind =
  | 'hire'
  | 'role'
  | 'competency'
  | 'assessment'
  | 'plan'
  | 'activity'
  | 'goal'
  | 'checkIn'
  | 'leave'
  | 'topic'
  | 'evidence';
interface Sample {
  input: Record<string, unknown>;
  /** What kind of record each id field names. */
  ids?: Record<string, Kind>;
}

let env: Awaited<ReturnType<typeof openTempCore>>;
let server: WebServer;
let samples: Record<ChannelName, Sample>;
const pool: Record<Kind, string[]> = {
  hire: [],
  role: [],
  competency: [],
  assessment: [],
  plan: [],
  activity: [],
  goal: [],
  checkIn: [],
  leave: [],
  topic: [],
  evidence: [],
};

beforeAll(async () => {
  env = await openTempCore({ now: () => new Date('2027-02-01T09:00:00Z'), dailyBackups: false });
  const { core } = env;
  const team = await seedTeam(core, ['Grace Hopper']);
  const hireId = team.hireIds[0] ?? '';
  const plan = valueOf(await core.call('plans.get', { id: team.planId }));
  const goal = plan.phases.flatMap((p) => p.goals)[0];
  const activity = goal?.activities[0];
  const [assessment] = valueOf(await core.call('assessments.list', { hireId }));
  const scheduled = valueOf(await core.call('checkIns.schedule', { hireId })).find(
    (c) => c.status === 'scheduled',
  );
  const leave = valueOf(await core.call('leave.add', { hireId, startOn: '2027-08-02', endOn: '2027-08-06' }));
  const topic = valueOf(await core.call('topics.add', { hireId, text: 'How do I say no to a stakeholder?' }));
  const evidence = valueOf(
    await core.call('evidence.add', {
      hireId,
      competencyId: 'customer-discovery',
      notedOn: '2027-01-28',
      source: 'stakeholder',
      sourceName: 'Priya',
      text: 'Ran five interviews',
    }),
  );
  const shared = valueOf(await core.call('packet.share', { hireId }));
  const answers = {
    kind: 'rolebridge-hire-answers',
    format: 1,
    packetId: shared.packetId,
    hireId,
    packetVersion: shared.version,
    nonce: 'a1b2c3',
    savedAt: '2027-02-01T08:00:00.000Z',
    selfAssessment: { assessedOn: '2027-01-31', ratings: [{ competencyId: 'customer-discovery', level: 2 }] },
    topics: [{ text: 'Saying no' }],
    evidence: [
      {
        kind: 'feedback',
        competencyId: 'customer-discovery',
        notedOn: '2027-01-30',
        from: 'Priya',
        text: 'Good notes',
      },
    ],
  };
  Object.assign(pool, {
    hire: [hireId],
    role: ['data-product-owner', 'product-manager'],
    competency: ['facilitation', 'customer-discovery'],
    assessment: [assessment?.id ?? ''],
    plan: [plan.id],
    activity: [activity?.id ?? ''],
    goal: [goal?.id ?? ''],
    checkIn: [scheduled?.id ?? '', ...team.checkInIds],
    leave: [leave.id],
    topic: [topic.id],
    evidence: [evidence.id],
  });
  const file = valueOf(await core.call('data.export', {})).file;
  const ratings = [{ competencyId: 'customer-discovery', level: 2 }];
  const none: Sample = { input: {} };
  samples = {
    'app.info': none,
    'app.logFile': none,
    'hires.create': {
      input: {
        name: 'New',
        currentRoleId: 'project-manager',
        targetRoleId: 'product-manager',
        startDate: '2027-02-01',
        notes: 'Line one\nline two',
      },
      ids: { currentRoleId: 'role', targetRoleId: 'role' },
    },
    'hires.get': { input: { id: hireId }, ids: { id: 'hire' } },
    'hires.list': { input: { search: 'Grace', status: 'all' } },
    'hires.update': { input: { id: hireId, name: 'Renamed' }, ids: { id: 'hire' } },
    'hires.archive': { input: { id: hireId }, ids: { id: 'hire' } },
    'hires.restore': { input: { id: hireId }, ids: { id: 'hire' } },
    'roles.list': none,
    'roles.get': { input: { id: 'product-manager' }, ids: { id: 'role' } },
    'roles.compare': {
      input: { fromRoleId: 'project-manager', toRoleId: 'product-manager' },
      ids: { fromRoleId: 'role', toRoleId: 'role' },
    },
    'roles.create': {
      input: {
        name: 'Growth PM',
        summary: 'Owns growth.',
        judgedOn: 'outcomes',
        successMeasures: 'Activation',
        habitsToRelease: 'Output counting',
        expectations: { 'customer-discovery': { level: 2, weight: 2 } },
      },
    },
    'roles.clone': { input: { id: 'product-manager', name: 'Platform PM' }, ids: { id: 'role' } },
    'roles.update': { input: { id: 'data-product-owner', summary: 'Changed' }, ids: { id: 'role' } },
    'roles.delete': { input: { id: 'data-product-owner' }, ids: { id: 'role' } },
    'roles.exportCsv': { input: { roleIds: ['product-manager'] } },
    'roles.importCsv': { input: { csv: 'role,competency,level,weight\n' } },
    'competencies.create': {
      input: {
        areaId: 'influence',
        name: 'Negotiation',
        summary: 'Reaches agreements.',
        levels: ['a', 'b', 'c', 'd', 'e'],
        activities: [],
      },
    },
    'competencies.update': { input: { id: 'facilitation', summary: 'Changed' }, ids: { id: 'competency' } },
    'competencies.delete': { input: { id: 'facilitation' }, ids: { id: 'competency' } },
    'framework.get': none,
    'framework.export': none,
    'framework.import': { input: { file: valueOf(await core.call('framework.export', {})) } },
    'assessments.create': {
      input: { hireId, assessedOn: '2027-01-20', assessor: 'manager', ratings },
      ids: { hireId: 'hire' },
    },
    'assessments.correct': {
      input: { id: assessment?.id, ratings, reason: 'Typo' },
      ids: { id: 'assessment' },
    },
    'assessments.list': { input: { hireId }, ids: { hireId: 'hire' } },
    'plans.create': { input: { hireId, startDate: '2027-02-01' }, ids: { hireId: 'hire' } },
    'plans.get': { input: { id: plan.id }, ids: { id: 'plan' } },
    'plans.current': { input: { hireId }, ids: { hireId: 'hire' } },
    'plans.versions': { input: { hireId }, ids: { hireId: 'hire' } },
    'plans.completeActivity': {
      input: { activityId: activity?.id, doneOn: '2027-01-20' },
      ids: { activityId: 'activity' },
    },
    'plans.reopenActivity': { input: { activityId: activity?.id }, ids: { activityId: 'activity' } },
    'plans.rescheduleActivity': {
      input: { activityId: activity?.id, dueDate: '2027-03-01' },
      ids: { activityId: 'activity' },
    },
    'plans.addActivity': {
      input: {
        goalId: goal?.id,
        title: 'Shadow a PM',
        kind: 'people',
        effortHours: 2,
        dueDate: '2027-03-01',
      },
      ids: { goalId: 'goal' },
    },
    'plans.removeActivity': { input: { activityId: activity?.id }, ids: { activityId: 'activity' } },
    'plans.restoreActivity': { input: { activityId: activity?.id }, ids: { activityId: 'activity' } },
    'checkIns.schedule': { input: { hireId }, ids: { hireId: 'hire' } },
    'checkIns.history': { input: { hireId, search: 'interviews' }, ids: { hireId: 'hire' } },
    'checkIns.get': { input: { id: scheduled?.id }, ids: { id: 'checkIn' } },
    'checkIns.agenda': { input: { id: scheduled?.id }, ids: { id: 'checkIn' } },
    'checkIns.add': { input: { hireId, scheduledOn: '2027-03-03' }, ids: { hireId: 'hire' } },
    'checkIns.move': { input: { id: scheduled?.id, scheduledOn: '2027-03-04' }, ids: { id: 'checkIn' } },
    'checkIns.cancel': { input: { id: scheduled?.id }, ids: { id: 'checkIn' } },
    'checkIns.saveDraft': {
      input: {
        id: scheduled?.id,
        draft: {
          sharedNotes: 'x',
          pulses: { 'customer-discovery': 3 },
          completeActivities: { [activity?.id ?? '']: '2027-01-20' },
          newActionItems: [{ text: 'Call', owner: 'hire', dueOn: null }],
        },
      },
      ids: { id: 'checkIn' },
    },
    'checkIns.complete': {
      input: {
        id: scheduled?.id,
        heldOn: '2027-02-01',
        sharedNotes: '',
        privateNotes: '',
        pulses: [{ competencyId: 'customer-discovery', confidence: 3 }],
        newActionItems: [{ text: 'Book interviews', owner: 'hire' }],
        closeActionItems: [],
        completeActivities: [],
        nextDate: null,
      },
      ids: { id: 'checkIn' },
    },
    'checkIns.due': none,
    'checkIns.exportIcs': { input: { hireId }, ids: { hireId: 'hire' } },
    'leave.list': { input: { hireId }, ids: { hireId: 'hire' } },
    'leave.add': {
      input: { hireId, startOn: '2027-09-06', endOn: '2027-09-10', note: 'Family wedding' },
      ids: { hireId: 'hire' },
    },
    'leave.remove': { input: { id: leave.id }, ids: { id: 'leave' } },
    'topics.list': { input: { hireId, which: 'all' }, ids: { hireId: 'hire' } },
    'topics.add': { input: { hireId, text: 'Roadmap review' }, ids: { hireId: 'hire' } },
    'topics.close': { input: { id: topic.id, status: 'discussed', on: '2027-02-01' }, ids: { id: 'topic' } },
    'evidence.list': { input: { hireId }, ids: { hireId: 'hire' } },
    'evidence.add': {
      input: {
        hireId,
        competencyId: 'customer-discovery',
        notedOn: '2027-01-29',
        source: 'hire',
        text: 'Shipped the survey',
      },
      ids: { hireId: 'hire' },
    },
    'evidence.remove': { input: { id: evidence.id }, ids: { id: 'evidence' } },
    'packet.share': { input: { hireId }, ids: { hireId: 'hire' } },
    'packet.previewAnswers': { input: { hireId, answers }, ids: { hireId: 'hire' } },
    'packet.importAnswers': { input: { hireId, answers }, ids: { hireId: 'hire' } },
    'calendar.nonWorkingDays': {
      input: { hireId, from: '2027-01-01', to: '2027-12-31' },
      ids: { hireId: 'hire' },
    },
    'calendar.countries': none,
    'settings.get': none,
    'settings.update': { input: { checkInMinutes: 30 } },
    'progress.hire': { input: { hireId }, ids: { hireId: 'hire' } },
    'progress.dashboard': none,
    'pdf.plan': {
      input: { hireId, paper: 'A4', includeCheckIns: false, includePrivateNotes: false },
      ids: { hireId: 'hire' },
    },
    'data.export': none,
    'data.import': { input: { file, mode: 'merge' } },
    'backups.list': none,
    'backups.create': none,
    'backups.restore': { input: { fileName: 'manual-20270101T000000Z.db' } },
    'recovery.exportReadable': none,
    'recovery.restore': { input: { fileName: 'manual-20270101T000000Z.db' } },
    'recovery.startEmpty': none,
    'sample.status': none,
    'sample.load': none,
    'sample.remove': none,
    'jobs.progress': { input: { jobId: 'job-00000001' } },
    'jobs.cancel': { input: { jobId: 'job-00000001' } },
  };

  const staticDir = join(env.dataDir, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  server = await startWebServer({ core, staticDir, port: 0 });
});
/** Payloads tried per channel, and how many carried bad text or a prototype key: the figures. */
const tally = new Map<string, { payloads: number; badText: number; prototypeKey: number }>();

afterAll(async () => {
  const rows = [...tally.entries()].map(
    ([channel, t]) => `${channel} ${t.payloads}/${t.badText}/${t.prototypeKey}`,
  );
  console.info(
    `channel payloads/bad text/prototype keys, each over core and HTTP, all refused: ${rows.join('; ')}`,
  );
  await server.close();
  env.cleanup();
});

interface PropertySchema {
  type?: string | string[];
  anyOf?: PropertySchema[];
  maxLength?: number;
  maxItems?: number;
}

function typesOf(schema: PropertySchema): Set<string> {
  const types = new Set<string>();
  const add = (s: PropertySchema) => {
    for (const t of [s.type ?? []].flat()) types.add(t);
    s.anyOf?.forEach(add);
  };
  add(schema);
  if (types.has('number')) types.add('integer');
  return types;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const anyJson = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.integer(), { maxKeys: 2 }),
);

const BAD_DATES = [
  '2027-02-30',
  '2027-13-01',
  '27-01-01',
  '2027-01-01T00:00:00Z',
  'tomorrow',
  '0000-00-00',
  '',
];

type Path = (string | number)[];

/** The path of every string and of every object (records included) inside a value, the value itself too. */
function nodesOf(value: unknown, path: Path = [], found = { strings: [] as Path[], objects: [] as Path[] }) {
  if (typeof value === 'string') found.strings.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => nodesOf(item, [...path, i], found));
  else if (value !== null && typeof value === 'object') {
    found.objects.push(path);
    for (const [key, item] of Object.entries(value)) nodesOf(item, [...path, key], found);
  }
  return found;
}

const valueAt = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);

/** A copy of `base` with `change` applied to the node at `path`. */
function changedAt(base: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as unknown;
  if (path.length === 0) return change(copy);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy);
  const last = path.at(-1) as string | number;
  (parent as Record<string | number, unknown>)[last] = change(
    (parent as Record<string | number, unknown>)[last],
  );
  return copy;
}

/** Adds a key that reaches the prototype as an own property, as JSON.parse makes it. */
function withPrototypeKey(node: unknown, key: string): unknown {
  const values = Object.values(node as object);
  const value = values.length > 0 ? values[0] : { level: 1, weight: 1 };
  Object.defineProperty(node, key, { value, enumerable: true, configurable: true, writable: true });
  return node;
}

/** Payloads that are certainly invalid: each breaks a valid input in one way. */
function malformed(channel: ChannelName): fc.Arbitrary<unknown> {
  const sample = samples[channel];
  const base = sample.input;
  const json = z.toJSONSchema(contract[channel].input, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, PropertySchema>;
    required?: string[];
  };
  const properties = json.properties ?? {};
  const names = Object.keys(properties);
  const with_ = (key: string, value: unknown) => ({ ...base, [key]: value });
  const options: fc.Arbitrary<unknown>[] = [
    // Not an object at all.
    fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(anyJson, { maxLength: 3 })),
    // An extra key.
    fc
      .tuple(
        fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !names.includes(k)),
        anyJson,
      )
      .map(([key, value]) => with_(key, value)),
    // Prototype pollution: keys JSON.parse keeps as own properties.
    fc
      .constantFrom(
        '{"__proto__":{"isAdmin":true}}',
        '{"constructor":{"prototype":{"isAdmin":true}}}',
        '{"__proto__":null}',
      )
      .map((text) => ({ ...(JSON.parse(text) as object), ...base, ...(JSON.parse(text) as object) })),
  ];
  for (const key of json.required ?? []) {
    options.push(fc.constant(Object.fromEntries(Object.entries(base).filter(([k]) => k !== key))));
  }
  for (const [key, schema] of Object.entries(properties)) {
    const types = typesOf(schema);
    if (types.size > 0)
      options.push(anyJson.filter((v) => !types.has(jsonType(v))).map((v) => with_(key, v)));
    if (types.has('string')) {
      const limit = schema.maxLength ?? 100_000;
      options.push(fc.integer({ min: 1, max: 500 }).map((extra) => with_(key, 'x'.repeat(limit + extra))));
    }
    if (types.has('array')) {
      const limit = schema.maxItems ?? 10_000;
      const item = Array.isArray(base[key]) ? ((base[key] as unknown[])[0] ?? null) : null;
      options.push(
        fc.constant(
          with_(
            key,
            Array.from({ length: limit + 1 }, () => item),
          ),
        ),
      );
    }
    if (types.has('string') && /(Date|On)$/.test(key)) {
      options.push(fc.constantFrom(...BAD_DATES).map((d) => with_(key, d)));
    }
  }
  for (const [key, kind] of Object.entries(sample.ids ?? {})) {
    const others = Object.entries(pool)
      .filter(([k]) => k !== kind)
      .flatMap(([, ids]) => ids)
      .filter((id) => id && !pool[kind].includes(id));
    options.push(fc.oneof(fc.constantFrom(...others), fc.uuid()).map((id) => with_(key, id)));
  }
  return fc.oneof(...options);
}

/**
 * Payloads with bad text in one string, or a prototype key in one object, anywhere in a valid input:
 * sampled on their own so every channel gets a fair share of them.
 */
function deepMalformed(channel: ChannelName): fc.Arbitrary<unknown>[] {
  if (NOT_DEEP.has(channel)) return [];
  const base = samples[channel].input;
  const { strings, objects } = nodesOf(base);
  return [
    ...(strings.length > 0
      ? [
          fc
            .tuple(fc.constantFrom(...strings), fc.constantFrom(...BAD_TEXT))
            .map(([path, text]) => changedAt(base, path, () => text)),
        ]
      : []),
    fc
      .tuple(fc.constantFrom(...objects), fc.constantFrom(...PROTOTYPE_KEYS))
      .map(([path, key]) => changedAt(base, path, (node) => withPrototypeKey(node, key))),
  ];
}

function postHttp(channel: string, body: string): Promise<Result<unknown>> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: `/api/${channel}`,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<unknown>));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // The server answers 413 and closes the connection while an oversized body is still being sent.
      if (Buffer.byteLength(body) > MAX_BODY_BYTES && ['ECONNRESET', 'EPIPE'].includes(error.code ?? '')) {
        resolve({ ok: false, error: { code: 'VALIDATION', message: 'Request body too large (413)' } });
      } else reject(error);
    });
    req.end(body);
  });
}

async function fingerprint(): Promise<string> {
  const data = valueOf(await env.core.call('data.export', {}));
  return JSON.stringify(data.file) + readdirSync(env.dataDir).join(',');
}

describe('malformed payloads on every channel', () => {
  it('the sample inputs are valid, so each payload breaks exactly what it says', () => {
    for (const channel of channelNames) {
      const parsed = contract[channel].input.safeParse(samples[channel].input);
      expect(parsed.success, channel).toBe(true);
    }
  });

  it('nothing in Object.prototype can be polluted by a payload', () => {
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  for (const channel of channelNames) {
    it(`${channel}: refused over IPC and HTTP with VALIDATION or NOT_FOUND, writing nothing`, async () => {
      const payloads = [
        ...fc.sample(malformed(channel), { numRuns: PAYLOADS_PER_CHANNEL, seed: 20261128 }),
        ...deepMalformed(channel).flatMap((kind) =>
          fc.sample(kind, { numRuns: DEEP_PER_KIND, seed: 20261129 }),
        ),
      ];
      expect(payloads.length).toBeGreaterThanOrEqual(50);
      const before = await fingerprint();
      for (const payload of payloads) {
        const text = JSON.stringify(payload);
        const direct = await env.core.call(channel, JSON.parse(text) as unknown);
        const overHttp = await postHttp(channel, text);
        for (const [transport, result] of [
          ['core', direct],
          ['http', overHttp],
        ] as const) {
          expect(result.ok, `${transport} ${channel} ${text.slice(0, 200)}`).toBe(false);
          if (!result.ok) {
            expect(
              ['VALIDATION', 'NOT_FOUND'],
              `${transport} ${channel} ${text.slice(0, 200)}: ${result.error.message}`,
            ).toContain(result.error.code);
          }
        }
      }
      expect(await fingerprint()).toBe(before);
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
      const texts = payloads.map((p) => JSON.stringify(p));
      tally.set(channel, {
        payloads: payloads.length,
        badText: payloads.filter((p) =>
          nodesOf(p).strings.some((path) => BAD_TEXT.includes(String(valueAt(p, path)))),
        ).length,
        prototypeKey: texts.filter((t) => /"(__proto__|constructor|prototype)":/.test(t)).length,
      });
    }, 60_000);
  }
});
