// The clock every account rule reads time from: injected, so sessions, lockouts and invitations are
// decided the same way in a test on 29 February as on any other day.
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export const SECOND_MS = 1000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** Whole seconds from `now` until `later`, never less than 1: what a Retry-After header carries. */
export function secondsUntil(later: number, now: number): number {
  return Math.max(1, Math.ceil((later - now) / SECOND_MS));
}
