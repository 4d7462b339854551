// How the renderer reaches the core: the desktop shell's preload bridge when it is there, the local
// browser mode's HTTP API with its link's token, or a team server's API with the session cookie and
// CSRF token (src/main/server/http). Callers never know which.
import { BATCHED_READS, BATCH_PATH, MAX_BATCH_CALLS } from '@shared/api/batch';
import type { ChannelName } from '@shared/api/channels';
import type { ApiErrorBody, Result } from '@shared/api/result';

export interface Transport {
  readonly kind: 'ipc' | 'http' | 'team';
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

/** Where a team server's invitation links open; the token rides in the fragment (`#token=…`). */
export const INVITATION_PATH = '/invitation';

/**
 * The single-user transport, when this page is one: the desktop bridge, or the browser mode with
 * its link's token. Undefined for a page with neither, which may be a team server's (teamState).
 * An invitation page's `#token=` is the invitation's, never taken as the browser mode's token.
 */
export function pickTransport(): Transport | undefined {
  if (window.rolebridge) return ipcTransport(window.rolebridge);
  if (window.location.pathname === INVITATION_PATH) return undefined;
  const token = takeTokenFromLocation(window.location, window.sessionStorage, window.history);
  return token ? httpTransport(token) : undefined;
}

/** The header a team server reads a write's CSRF token from (src/main/server/auth/csrf.ts). */
export const CSRF_HEADER = 'X-Rolebridge-CSRF';

export interface TeamAccount {
  id: string;
  email: string;
  displayName: string;
  role: 'admin' | 'manager' | 'hr';
}

/** GET /auth/state on a team server. */
export interface TeamState {
  setupNeeded: boolean;
  account: TeamAccount | null;
  csrfToken: string | null;
  passwordRules: { minLength: number; maxLength: number };
}

/**
 * Asks the page's own server whether it is a team server: its state when it answers /auth/state,
 * undefined when it does not (the browser mode answers 404) or cannot be reached.
 */
export async function teamState(fetchImpl: typeof fetch = fetch): Promise<TeamState | undefined> {
  try {
    const response = await fetchImpl('/auth/state', { credentials: 'same-origin' });
    if (!response.ok) return undefined;
    const body = (await response.json()) as Result<TeamState>;
    return body.ok && typeof body.value.setupNeeded === 'boolean' ? body.value : undefined;
  } catch {
    return undefined;
  }
}

/** What a team transport reads the current CSRF token from; sign-in and sign-out change it. */
export interface TeamSessionHolder {
  csrfToken: string | null;
}

/**
 * The team server's API: same-origin fetch carrying the session cookie and the CSRF token. An
 * UNAUTHORIZED answer means the session ended (expired, signed out elsewhere, account turned off):
 * `onSessionEnded` brings back the sign-in screen with the server's words. Reads asked for together
 * (a page's queries, in one turn of the event loop) go as one POST /api/batch: one request, one
 * session check and one transaction on the server instead of one each.
 */
export function teamTransport(
  session: TeamSessionHolder,
  onSessionEnded: (message: string) => void,
  fetchImpl: typeof fetch = fetch,
): Transport {
  async function post(path: string, body: unknown): Promise<Result<unknown>> {
    let response: Response;
    try {
      response = await fetchImpl(path, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: session.csrfToken ?? '' },
        body: JSON.stringify(body ?? {}),
      });
    } catch {
      return failure(
        'INTERNAL',
        'The Rolebridge server is not answering; check your connection and try again.',
      );
    }
    let result: Result<unknown>;
    try {
      result = (await response.json()) as Result<unknown>;
    } catch {
      return failure('INTERNAL', `The Rolebridge server answered ${response.status} without a result`);
    }
    if (!result.ok && result.error.code === 'UNAUTHORIZED') onSessionEnded(result.error.message);
    return result;
  }

  /** Reads asked for in the same turn of the event loop (a page's queries) travel as one request. */
  let waiting: { channel: ChannelName; input: unknown; answer: (result: Result<unknown>) => void }[] = [];

  async function sendBatch(calls: typeof waiting): Promise<void> {
    const reply = await post(BATCH_PATH, { calls: calls.map(({ channel, input }) => ({ channel, input })) });
    const results = reply.ok ? (reply.value as { results?: Result<unknown>[] }).results : undefined;
    calls.forEach((c, i) =>
      c.answer(
        !reply.ok
          ? reply
          : (results?.[i] ?? failure('INTERNAL', 'The Rolebridge server answered a batch without this call')),
      ),
    );
  }

  function flush(): void {
    const calls = waiting;
    waiting = [];
    if (calls.length === 1) {
      const [only] = calls as [(typeof calls)[number]];
      void post(`/api/${only.channel}`, only.input).then(only.answer);
      return;
    }
    for (let i = 0; i < calls.length; i += MAX_BATCH_CALLS)
      void sendBatch(calls.slice(i, i + MAX_BATCH_CALLS));
  }

  return {
    kind: 'team',
    call(channel, input) {
      if (!BATCHED_READS.has(channel)) return post(`/api/${channel}`, input);
      return new Promise((answer) => {
        if (waiting.length === 0) setTimeout(flush, 0);
        waiting.push({ channel, input, answer });
      });
    },
  };
}
