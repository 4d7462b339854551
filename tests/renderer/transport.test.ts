import { describe, expect, it, vi } from 'vitest';
import { httpTransport, takeTokenFromLocation } from '../../src/renderer/src/api/transport';

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
