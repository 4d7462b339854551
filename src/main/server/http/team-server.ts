// The team server's HTTP front door (node:http, no framework): reads a request's JSON body, routes it
// to the account routes (auth-routes.ts) and answers the Result envelope with a status per error
// code. Any failure that is not an expected one is logged and answered INTERNAL without its stack.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AppError } from '../../core/errors';
import {
  HttpFailure,
  isJsonContentType,
  readBody,
  sendFailure,
  sendJson,
  statusFor,
} from '../../web/http-answers';
import { SignInLimiter } from '../auth/sign-in-limiter';
import { TooManyAttempts } from '../auth/sign-in';
import type { SqlClient } from '../db/sql-client';
import type { Clock } from '../auth/clock';
import { AUTH_ROUTES, type RouteContext } from './auth-routes';
import { checkRequestOrigin } from '../auth/csrf';

/** Account requests are a few short strings: anything near this size is not a browser's. */
export const AUTH_BODY_BYTES = 16 * 1024;

export interface TeamServerOptions {
  client: SqlClient;
  /** The origin the browser sees, e.g. https://rolebridge.example.com (behind the TLS proxy). */
  publicOrigin: string;
  /** At least 32 random bytes, kept for the server's life (CSRF tokens are derived from it). */
  csrfSecret: Buffer;
  now: Clock;
  /**
   * Rate-limit sign-in by the last address in X-Forwarded-For (the one the reverse proxy added)
   * instead of the socket's. Off by default: without a proxy that overwrites the header, any
   * client could name any address and earn a fresh allowance with every request.
   */
  trustProxy?: boolean;
  /** Where an unexpected failure is written; the console when absent. */
  log?: (message: string, error: unknown) => void;
}

/** The request's body as a JSON object; a POST without one is a VALIDATION error naming `body`. */
async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!isJsonContentType(req.headers['content-type']))
    throw new HttpFailure(415, 'VALIDATION', 'Send the input as application/json');
  const text = await readBody(req, AUTH_BODY_BYTES);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', 'body: The request body is not valid JSON', [
      { field: 'body', message: 'The request body is not valid JSON' },
    ]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new AppError('VALIDATION', 'body: Send a JSON object', [
      { field: 'body', message: 'Send a JSON object' },
    ]);
  return parsed as Record<string, unknown>;
}

function answerError(res: ServerResponse, error: AppError | HttpFailure): void {
  if (error instanceof TooManyAttempts) res.setHeader('Retry-After', String(error.retryAfterSeconds));
  const status = error instanceof HttpFailure ? error.status : statusFor[error.code];
  const issues = error instanceof AppError ? error.issues : undefined;
  sendJson(res, status, {
    ok: false,
    error: { code: error.code, message: error.message, ...(issues ? { issues } : {}) },
  });
}

async function route(context: RouteContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  const routes = AUTH_ROUTES[path];
  if (!routes || !Object.hasOwn(AUTH_ROUTES, path)) throw new HttpFailure(404, 'NOT_FOUND', 'Not found');
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? '');
  const handler = Object.hasOwn(routes, method) ? routes[method as 'GET' | 'POST'] : undefined;
  if (!handler) {
    res.setHeader('Allow', Object.keys(routes).join(', '));
    throw new HttpFailure(405, 'VALIDATION', `Use ${Object.keys(routes).join(' or ')} for ${path}`);
  }
  // Before the body is read: another site's request gets FORBIDDEN, whatever else is wrong with it.
  checkRequestOrigin({
    method,
    origin: req.headers.origin,
    secFetchSite: req.headers['sec-fetch-site'],
    expectedOrigin: context.publicOrigin,
  });
  const body = method === 'POST' ? await readJsonObject(req) : {};
  await handler(context, { req, res, body });
}

/** A wrong setting stops the start, rather than turning every sign-in into an INTERNAL answer. */
function checkOptions(options: TeamServerOptions): void {
  let origin: URL | undefined;
  try {
    origin = new URL(options.publicOrigin);
  } catch {
    origin = undefined;
  }
  if (!origin || !['https:', 'http:'].includes(origin.protocol) || origin.origin !== options.publicOrigin)
    throw new Error(
      `publicOrigin must be an origin such as https://rolebridge.example.com, not ${options.publicOrigin}`,
    );
  if (options.csrfSecret.length < 32) throw new Error('csrfSecret must be at least 32 random bytes');
}

/** The team server's request handler as a node:http Server, not yet listening. */
export function createTeamServer(options: TeamServerOptions): Server {
  checkOptions(options);
  const context: RouteContext = {
    ...options,
    trustProxy: options.trustProxy ?? false,
    limiter: new SignInLimiter({ now: options.now }),
  };
  const log = options.log ?? ((message, error) => console.error(`[rolebridge] ${message}`, error));
  return createServer((req, res) => {
    route(context, req, res).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpFailure || error instanceof AppError) {
        // An oversized body is not drained: answer, then drop the connection.
        if (error instanceof HttpFailure && error.status === 413) res.setHeader('Connection', 'close');
        answerError(res, error);
        if (error instanceof HttpFailure && error.status === 413) req.destroy();
        return;
      }
      log('team server request failed', error);
      sendFailure(res, new HttpFailure(500, 'INTERNAL', 'Something went wrong inside Rolebridge'));
    });
  });
}
