// Server-side sessions. The browser holds a random 32-byte token (in the session cookie); the store
// keeps only its SHA-256, so a leaked sessions table opens no session. A session ends after 12 hours
// without a request (idle) and 7 days after sign-in whatever happens (absolute).
import { randomUUID } from 'node:crypto';
import type { Account } from './accounts';
import { type Clock, DAY_MS, HOUR_MS, MINUTE_MS } from './clock';
import { sessionCookie } from './cookies';
import { hashToken, isWellFormedToken, newSecretToken } from './tokens';

/** A working day and an evening: a manager who leaves a tab open overnight signs in again. */
export const SESSION_IDLE_MS = 12 * HOUR_MS;
/** A week at most, however busy: a stolen cookie stops working within days, not months. */
export const SESSION_ABSOLUTE_MS = 7 * DAY_MS;
/** lastSeenAt is written at most once a minute per session, not on every request. */
export const TOUCH_INTERVAL_MS = MINUTE_MS;

export interface SessionRecord {
  /** A random id, not the token: what CSRF tokens are derived from and what a "your sessions" list shows. */
  id: string;
  /** SHA-256 of the token, base64url. */
  tokenHash: string;
  userId: string;
  /** ISO-8601 UTC instants. */
  createdAt: string;
  lastSeenAt: string;
  /** createdAt + SESSION_ABSOLUTE_MS, stored so the database can drop expired rows by index. */
  expiresAt: string;
  /**
   * The session's account, when the store reads it with the session (one statement, not two, on
   * every request): null when it is gone. Absent when the store does not; it is then read by id.
   */
  account?: Account | null;
}

export interface SessionStore {
  create(session: SessionRecord): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<SessionRecord | undefined>;
  touch(tokenHash: string, lastSeenAt: string): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  /** Returns how many sessions ended. */
  deleteAllForUser(userId: string): Promise<number>;
  /**
   * Deletes at most `limit` sessions that nobody can use any more: past their absolute end
   * (`expiresAt <= now`) or idle since `idleSince` (`lastSeenAt <= idleSince`); returns how many.
   */
  purgeExpired(now: string, idleSince: string, limit: number): Promise<number>;
}

export interface SessionDeps {
  sessions: SessionStore;
  now: Clock;
}

export interface IssuedSession {
  session: SessionRecord;
  /** Sent to the browser once, in `cookie`; never stored. */
  token: string;
  /** The Set-Cookie header value. */
  cookie: string;
}

function issue(userId: string, createdAt: Date, now: Date): IssuedSession {
  const token = newSecretToken();
  const expiresAt = new Date(createdAt.getTime() + SESSION_ABSOLUTE_MS);
  const session: SessionRecord = {
    id: randomUUID(),
    tokenHash: hashToken(token),
    userId,
    createdAt: createdAt.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  };
  const maxAgeSeconds = (expiresAt.getTime() - now.getTime()) / 1000;
  return { session, token, cookie: sessionCookie(token, maxAgeSeconds) };
}

/** A new session for a person who just proved who they are. */
export async function startSession(deps: SessionDeps, userId: string): Promise<IssuedSession> {
  const now = deps.now();
  const issued = issue(userId, now, now);
  await deps.sessions.create(issued.session);
  return issued;
}

/** Why a stored session no longer counts, or null while it does. */
export function sessionExpiry(session: SessionRecord, now: Date): 'idle' | 'absolute' | null {
  const at = now.getTime();
  if (at >= Date.parse(session.expiresAt)) return 'absolute';
  if (at - Date.parse(session.lastSeenAt) >= SESSION_IDLE_MS) return 'idle';
  return null;
}

/**
 * The live session a presented token opens, or undefined (no token, a malformed one, an unknown one,
 * an expired one: all alike to the caller, who answers UNAUTHORIZED). An expired session is deleted
 * as it is found; a live one has its lastSeenAt moved on.
 */
export async function resolveSession(deps: SessionDeps, token: unknown): Promise<SessionRecord | undefined> {
  if (!isWellFormedToken(token)) return undefined;
  const tokenHash = hashToken(token);
  const session = await deps.sessions.findByTokenHash(tokenHash);
  if (!session) return undefined;
  const now = deps.now();
  if (sessionExpiry(session, now) !== null) {
    await deps.sessions.delete(tokenHash);
    return undefined;
  }
  if (now.getTime() - Date.parse(session.lastSeenAt) >= TOUCH_INTERVAL_MS) {
    const lastSeenAt = now.toISOString();
    await deps.sessions.touch(tokenHash, lastSeenAt);
    return { ...session, lastSeenAt };
  }
  return session;
}

/**
 * A new token for the same person when their privileges change (a password change, a role given
 * while signed in), so a token seen before the change is worth nothing after it. The absolute
 * deadline is kept: rotating never lengthens a session.
 */
export async function rotateSession(deps: SessionDeps, current: SessionRecord): Promise<IssuedSession> {
  const issued = issue(current.userId, new Date(current.createdAt), deps.now());
  await deps.sessions.delete(current.tokenHash);
  await deps.sessions.create(issued.session);
  return issued;
}

/** Sign-out: the session is deleted server-side (the caller also sends clearedSessionCookie()). */
export async function endSession(deps: SessionDeps, token: unknown): Promise<void> {
  if (isWellFormedToken(token)) await deps.sessions.delete(hashToken(token));
}

/**
 * "Sign out everywhere", and what an administrator's role change or disabling of an account does to
 * that person: every session of the user ends.
 */
export async function endAllSessions(deps: SessionDeps, userId: string): Promise<number> {
  return deps.sessions.deleteAllForUser(userId);
}
