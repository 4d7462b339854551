// The team server's HTTP front door (node:http, no framework): the account routes (auth-routes.ts,
// admin-routes.ts), the channel route POST /api/<channel> for a signed-in session (handed to a
// TeamCalls), and the built renderer. JSON answers are the Result envelope with a status per error
// code. Any failure that is not an expected one is logged and answered INTERNAL without its stack.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BATCH_PATH } from '@shared/api/batch';
import type { Result } from '@shared/api/result';
import { AppError, issuesFromZod, summarize } from '../../core/errors';
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
import { ssoHeaderProblem } from '../auth/single-sign-on';
import type { SqlClient } from '../db/sql-client';
import type { Clock } from '../auth/clock';
import { AUTH_ROUTES, INVITATION_PATH, authenticate, type Handler, type RouteContext } from './auth-routes';
import { checkRequestOrigin } from '../auth/csrf';
import { ADMIN_ROUTES } from './admin-routes';
import { STREAMED_BODY_ROUTES, teamRoutes } from './team-routes';
import { inThreadMoveInChecker, type MoveInChecker } from '../move-in/check-off-thread';
import { notAvailableYet, type TeamCalls } from './team-calls';
import { batchRequest } from './batch-request';
import { MAX_BODY_BYTES, bodyLimitFor } from '../../web/server';
import { decodePath, serveStaticFile, type StaticFiles } from '../../web/static-files';

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
  /**
   * Single sign-on (off when absent): the header a trusted proxy names the signed-in person's email
   * in. Needs `trustProxy`; only a proxy that removes the header from clients' requests may set it.
   */
  ssoHeader?: string;
  /** Where an unexpected failure is written; the console when absent. */
  log?: (message: string, error: unknown) => void;
  /** What answers a signed-in POST /api/<channel>; every channel "not available yet" when absent. */
  calls?: TeamCalls;
  /** Folder with the built renderer; without it only the API and account routes are served. */
  staticDir?: string;
  /**
   * Checks a data file a manager moves in. The built server passes one that runs in a worker
   * thread (cli.ts); without it the check runs on the request thread, fine for a test.
   */
  checkMoveIn?: MoveInChecker;
}

type Routes = Record<string, Partial<Record<'GET' | 'POST', Handler>>>;

interface ServerContext extends RouteContext {
  calls: TeamCalls;
  routes: Routes;
  files: StaticFiles | undefined;
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

/** The request's input: empty body → undefined (a channel without input), otherwise JSON. */
async function readChannelInput(req: IncomingMessage, channel: string): Promise<unknown> {
  if (!isJsonContentType(req.headers['content-type']))
    throw new HttpFailure(415, 'VALIDATION', 'Send the input as application/json');
  const body = await readBody(req, bodyLimitFor(channel, MAX_BODY_BYTES));
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new HttpFailure(400, 'VALIDATION', 'The request body is not valid JSON');
  }
}

/**
 * POST /api/<channel>: a live session first (UNAUTHORIZED), then its CSRF token (FORBIDDEN), both
 * before the body is read, so nobody signed out can make the server read megabytes.
 */
async function callChannel(context: ServerContext, req: IncomingMessage, res: ServerResponse, path: string) {
  const { actor } = await authenticate(context, req);
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    throw new HttpFailure(405, 'VALIDATION', 'Use POST for API calls');
  }
  const channel = decodePath(path.slice('/api/'.length));
  const input = await readChannelInput(req, channel);
  const result = await context.calls.call(actor, channel, input);
  sendJson(res, result.ok ? 200 : statusFor[result.error.code], result);
}

/**
 * POST /api/batch: several reads for one signed-in session, checked once, answered `{ results }`
 * with each call's own envelope in order (src/shared/api/batch.ts). A body that is not a batch of
 * reads is refused whole, naming the field, before any call runs.
 */
async function callBatch(context: ServerContext, req: IncomingMessage, res: ServerResponse) {
  const { actor } = await authenticate(context, req);
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    throw new HttpFailure(405, 'VALIDATION', 'Use POST for API calls');
  }
  const parsed = batchRequest.safeParse(await readChannelInput(req, BATCH_PATH));
  if (!parsed.success) {
    // A body that is no object at all is named as the body.
    const issues = issuesFromZod(parsed.error).map((issue) => ({ ...issue, field: issue.field || 'body' }));
    throw new AppError('VALIDATION', summarize(issues), issues);
  }
  const { calls } = parsed.data;
  let results: Result<unknown>[] = [];
  if (context.calls.batch) results = await context.calls.batch(actor, calls);
  else for (const c of calls) results.push(await context.calls.call(actor, c.channel, c.input));
  sendJson(res, 200, { ok: true, value: { results } });
}

async function callRoute(context: ServerContext, req: IncomingMessage, res: ServerResponse, path: string) {
  const routes = context.routes[path] ?? {};
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
  const body = method === 'POST' && !STREAMED_BODY_ROUTES.has(path) ? await readJsonObject(req) : {};
  await handler(context, { req, res, body });
}

async function route(context: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path === BATCH_PATH) return callBatch(context, req, res);
  if (path === '/api' || path.startsWith('/api/')) return callChannel(context, req, res, path);
  if (Object.hasOwn(context.routes, path)) return callRoute(context, req, res, path);
  // Pages and assets are served to any navigation, also one from another site: an invitation link
  // is opened from a mail client. They hold nothing private; the API decides who sees data.
  if (context.files) return serveStaticFile(context.files, req, res, path);
  throw new HttpFailure(404, 'NOT_FOUND', 'Not found');
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
  if (options.ssoHeader !== undefined) {
    const problem = ssoHeaderProblem(options.ssoHeader);
    if (problem) throw new Error(problem);
    if (!options.trustProxy)
      throw new Error('ssoHeader needs trustProxy: only a proxy may name who signs in');
  }
}

/** The team server's request handler as a node:http Server, not yet listening. */
export function createTeamServer(options: TeamServerOptions): Server {
  checkOptions(options);
  const context: ServerContext = {
    ...options,
    trustProxy: options.trustProxy ?? false,
    ssoHeader: options.ssoHeader,
    limiter: new SignInLimiter({ now: options.now }),
    calls: options.calls ?? notAvailableYet,
    routes: {
      ...AUTH_ROUTES,
      ...ADMIN_ROUTES,
      ...teamRoutes({ checkMoveIn: options.checkMoveIn ?? inThreadMoveInChecker }),
    },
    files: options.staticDir ? { root: options.staticDir, appPaths: [INVITATION_PATH] } : undefined,
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
