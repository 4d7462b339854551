// Server-side sessions: hashed tokens, idle and absolute expiry on a fixed clock, rotation, sign-out.
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/main/server/auth/clock';
import {
  endAllSessions,
  endSession,
  resolveSession,
  rotateSession,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  startSession,
} from '../../src/main/server/auth/sessions';
import { hashToken } from '../../src/main/server/auth/tokens';
import { manualClock, MemorySessions } from './auth-memory-stores';

function setup() {
  const clock = manualClock();
  const sessions = new MemorySessions();
  return { clock, sessions, deps: { sessions, now: clock.now } };
}

describe('sessions', () => {
  it('says its lifetimes: 12 hours idle, 7 days at most', () => {
    expect(SESSION_IDLE_MS).toBe(12 * HOUR_MS);
    expect(SESSION_ABSOLUTE_MS).toBe(7 * DAY_MS);
  });

  it('stores only the SHA-256 of the 32-byte token it hands out', async () => {
    const { sessions, deps } = setup();
    const { token, cookie, session } = await startSession(deps, 'manager-a');
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(cookie).toContain(`=${token};`);
    const stored = JSON.stringify([...sessions.rows.entries()]);
    expect(stored).not.toContain(token);
    expect(session.tokenHash).toBe(hashToken(token));
    expect(session.expiresAt).toBe('2028-03-07T09:00:00.000Z');
    expect(cookie).toContain('Max-Age=604800');
    expect((await resolveSession(deps, token))?.userId).toBe('manager-a');
  });

  it('gives two sign-ins different tokens and ids', async () => {
    const { deps } = setup();
    const a = await startSession(deps, 'manager-a');
    const b = await startSession(deps, 'manager-a');
    expect(a.token).not.toBe(b.token);
    expect(a.session.id).not.toBe(b.session.id);
  });

  it('ends after 12 hours without a request, and deletes the row', async () => {
    const { clock, sessions, deps } = setup();
    const { token } = await startSession(deps, 'manager-a');
    clock.advance(SESSION_IDLE_MS - 1);
    expect(await resolveSession(deps, token)).toBeDefined();
    clock.advance(SESSION_IDLE_MS - 1);
    expect(await resolveSession(deps, token)).toBeDefined();
    clock.advance(SESSION_IDLE_MS);
    expect(await resolveSession(deps, token)).toBeUndefined();
    expect(sessions.rows.size).toBe(0);
  });

  it('ends 7 days after sign-in however active the person is', async () => {
    const { clock, deps } = setup();
    const { token } = await startSession(deps, 'manager-a');
    for (let elapsed = 0; elapsed < SESSION_ABSOLUTE_MS - HOUR_MS; elapsed += HOUR_MS) {
      clock.advance(HOUR_MS);
      expect(await resolveSession(deps, token), `after ${elapsed / HOUR_MS + 1} h`).toBeDefined();
    }
    clock.advance(HOUR_MS);
    expect(await resolveSession(deps, token)).toBeUndefined();
  });

  it('writes lastSeenAt at most once a minute', async () => {
    const { clock, sessions, deps } = setup();
    const { token, session } = await startSession(deps, 'manager-a');
    clock.advance(30_000);
    await resolveSession(deps, token);
    expect(sessions.rows.get(session.tokenHash)?.lastSeenAt).toBe(session.lastSeenAt);
    clock.advance(MINUTE_MS);
    await resolveSession(deps, token);
    expect(sessions.rows.get(session.tokenHash)?.lastSeenAt).toBe('2028-02-29T09:01:30.000Z');
  });

  it('refuses tokens it did not make without asking the store', async () => {
    const { deps } = setup();
    await startSession(deps, 'manager-a');
    for (const token of [undefined, null, 42, '', 'short', 'x'.repeat(43), 'A'.repeat(42) + '=', ['a']]) {
      expect(await resolveSession(deps, token)).toBeUndefined();
    }
  });

  it('rotates to a new token that keeps the absolute deadline; the old token stops working', async () => {
    const { clock, deps } = setup();
    const first = await startSession(deps, 'manager-a');
    clock.advance(3 * DAY_MS);
    const rotated = await rotateSession(deps, first.session);
    expect(await resolveSession(deps, first.token)).toBeUndefined();
    expect((await resolveSession(deps, rotated.token))?.userId).toBe('manager-a');
    expect(rotated.session.expiresAt).toBe(first.session.expiresAt);
    expect(rotated.cookie).toContain(`Max-Age=${4 * 24 * 3600}`);
  });

  it('signs out one session, or every session of one person', async () => {
    const { deps } = setup();
    const a1 = await startSession(deps, 'manager-a');
    const a2 = await startSession(deps, 'manager-a');
    const b = await startSession(deps, 'manager-b');
    await endSession(deps, a1.token);
    expect(await resolveSession(deps, a1.token)).toBeUndefined();
    expect(await resolveSession(deps, a2.token)).toBeDefined();
    await endSession(deps, 'not a token');
    expect(await endAllSessions(deps, 'manager-a')).toBe(1);
    expect(await resolveSession(deps, a2.token)).toBeUndefined();
    expect(await resolveSession(deps, b.token)).toBeDefined();
  });
});
