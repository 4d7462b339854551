import { describe, expect, it, vi } from 'vitest';
import { RememberedReads } from '../../src/main/server/repositories/remembered-reads';

function repository() {
  const rows = new Map([['h1', { id: 'h1', tags: ['a'] }]]);
  return {
    get: vi.fn(async (id: string) => rows.get(id)),
    list: vi.fn(async () => [...rows.values()]),
    rename: vi.fn(async (id: string) => {
      rows.set(id, { id, tags: ['renamed'] });
    }),
    name: 'hires',
  };
}

describe('remembered reads of one batch', () => {
  it('reads once per argument list and hands every caller its own copy', async () => {
    const inner = repository();
    const hires = new RememberedReads().wrap('hires', inner, ['get']);
    const first = await hires.get('h1');
    first?.tags.push('changed by the first caller');
    const second = await hires.get('h1');
    expect(second).toEqual({ id: 'h1', tags: ['a'] });
    expect(inner.get).toHaveBeenCalledTimes(1);
    await hires.get('h2');
    expect(inner.get).toHaveBeenCalledTimes(2);
    expect(hires.name).toBe('hires');
  });

  it('forgets everything when any other method is called, in any repository of the batch', async () => {
    const memory = new RememberedReads();
    const inner = repository();
    const hires = memory.wrap('hires', inner, ['get', 'list']);
    const other = memory.wrap('plans', repository(), ['get']);
    await hires.get('h1');
    await hires.rename('h1');
    expect(await hires.get('h1')).toEqual({ id: 'h1', tags: ['renamed'] });
    await hires.list();
    await other.rename('h9');
    await hires.list();
    expect(inner.list).toHaveBeenCalledTimes(2);
    expect(inner.get).toHaveBeenCalledTimes(2);
  });

  it('does not remember a failed read', async () => {
    const inner = repository();
    inner.get.mockRejectedValueOnce(new Error('connection lost'));
    const hires = new RememberedReads().wrap('hires', inner, ['get']);
    await expect(hires.get('h1')).rejects.toThrow('connection lost');
    expect(await hires.get('h1')).toEqual({ id: 'h1', tags: ['a'] });
    expect(inner.get).toHaveBeenCalledTimes(2);
  });
});
