// How the renderer reaches the core: the desktop shell's preload bridge when it is there,
// the local browser mode's HTTP API otherwise. Callers never know which.
import type { ChannelName } from '@shared/api/channels';
import type { ApiErrorBody, Result } from '@shared/api/result';

export interface Transport {
  readonly kind: 'ipc' | 'http';
  /** The browser mode was opened without the link that carries its token: nothing can be called. */
  readonly needsLink?: boolean;
  call(channel: ChannelName, input: unknown): Promise<Result<unknown>>;
}

export type PreloadBridge = Record<ChannelName, (input: unknown) => Promise<Result<unknown>>>;

declare global {
  interface Window {
    rolebridge?: PreloadBridge;
  }
}

export function ipcTransport(bridge: PreloadBridge): Transport {
  return {
    kind: 'ipc',
    call: (channel, input) => bridge[channel](input),
  };
}

const TOKEN_KEY = 'rolebridge.token';

/**
 * The browser mode's link carries the token in the URL fragment (`#token=…`), which never
 * reaches a server log. Keep it for this tab and take it out of the address bar.
 */
export function takeTokenFromLocation(location: Location, storage: Storage, history: History): string | null {
  const match = /^#token=([A-Za-z0-9_-]+)$/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    return match[1];
  }
  return storage.getItem(TOKEN_KEY);
}

function failure(code: ApiErrorBody['code'], message: string): Result<unknown> {
  return { ok: false, error: { code, message } };
}

export function httpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return {
    kind: 'http',
    needsLink: !token,
    async call(channel, input) {
      if (!token) {
        // The same code the server answers for a request without its token.
        return failure(
          'UNAUTHORIZED',
          'Open Rolebridge from the link printed in the terminal where npm run web started; each start prints a new one.',
        );
      }
      let response: Response;
      try {
        response = await fetchImpl(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return failure(
          'INTERNAL',
          'Rolebridge is not answering. Is it still running in its terminal (npm run web)?',
        );
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return failure('INTERNAL', `Rolebridge answered ${response.status} without a result`);
      }
    },
  };
}

export function pickTransport(): Transport {
  if (window.rolebridge) return ipcTransport(window.rolebridge);
  return httpTransport(takeTokenFromLocation(window.location, window.sessionStorage, window.history));
}
