// Ten "Back up now" and two data imports sent at once over the browser mode's HTTP server: each is
// answered with success or CONFLICT, never a 500, and every backup acknowledged is listed and restores.
import { request as httpRequest } from 'node:http';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src/main/web/server';
import type { BackupEntry, DataFile, DataImportResult } from '../../src/shared/data/schema';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
let server: WebServer;
const HIRES = 600;

beforeAll(async () => {
  env = await openTempCore({ dailyBackups: false });
  const staticDir = join(env.dataDir, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Rolebridge</title>');
  // About 2.5 MB of hires, so each copy takes several steps and the requests overlap.
  const empty = valueOf(await env.core.call('data.export', {})).file;
  const at = '2026-11-01T09:00:00.000Z';
  const hires = Array.from({ length: HIRES }, (_, n) => ({
    id: randomUUID(),
    name: `Hire ${n}`,
    current_role_id: 'project-manager',
    target_role_id: 'product-manager',
    start_date: '2027-01-04',
    notes: `Notes ${n} `.padEnd(4000, 'n'),
    status: 'active',
    created_at: at,
    updated_at: at,
    archived_at: null,
  }));
  valueOf(await env.core.call('data.import', { file: { ...empty, tables: { hires } }, mode: 'empty-only' }));
  server = await startWebServer({ core: env.core, staticDir, port: 0, maxBodyBytes: 64 * 1024 * 1024 });
});
afterAll(async () => {
  await server.close();
  env.cleanup();
});

interface Reply<T> {
  status: number;
  body: { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
}

function post<T>(channel: string, input: unknown): Promise<Reply<T>> {
  const body = JSON.stringify(input);
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
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const hireCount = async () => {
  const reply = await post<unknown[]>('hires.list', { status: 'all' });
  return reply.body.ok ? reply.body.value.length : -1;
};

describe('backups and imports sent at once over HTTP', () => {
  it('answers 10 backups and 2 imports with success or CONFLICT; every acknowledged backup is listed and restores', async () => {
    const exported = await post<{ file: DataFile }>('data.export', {});
    if (!exported.body.ok) throw new Error(exported.body.error.message);
    const file = exported.body.value.file;
    const extra = { ...(file.tables.hires?.[0] ?? {}), id: randomUUID(), name: 'Imported at once' };
    const withExtra = { ...file, tables: { ...file.tables, hires: [...(file.tables.hires ?? []), extra] } };

    const replies = await Promise.all([
      ...Array.from({ length: 10 }, () => post<BackupEntry>('backups.create', {})),
      post<DataImportResult>('data.import', { file: withExtra, mode: 'merge' }),
      post<DataImportResult>('data.import', { file: withExtra, mode: 'merge' }),
    ]);
    const statuses = replies.map((reply) => reply.status);
    expect(
      statuses.every((status) => status === 200 || status === 409),
      statuses.join(','),
    ).toBe(true);
    const backups = replies.slice(0, 10);
    const imports = replies.slice(10);
    for (const reply of backups.filter((r) => r.status === 409)) {
      expect(reply.body).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringMatching(/^A backup is already running/) },
      });
    }
    for (const reply of imports.filter((r) => r.status === 409)) {
      expect(reply.body).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringMatching(/^An import is already running/) },
      });
    }
    expect(backups.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(imports.filter((r) => r.status === 200)).toHaveLength(1);
    console.log(
      `[concurrency] backups: ${backups.filter((r) => r.status === 200).length} ok, ${backups.filter((r) => r.status === 409).length} CONFLICT; imports: ${imports.filter((r) => r.status === 200).length} ok, ${imports.filter((r) => r.status === 409).length} CONFLICT`,
    );

    const acknowledged = replies.flatMap((reply) => {
      if (!reply.body.ok) return [];
      const value = reply.body.value as Partial<BackupEntry> & Partial<DataImportResult>;
      return [value.fileName ?? value.backup?.fileName ?? ''];
    });
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
    const list = await post<{ backups: BackupEntry[] }>('backups.list', {});
    const listed = list.body.ok ? list.body.value.backups.map((b) => b.fileName) : [];
    for (const name of acknowledged) expect(listed).toContain(name);
    // Each restores; the import's safety copy holds the hires as they were before it.
    expect(await hireCount()).toBe(HIRES + 1);
    for (const name of acknowledged) {
      const restored = await post('backups.restore', { fileName: name });
      expect(restored.status, name).toBe(200);
      expect(await hireCount(), name).toBeGreaterThanOrEqual(HIRES);
    }
  });
});
