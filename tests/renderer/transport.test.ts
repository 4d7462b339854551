import { describe, expect, it, vi } from 'vitest';
import { MAX_BATCH_CALLS } from '../../src/shared/api/batch';
import { httpTransport, takeTokenFromLocation, teamTransport } from '../../src/renderer/src/api/transport';

describe('browser-mode transport', () => {
  it('takes the token from the link, keeps it for the tab, and clears it from the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123');
    sessionStorage.clear();
    expect(takeTokenFromLocation(window.location, sessionStorage, window.history)).toBe('abc_DEF-123');
    expect(window.location.hash).toBe('#/');
    expect(takeTokenFromLocation(window.location, sessionStorage, window.history)).toBe('abc_DEF-123');
  });

  it('sends the token as a bearer header and returns the envelope', async () => {
    const fetchImpl = vi.fn(
      async () => new Response(JSON.stringify({ ok: true, value: [] }), { status: 200 }),
    );
    const result = await httpTransport('tok', fetchImpl as unknown as typeof fetch).call('hires.list', {});
    expect(result).toEqual({ ok: true, value: [] });
    expect(fetchImpl).toHaveBeenCalledWith('/api/hires.list', expect.objectContaining({ method: 'POST' }));
    const init = (fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('explains what to do when the page was opened without the link', async () => {
    const transport = httpTransport(null);
    // The app shows the page that says where the link is instead of screens that cannot load.
    expect(transport.needsLink).toBe(true);
    expect(httpTransport('tok').needsLink).toBe(false);
    const result = await transport.call('hires.list', {});
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('npm run web') } });
    expect(JSON.stringify(result)).not.toContain('`');
    expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('says the server is not answering when the request fails', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const result = await httpTransport('tok', fetchImpl as unknown as typeof fetch).call('hires.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('team transport', () => {
  const session = { csrfToken: 'csrf-1' };
  const reply = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
  const bodyOf = (call: unknown) => JSON.parse(String((call as [string, RequestInit])[1].body)) as unknown;

  it('sends the reads a page asks for together as one batch and answers each its own result', async () => {
    const fetchImpl = vi.fn(async () =>
      reply({
        ok: true,
        value: {
          results: [
            { ok: true, value: { id: 'h1' } },
            { ok: false, error: { code: 'NOT_FOUND', message: 'No plan' } },
            { ok: true, value: [] },
          ],
        },
      }),
    );
    const transport = teamTransport(session, vi.fn(), fetchImpl as unknown as typeof fetch);
    const answers = await Promise.all([
      transport.call('hires.get', { id: 'h1' }),
      transport.call('plans.current', { hireId: 'h1' }),
      transport.call('assessments.list', { hireId: 'h1' }),
    ]);
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect((fetchImpl.mock.calls[0] as unknown as [string])[0]).toBe('/api/batch');
    const init = (fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>)['X-Rolebridge-CSRF']).toBe('csrf-1');
    expect(bodyOf(fetchImpl.mock.calls[0])).toEqual({
      calls: [
        { channel: 'hires.get', input: { id: 'h1' } },
        { channel: 'plans.current', input: { hireId: 'h1' } },
        { channel: 'assessments.list', input: { hireId: 'h1' } },
      ],
    });
    expect(answers).toEqual([
      { ok: true, value: { id: 'h1' } },
      { ok: false, error: { code: 'NOT_FOUND', message: 'No plan' } },
      { ok: true, value: [] },
    ]);
  });

  it('sends a read alone, and a write always alone, to its own channel', async () => {
    const fetchImpl = vi.fn(async () => reply({ ok: true, value: null }));
    const transport = teamTransport(session, vi.fn(), fetchImpl as unknown as typeof fetch);
    await Promise.all([
      transport.call('hires.get', { id: 'h1' }),
      transport.call('topics.add', { hireId: 'h1', text: 'Ask' }),
    ]);
    expect(fetchImpl.mock.calls.map((call) => (call as unknown as [string])[0]).sort()).toEqual([
      '/api/hires.get',
      '/api/topics.add',
    ]);
  });

  it('splits more reads than one batch may carry into several batches', async () => {
    const fetchImpl = vi.fn(async (_path: string, init: RequestInit) => {
      const { calls } = JSON.parse(String(init.body)) as { calls: unknown[] };
      return reply({ ok: true, value: { results: calls.map(() => ({ ok: true, value: 1 })) } });
    });
    const transport = teamTransport(session, vi.fn(), fetchImpl as unknown as typeof fetch);
    const answers = await Promise.all(
      Array.from({ length: MAX_BATCH_CALLS + 3 }, (_, i) => transport.call('hires.get', { id: `h${i}` })),
    );
    expect(answers).toHaveLength(MAX_BATCH_CALLS + 3);
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(
      fetchImpl.mock.calls.map((call) => bodyOf(call) as { calls: unknown[] }).map((b) => b.calls.length),
    ).toEqual([MAX_BATCH_CALLS, 3]);
  });

  it('answers every call of a refused batch with the refusal, and tells of an ended session once', async () => {
    const onSessionEnded = vi.fn();
    const fetchImpl = vi.fn(async () =>
      reply({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Sign in again' } }, 401),
    );
    const transport = teamTransport(session, onSessionEnded, fetchImpl as unknown as typeof fetch);
    const answers = await Promise.all([
      transport.call('hires.get', { id: 'h1' }),
      transport.call('progress.hire', { hireId: 'h1' }),
    ]);
    expect(answers).toEqual([
      { ok: false, error: { code: 'UNAUTHORIZED', message: 'Sign in again' } },
      { ok: false, error: { code: 'UNAUTHORIZED', message: 'Sign in again' } },
    ]);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
  });

  it('says the server is not answering, to every call of a batch, when the request fails', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const transport = teamTransport(session, vi.fn(), fetchImpl as unknown as typeof fetch);
    const answers = await Promise.all([
      transport.call('hires.get', { id: 'h1' }),
      transport.call('plans.current', { hireId: 'h1' }),
    ]);
    expect(answers.map((answer) => !answer.ok && answer.error.code)).toEqual(['INTERNAL', 'INTERNAL']);
  });
});
