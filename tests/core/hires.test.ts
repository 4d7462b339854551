import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { openTempCore, valueOf } from '../support/temp-core';

let env: Awaited<ReturnType<typeof openTempCore>>;
let core: Core;
beforeEach(async () => {
  env = await openTempCore();
  core = env.core;
});
afterEach(() => env.cleanup());

const ada = {
  name: 'Ada Lovelace',
  currentRoleId: 'project-manager',
  targetRoleId: 'product-manager',
  startDate: '2026-03-02',
  notes: 'Asked for the move after leading the billing migration.',
};

async function create(overrides: Partial<typeof ada> = {}) {
  return valueOf(await core.call('hires.create', { ...ada, ...overrides }));
}

async function everything() {
  return valueOf(await core.call('hires.list', { status: 'all' }));
}

describe('hires channels', () => {
  it('create, get, list, update, archive and restore round-trip', async () => {
    const created = await create();
    expect(created).toMatchObject({ ...ada, status: 'active', archivedAt: null });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(valueOf(await core.call('hires.get', { id: created.id }))).toEqual(created);
    expect(valueOf(await core.call('hires.list', {}))).toEqual([created]);

    const updated = valueOf(
      await core.call('hires.update', {
        id: created.id,
        name: '  Ada King  ',
        targetRoleId: 'product-owner',
      }),
    );
    expect(updated).toMatchObject({ name: 'Ada King', targetRoleId: 'product-owner', notes: ada.notes });
    expect(updated.createdAt).toBe(created.createdAt);

    const archived = valueOf(await core.call('hires.archive', { id: created.id }));
    expect(archived.status).toBe('archived');
    expect(archived.archivedAt).not.toBeNull();
    expect(valueOf(await core.call('hires.list', {}))).toEqual([]);
    expect(valueOf(await core.call('hires.list', { status: 'archived' }))).toEqual([archived]);

    const restored = valueOf(await core.call('hires.restore', { id: created.id }));
    expect(restored).toMatchObject({ status: 'active', archivedAt: null, name: 'Ada King' });
  });

  it('keeps data across a restart', async () => {
    const created = await create();
    core = await env.reopen();
    expect(valueOf(await core.call('hires.get', { id: created.id }))).toEqual(created);
  });

  it('searches names case-insensitively, treating % and _ as plain text', async () => {
    await create({ name: 'Grace Hopper' });
    await create({ name: 'Margaret Hamilton' });
    await create({ name: 'Hedy 100%_Lamarr' });
    const names = async (search: string) =>
      valueOf(await core.call('hires.list', { search })).map((hire) => hire.name);
    expect(await names('ha')).toEqual(['Margaret Hamilton']);
    expect(await names('HOP')).toEqual(['Grace Hopper']);
    expect(await names('%')).toEqual(['Hedy 100%_Lamarr']);
    expect(await names('_')).toEqual(['Hedy 100%_Lamarr']);
    expect(await names('')).toEqual(['Grace Hopper', 'Hedy 100%_Lamarr', 'Margaret Hamilton']);
  });

  it('refuses to edit an archived hire until it is restored', async () => {
    const created = await create();
    await core.call('hires.archive', { id: created.id });
    const result = await core.call('hires.update', { id: created.id, name: 'Changed' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(valueOf(await core.call('hires.get', { id: created.id })).name).toBe(ada.name);
  });

  it('answers NOT_FOUND for an unknown hire and an unknown channel', async () => {
    for (const channel of ['hires.get', 'hires.update', 'hires.archive', 'hires.restore'] as const) {
      const result = await core.call(channel, { id: 'no-such-hire' });
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await core.call('hires.delete', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a role that is not in the catalog, naming the field', async () => {
    const result = await core.call('hires.create', { ...ada, targetRoleId: 'astronaut' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ field: 'targetRoleId' }] },
    });
    expect(await everything()).toEqual([]);
  });
});

describe('malformed input is refused with VALIDATION, names the field, and writes nothing', () => {
  const huge = 'x'.repeat(200_001);
  const cases: [string, unknown, string][] = [
    ['hires.create', undefined, 'name'],
    ['hires.create', null, 'input'],
    ['hires.create', 'Ada', 'input'],
    ['hires.create', [ada], 'input'],
    ['hires.create', { ...ada, name: 42 }, 'name'],
    ['hires.create', { ...ada, name: '   ' }, 'name'],
    ['hires.create', { ...ada, name: huge }, 'name'],
    ['hires.create', { ...ada, notes: huge }, 'notes'],
    ['hires.create', { ...ada, currentRoleId: undefined }, 'currentRoleId'],
    ['hires.create', { ...ada, targetRoleId: huge }, 'targetRoleId'],
    ['hires.create', { ...ada, startDate: '2026-02-30' }, 'startDate'],
    ['hires.create', { ...ada, startDate: '02/03/2026' }, 'startDate'],
    ['hires.create', { ...ada, startDate: '2026-3-2' }, 'startDate'],
    ['hires.create', { ...ada, startDate: 20260302 }, 'startDate'],
    ['hires.create', { ...ada, startDate: '0026-03-02' }, 'startDate'],
    ['hires.create', { ...ada, id: 'chosen-id' }, 'id'],
    ['hires.create', { ...ada, status: 'archived' }, 'status'],
    ['hires.update', { name: 'No id' }, 'id'],
    ['hires.update', { id: 'HIRE', name: '' }, 'name'],
    ['hires.update', { id: 'HIRE', startDate: 'tomorrow' }, 'startDate'],
    ['hires.update', { id: 'HIRE', status: 'archived' }, 'status'],
    ['hires.update', { id: 'HIRE', createdAt: '2020-01-01T00:00:00Z' }, 'createdAt'],
    ['hires.get', {}, 'id'],
    ['hires.get', { id: 7 }, 'id'],
    ['hires.get', { id: huge }, 'id'],
    ['hires.archive', { id: '' }, 'id'],
    ['hires.restore', { id: 'HIRE', extra: true }, 'extra'],
    ['hires.list', { search: huge }, 'search'],
    ['hires.list', { status: 'deleted' }, 'status'],
    ['hires.list', { search: 5 }, 'search'],
    ['roles.list', { all: true }, 'all'],
  ];

  it.each(cases)('%s %j', async (channel, rawInput, field) => {
    const existing = await create();
    const input =
      rawInput && typeof rawInput === 'object' && !Array.isArray(rawInput)
        ? JSON.parse(JSON.stringify(rawInput).replaceAll('"HIRE"', JSON.stringify(existing.id)))
        : rawInput;
    const before = await everything();
    const result = await core.call(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.issues?.map((issue) => issue.field)).toContain(field);
    if (field) expect(result.error.message).toContain(`${field}:`);
    expect(await everything()).toEqual(before);
  });
});
