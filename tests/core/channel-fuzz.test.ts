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
import { openTempCore } from '../support/temp-core';
import { seedTeam } from '../support/seed';
import { channelSamples, type Kind, type Sample } from '../support/channel-samples';

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

let env: Awaited<ReturnType<typeof openTempCore>>;
let server: WebServer;
let samples: Record<ChannelName, Sample>;
let pool: Record<Kind, string[]>;

beforeAll(async () => {
  env = await openTempCore({ now: () => new Date('2027-02-01T09:00:00Z'), dailyBackups: false });
  ({ samples, pool } = await channelSamples(env.core, await seedTeam(env.core, ['Grace Hopper'])));

  const staticDir = join(env.dataDir, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
  server = await startWebServer({ core: env.core, staticDir, port: 0 });
});
/** Payloads tried per channel, and how many carried bad text or a prototype key: the issue's figures. */
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
  return (await env.storedState()) + readdirSync(env.dataDir).join(',');
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
            // A refusal says which field, but for a body the HTTP server refuses by its size alone.
            const bySize = transport === 'http' && Buffer.byteLength(text) > MAX_BODY_BYTES;
            if (result.error.code === 'VALIDATION' && !bySize) {
              expect(
                result.error.issues?.length ?? 0,
                `${transport} ${channel} ${text.slice(0, 200)}`,
              ).toBeGreaterThan(0);
              // Each issue names its field: the whole input's when its shape is wrong altogether.
              expect(
                result.error.issues?.filter((issue) => !issue.field),
                `${transport} ${channel} ${text.slice(0, 200)}`,
              ).toEqual([]);
            }
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
