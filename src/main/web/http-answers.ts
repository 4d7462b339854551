// The JSON side of Rolebridge's HTTP servers, shared by the local browser mode (server.ts) and the
// team server (src/main/server/http): the Result envelope with a status per error code, body reading
// and body reading under a size limit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode, Result } from '@shared/api/result';
import { securityHeaders } from '../core/security-headers';

export const statusFor: Record<ErrorCode, number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
  DATABASE_DAMAGED: 503,
  CANCELLED: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};

export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export function sendFailure(res: ServerResponse, failure: HttpFailure): void {
  sendJson(res, failure.status, { ok: false, error: { code: failure.code, message: failure.message } });
}

/** Whether a Content-Type header names JSON: the media type exactly, in any case, with any parameters. */
export function isJsonContentType(header: string | undefined): boolean {
  const mediaType = (header ?? '').split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit)
    throw new HttpFailure(413, 'VALIDATION', `Request body is larger than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpFailure(413, 'VALIDATION', `Request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
