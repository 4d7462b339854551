import { request as httpRequest } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isJsonContentType, sameSecret, startWebServer, type WebServer } from '../../src/main/web/server';
import { openTempCore } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
let server: WebServer;

beforeAll(async () => {
  env = await openTempCore();
  const staticDir = join(env.dataDir, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Rolebridge</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(env.dataDir, 'secret.txt'), 'do not serve');
  server = await startWebServer({ core: env.core, staticDir, port: 0, maxBodyBytes: 64 * 1024 });
});
afterAll(async () => {
  await server.close();
  env.cleanup();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; token?: string | null } = {},
): Promise<Reply> {
  const token = options.token === undefined ? server.token : options.token;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    // The server may cut an oversized upload short after answering; callers expecting that catch it.
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const post = (channel: string, input: unknown, options: Parameters<typeof send>[2] = {}) =>
  send('POST', `/api/${channel}`, { body: JSON.stringify(input), ...options });

const hire = {
  name: 'Ada',
  currentRoleId: 'product-owner',
  targetRoleId: 'product-manager',
  startDate: '2026-01-05',
};

describe('local browser mode', () => {
  it('listens on 127.0.0.1 and prints a URL with the token in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(40);
  });

  it('accepts connections on the loopback address only', async () => {
    const outside = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === 'IPv4')
      .map((address) => address?.address ?? '');
    for (const host of outside) {
      const refused = await new Promise<boolean>((resolveConnect) => {
        const socket = connect({ host, port: server.port });
        socket.once('connect', () => {
          socket.destroy();
          resolveConnect(false);
        });
        socket.once('error', () => resolveConnect(true));
      });
      expect(refused, `connection on ${host}`).toBe(true);
    }
  });

  it('compares the token in constant time, whatever the length or content of a wrong one', () => {
    const source = readFileSync(join(import.meta.dirname, '../../src/main/web/server.ts'), 'utf8');
    expect(source).toMatch(/timingSafeEqual\(a, b\)/);
    expect(source).toMatch(/sameSecret\(match\[1\], token\)/);
    expect(source).not.toMatch(/=== token|token ===/);
    expect(sameSecret(server.token, server.token)).toBe(true);
    for (const wrong of [
      '',
      'x',
      `${server.token}x`,
      server.token.slice(0, -1),
      server.token.toUpperCase(),
    ]) {
      expect(sameSecret(wrong, server.token), wrong).toBe(false);
    }
  });

  it('answers a good call with 200 and the result envelope', async () => {
    const reply = await post('hires.create', hire);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, value: { name: 'Ada' } });
  });

  it('refuses calls without the token, or with a wrong one, with 401', async () => {
    for (const token of [null, 'wrong', `${server.token}x`]) {
      const reply = await post('hires.list', {}, { token });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    const channels = await send('GET', '/api/channels', { token: null });
    expect(channels.status).toBe(401);
    expect(JSON.parse(channels.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('names a refused Host or Origin FORBIDDEN, not a validation error', async () => {
    const replies = [
      await post('hires.list', {}, { headers: { Host: `evil.example:${server.port}` } }),
      await send('GET', '/', { headers: { Host: 'evil.example' } }),
      await post('hires.list', {}, { headers: { Origin: 'https://evil.example' } }),
      await post('hires.list', {}, { headers: { 'Sec-Fetch-Site': 'cross-site' } }),
    ];
    for (const reply of replies) {
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses a wrong Host (DNS rebinding) and a foreign Origin with 403', async () => {
    expect((await post('hires.list', {}, { headers: { Host: `evil.example:${server.port}` } })).status).toBe(
      403,
    );
    expect((await send('GET', '/', { headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await post('hires.list', {}, { headers: { Origin: 'https://evil.example' } })).status).toBe(403);
    expect(
      (await post('hires.list', {}, { headers: { Origin: `http://localhost:${server.port}` } })).status,
    ).toBe(403);
    expect((await post('hires.list', {}, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect((await post('hires.list', {}, { headers: { Origin: server.origin } })).status).toBe(200);
  });

  it('maps error codes to HTTP statuses', async () => {
    expect((await post('hires.create', { ...hire, startDate: 'soon' })).status).toBe(400);
    expect((await post('hires.get', { id: 'nobody' })).status).toBe(404);
    expect((await post('hires.fly', {})).status).toBe(404);
    const created = JSON.parse((await post('hires.create', hire)).body).value as { id: string };
    await post('hires.archive', { id: created.id });
    expect((await post('hires.update', { id: created.id, name: 'B' })).status).toBe(409);
  });

  it('refuses bodies that are not JSON, too large, or of another type', async () => {
    const bad = await send('POST', '/api/hires.list', { body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/not valid JSON/);
    const big = await send('POST', '/api/hires.create', {
      body: JSON.stringify({ ...hire, notes: 'x'.repeat(70 * 1024) }),
    }).catch((error: Error) => ({ status: -1, body: error.message, headers: {} }));
    expect([413, -1]).toContain(big.status);
    expect(
      (await send('POST', '/api/hires.list', { body: '{}', headers: { 'Content-Type': 'text/plain' } }))
        .status,
    ).toBe(415);
    expect((await send('GET', '/api/hires.list')).status).toBe(405);
  });

  it('lists the channels', async () => {
    const reply = await send('GET', '/api/channels');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).value).toEqual(env.core.channels);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const index = await send('GET', '/', { token: null });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('GET', '/assets/app.js', { token: null })).headers['content-type']).toMatch(
      /javascript/,
    );
    expect((await send('GET', '/../secret.txt', { token: null })).status).toBe(404);
    expect((await send('GET', '/%2e%2e/secret.txt', { token: null })).status).toBe(404);
    expect((await send('GET', '/nothing-here.js', { token: null })).status).toBe(404);
  });

  it('answers a malformed percent-encoding with 400, on the API and on static files', async () => {
    for (const path of ['/%zz', '/%', '/%c0', '/%ff%fe', '/assets/%e2%82', '/%00', '/a%0ab']) {
      const reply = await send('GET', path, { token: null });
      expect(reply.status, path).toBe(400);
      expect(JSON.parse(reply.body).error.code).toBe('VALIDATION');
    }
    for (const path of ['/api/%c0', '/api/%', '/api/hires.list%zz', '/api/%00']) {
      expect((await send('POST', path, { body: '{}' })).status, path).toBe(400);
    }
    // Without the token the API still answers 401 first: nothing about the URL is read before it.
    expect((await send('POST', '/api/%c0', { body: '{}', token: null })).status).toBe(401);
  });

  it('never answers 500, whatever the URL', async () => {
    const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), maxLength: 2 });
    const percent = fc
      .tuple(fc.constantFrom('%', '%%', ''), hex, fc.constantFrom('', 'zz', 'g'))
      .map((parts) => parts.join(''));
    const piece = fc.oneof(
      fc.string({
        unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
        maxLength: 8,
      }),
      percent,
      fc.constantFrom(
        '/',
        '..',
        '/api/',
        'api',
        '%2e%2e',
        '%2f',
        '%c0%af',
        '%ed%a0%80',
        '%ef%bf%bf',
        '?x=%zz',
      ),
    );
    const path = fc.array(piece, { maxLength: 8 }).map((pieces) => `/${pieces.join('')}`);
    const cases = fc.sample(fc.tuple(path, fc.constantFrom('GET', 'POST', 'HEAD'), fc.boolean()), {
      numRuns: 400,
      seed: 1729,
    });
    for (const [url, method, withToken] of cases) {
      const reply = await send(method, url, {
        body: method === 'POST' ? '{}' : undefined,
        token: withToken ? undefined : null,
      });
      expect(reply.status, `${method} ${url}`).toBeLessThan(500);
    }
  });

  it('takes JSON by its exact media type, in any case and with parameters', async () => {
    for (const type of [
      'application/json',
      'Application/JSON',
      'application/json; charset=utf-8',
      ' application/json ;charset=UTF-8',
    ]) {
      expect(isJsonContentType(type), type).toBe(true);
      expect(
        (await send('POST', '/api/hires.list', { body: '{}', headers: { 'Content-Type': type } })).status,
        type,
      ).toBe(200);
    }
    for (const type of [
      'application/jsonx',
      'application/json-seq',
      'application/jsonp; charset=utf-8',
      'text/json',
      'application/x-json',
      '',
    ]) {
      expect(isJsonContentType(type), type).toBe(false);
      expect(
        (await send('POST', '/api/hires.list', { body: '{}', headers: { 'Content-Type': type } })).status,
        type,
      ).toBe(415);
    }
  });
});
