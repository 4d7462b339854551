// The local browser mode's HTTP adapter: serves the built renderer and `POST /api/<channel>`
// on 127.0.0.1 only, behind a per-start token, Host and Origin checks, and a body size limit.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Core } from '../core';
import type { CoreLog } from '../core/log';
import { HttpFailure, isJsonContentType, readBody, sendFailure, sendJson, statusFor } from './http-answers';
import { decodePath, serveStaticFile } from './static-files';

// Moved to http-answers.ts to share with the team server; still exported here for existing callers.
export { isJsonContentType };

/**
 * Compares a presented token with the real one in constant time: both are hashed first, so neither
 * the content nor the length of a wrong guess changes how long the comparison takes.
 */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export const MAX_BODY_BYTES = 1024 * 1024;
/** Channels that carry whole files get a larger allowance: a data file holds years of history. */
export const FILE_BODY_BYTES: Partial<Record<string, number>> = {
  'data.import': 512 * 1024 * 1024,
};

/** How large a body `channel` may send: the file channels' allowance, or `limit`. */
export function bodyLimitFor(channel: string, limit: number): number {
  // hasOwn: a channel named after an Object.prototype member (`__proto__`) must not read one.
  const fileLimit = Object.hasOwn(FILE_BODY_BYTES, channel) ? (FILE_BODY_BYTES[channel] ?? 0) : 0;
  return Math.max(limit, fileLimit);
}

export interface WebServerOptions {
  core: Core;
  /** Where a failed request is written (the core's log file); the console when absent. */
  log?: CoreLog;
  /** Folder with the built renderer (index.html and assets). */
  staticDir: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  token?: string;
  maxBodyBytes?: number;
}

export interface WebServer {
  origin: string;
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const files = { root: options.staticDir };
  let origin = '';
  let host = '';

  function checkOrigin(req: IncomingMessage): void {
    if (req.headers.host !== host) throw new HttpFailure(403, 'FORBIDDEN', 'Wrong Host header');
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      throw new HttpFailure(403, 'FORBIDDEN', 'Requests from other sites are refused');
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      throw new HttpFailure(403, 'FORBIDDEN', 'Requests from other sites are refused');
    }
  }

  function checkToken(req: IncomingMessage): void {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (\S+)$/.exec(header);
    if (!match?.[1] || !sameSecret(match[1], token)) {
      throw new HttpFailure(
        401,
        'UNAUTHORIZED',
        'Missing or wrong token; open the link printed by `npm run web`',
      );
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    checkToken(req);
    const channel = decodePath(path.slice('/api/'.length));
    if (channel === 'channels' && req.method === 'GET') {
      sendJson(res, 200, { ok: true, value: options.core.channels });
      return;
    }
    if (req.method !== 'POST') throw new HttpFailure(405, 'VALIDATION', 'Use POST for API calls');
    if (!isJsonContentType(req.headers['content-type'])) {
      throw new HttpFailure(415, 'VALIDATION', 'Send the input as application/json');
    }
    const body = await readBody(req, bodyLimitFor(channel, limit));
    let input: unknown;
    if (body.trim() !== '') {
      try {
        input = JSON.parse(body);
      } catch {
        throw new HttpFailure(400, 'VALIDATION', 'The request body is not valid JSON');
      }
    }
    const result = await options.core.call(channel, input);
    sendJson(res, result.ok ? 200 : statusFor[result.error.code], result);
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const work = async () => {
      checkOrigin(req);
      if (path === '/api' || path.startsWith('/api/')) await handleApi(req, res, path);
      else await serveStaticFile(files, req, res, path);
    };
    work().catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpFailure) {
        // Stop reading an oversized body instead of draining it, and tell the client not to reuse the connection.
        if (error.status === 413) res.setHeader('Connection', 'close');
        sendFailure(res, error);
        if (error.status === 413) req.destroy();
        return;
      }
      if (options.log) options.log.error('web request', error);
      else console.error('[rolebridge] web request failed', error);
      sendFailure(res, new HttpFailure(500, 'INTERNAL', 'Something went wrong inside Rolebridge'));
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The server has no TCP address');
  host = `127.0.0.1:${address.port}`;
  origin = `http://${host}`;

  return {
    origin,
    url: `${origin}/#token=${token}`,
    port: address.port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
