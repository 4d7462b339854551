// Serving the built renderer over HTTP, shared by the local browser mode (server.ts) and the team
// server (src/main/server/http): files under one folder only, with the security headers, and a URL
// that is malformed or escapes the folder answered 400/404, never a 500.
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { contentTypes, securityHeaders } from '../core/security-headers';
import { HttpFailure } from './http-answers';

/**
 * The path of a request URL with its percent-escapes undone. A malformed escape (`%zz`, a lone `%`,
 * bytes that are not UTF-8) or a decoded control character is the caller's mistake: 400, never a 500.
 */
export function decodePath(path: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    throw new HttpFailure(400, 'VALIDATION', 'The URL has a malformed percent-encoding');
  }
  // eslint-disable-next-line no-control-regex -- a decoded control character is what is refused here
  if (/[\u0000-\u001f\u007f]/.test(decoded))
    throw new HttpFailure(400, 'VALIDATION', 'The URL holds a control character');
  return decoded;
}

export interface StaticFiles {
  /** Folder with the built renderer (index.html and assets). */
  root: string;
  /** Page addresses that are the app itself (index.html), e.g. `/invitation`. `/` always is. */
  appPaths?: readonly string[];
}

/** Answers GET/HEAD `path` from the folder; index.html is never cached, the hashed assets for a year. */
export async function serveStaticFile(
  files: StaticFiles,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    throw new HttpFailure(405, 'VALIDATION', 'Only GET is served here');
  }
  const staticRoot = resolve(files.root);
  const isApp = path === '/' || (files.appPaths ?? []).includes(path);
  const relative = isApp ? 'index.html' : decodePath(path).replace(/^\/+/, '');
  const file = resolve(join(staticRoot, relative));
  if (file !== staticRoot && !file.startsWith(staticRoot + sep)) {
    throw new HttpFailure(404, 'NOT_FOUND', 'Not found');
  }
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw new HttpFailure(404, 'NOT_FOUND', 'Not found');
  const body = await readFile(file);
  const isIndex = relative === 'index.html';
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': isIndex ? 'no-store' : 'max-age=31536000, immutable',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
